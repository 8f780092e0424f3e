#!/bin/sh
# tests/crash/run.sh HB - what `make crash-test` runs: the crash simulator
# (cuts + torn writes at every request, I/O errors, damaged stores; the -O2
# build for speed, then the ASan build on the damage cases), 20 SIGKILL
# cycles of `pvm run --store`, and tests/lang through snapshot -> restore.
# Ends with `N passed, N failed`.
HB=${1:-build/host}
pass=0; fail=0
count() {
	set -- $(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | awk '{ print $1, $3 }')
	pass=$((pass + ${1:-0})); fail=$((fail + ${2:-1}))
}
log=$(mktemp); tmp=$(mktemp -d)
trap 'rm -rf "$log" "$tmp"' EXIT
if command -v mke2fs >/dev/null 2>&1; then
	dd if=/dev/zero of="$tmp/ext2.img" bs=1k count=4096 2>/dev/null
	mke2fs -q -F -t ext2 "$tmp/ext2.img" >/dev/null 2>&1 && export CRASH_EXT2="$tmp/ext2.img"
fi
echo "== crash simulator ($HB/crash-fast)"
"$HB/crash-fast" > "$log" 2>&1; grep -vE '^  ' "$log"; count "$log"
echo "== damaged stores under ASan ($HB/crash damage)"
ASAN_OPTIONS=detect_leaks=0 "$HB/crash" damage > "$log" 2>&1; tail -1 "$log"; count "$log"
echo "== SIGKILL cycles"
tests/crash/sigkill.sh "$HB/pvm" 20 > "$log" 2>&1; grep -E '^FAIL|passed' "$log"; count "$log"
echo "== tests/lang through snapshot -> restore"
tests/crash/lang_snap.sh "$HB/pvm" > "$log" 2>&1; grep -E -A3 '^FAIL' "$log"; tail -1 "$log"; count "$log"
echo "== a foreign file is refused and left untouched"
printf 'not a store\n%.0s' $(seq 1 400) > "$tmp/foreign"; sum1=$(cksum < "$tmp/foreign")
ASAN_OPTIONS=detect_leaks=0 "$HB/pvm" run --store "$tmp/foreign" tests/crash/counter.ph > "$log" 2>&1
rc=$?; sum2=$(cksum < "$tmp/foreign"); cat "$log"
if [ $rc -ne 0 ] && [ "$sum1" = "$sum2" ] && grep -q 'not a Phantom store' "$log"; then
	pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL foreign file"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
