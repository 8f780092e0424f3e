/*
 * stdio.h - formatted output into memory; the kernel has no streams.
 *
 * vsnprintf understands %d %i %u %x %X %o %p %s %c %% and the floats
 * %e %E %f %F %g %G (exact digits, rounded ties-to-even like glibc) with
 * the flags '-' '0' ' ' '+' '#', a width and precision (either may be
 * '*') and the length modifiers hh h l ll z j t. It returns the length the whole output
 * would have had and always NUL-terminates when size > 0. FILE exists only
 * as an opaque name so that headers mentioning it compile.
 */
#pragma once
#include <stdarg.h>
#include <stddef.h>

typedef struct klibc_file FILE;

#define EOF (-1)

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
