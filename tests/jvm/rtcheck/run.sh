#!/bin/sh
# tests/jvm/rtcheck/run.sh [HB] - the runtime's java.util (pvm/jvm/rt/java/util,
# with java.util.regex) checked on the real JVM against the JDK's: the
# runtime's classes are copied into package rtcheck.util (the interfaces,
# exceptions and java.util.function stay the JDK's, so both sides take the
# same types), Check.java.in is compiled once importing the JDK's classes
# and once the copies, both run, and their outputs must be equal line for
# line. phantom.jrt.Rt's natives are stood in for by Rt.java. Prints the
# differing lines; ends with "N passed, N failed" (lines). Skips without javac.
HB=${1:-build/host}
cd "$(dirname "$0")/../../.." || exit 1
if ! command -v javac >/dev/null 2>&1; then
	echo "rtcheck: skipped (no javac on this host)"
	echo "0 passed, 0 failed"
	exit 0
fi
dir="$HB/rtcheck"
rm -rf "$dir"
mkdir -p "$dir/src/rtcheck/util/regex" "$dir/src/rtcheck/jrt" "$dir/ref" "$dir/impl" "$dir/classes"
# the JDK's interfaces and exceptions stay: both sides must share them
keep_jdk="Collection List Set SortedSet NavigableSet Queue Deque Map SortedMap NavigableMap
	Iterator ListIterator Enumeration RandomAccess Comparator Locale"
for f in pvm/jvm/rt/java/util/*.java pvm/jvm/rt/java/util/regex/*.java; do
	name=$(basename "$f" .java)
	case " $(echo $keep_jdk) " in *" $name "*) continue ;; esac
	case "$name" in *Exception) case "$f" in */regex/*) ;; *) continue ;; esac ;; esac
	sub=${f#pvm/jvm/rt/java/util/}
	sed -e 's/^package java\.util;/package rtcheck.util; import java.util.*;/' \
	    -e 's/^package java\.util\.regex;/package rtcheck.util.regex; import java.util.*;/' \
	    -e 's/java\.util\.regex\./rtcheck.util.regex./g' \
	    -e 's/phantom\.jrt\./rtcheck.jrt./g' \
	    -e 's/new java\.util\.ArrayList/new rtcheck.util.ArrayList/g' \
	    -e 's/new IllegalFormatArgumentIndexException(\([^)]*\))/new IllegalArgumentException("Illegal format argument index = " + \1)/' \
	    "$f" > "$dir/src/rtcheck/util/$sub"
done
cp tests/jvm/rtcheck/Rt.java "$dir/src/rtcheck/jrt/Rt.java"
sed 's/IMPL\./java.util./g' tests/jvm/rtcheck/Check.java.in > "$dir/ref/Check.java"
sed 's/IMPL\./rtcheck.util./g' tests/jvm/rtcheck/Check.java.in > "$dir/impl/Check.java"
if ! javac -nowarn -Xlint:none -encoding UTF-8 -d "$dir/classes" $(find "$dir/src" -name '*.java') > "$dir/javac.log" 2>&1; then
	cat "$dir/javac.log"; echo "0 passed, 1 failed"; exit 1
fi
mkdir -p "$dir/refc" "$dir/implc"
javac -nowarn -Xlint:none -encoding UTF-8 -d "$dir/refc" "$dir/ref/Check.java" &&
javac -nowarn -Xlint:none -encoding UTF-8 -cp "$dir/classes" -d "$dir/implc" "$dir/impl/Check.java" || {
	echo "0 passed, 1 failed"; exit 1; }
java -cp "$dir/refc" Check > "$dir/jdk.out" 2>&1
java -cp "$dir/implc:$dir/classes" Check > "$dir/rt.out" 2>&1
total=$(wc -l < "$dir/jdk.out")
diff "$dir/jdk.out" "$dir/rt.out" > "$dir/diff.txt"
bad=$(grep -c '^<' "$dir/diff.txt")
head -60 "$dir/diff.txt"
echo "rtcheck: $total lines from the JDK, $bad differ (both outputs in $dir)"
echo "$((total - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
