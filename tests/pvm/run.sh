#!/bin/sh
# tests/pvm/run.sh HB - what `make pvm-test` runs: the include tower of
# pvm (tests/pvm/includes.py), the unit tests (tests/pvm/*.c; with the
# class-file reader run over javac's output of tests/pvm/classfile/*.java,
# compiled into HB/classfile-test when javac is there), the core
# alone running a class image (tests/pvm/core), then the tests/lang
# conformance suite with both dispatch builds, then the suite once more
# under GC stress (a full collection at every allocation) with a heap
# check at the end of each program. The unit tests include a run with an
# incremental step and a heap check after every allocation. Then the Java
# runtime (pvm/jvm): its classes closed (tests/jvm/rtclosure.py), its number
# and character text against the JDK (tests/jvm/numfmt), its Java code
# against the JDK's classes (tests/jvm/rtcheck); each skips without javac.
# Ends with `N passed, N failed`.
HB=${1:-build/host}
pass=0; fail=0
count() { # the last "N passed, N failed" line of a log
	set -- "$1" $(grep -E '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 |
	    awk '{ for (i = 2; i <= NF; i++) { if ($i == "passed,") p = $(i-1); if ($i == "failed") f = $(i-1) } } END { print p + 0, f + 0 }')
	p=${2:-0}; f=${3:-1}
	pass=$((pass + p)); fail=$((fail + f))
}
log=$(mktemp)
echo "== include tower (tests/pvm/includes.py)"
python3 tests/pvm/includes.py --check > "$log" 2>&1; cat "$log"; count "$log"
echo "== unit tests ($HB/pvm-unit-tests)"
classdir=
if command -v javac > /dev/null 2>&1; then
	# Java 17 class files, with debug tables, and Java 8 ones of the sources
	# that allow it; test_classfile.c parses every one
	classdir=$HB/classfile-test
	rm -rf "$classdir"
	if ! { javac -g -d "$classdir/17" tests/pvm/classfile/*.java &&
	    javac --release 8 -d "$classdir/8" tests/pvm/classfile/Exceptions.java \
	        tests/pvm/classfile/Numbers.java; } > "$log" 2>&1; then
		cat "$log"; echo "FAIL javac tests/pvm/classfile"; fail=$((fail + 1)); classdir=
	fi
else
	echo "(javac not found: the class-file reader is not run over javac output)"
fi
PVM_CLASSDIR=$classdir "$HB/pvm-unit-tests" tests/pvm > "$log" 2>&1; cat "$log"; count "$log"
echo "== the core alone ($HB/pvm-core: no compiler, natives or prelude)"
"$HB/pvm-core" "$HB/pvm-core-data" > "$log" 2>&1; cat "$log"; count "$log"
if [ -x tests/lang/run.sh ] || [ -f tests/lang/run.sh ]; then
	for v in pvm pvm-switch; do
		echo "== tests/lang with $v"
		sh tests/lang/run.sh "$HB/$v" > "$log" 2>&1; grep -E '^FAIL|passed' "$log"; count "$log"
	done
	# errors_runtime_oom fills a 256 MiB arena: a full collection per
	# allocation there takes many minutes, so the stress pass runs on a
	# copy of the suite without it (it runs in the passes above).
	copy=$(mktemp -d)
	cp -r tests/lang/. "$copy/"
	rm -f "$copy/errors_runtime_oom.ph" "$copy/errors_runtime_oom.out"
	echo "== tests/lang under GC stress (PVM_GCSTRESS=1 PVM_GCCHECK=1; without errors_runtime_oom)"
	PVM_GCSTRESS=1 PVM_GCCHECK=1 PVM_TEST_TIMEOUT=120 sh "$copy/run.sh" "$HB/pvm" > "$log" 2>&1
	grep -E '^FAIL|passed' "$log"; count "$log"
	rm -rf "$copy"
fi
if [ -d "$HB/jrt" ] && command -v javac >/dev/null 2>&1; then
	echo "== the Java runtime's classes are closed (tests/jvm/rtclosure.py)"
	python3 tests/jvm/rtclosure.py "$HB/jrt" pvm/jvm/jnatives.def > "$log" 2>&1; cat "$log"; count "$log"
fi
echo "== Java's number and character text against the JDK (tests/jvm/numfmt)"
tests/jvm/numfmt/run.sh "$HB" > "$log" 2>&1; grep -E '^DIFF|^==|skipped| passed, ' "$log" | tail -20; count "$log"
echo "== the Java runtime's Java code against the JDK's classes (tests/jvm/rtcheck)"
tests/jvm/rtcheck/run.sh "$HB" > "$log" 2>&1; tail -12 "$log"; count "$log"
rm -f "$log"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
