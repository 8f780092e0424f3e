/*
 * platform_host.c - platform.h for the host runner and the unit tests:
 * stdout/stderr, clock_gettime and nanosleep. The idle wait is also a
 * snapshot safepoint (arena.h).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "arena.h"
#include "platform.h"

/* Read every page of [s, s + n) once: a lazily restored arena page is
 * loaded by a fault here, not handed unread to write(2) (EFAULT). */
static void
touch(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i += 4096)
		(void)*(volatile const char *)(s + i);
	if (n)
		(void)*(volatile const char *)(s + n - 1);
}

void
pv_out(const char *s, size_t n)
{
	touch(s, n);
	fwrite(s, 1, n, stdout);
}

void
pv_err(const char *s, size_t n)
{
	fflush(stdout);
	touch(s, n);
	fwrite(s, 1, n, stderr);
}

void
pv_write(int fd, const char *s, size_t n)
{
	touch(s, n);
	if (fd == 2) {
		fflush(stdout);
		fwrite(s, 1, n, stderr);
	} else {
		fwrite(s, 1, n, stdout);
	}
}

void
pv_exit(int status)
{
	fflush(stdout);
	fflush(stderr);
	_exit(status); /* as main_host.c ends: LeakSanitizer trips over the arena */
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

static int64_t start_ms;
static int started;

int64_t
pv_uptime_ms(void)
{
	int64_t now = clock_ms(CLOCK_MONOTONIC);
	if (!started)
		start_ms = now, started = 1;
	return now - start_ms;
}

void
pv_uptime_set(int64_t ms)
{
	start_ms = clock_ms(CLOCK_MONOTONIC) - ms;
	started = 1;
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
	if (pv_snap_request && pv_snap_hook)
		pv_snap_hook(); /* every thread sleeps: a safepoint */
	fflush(stdout);
	nanosleep(&ts, NULL);
}

uint32_t
pv_random_seed(void)
{
	return (uint32_t)pv_clock_ns() ^ (uint32_t)getpid();
}

void
pv_slice_end(void)
{
	/* one thread runs the VM and nothing else waits for it on the host */
}
