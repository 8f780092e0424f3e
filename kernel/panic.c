/*
 * panic.c - report a fatal kernel error with a symbolized backtrace, halt.
 *
 * Output (serial):
 *   panic: <message>
 *   backtrace:
 *     #0 0x0010a1b2 fault_level3+0x12
 * Under the test harness (boot option phantom.exit_on_panic=1) QEMU is then
 * exited through isa-debug-exit with status 0x21 (QEMU reports 67).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "arch.h"
#include "bootinfo.h"
#include "klog.h"
#include "panic.h"

static volatile int panicking;

static uintptr_t
parse_hex(const char **pp, const char *end)
{
	uintptr_t v = 0;
	const char *p = *pp;
	for (; p < end; p++) {
		char c = *p;
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (d < 0)
			break;
		v = v * 16 + d;
	}
	*pp = p;
	return v;
}

/* Each line of kernel.sym: "<hex address> <name>\n", sorted by address. */
const char *
ksym_lookup(uintptr_t pc, uintptr_t *offset, char *buf, int bufsz)
{
	const struct boot_module *m = bootinfo_module("kernel.sym");
	if (!m)
		return NULL;
	const char *p = m->data, *end = p + m->len, *best = NULL;
	uintptr_t best_addr = 0;
	while (p < end) {
		uintptr_t a = parse_hex(&p, end);
		if (p < end && *p == ' ' && a <= pc) {
			best = p + 1;
			best_addr = a;
		}
		while (p < end && *p++ != '\n')
			;
	}
	if (!best)
		return NULL;
	int n = 0;
	while (best + n < end && best[n] != '\n' && n < bufsz - 1) {
		buf[n] = best[n];
		n++;
	}
	buf[n] = 0;
	*offset = pc - best_addr;
	return buf;
}

static void
log_frame(uintptr_t pc, void *arg)
{
	int *depth = arg;
	char name[64];
	uintptr_t off;
	if (ksym_lookup(pc, &off, name, sizeof name))
		klog("  #%d 0x%08lx %s+0x%lx", (*depth)++, (unsigned long)pc, name,
		     (unsigned long)off);
	else
		klog("  #%d 0x%08lx ?", (*depth)++, (unsigned long)pc);
}

static void __attribute__((noreturn))
vpanic(uintptr_t pc, uintptr_t fp, const char *fmt, va_list ap)
{
	char msg[256];
	arch_irq_save();
	if (panicking++)
		arch_halt_forever();
	vsnprintf(msg, sizeof msg, fmt, ap);
	klog("panic: %s", msg);
	klog("backtrace:");
	int depth = 0;
	log_frame(pc, &depth);
	arch_backtrace(fp, log_frame, &depth);
	klog("system halted");
	if (bootinfo_flag("phantom.exit_on_panic"))
		arch_debug_exit(0x21);
	arch_halt_forever();
}

void
panic_at(uintptr_t pc, uintptr_t fp, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vpanic(pc, fp, fmt, ap);
	/* cppcheck-suppress va_end_missing ; vpanic never returns */
}

void
panic(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	uintptr_t fp = arch_frame_pointer();
	vpanic(((const uintptr_t *)fp)[1] - 1, ((const uintptr_t *)fp)[0], fmt, ap);
	/* cppcheck-suppress va_end_missing ; vpanic never returns */
}
