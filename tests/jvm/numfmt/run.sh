#!/bin/sh
# tests/jvm/numfmt/run.sh [HB] [COUNT] - Java's text of numbers, checked
# against the real JDK at test time: NumFmt.java prints Double.toString,
# Float.toString, String.format("%.Ne/f/g"), parseDouble and parseFloat of
# COUNT seeded random values (default 100000) and of fixed special ones;
# numfmt.c recomputes every line with pvm/jvm/jnum.c, built twice from the
# one source: for the host, and as the kernel computes (i386, x87 floating
# point, no SSE; skipped if the host cannot build 32-bit programs). The
# same program checks Character's classes and case mapping (pvm/jvm/jchar.c,
# its tables jchartab.c, pvm/utf16.c) against the JDK for every BMP code
# point and a sample of the others (their case mapping is not checked:
# pvm/utf16.h maps the BMP only).
# Ends with "N passed, N failed". Skips (0 passed, 0 failed) without javac.
HB=${1:-build/host}
COUNT=${2:-100000}
cd "$(dirname "$0")/../../.." || exit 1
if ! command -v javac >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
	echo "numfmt: skipped (no javac/java on this host)"
	echo "0 passed, 0 failed"
	exit 0
fi
mkdir -p "$HB"
lines="$HB/numfmt-java.txt"
java tests/jvm/numfmt/NumFmt.java 20240611 "$COUNT" > "$lines" || {
	echo "numfmt: NumFmt.java failed"; echo "0 passed, 1 failed"; exit 1; }
pass=0; fail=0
for arch in host i386; do
	if [ $arch = host ]; then
		flags="-O1"
	else
		flags="-m32 -mfpmath=387 -mno-sse -O2"
	fi
	bin="$HB/numfmt-$arch"
	# shellcheck disable=SC2086
	if ! gcc $flags -std=gnu11 -Wall -I. -o "$bin" tests/jvm/numfmt/numfmt.c pvm/jvm/jnum.c pvm/jvm/jnumparse.c \
		pvm/jvm/jchar.c pvm/jvm/jchartab.c pvm/utf16.c -lm 2>/dev/null; then
		if [ $arch = i386 ]; then
			echo "numfmt ($arch): skipped (no 32-bit build on this host)"
			continue
		fi
		echo "numfmt ($arch): build failed"; fail=$((fail + 1)); continue
	fi
	echo "== numfmt ($arch)"
	"$bin" < "$lines" > "$HB/numfmt-$arch.log"
	grep -v ' passed, ' "$HB/numfmt-$arch.log" | head -20
	grep -E ' passed, | differ ' "$HB/numfmt-$arch.log" | head -8
	set -- $(tail -1 "$HB/numfmt-$arch.log")
	pass=$((pass + ${1:-0})); fail=$((fail + ${3:-1}))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
