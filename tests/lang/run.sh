#!/bin/sh
# Runs the Phantom language conformance suite (tests/lang) against a pvm.
#
#   tests/lang/run.sh PVM_BINARY [filter]
#
# NAME.ph                 `PVM_BINARY run NAME.ph` must exit 0 and print NAME.out exactly.
# compile_errors/NAME.ph  must exit 2, print nothing on stdout, and report on stderr
#                         `NAME.ph:LINE:COL:` for each `LINE:COL` in NAME.err
#                         (a bare `LINE` accepts any column).
# uncaught/NAME.ph        must exit 1, print NAME.out exactly on stdout, and mention
#                         on stderr the number of the line that carries `// ERROR-LINE`,
#                         in a report of at most 40 lines (a trace is bounded).
# filter                  runs only the programs whose path (relative to tests/lang)
#                         contains it.
# A program whose first line is `// pvm-env: VAR=VALUE ...` runs with those variables
# (e.g. the collector's stress modes of pvm/main_host.c).
# Every program gets PVM_TEST_TIMEOUT seconds (default 10). One line per failure,
# then `N passed, N failed`; exit 1 if any failed.

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 PVM_BINARY [filter]" >&2
	exit 2
fi
pvm=$1
filter=${2:-}
limit=${PVM_TEST_TIMEOUT:-10}
dir=$(cd "$(dirname "$0")" && pwd)
case $pvm in
*/*) [ -x "$pvm" ] || { echo "$0: $pvm is not executable" >&2; exit 2; } ;;
esac
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
passed=0
failed=0

# report NAME REASON [FILE]: count a failure, print it and an excerpt of FILE
report() {
	failed=$((failed + 1))
	echo "FAIL $1: $2"
	if [ $# -ge 3 ] && [ -s "$3" ]; then
		sed -n '1,12p' "$3" | sed 's/^/    | /'
	fi
}

# run FILE: runs the program; sets rc, leaves $tmp/out and $tmp/err
run() {
	# shellcheck disable=SC2046
	env $(sed -n '1s|^// pvm-env: ||p' "$1") timeout -k 2 "$limit" "$pvm" run "$1" \
		>"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
}

# status NAME: prints why rc is abnormal (timeout, signal) or nothing
status() {
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		echo "timed out after ${limit}s"
	elif [ "$rc" -gt 128 ]; then
		echo "killed by signal $((rc - 128))"
	fi
}

same_stdout() {
	if cmp -s "$1" "$tmp/out"; then
		return 0
	fi
	diff -u "$1" "$tmp/out" | sed -n '3,$p' >"$tmp/diff"
	return 1
}

check_output() {
	name=$1
	base=${1%.ph}
	run "$dir/$1"
	why=$(status)
	if [ -n "$why" ]; then
		report "$name" "$why" "$tmp/err"
	elif ! same_stdout "$dir/$base.out"; then
		report "$name" "stdout differs from $base.out (exit $rc; - expected, + got)" "$tmp/diff"
		[ "$rc" -ne 0 ] && sed -n '1,4p' "$tmp/err" | sed 's/^/    stderr: /'
	elif [ "$rc" -ne 0 ]; then
		report "$name" "exit status $rc, expected 0" "$tmp/err"
	else
		passed=$((passed + 1))
	fi
}

check_compile_error() {
	name=$1
	base=${1%.ph}
	file=${1##*/}
	run "$dir/$1"
	why=$(status)
	if [ -n "$why" ]; then
		report "$name" "$why" "$tmp/err"
		return
	fi
	if [ "$rc" -ne 2 ]; then
		report "$name" "exit status $rc, expected 2 (compile error)" "$tmp/err"
		return
	fi
	if [ -s "$tmp/out" ]; then
		report "$name" "printed on stdout although it must not run" "$tmp/out"
		return
	fi
	missing=""
	while IFS= read -r pos || [ -n "$pos" ]; do
		[ -z "$pos" ] && continue
		if ! grep -qF "$file:$pos:" "$tmp/err"; then
			missing="$missing $pos"
		fi
	done <"$dir/$base.err"
	if [ -n "$missing" ]; then
		report "$name" "no error reported at$missing" "$tmp/err"
	else
		passed=$((passed + 1))
	fi
}

check_uncaught() {
	name=$1
	base=${1%.ph}
	line=$(grep -n 'ERROR-LINE' "$dir/$1" | sed -n '1s/:.*//p')
	run "$dir/$1"
	why=$(status)
	if [ -n "$why" ]; then
		report "$name" "$why" "$tmp/err"
	elif [ "$rc" -ne 1 ]; then
		report "$name" "exit status $rc, expected 1 (uncaught error)" "$tmp/err"
	elif ! same_stdout "$dir/$base.out"; then
		report "$name" "stdout differs from $base.out (- expected, + got)" "$tmp/diff"
	elif ! grep -Eq "(^|[^0-9])$line([^0-9]|\$)" "$tmp/err"; then
		report "$name" "stderr does not mention line $line" "$tmp/err"
	elif [ "$(wc -l <"$tmp/err")" -gt 40 ]; then
		report "$name" "the report has $(wc -l <"$tmp/err") lines, more than 40" "$tmp/err"
	else
		passed=$((passed + 1))
	fi
}

selected() {
	case $1 in
	*"$filter"*) return 0 ;;
	esac
	return 1
}

for f in "$dir"/*.ph; do
	name=${f##*/}
	selected "$name" && check_output "$name"
done
for f in "$dir"/gui/*.ph; do
	name=gui/${f##*/}
	selected "$name" && check_output "$name"
done
for f in "$dir"/compile_errors/*.ph; do
	name=compile_errors/${f##*/}
	selected "$name" && check_compile_error "$name"
done
for f in "$dir"/uncaught/*.ph; do
	name=uncaught/${f##*/}
	selected "$name" && check_uncaught "$name"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
