/*
 * timer.h - monotonic time since boot, driven by the periodic tick.
 *
 * timer_ns() is interpolated with the TSC between ticks so log timestamps
 * and benchmarks get sub-millisecond resolution.
 */
#pragma once
#include <stdint.h>

void timer_init(void);
uint64_t timer_ticks(void);
uint64_t timer_ns(void);
static inline uint64_t
timer_us(void)
{
	return timer_ns() / 1000;
}
static inline uint64_t
timer_ms(void)
{
	return timer_ns() / 1000000;
}
