/*
 * printf.c - vsnprintf and snprintf for the kernel (no streams).
 *
 * Output goes through one bounded sink that counts every character, stored
 * or not, so the return value is the length the full output would have had;
 * the sink stores at most size-1 characters and the terminator is written
 * last, whenever size > 0. A conversion is parsed into a struct spec and
 * then laid out as: [pad] sign prefix [zeros] digits [pad].
 *
 * Floats (%e %f %g and upper case) print the digits a correctly rounding
 * libc prints: fltconv.c gives the exact decimal expansion, which is
 * rounded once, ties to even, to the precision asked for.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "fltconv.h"

struct sink {
	char *buf;
	size_t size, len;
};

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T };

struct spec {
	bool left, zero, plus, space, alt;
	int width;
	int prec; /* -1: none given */
	enum length len;
	char conv;
};

static void
put(struct sink *s, char c)
{
	if (s->len + 1 < s->size)
		s->buf[s->len] = c;
	s->len++;
}

static void
put_n(struct sink *s, char c, int n)
{
	for (; n > 0; n--)
		put(s, c);
}

static void
put_str(struct sink *s, const char *p, size_t n)
{
	while (n-- > 0)
		put(s, *p++);
}

static const char *
parse_flags(const char *f, struct spec *sp)
{
	for (;; f++) {
		switch (*f) {
		case '-':
			sp->left = true;
			break;
		case '0':
			sp->zero = true;
			break;
		case '+':
			sp->plus = true;
			break;
		case ' ':
			sp->space = true;
			break;
		case '#':
			sp->alt = true;
			break;
		default:
			return f;
		}
	}
}

/* A decimal number or '*' (taken from the arguments). */
static const char *
parse_count(const char *f, int *out, va_list *ap)
{
	int n = 0;

	if (*f == '*') {
		*out = va_arg(*ap, int);
		return f + 1;
	}
	while (*f >= '0' && *f <= '9')
		n = n * 10 + (*f++ - '0');
	*out = n;
	return f;
}

static const char *
parse_length(const char *f, enum length *len)
{
	switch (*f) {
	case 'h':
		*len = f[1] == 'h' ? LEN_HH : LEN_H;
		return f + (f[1] == 'h' ? 2 : 1);
	case 'l':
		*len = f[1] == 'l' ? LEN_LL : LEN_L;
		return f + (f[1] == 'l' ? 2 : 1);
	case 'z':
		*len = LEN_Z;
		return f + 1;
	case 'j':
		*len = LEN_J;
		return f + 1;
	case 't':
		*len = LEN_T;
		return f + 1;
	default:
		*len = LEN_NONE;
		return f;
	}
}

/* Parse one conversion after its '%'; returns the character after it. */
static const char *
parse_spec(const char *f, struct spec *sp, va_list *ap)
{
	*sp = (struct spec){ .prec = -1 };
	f = parse_flags(f, sp);
	f = parse_count(f, &sp->width, ap);
	if (sp->width < 0) { /* a negative '*' width means '-' */
		sp->left = true;
		sp->width = -sp->width;
	}
	if (*f == '.') {
		f = parse_count(f + 1, &sp->prec, ap);
		if (sp->prec < 0)
			sp->prec = -1;
	}
	f = parse_length(f, &sp->len);
	sp->conv = *f;
	return *f ? f + 1 : f;
}

static long long
arg_signed(enum length len, va_list *ap)
{
	switch (len) {
	case LEN_HH:
		return (signed char)va_arg(*ap, int);
	case LEN_H:
		return (short)va_arg(*ap, int);
	case LEN_L:
		return va_arg(*ap, long);
	case LEN_LL:
		return va_arg(*ap, long long);
	case LEN_Z:
		return (long)va_arg(*ap, size_t);
	case LEN_J:
		return va_arg(*ap, intmax_t);
	case LEN_T:
		return va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, int);
	}
}

static unsigned long long
arg_unsigned(enum length len, va_list *ap)
{
	switch (len) {
	case LEN_HH:
		return (unsigned char)va_arg(*ap, unsigned);
	case LEN_H:
		return (unsigned short)va_arg(*ap, unsigned);
	case LEN_L:
		return va_arg(*ap, unsigned long);
	case LEN_LL:
		return va_arg(*ap, unsigned long long);
	case LEN_Z:
		return va_arg(*ap, size_t);
	case LEN_J:
		return va_arg(*ap, uintmax_t);
	case LEN_T:
		return (uintptr_t)va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, unsigned);
	}
}

