/*
 * bench.h - what the host benchmarks share (bench.c): a monotonic clock
 * and the median of a run of timings.
 */
#pragma once

double bench_now(void);                /* seconds, monotonic */
double bench_median(double *v, int n); /* sorts v */
