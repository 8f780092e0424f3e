#!/bin/sh
# Runs the Java benchmarks in pvm, in the JVM's interpreter and in Lua 5.4.
#
#   tests/bench/java/run.sh PVM_BINARY
#
# Each NAME.java / NAME.lua pair runs the same algorithm, checks its own
# result and prints the same checksum lines. The .java files are compiled by
# one javac call into build/bench/java/; then each program runs 3 times as
# `PVM_BINARY java -cp DIR NAME`, `java -Xint -cp DIR NAME` and `lua5.4
# NAME.lua`, and the best wall time counts (tests/bench/timing.sh, as
# tests/bench/lang/run.sh measures). The JVM's and Lua's output must be
# identical, and pvm's must be too. Prints `name pvm_s xint_s lua_s pvm/lua
# pvm/xint xint/lua` (lower is better for pvm) and the geometric means.
# A pvm that cannot run a program shows `n/a` there; when it runs none (no
# Java front end) that is only noted.
# Exit 0 however slow; exit 1 if the JVM or Lua fails, outputs differ, or
# pvm runs some programs and fails others.
# LUA, JAVA and JAVAC override the tools; BENCH_RUNS the count (3).

if [ $# -ne 1 ]; then
	echo "usage: $0 PVM_BINARY" >&2
	exit 2
fi
pvm=$1
lua=${LUA:-lua5.4}
java=${JAVA:-java}
javac=${JAVAC:-javac}
runs=${BENCH_RUNS:-3}
dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$dir/../../.." && pwd)
classes=$root/build/bench/java
names="fib calls trees sieve spectral collections strings"
for tool in "$lua" "$java" "$javac"; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "$0: $tool not found (Debian packages lua5.4, openjdk-17-jdk-headless)" >&2
		exit 1
	fi
done
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# now_ns, best_of, ratio, geomean (shared with tests/bench/lang/run.sh)
. "$dir/../timing.sh"

rm -rf "$classes"
mkdir -p "$classes"
set --
for n in $names; do
	set -- "$@" "$dir/$n.java"
done
if ! "$javac" -d "$classes" "$@"; then
	echo "$0: javac failed" >&2
	exit 1
fi

status=0
pvm_ran=0
pvm_failed=""
: >"$tmp/pvm_lua"
: >"$tmp/pvm_xint"
: >"$tmp/xint_lua"
printf '%-12s %8s %8s %8s %8s %8s %8s\n' name pvm_s xint_s lua_s pvm/lua pvm/xint xint/lua
for n in $names; do
	if ! x=$(best_of "$tmp/$n.xint" "$java" -Xint -cp "$classes" "$n"); then
		status=1
		continue
	fi
	if ! l=$(best_of "$tmp/$n.lua" "$lua" "$dir/$n.lua"); then
		status=1
		continue
	fi
	if ! cmp -s "$tmp/$n.xint" "$tmp/$n.lua"; then
		echo "FAIL: $n: the JVM printed '$(head -c 80 "$tmp/$n.xint")', Lua '$(head -c 80 "$tmp/$n.lua")'" >&2
		status=1
		continue
	fi
	xl=$(ratio "$x" "$l")
	echo "$xl" >>"$tmp/xint_lua"
	if p=$(best_of "$tmp/$n.pvm" "$pvm" java -cp "$classes" "$n" 2>"$tmp/$n.pvmerr"); then
		pvm_ran=$((pvm_ran + 1))
		if ! cmp -s "$tmp/$n.pvm" "$tmp/$n.xint"; then
			echo "FAIL: $n: pvm printed '$(head -c 80 "$tmp/$n.pvm")', the JVM '$(head -c 80 "$tmp/$n.xint")'" >&2
			status=1
			continue
		fi
		pl=$(ratio "$p" "$l")
		px=$(ratio "$p" "$x")
		echo "$pl" >>"$tmp/pvm_lua"
		echo "$px" >>"$tmp/pvm_xint"
	else
		[ -z "$pvm_failed" ] && cp "$tmp/$n.pvmerr" "$tmp/first.pvmerr"
		pvm_failed="$pvm_failed $n"
		p=n/a pl=n/a px=n/a
	fi
	printf '%-12s %8s %8s %8s %8s %8s %8s\n' "$n" "$p" "$x" "$l" "$pl" "$px" "$xl"
done
geomean "$tmp/pvm_lua" pvm/lua
geomean "$tmp/pvm_xint" pvm/xint
geomean "$tmp/xint_lua" xint/lua
if [ -n "$pvm_failed" ]; then
	if [ "$pvm_ran" -eq 0 ]; then
		echo "note: '$pvm java' ran no program (no Java front end yet?); the first failure:"
	else
		echo "FAIL: '$pvm java' failed on:$pvm_failed; the first failure:" >&2
		status=1
	fi
	sed -n '1,6p' "$tmp/first.pvmerr" | sed 's/^/    /'
fi
exit $status