/* Digits of v in base, written backwards from end; returns the count.
 * Values that fit 32 bits avoid libgcc's 64-bit division. */
static int
to_digits(unsigned long long v, unsigned base, bool upper, char *end)
{
	const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int n = 0;

	while (v > UINT32_MAX) {
		*--end = dig[v % base];
		v /= base;
		n++;
	}
	for (uint32_t w = (uint32_t)v; w != 0; w /= base, n++)
		*--end = dig[w % base];
	return n;
}

static void
emit_number(struct sink *s, const struct spec *sp, unsigned long long mag, bool neg, unsigned base)
{
	char buf[24], *end = buf + sizeof buf;
	int nd = to_digits(mag, base, sp->conv == 'X', end);
	const char *sign = neg ? "-" : sp->plus ? "+" : sp->space ? " " : "";
	const char *prefix = "";
	int zeros = sp->prec > nd ? sp->prec - nd : 0;

	if (nd == 0 && sp->prec < 0)
		zeros = 1; /* the value 0 prints "0" */
	if (sp->alt && base == 16 && mag != 0)
		prefix = sp->conv == 'X' ? "0X" : "0x";
	if (sp->alt && base == 8 && zeros == 0)
		zeros = 1;
	int body = strlen(sign) + strlen(prefix) + zeros + nd;
	int pad = sp->width > body ? sp->width - body : 0;

	if (sp->zero && !sp->left && sp->prec < 0) {
		zeros += pad;
		pad = 0;
	}
	if (!sp->left)
		put_n(s, ' ', pad);
	put_str(s, sign, strlen(sign));
	put_str(s, prefix, strlen(prefix));
	put_n(s, '0', zeros);
	put_str(s, end - nd, nd);
	if (sp->left)
		put_n(s, ' ', pad);
}

static void
emit_text(struct sink *s, const struct spec *sp, const char *p, size_t n)
{
	int pad = sp->width > (int)n ? sp->width - (int)n : 0;

	if (!sp->left)
		put_n(s, ' ', pad);
	put_str(s, p, n);
	if (sp->left)
		put_n(s, ' ', pad);
}

/* ---------------------------------------------------------------- floats */

struct fbody {
	const char *dig;
	int n, decpt;
	int prec;  /* digits after the point */
	bool expo; /* d.ddde+XX rather than ddd.ddd */
	bool point;
	char echar;
};

static char
digit_at(const struct fbody *f, int i)
{
	return i >= 0 && i < f->n ? f->dig[i] : '0';
}

/* Characters the body takes (everything after the sign). */
static int
body_len(const struct fbody *f)
{
	if (f->expo) {
		int x = f->n ? f->decpt - 1 : 0;
		int xd = x <= -100 || x >= 100 ? 3 : 2;
		return 1 + f->point + f->prec + 2 + xd;
	}
	return (f->decpt > 0 ? f->decpt : 1) + f->point + f->prec;
}

static void
put_body(struct sink *s, const struct fbody *f)
{
	if (f->expo) {
		int x = f->n ? f->decpt - 1 : 0;
		put(s, digit_at(f, 0));
		if (f->point)
			put(s, '.');
		for (int i = 1; i <= f->prec; i++)
			put(s, digit_at(f, i));
		put(s, f->echar);
		put(s, x < 0 ? '-' : '+');
		x = x < 0 ? -x : x;
		if (x >= 100)
			put(s, (char)('0' + x / 100));
		put(s, (char)('0' + x / 10 % 10));
		put(s, (char)('0' + x % 10));
		return;
	}
	if (f->decpt <= 0)
		put(s, '0');
	for (int i = 0; i < f->decpt; i++)
		put(s, digit_at(f, i));
	if (f->point)
		put(s, '.');
	for (int i = 0; i < f->prec; i++)
		put(s, digit_at(f, f->decpt + i));
}

/* %g: P significant digits; the shorter of the two styles ISO C picks,
 * trailing zeros removed unless '#'. */
