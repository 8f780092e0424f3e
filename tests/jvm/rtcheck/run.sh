#!/bin/sh
# tests/jvm/rtcheck/run.sh [HB] - the runtime's Java code checked on the
# real JVM against the JDK's, twice:
#  - java.util (with java.util.regex) and java.math: the runtime's classes are copied
#    into package rtcheck.util (the interfaces, exceptions and
#    java.util.function stay the JDK's, so both sides take the same types);
#    phantom.jrt.Rt's natives are stood in for by Rt.java;
#  - java.lang's classes written in Java (Integer, Long, Short, Byte,
#    Boolean, Double, Float, Math, Character, StringBuilder): copied into
#    rtcheck.lang, their natives calling the JDK's (shim.py).
# Each driver (Check.java.in, Lang.java.in) is compiled once against the
# JDK's classes and once against the copies; both run, and their outputs
# must be equal line for line. Prints the differing lines; ends with
# "N passed, N failed" (lines). Skips without javac.
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
mkdir -p "$dir/src/rtcheck/math"
for f in pvm/jvm/rt/java/math/*.java; do
	sed -e 's/^package java\.math;/package rtcheck.math;/' "$f" > "$dir/src/rtcheck/math/$(basename "$f")"
done
sed -e 's/IMPL_MATH\./java.math./g' -e 's/IMPL\./java.util./g' tests/jvm/rtcheck/Check.java.in > "$dir/ref/Check.java"
sed -e 's/IMPL_MATH\./rtcheck.math./g' -e 's/IMPL\./rtcheck.util./g' tests/jvm/rtcheck/Check.java.in > "$dir/impl/Check.java"
if ! javac -nowarn -Xlint:none -encoding UTF-8 -d "$dir/classes" $(find "$dir/src" -name '*.java') > "$dir/javac.log" 2>&1; then
	cat "$dir/javac.log"; echo "0 passed, 1 failed"; exit 1
fi
mkdir -p "$dir/refc" "$dir/implc"
javac -nowarn -Xlint:none -encoding UTF-8 -d "$dir/refc" "$dir/ref/Check.java" &&
javac -nowarn -Xlint:none -encoding UTF-8 -cp "$dir/classes" -d "$dir/implc" "$dir/impl/Check.java" || {
	echo "0 passed, 1 failed"; exit 1; }
java -cp "$dir/refc" Check > "$dir/jdk.out" 2>&1
java -cp "$dir/implc:$dir/classes" Check > "$dir/rt.out" 2>&1
# java.lang
mkdir -p "$dir/lang/src/rtcheck/lang" "$dir/lang/classes" "$dir/lang/refc" "$dir/lang/implc"
for c in Integer Long Short Byte Boolean Double Float Math Character StringBuilder NumberFormatException; do
	python3 tests/jvm/rtcheck/shim.py "pvm/jvm/rt/java/lang/$c.java" |
	sed -e 's/^package java\.lang;/package rtcheck.lang;/' \
	    -e 's/String\.fromChars(/new String(/g' \
	    -e 's/(Class<[A-Za-z]*>) phantom\.jrt\.Rt\.primitiveClass("[a-z]*")/null/' > "$dir/lang/src/rtcheck/lang/$c.java"
done
sed 's/LANG\./java.lang./g' tests/jvm/rtcheck/Lang.java.in > "$dir/lang/Lang.java"
sed 's/LANG\./rtcheck.lang./g' tests/jvm/rtcheck/Lang.java.in > "$dir/lang/LangImpl.java"
if ! javac -nowarn -Xlint:none -encoding UTF-8 -d "$dir/lang/classes" $(find "$dir/lang/src" -name '*.java') > "$dir/javac.log" 2>&1; then
	cat "$dir/javac.log"; echo "0 passed, 1 failed"; exit 1
fi
javac -nowarn -Xlint:none -encoding UTF-8 -d "$dir/lang/refc" "$dir/lang/Lang.java" &&
cp "$dir/lang/LangImpl.java" "$dir/lang/implc/Lang.java" &&
javac -nowarn -Xlint:none -encoding UTF-8 -cp "$dir/lang/classes" -d "$dir/lang/implc" "$dir/lang/implc/Lang.java" || {
	echo "0 passed, 1 failed"; exit 1; }
java -cp "$dir/lang/refc" Lang >> "$dir/jdk.out" 2>&1
java -cp "$dir/lang/implc:$dir/lang/classes" Lang >> "$dir/rt.out" 2>&1
total=$(wc -l < "$dir/jdk.out")
diff "$dir/jdk.out" "$dir/rt.out" > "$dir/diff.txt"
bad=$(grep -c '^<' "$dir/diff.txt")
head -60 "$dir/diff.txt"
echo "rtcheck: $total lines from the JDK, $bad differ (both outputs in $dir)"
echo "$((total - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
