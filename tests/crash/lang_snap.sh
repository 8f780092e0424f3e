#!/bin/sh
# tests/crash/lang_snap.sh PVM - every tests/lang conformance program
# through snapshot -> restore: run 1 snapshots at every safepoint and ends
# the process right after its Kth commit (PVM_SNAPEVERY=1 PVM_SNAPSTOP=K);
# run 2 restores that world in a fresh process and finishes it. The two
# outputs together must equal NAME.out and run 2 must exit 0. K = 1, 3.
# Ends with `N passed, N failed`.
pvm=${1:-build/host/pvm}
dir=$(cd "$(dirname "$0")/../lang" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
export ASAN_OPTIONS=detect_leaks=0
for ph in "$dir"/*.ph; do
	name=$(basename "$ph" .ph)
	[ -f "$dir/$name.out" ] || continue
	for k in 1 3; do
		rm -f "$tmp/store"
		PVM_SNAPEVERY=1 PVM_SNAPSTOP=$k timeout 60 "$pvm" run --store "$tmp/store" "$ph" > "$tmp/o1" 2>"$tmp/e1"
		timeout 60 "$pvm" run --store "$tmp/store" "$ph" > "$tmp/o2" 2>"$tmp/e2"
		rc=$?
		cat "$tmp/o1" "$tmp/o2" > "$tmp/o"
		if [ $rc -eq 0 ] && cmp -s "$tmp/o" "$dir/$name.out"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1)); echo "FAIL $name (K=$k, rc=$rc)"; head -3 "$tmp/e2"
		fi
	done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
