/*
 * platform_kern.c - platform.h inside Phantom: output to the serial log,
 * clocks from the kernel timer and the CMOS clock, sleeping on a kernel
 * thread.
 *
 * print() output and error reports become klog lines, one per text line,
 * prefixed so that they can be told apart from the kernel's own lines:
 *     "pvm| <what the program printed>"
 *     "pvm! <error report line>"
 * pv_out/pv_err may be called with pieces of a line (print sends the text,
 * then "\n"): each stream collects its line here and logs it whole. A line
 * longer than LINE_MAX is logged in pieces.
 * The idle wait and the end of a time slice belong to the world (they
 * hand the world lock over): pvm/world_kern.c.
 * Invariant: nothing here lives in the arena; after a restore the wall
 * clock is read again, uptime continues from what persist hands to
 * pv_uptime_set, and the buffers start empty.
 */
#include <string.h>
#include "kernel/arch.h"
#include "kernel/klog.h"
#include "kernel/rtc.h"
#include "kernel/thread.h"
#include "kernel/timer.h"
#include "arena.h"
#include "platform.h"

#define LINE_MAX 400 /* below klog's PARAM_LOG_BUF with the prefix and time */

struct outline {
	const char *prefix;
	char buf[LINE_MAX];
	size_t len;
	struct mutex lock;
};

static struct outline out_line = { .prefix = "pvm|" };
static struct outline err_line = { .prefix = "pvm!" };

static void
flush_line(struct outline *o)
{
	klog("%s %.*s", o->prefix, (int)o->len, o->buf);
	o->len = 0;
}

static void
write_lines(struct outline *o, const char *s, size_t n)
{
	mutex_lock(&o->lock);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n') {
			flush_line(o);
			continue;
		}
		if (o->len == LINE_MAX)
			flush_line(o);
		o->buf[o->len++] = s[i];
	}
	mutex_unlock(&o->lock);
}

void
pv_out(const char *s, size_t n)
{
	write_lines(&out_line, s, n);
}

void
pv_err(const char *s, size_t n)
{
	write_lines(&err_line, s, n);
}

static int64_t wall_at_boot_ms = -1;

int64_t
pv_time_ms(void)
{
	if (wall_at_boot_ms < 0) { /* the CMOS clock once; the timer after that */
		struct rtc_time t;
		rtc_read(&t);
		wall_at_boot_ms = rtc_unix(&t) * 1000 - (int64_t)timer_ms();
	}
	return wall_at_boot_ms + (int64_t)timer_ms();
}

static int64_t uptime_base; /* timer_ms() when uptime was 0 */

int64_t
pv_uptime_ms(void)
{
	return (int64_t)timer_ms() - uptime_base;
}

void
pv_uptime_set(int64_t ms)
{
	uptime_base = (int64_t)timer_ms() - ms;
}

uint64_t
pv_clock_ns(void)
{
	return timer_ns();
}

uint32_t
pv_random_seed(void)
{
	uint64_t c = arch_cycles() ^ timer_ns();
	return (uint32_t)c ^ (uint32_t)(c >> 32);
}
