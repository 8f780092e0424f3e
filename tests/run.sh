#!/bin/sh
# run.sh NAME=COMMAND... - run test suites in order, then print the total.
#
# Each suite's runner ends with its own "N passed, N failed" line; this adds
# them up and ends with one "N passed, N failed" line for the whole of
# `make test`. A suite that exits non-zero, or prints no such line, fails the
# run (and counts as one failure), so a runner that crashed is never taken
# for a quiet success. Every suite runs even after an earlier one failed.
set -u
total_p=0
total_f=0
status=0
log=$(mktemp)
trap 'rm -f "$log" "$log.rc"' EXIT
for suite in "$@"; do
	name=${suite%%=*}
	cmd=${suite#*=}
	echo "=== $name: $cmd"
	{ sh -c "$cmd" </dev/null 2>&1; echo $? >"$log.rc"; } | tee "$log"
	rc=$(cat "$log.rc")
	line=$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	if [ -z "$line" ]; then
		echo "=== $name: exit $rc and no 'N passed, N failed' line"
		total_f=$((total_f + 1))
		status=1
		continue
	fi
	p=$(echo "$line" | sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\2/')
	f=$(echo "$line" | sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\3/')
	total_p=$((total_p + p))
	total_f=$((total_f + f))
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		echo "=== $name: exit $rc although it reported no failure"
		total_f=$((total_f + 1))
	fi
	[ "$rc" = 0 ] || status=1
	echo "=== $name: $p passed, $f failed (exit $rc)"
done
echo "$total_p passed, $total_f failed"
exit $status
