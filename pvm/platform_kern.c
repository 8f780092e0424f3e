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
 * then "\n"), and so may pv_write (a Java program's System.out and err,
 * any bytes): each stream collects its line here and logs it whole. A line
 * longer than LINE_MAX is logged in pieces.
 * An app (pvm/group.h) logs at most LOG_RATE lines a second (bursts of
 * LOG_BURST): the serial port is slow and shared, and a program printing
 * in a loop must not stall the desktop or the snapshots while the VM's
 * thread writes it out. Lines past that are counted, and the count is
 * logged, at most once a second, before the app's next line that fits.
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
#include "group.h"
#include "platform.h"

#define LINE_MAX  400 /* below klog's PARAM_LOG_BUF with the prefix and time */
#define LOG_RATE  100 /* lines a second an app may log ... */
#define LOG_BURST 200 /* ... and at once */
#define BUCKETS   64  /* apps told apart (by group slot, modulo) */

struct outline {
	const char *prefix;
	char buf[LINE_MAX];
	size_t len;
	struct mutex lock;
};

static struct outline out_line = { .prefix = "pvm|" };
static struct outline err_line = { .prefix = "pvm!" };

/* The running app's token bucket: may it log a line now? */
static bool
allow_line(void)
{
	static struct {
		uint32_t tokens, dropped;
		uint64_t at_ms, told_ms;
		bool used;
	} b[BUCKETS];
	uint32_t g = pv_cur_group;
	if (!g)
		return true; /* the system's own lines */
	uint64_t now = timer_ms();
	uint32_t i = g % BUCKETS;
	if (!b[i].used) {
		b[i].used = true;
		b[i].tokens = LOG_BURST;
		b[i].at_ms = now;
	}
	uint64_t earned = (now - b[i].at_ms) * LOG_RATE / 1000;
	if (earned) {
		b[i].tokens = b[i].tokens + earned > LOG_BURST ? LOG_BURST
		                                               : b[i].tokens + (uint32_t)earned;
		b[i].at_ms = now;
	}
	if (!b[i].tokens) {
		b[i].dropped++;
		return false;
	}
	b[i].tokens--;
	if (b[i].dropped && now - b[i].told_ms >= 1000) { /* the count, once a second */
		b[i].told_ms = now;
		pv_group *r = pv_group_at(g);
		klog("pvm: %u lines of %s not logged (it printed faster than %u a second)",
		     b[i].dropped, r ? r->name : "an app", LOG_RATE);
		b[i].dropped = 0;
	}
	return true;
}

static void
flush_line(struct outline *o)
{
	if (allow_line())
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

/* Java's System.out/err: the same lines as print() and error reports. */
void
pv_write(int fd, const char *s, size_t n)
{
	write_lines(fd == 2 ? &err_line : &out_line, s, n);
}

/* An app cannot end itself from inside a native: System.exit throws. */
void
pv_exit(int status)
{
	(void)status;
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
