/*
 * panic.h - the end of the line: report, backtrace with symbols, halt.
 *
 * Symbols come from the "kernel.sym" boot module (`nm -n` output, text
 * symbols only), searched in place, so a panic needs no heap.
 */
#pragma once
#include <stdint.h>

void panic_at(uintptr_t pc, uintptr_t fp, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 3, 4)));
/* Name of the function containing pc, and pc's offset in it; NULL if unknown. */
const char *ksym_lookup(uintptr_t pc, uintptr_t *offset, char *buf, int bufsz);
