#!/bin/sh
# tests/crash/sigkill.sh PVM [CYCLES] - kill `pvm run --store` with SIGKILL
# at random moments, restart it each time, and check that every restart
# resumes from a committed state: the first count printed after a restart
# is above the last count printed before the second-to-last logged commit
# of the previous run (the last commit's pause came after that line) (and not beyond what that run reached), the cells always
# sum to the count, the log map has count/1000 entries, and System.boots()
# moved on (it counts restores whose world reached a commit). Ends with `N passed, N failed`.
pvm=${1:-build/host/pvm}
cycles=${2:-20}
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
store=$tmp/world.store
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
prev_committed=0; prev_last=0
run=1
while [ $run -le $((cycles + 1)) ]; do
	out=$tmp/run$run
	PVM_SNAPLOG=1 ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0 stdbuf -oL -eL \
		"$pvm" run --store "$store" --snapshot-ms 100 "$dir/counter.ph" > "$out" 2>&1 &
	pid=$!
	# a random moment between 0.3 and 2.3 s
	sleep "$(awk -v s=$$$run 'BEGIN { srand(s); printf "%.2f", 0.3 + rand() * 2 }')"
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	# consistency of every progress line
	if awk '/^count=/ { split($0, f, /[= ]/); c = f[2]; s = f[4]; l = f[6];
	        if (c != s || l != int(c / 1000)) bad = 1 } END { exit bad }' "$out"; then ok
	else bad "run $run: inconsistent structure"; fi
	first=$(awk -F'[= ]' '/^count=/ { print $2; exit }' "$out")
	boots=$(awk -F'[= ]' '/^count=/ { print $8; exit }' "$out")
	if [ $run -gt 1 ] && [ -n "$first" ]; then
		if [ "$first" -gt "$prev_committed" ] && [ "$first" -le $((prev_last + 20000)) ]; then ok
		else bad "run $run: resumed at $first, committed >= $prev_committed, reached $prev_last"; fi
		if grep -q '^restore gen=' "$out"; then ok; else bad "run $run: no restore line"; fi
	fi
	if [ -n "$boots" ]; then
		# boots counts restores that reached a commit: 1 < boots <= run
		if [ "$boots" -le "$run" ] && { [ $run -eq 1 ] || [ "$boots" -gt 1 ]; }; then ok
		else bad "run $run: boots=$boots"; fi
	fi
	# the last count printed before the last commit of this run
	# (commit i's pause came after commit i-1 was logged, so the count
	# printed before the second-to-last commit line is surely in the last)
	c=$(awk -F'[= ]' '/^count=/ { last = $2 } /^snapshot committed/ { prev = com; com = last } END { print prev + 0 }' "$out")
	l=$(awk -F'[= ]' '/^count=/ { last = $2 } END { print last + 0 }' "$out")
	[ "$c" -gt "$prev_committed" ] && prev_committed=$c
	[ "$l" -gt 0 ] && prev_last=$l
	echo "run $run: first=${first:-none} last=$l committed>=$c $(grep -c '^snapshot committed' "$out") commits $(grep -m1 -E '^(restore|cold)' "$out")"
	run=$((run + 1))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
