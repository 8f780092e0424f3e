# timing.sh - the timing of the interpreter benchmarks, sourced by
# tests/bench/lang/run.sh and tests/bench/java/run.sh so that both measure
# alike: wall time by date +%s%N, the best of $runs runs, ratios with two
# decimals and their geometric mean.
#
# The caller sets $tmp (a scratch directory) and $runs (runs per program).

now_ns() {
	date +%s%N
}

# best_of OUTFILE CMD...: runs CMD $runs times; prints the best wall time in
# seconds; leaves the first run's stdout in OUTFILE; returns 1 if any run fails
# (after printing FAIL, the command, its status and the start of its stderr on
# stderr). Each run gets 300 s.
best_of() {
	out=$1
	shift
	best=""
	i=0
	while [ "$i" -lt "$runs" ]; do
		t0=$(now_ns)
		timeout 300 "$@" >"$tmp/run.out" 2>"$tmp/run.err" </dev/null
		rc=$?
		if [ "$rc" -ne 0 ]; then
			echo "FAIL: $* (exit $rc)" >&2
			sed -n '1,5p' "$tmp/run.err" >&2
			return 1
		fi
		t1=$(now_ns)
		[ "$i" -eq 0 ] && cp "$tmp/run.out" "$out"
		t=$((t1 - t0))
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then
			best=$t
		fi
		i=$((i + 1))
	done
	awk -v ns="$best" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

# ratio A B: A / B with two decimals (a B of 0 counts as 0.001 s)
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.001; printf "%.2f\n", a / b }'
}

# geomean FILE WHAT: the geometric mean of the ratios in FILE (one a line; a
# ratio of 0 counts as 0.01) as `geometric mean of WHAT ratios: X (N programs)`;
# nothing when FILE is empty
geomean() {
	awk -v what="$2" '{ if ($1 <= 0) $1 = 0.01; s += log($1); n++ }
		END { if (n) printf "geometric mean of %s ratios: %.2f (%d programs)\n", what, exp(s / n), n }' "$1"
}
