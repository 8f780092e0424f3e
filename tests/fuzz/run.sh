#!/bin/sh
# tests/fuzz/run.sh - run pvm fuzz targets, all at once, for FUZZ_SECONDS each.
#
#   tests/fuzz/run.sh FUZZDIR TARGET...      (make fuzz calls it)
#
# Each TARGET runs FUZZDIR/fuzz_TARGET on FUZZDIR/work/TARGET (seeded from
# tests/fuzz/corpus/TARGET and the seeds made in FUZZDIR/seeds/TARGET),
# logging to FUZZDIR/TARGET.log; findings land in FUZZDIR/artifacts/TARGET/. FUZZ_FOREGROUND=1 (one target) logs to the
# terminal instead. FUZZ_FLAGS adds libFuzzer options. Prints one summary
# line per target; exits 1 if any target found a crash, hang or leak.

if [ $# -lt 2 ]; then
	echo "usage: $0 FUZZDIR TARGET..." >&2
	exit 2
fi
dir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
secs=${FUZZ_SECONDS:-300}

maxlen() {
	case $1 in
	load) echo 16384 ;;
	classfile | jvm) echo 8192 ;;
	*) echo 4096 ;;
	esac
}

run_one() {
	t=$1
	mkdir -p "$dir/work/$t" "$dir/artifacts/$t"
	cp "$here/corpus/$t/"* "$dir/work/$t/" 2>/dev/null
	cp "$dir/seeds/$t/"* "$dir/work/$t/" 2>/dev/null
	[ "$t" = jvm ] && cp "$dir/seeds/classfile/"* "$dir/work/$t/" 2>/dev/null
	dict=
	[ -f "$here/$t.dict" ] && dict="-dict=$here/$t.dict"
	# $dict and $FUZZ_FLAGS are word lists: split them.
	# shellcheck disable=SC2086
	"$dir/fuzz_$t" "$dir/work/$t" -max_total_time="$secs" -max_len="$(maxlen "$t")" \
		-timeout=5 -print_final_stats=1 -artifact_prefix="$dir/artifacts/$t/" \
		$dict $FUZZ_FLAGS
}

if [ -n "${FUZZ_FOREGROUND:-}" ] && [ $# -eq 1 ]; then
	run_one "$1"
	exit $?
fi

stamp="$dir/.run-start"
mkdir -p "$dir"
: >"$stamp"
all=
for t in "$@"; do
	echo "fuzz: $t for ${secs}s, log in $dir/$t.log"
	run_one "$t" >"$dir/$t.log" 2>&1 &
	eval "pid_$t=$!"
	all="$all $!"
done
trap 'kill $all 2>/dev/null; exit 130' INT TERM
rc=0
for t in "$@"; do
	eval "wait \$pid_$t"
	st=$?
	last=$(grep -E '^#[0-9]+' "$dir/$t.log" | tail -n 1)
	runs=$(grep -E 'stat::number_of_executed_units' "$dir/$t.log" | awk '{print $2}')
	if [ "$st" -eq 0 ]; then
		echo "fuzz: $t clean: ${runs:-?} runs; $last"
	else
		rc=1
		echo "fuzz: $t FAILED (status $st): see $dir/$t.log"
		grep -E 'ERROR: |^fuzz: |SUMMARY: ' "$dir/$t.log" | head -n 5
		find "$dir/artifacts/$t" -type f -newer "$stamp" | sed 's/^/    artifact: /'
	fi
done
exit $rc
