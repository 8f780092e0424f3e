#!/bin/sh
# Runs the language benchmarks in pvm and in Lua 5.4 and compares them.
#
#   tests/bench/lang/run.sh PVM_BINARY
#
# Each NAME.ph / NAME.lua pair runs the same algorithm and prints one checksum
# line; the two lines must be identical. Each program runs 3 times in each
# language and the best wall time counts. Prints `name pvm_s lua_s ratio`
# (ratio = pvm / lua, lower is better) and the geometric mean of the ratios.
# Exit 0 however slow; exit 1 if a program fails or a checksum differs.
# LUA overrides the Lua interpreter (default lua5.4); BENCH_RUNS the count (3).

if [ $# -ne 1 ]; then
	echo "usage: $0 PVM_BINARY" >&2
	exit 2
fi
pvm=$1
lua=${LUA:-lua5.4}
runs=${BENCH_RUNS:-3}
dir=$(cd "$(dirname "$0")" && pwd)
names="fib loops methods alloc strings"
if ! command -v "$lua" >/dev/null 2>&1; then
	echo "$0: $lua not found (Debian package lua5.4)" >&2
	exit 1
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# now_ns, best_of, ratio, geomean (shared with tests/bench/java/run.sh)
. "$dir/../timing.sh"

status=0
: >"$tmp/ratios"
printf '%-10s %8s %8s %7s\n' name pvm_s lua_s ratio
for n in $names; do
	if ! p=$(best_of "$tmp/$n.pvm" "$pvm" run "$dir/$n.ph"); then
		status=1
		continue
	fi
	if ! l=$(best_of "$tmp/$n.lua" "$lua" "$dir/$n.lua"); then
		status=1
		continue
	fi
	if ! cmp -s "$tmp/$n.pvm" "$tmp/$n.lua"; then
		echo "FAIL: $n checksums differ: pvm '$(head -c 80 "$tmp/$n.pvm")' lua '$(head -c 80 "$tmp/$n.lua")'" >&2
		status=1
		continue
	fi
	r=$(ratio "$p" "$l")
	echo "$r" >>"$tmp/ratios"
	printf '%-10s %8s %8s %7s\n' "$n" "$p" "$l" "$r"
done
geomean "$tmp/ratios" pvm/lua
exit $status
