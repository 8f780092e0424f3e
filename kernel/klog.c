/*
 * klog.c - timestamped log lines on the serial port.
 *
 * Format: "[SSSS.uuuuuu] message" - seconds since boot with microseconds.
 * A whole line is formatted into a stack buffer first and written with
 * interrupts off, so lines from threads and IRQ handlers never interleave.
 */
#include <stdio.h>
#include "arch.h"
#include "klog.h"
#include "param.h"
#include "timer.h"

void
kvlog(const char *fmt, va_list ap)
{
	char line[PARAM_LOG_BUF];
	uint64_t us = timer_us();
	int n = snprintf(line, sizeof line, "[%4u.%06u] ", (unsigned)(us / 1000000),
	                 (unsigned)(us % 1000000));
	int m = vsnprintf(line + n, sizeof line - n - 1, fmt, ap);
	n += m < 0 ? 0 : m;
	if (n > (int)sizeof line - 2)
		n = sizeof line - 2;
	line[n++] = '\n';
	uint32_t f = arch_irq_save();
	serial_write(line, n);
	arch_irq_restore(f);
}

void
klog(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	kvlog(fmt, ap);
	va_end(ap);
}
