/*
 * platform_host.c - platform.h for the host runner and the unit tests:
 * stdout/stderr, clock_gettime and nanosleep.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "platform.h"

void
pv_out(const char *s, size_t n)
{
	fwrite(s, 1, n, stdout);
}

void
pv_err(const char *s, size_t n)
{
	fflush(stdout);
	fwrite(s, 1, n, stderr);
}

static int64_t
clock_ms(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t
pv_time_ms(void)
{
	return clock_ms(CLOCK_REALTIME);
}

static int64_t start_ms = -1;

int64_t
pv_uptime_ms(void)
{
	int64_t now = clock_ms(CLOCK_MONOTONIC);
	if (start_ms < 0)
		start_ms = now;
	return now - start_ms;
}

uint64_t
pv_clock_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void
pv_idle_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	fflush(stdout);
	nanosleep(&ts, NULL);
}

uint32_t
pv_random_seed(void)
{
	return (uint32_t)pv_clock_ns() ^ (uint32_t)getpid();
}