static void
layout_g(struct fbody *f, int prec, bool alt, char *dig)
{
	int p = prec == 0 ? 1 : prec;
	f->n = klibc_round_digits(dig, f->n, p, &f->decpt);
	int x = f->n ? f->decpt - 1 : 0;
	f->expo = !(p > x && x >= -4);
	f->prec = f->expo ? p - 1 : p - 1 - x;
	if (!alt) {
		int used = f->expo ? f->n - 1 : f->n - f->decpt;
		if (used < 0)
			used = 0;
		if (f->prec > used)
			f->prec = used;
	}
}

static __attribute__((noinline)) void
emit_float(struct sink *s, const struct spec *sp, double v)
{
	char dig[KLIBC_DTOA_MAX];
	uint64_t u;
	memcpy(&u, &v, sizeof u);
	bool neg = u >> 63, upper = sp->conv >= 'A' && sp->conv <= 'Z';
	const char *sign = neg ? "-" : sp->plus ? "+" : sp->space ? " " : "";
	struct spec text = *sp;
	if (((u >> 52) & 0x7ff) == 0x7ff) { /* inf and nan: no zero padding */
		char buf[5];
		const char *w = (u << 12) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
		size_t k = strlen(sign);
		memcpy(buf, sign, k);
		memcpy(buf + k, w, 4);
		emit_text(s, &text, buf, strlen(buf));
		return;
	}
	int prec = sp->prec < 0 ? 6 : sp->prec;
	struct fbody f = { .dig = dig, .echar = upper ? 'E' : 'e' };
	f.n = klibc_dtoa(v, dig, &f.decpt);
	switch (sp->conv | 0x20) {
	case 'e':
		f.expo = true;
		f.prec = prec;
		f.n = klibc_round_digits(dig, f.n, prec + 1, &f.decpt);
		break;
	case 'f':
		f.prec = prec;
		f.n = klibc_round_digits(dig, f.n, f.decpt + prec, &f.decpt);
		break;
	default:
		layout_g(&f, prec, sp->alt, dig);
	}
	f.point = f.prec > 0 || sp->alt;
	int body = (int)strlen(sign) + body_len(&f);
	int pad = sp->width > body ? sp->width - body : 0;
	if (!sp->left && !sp->zero)
		put_n(s, ' ', pad);
	put_str(s, sign, strlen(sign));
	if (!sp->left && sp->zero)
		put_n(s, '0', pad);
	put_body(s, &f);
	if (sp->left)
		put_n(s, ' ', pad);
}

static void
emit_conversion(struct sink *s, struct spec *sp, va_list *ap)
{
	long long v;
	unsigned long long mag;
	const char *str;
	char c;

	switch (sp->conv) {
	case 'd':
	case 'i':
		v = arg_signed(sp->len, ap);
		mag = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
		emit_number(s, sp, mag, v < 0, 10);
		break;
	case 'u':
	case 'x':
	case 'X':
	case 'o':
		sp->plus = sp->space = false;
		emit_number(s, sp, arg_unsigned(sp->len, ap), false,
		            sp->conv == 'u'   ? 10
		            : sp->conv == 'o' ? 8
		                              : 16);
		break;
	case 'p':
		sp->alt = true;
		sp->conv = 'x';
		emit_number(s, sp, (uintptr_t)va_arg(*ap, void *), false, 16);
		break;
	case 's':
		str = va_arg(*ap, const char *);
		if (!str)
			str = "(null)";
		emit_text(s, sp, str, sp->prec < 0 ? strlen(str) : strnlen(str, sp->prec));
		break;
	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
		emit_float(s, sp, va_arg(*ap, double));
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		emit_text(s, sp, &c, 1);
		break;
	case '%':
		put(s, '%');
		break;
	default: /* unknown: print it as written */
		put(s, '%');
		if (sp->conv)
			put(s, sp->conv);
	}
}

int
vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
{
	struct sink s = { buf, size, 0 };
	struct spec sp;
	va_list args;

	va_copy(args, ap);
	while (*fmt) {
		if (*fmt != '%') {
			put(&s, *fmt++);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp, &args);
		emit_conversion(&s, &sp, &args);
	}
	va_end(args);
	if (size > 0)
		buf[s.len < size ? s.len : size - 1] = '\0';
	return s.len > INT32_MAX ? -1 : (int)s.len;
}

int
snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
