/*
 * stdlib.c - allocation, number parsing and odds and ends of the mini libc.
 *
 * malloc/calloc/realloc/free are the kernel heap under their ISO names.
 * The strto* family shares one parser that reads the magnitude as an
 * unsigned long long, noting overflow; each wrapper then clamps to its
 * own range and sets errno = ERANGE, as ISO C asks.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include "kernel/kheap.h"
#include "kernel/klog.h"

int errno;

void *
malloc(size_t n)
{
	return kmalloc(n);
}

void *
calloc(size_t n, size_t size)
{
	return kcalloc(n, size);
}

void *
realloc(void *p, size_t n)
{
	return krealloc(p, n);
}

void
free(void *p)
{
	kfree(p);
}

int
abs(int v)
{
	return v < 0 ? -v : v;
}

long
labs(long v)
{
	return v < 0 ? -v : v;
}

long long
llabs(long long v)
{
	return v < 0 ? -v : v;
}

struct parsed {
	unsigned long long mag;
	bool neg, overflow, any;
};

static int
digit_value(int c)
{
	if (isdigit(c))
		return c - '0';
	if (isalpha(c))
		return tolower(c) - 'a' + 10;
	return 99;
}

/* Skip space, sign and a 0x/0 prefix; returns the base actually used. */
static int
parse_prefix(const char **sp, bool *neg, int base)
{
	const char *s = *sp;

	while (isspace((unsigned char)*s))
		s++;
	*neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
	    digit_value((unsigned char)s[2]) < 16) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = s[0] == '0' ? 8 : 10;
	}
	*sp = s;
	return base;
}

static struct parsed
parse_number(const char *s, char **end, int base)
{
	struct parsed r = { 0 };
	const char *start = s;
	int d;

	base = parse_prefix(&s, &r.neg, base);
	if (base < 2 || base > 36) {
		errno = EINVAL;
		base = 0;
	}
	for (; base && (d = digit_value((unsigned char)*s)) < base; s++) {
		r.any = true;
		if (r.mag > (ULLONG_MAX - d) / base)
			r.overflow = true;
		else
			r.mag = r.mag * base + d;
	}
	if (end)
		*end = (char *)(r.any ? s : start);
	return r;
}

/* Clamp a parsed value to [-(max+1), max] (or [0, max] when !is_signed). */
static unsigned long long
clamp_signed(struct parsed r, unsigned long long max)
{
	unsigned long long lim = r.neg ? max + 1 : max;

	if (r.overflow || r.mag > lim) {
		errno = ERANGE;
		return r.neg ? -lim : lim;
	}
	return r.neg ? -r.mag : r.mag;
}

static unsigned long long
clamp_unsigned(struct parsed r, unsigned long long max)
{
	if (r.overflow || r.mag > max) {
		errno = ERANGE;
		return max;
	}
	return r.neg ? -r.mag : r.mag;
}

long
strtol(const char *restrict s, char **restrict end, int base)
{
	return (long)clamp_signed(parse_number(s, end, base), LONG_MAX);
}

unsigned long
strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long)clamp_unsigned(parse_number(s, end, base), ULONG_MAX);
}

long long
strtoll(const char *restrict s, char **restrict end, int base)
{
	return (long long)clamp_signed(parse_number(s, end, base), LLONG_MAX);
}

unsigned long long
strtoull(const char *restrict s, char **restrict end, int base)
{
	return clamp_unsigned(parse_number(s, end, base), ULLONG_MAX);
}

int
atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

long
atol(const char *s)
{
	return strtol(s, NULL, 10);
}

static unsigned long rand_state = 1;

/* A 31-bit linear congruential generator (the ISO C example's constants). */
int
rand(void)
{
	rand_state = rand_state * 1103515245u + 12345u;
	return (int)((rand_state >> 1) & RAND_MAX);
}

void
srand(unsigned seed)
{
	rand_state = seed;
}

char *
getenv(const char *name)
{
	return NULL;
}

void
abort(void)
{
	panic("abort() called from %p", __builtin_return_address(0));
}

void
klibc_assert_fail(const char *expr, const char *file, int line, const char *func)
{
	panic("assertion \"%s\" failed at %s:%d in %s()", expr, file, line, func);
}
