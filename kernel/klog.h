/*
 * klog.h - the serial log, up first and always available.
 *
 * Every line goes to COM1 as "[ssss.mmmuuu] text\n" with the time since boot.
 * Safe from interrupt handlers and before the heap exists; lines are never
 * interleaved (the writer holds interrupts off for one line).
 */
#pragma once
#include <stdarg.h>

void serial_init(void);
void serial_putc(char c);
void serial_write(const char *s, unsigned len);
/* Bytes typed into COM1 (port 0) and COM2 (port 1) go to fn, in interrupt
 * context (kernel/console.c). */
void serial_on_input(void (*fn)(int port, char c));

void klog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void kvlog(const char *fmt, va_list ap);
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
