/*
 * jnum.c - Java's text of numbers (jnum.h).
 *
 * toString: JDK 17's Double.toString and Float.toString still use the
 * classic FloatingDecimal digit generator (Steele & White's free-format
 * method with a symmetric stopping test), not the shortest-digits
 * algorithm of JDK 19, and print its digits even where they are not the
 * shortest ("2.0E-3"-style rules aside). The generator is reproduced here
 * step by step, including the behaviour its arithmetic has in Java:
 *  - integers below 2^63 are printed from their exact digits, the low
 *    ones beyond what the significand holds rounded off (half up);
 *  - otherwise decExp = floor(estimate of log10 d) from a double formula,
 *    B / S = d / 10^decExp, M = half an ulp scaled alike (a quarter below
 *    a power of two), and digits come out of B / S until the remainder is
 *    within M of either end (in Double.toString's E-form, at least two);
 *  - the products B, S, M, 10S in int, long or big-number arithmetic
 *    by their size: the int and long ways wrap as Java's arithmetic does
 *    and test b + m > 10s, the big way tests b + m >= 10s;
 *  - the last digit is rounded by the stopping test, a tie to even.
 * Formatter (%e %f %g) takes the same generator's digits in its other mode
 * and rounds them half up to the precision, zeros after them.
 * Parsing validates Java's syntax and leaves the conversion to strtod
 * (correctly rounded on the host and in klibc); parseFloat rounds the
 * double once more, correcting the one case where that differs from a
 * single rounding: a double exactly halfway between two floats, decided
 * by comparing the decimal digits with the double's exact expansion.
 * Invariant: everything here is a pure function of its arguments (no
 * state, no allocation but a temporary copy of a long input).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jnum.h"

/* ---------------------------------------------------------------- bits */

/* ceil(i * log2(5)): the bits of 5^i, for i < 27 (0 for i = 0) */
static const int n5bits[27] = { 0,  3,  5,  7,  10, 12, 14, 17, 19, 21, 24, 26, 28, 31,
	                        33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61 };

static int
bits5(int i)
{
	return i < 27 ? n5bits[i] : i * 3;
}

static uint64_t
pow5(int i)
{
	uint64_t r = 1;
	while (i-- > 0)
		r *= 5;
	return r;
}

/* ---------------------------------------------------------------- big numbers */

#define BN_WORDS 64

typedef struct {
	int n; /* words used; no leading zero word */
	uint32_t w[BN_WORDS];
} bn;

static void
bn_trim(bn *a)
{
	while (a->n > 0 && a->w[a->n - 1] == 0)
		a->n--;
}

static void
bn_mul_small(bn *a, uint32_t m)
{
	uint64_t carry = 0;
	for (int i = 0; i < a->n; i++) {
		uint64_t t = (uint64_t)a->w[i] * m + carry;
		a->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry && a->n < BN_WORDS)
		a->w[a->n++] = (uint32_t)carry;
}

static void
bn_shl(bn *a, int k)
{
	int words = k / 32, bits = k % 32;
	if (a->n == 0)
		return;
	int n = a->n + words + 1;
	if (n > BN_WORDS)
		n = BN_WORDS;
	for (int i = n - 1; i >= 0; i--) {
		int s = i - words;
		uint32_t hi = s >= 0 && s < a->n ? a->w[s] : 0;
		uint32_t lo = s - 1 >= 0 && s - 1 < a->n ? a->w[s - 1] : 0;
		a->w[i] = bits ? (hi << bits) | (lo >> (32 - bits)) : hi;
	}
	a->n = n;
	bn_trim(a);
}

/* v * 5^p5 * 2^p2 */
static void
bn_set(bn *a, uint64_t v, int p5, int p2)
{
	a->w[0] = (uint32_t)v;
	a->w[1] = (uint32_t)(v >> 32);
	a->n = 2;
	bn_trim(a);
	for (; p5 >= 13; p5 -= 13)
		bn_mul_small(a, 1220703125u); /* 5^13 */
	if (p5 > 0)
		bn_mul_small(a, (uint32_t)pow5(p5));
	bn_shl(a, p2);
}

static int
bn_cmp(const bn *a, const bn *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

static void
bn_sub(bn *a, const bn *b) /* a >= b */
{
	int64_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
		borrow = t < 0;
		a->w[i] = (uint32_t)(t + (borrow << 32));
	}
	bn_trim(a);
}

static void
bn_add(bn *r, const bn *a, const bn *b)
{
	int n = a->n > b->n ? a->n : b->n;
	uint64_t carry = 0;
	for (int i = 0; i < n; i++) {
		uint64_t t = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
		r->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	r->n = n;
	if (carry && n < BN_WORDS)
		r->w[r->n++] = (uint32_t)carry;
}

/* ---------------------------------------------------------------- digits */

typedef struct {
	char dig[32];
	int n, decexp; /* 0.dig x 10^decexp */
} fdigits;

static void
roundup(fdigits *r)
{
	int i = r->n - 1;
	char q = r->dig[i];
	if (q == '9') {
		while (q == '9' && i > 0) {
			r->dig[i] = '0';
			q = r->dig[--i];
		}
		if (q == '9') { /* carry out */
			r->decexp += 1;
			r->dig[0] = '1';
			return;
		}
	}
	r->dig[i] = (char)(q + 1);
}

/* The digits of an integer lv, its insignificant low digits rounded off. */
static void
long_digits(fdigits *r, uint64_t lv, int insignificant)
{
	int decexp = 0;
	if (insignificant != 0) {
		uint64_t p10 = 1;
		for (int i = 0; i < insignificant; i++)
			p10 *= 10;
		uint64_t residue = lv % p10;
		lv /= p10;
		decexp += insignificant;
		if (residue >= (p10 >> 1))
			lv++;
	}
	char tmp[24];
	int k = 0;
	int c = (int)(lv % 10);
	lv /= 10;
	while (c == 0) {
		decexp++;
		c = (int)(lv % 10);
		lv /= 10;
	}
	while (lv != 0) {
		tmp[k++] = (char)('0' + c);
		decexp++;
		c = (int)(lv % 10);
		lv /= 10;
	}
	tmp[k++] = (char)('0' + c);
	r->n = k;
	for (int i = 0; i < k; i++)
		r->dig[i] = tmp[k - 1 - i];
	r->decexp = decexp + 1;
}

/* floor(log10 d), estimated as Java does, in doubles. */
static int
estimate_decexp(uint64_t fract, int binexp)
{
	volatile double d2 = from_bits(0x3ff0000000000000ull | (fract & 0x000fffffffffffffull));
	volatile double t = (d2 - 1.5) * 0.289529654;
	volatile double u = t + 0.176091259;
	volatile double v = (double)binexp * 0.301029995663981;
	volatile double d = u + v;
	return (int)floor(d);
}

/* Number of low decimal digits of an integer 2^p2 * (53-bit significand)
 * that carry no information. */
static int
insignificant_digits(int p2)
{
	return p2 > 1 && p2 < 64 ? p2 * 30103 / 100000 : 0;
}

/* Java ints and longs: wrapping arithmetic. */
#define I32(x) ((int32_t)(uint32_t)(x))
#define I64(x) ((int64_t)(uint64_t)(x))

static void
dtoa(fdigits *r, int binexp, uint64_t fract, int nsig, int compat)
{
	int tailzeros = __builtin_ctzll(fract);
	int nfract = 53 - tailzeros;
	int ntiny = nfract - binexp - 1 > 0 ? nfract - binexp - 1 : 0;
	if (binexp <= 62 && binexp >= -21 && ntiny == 0) {
		int insig = binexp > nsig ? insignificant_digits(binexp - nsig - 1) : 0;
		fract = binexp >= 52 ? fract << (binexp - 52) : fract >> (52 - binexp);
		long_digits(r, fract, insig);
		return;
	}
	int decexp = estimate_decexp(fract, binexp);
	int b5 = decexp < 0 ? -decexp : 0;
	int b2 = b5 + ntiny + binexp;
	int s5 = decexp > 0 ? decexp : 0;
	int s2 = s5 + ntiny;
	int m5 = b5;
	int m2 = b2 - nsig;
	fract >>= tailzeros;
	b2 -= nfract - 1;
	int common = b2 < s2 ? b2 : s2;
	b2 -= common;
	s2 -= common;
	m2 -= common;
	if (nfract == 1) /* a power of two: the next value below is nearer */
		m2 -= 1;
	if (m2 < 0) {
		b2 -= m2;
		s2 -= m2;
		m2 = 0;
	}
	int bbits = nfract + b2 + bits5(b5);
	int tensbits = s2 + 1 + bits5(s5 + 1);
	int n = 0, low, high, q;
	int64_t lowdiff = 0;
	if (bbits < 64 && tensbits < 64 && bbits < 32 && tensbits < 32) {
		int32_t b = I32((uint32_t)((uint32_t)fract * (uint32_t)pow5(b5)) << b2);
		int32_t s = I32((uint32_t)pow5(s5) << s2);
		int32_t m = I32((uint32_t)pow5(m5) << m2);
		int32_t tens = I32((uint32_t)s * 10u);
		q = b / s;
		b = I32(10u * (uint32_t)(b % s));
		m = I32((uint32_t)m * 10u);
		low = b < m;
		high = I32((uint32_t)b + (uint32_t)m) > tens;
		if (q == 0 && !high)
			decexp--;
		else
			r->dig[n++] = (char)('0' + q);
		if (!compat || decexp < -3 || decexp >= 8) /* E-form: two digits at least */
			high = low = 0;
		while (!low && !high) {
			q = b / s;
			b = I32(10u * (uint32_t)(b % s));
			m = I32((uint32_t)m * 10u);
			if (m > 0) {
				low = b < m;
				high = I32((uint32_t)b + (uint32_t)m) > tens;
			} else {
				low = high = 1;
			}
			r->dig[n++] = (char)('0' + q);
		}
		lowdiff = I32(((uint32_t)b << 1) - (uint32_t)tens);
	} else if (bbits < 64 && tensbits < 64) {
		int64_t b = I64((fract * pow5(b5)) << b2);
		int64_t s = I64(pow5(s5) << s2);
		int64_t m = I64(pow5(m5) << m2);
		int64_t tens = I64((uint64_t)s * 10u);
		q = (int)(b / s);
		b = I64(10u * (uint64_t)(b % s));
		m = I64((uint64_t)m * 10u);
		low = b < m;
		high = I64((uint64_t)b + (uint64_t)m) > tens;
		if (q == 0 && !high)
			decexp--;
		else
			r->dig[n++] = (char)('0' + q);
		if (!compat || decexp < -3 || decexp >= 8) /* E-form: two digits at least */
			high = low = 0;
		while (!low && !high) {
			q = (int)(b / s);
			b = I64(10u * (uint64_t)(b % s));
			m = I64((uint64_t)m * 10u);
			if (m > 0) {
				low = b < m;
				high = I64((uint64_t)b + (uint64_t)m) > tens;
			} else {
				low = high = 1;
			}
			r->dig[n++] = (char)('0' + q);
		}
		lowdiff = I64(((uint64_t)b << 1) - (uint64_t)tens);
	} else {
		bn B, S, M, T, sum;
		bn_set(&S, 1, s5, s2);
		bn_set(&B, fract, b5, b2);
		bn_set(&M, 1, m5 + 1, m2 + 1); /* 10 M */
		bn_set(&T, 1, s5 + 1, s2 + 1); /* 10 S */
		q = 0;
		while (bn_cmp(&B, &S) >= 0) {
			bn_sub(&B, &S);
			q++;
		}
		bn_mul_small(&B, 10);
		low = bn_cmp(&B, &M) < 0;
		bn_add(&sum, &B, &M);
		high = bn_cmp(&sum, &T) >= 0;
		if (q == 0 && !high)
			decexp--;
		else
			r->dig[n++] = (char)('0' + q);
		if (!compat || decexp < -3 || decexp >= 8) /* E-form: two digits at least */
			high = low = 0;
		while (!low && !high && n < 30) {
			q = 0;
			while (bn_cmp(&B, &S) >= 0) {
				bn_sub(&B, &S);
				q++;
			}
			bn_mul_small(&B, 10);
			bn_mul_small(&M, 10);
			low = bn_cmp(&B, &M) < 0;
			bn_add(&sum, &B, &M);
			high = bn_cmp(&sum, &T) >= 0;
			r->dig[n++] = (char)('0' + q);
		}
		if (high && low) {
			bn_shl(&B, 1);
			lowdiff = bn_cmp(&B, &T);
		}
	}
	r->decexp = decexp + 1;
	r->n = n;
	if (high) {
		if (low) {
			if (lowdiff == 0) {
				if ((r->dig[n - 1] & 1) != 0)
					roundup(r);
			} else if (lowdiff > 0) {
				roundup(r);
			}
		} else {
			roundup(r);
		}
	}
}

/* The digits of |d| (finite): 0 for zero (dig "0", decexp 0). */
static void
digits_of(double d, int is_float, int compat, fdigits *r)
{
	uint64_t u = bits_of(d);
	if (is_float) {
		float f = (float)d;
		uint32_t fb;
		memcpy(&fb, &f, sizeof fb);
		uint32_t fract = fb & 0x7fffff;
		int binexp = (int)((fb >> 23) & 0xff), nsig;
		if (binexp == 0 && fract == 0) {
			r->dig[0] = '0';
			r->n = 1;
			r->decexp = 0;
			return;
		}
		if (binexp == 0) {
			int lz = __builtin_clz(fract);
			int shift = lz - 8;
			fract <<= shift;
			binexp = 1 - shift;
			nsig = 32 - lz;
		} else {
			fract |= 1u << 23;
			nsig = 24;
		}
		dtoa(r, binexp - 127, (uint64_t)fract << 29, nsig, compat);
		return;
	}
	uint64_t fract = u & 0x000fffffffffffffull;
	int binexp = (int)((u >> 52) & 0x7ff), nsig;
	if (binexp == 0 && fract == 0) {
		r->dig[0] = '0';
		r->n = 1;
		r->decexp = 0;
		return;
	}
	if (binexp == 0) {
		int lz = __builtin_clzll(fract);
		int shift = lz - 11;
		fract <<= shift;
		binexp = 1 - shift;
		nsig = 64 - lz;
	} else {
		fract |= 1ull << 52;
		nsig = 53;
	}
	dtoa(r, binexp - 1023, fract, nsig, compat);
}

int
pv_jnum_digits(double d, int is_float, int compat, char *dig, int *decexp)
{
	fdigits r;
	digits_of(d, is_float, compat, &r);
	memcpy(dig, r.dig, (size_t)r.n);
	*decexp = r.decexp;
	return r.n;
}

/* ---------------------------------------------------------------- toString */

static int
special(double d, char *buf)
{
	const char *s = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
	strcpy(buf, s);
	return (int)strlen(s);
}

static int
java_format(const fdigits *r, int neg, char *buf)
{
	int i = 0, e = r->decexp, n = r->n;
	if (neg)
		buf[i++] = '-';
	if (e > 0 && e < 8) { /* ddd.ddd */
		int k = n < e ? n : e;
		memcpy(buf + i, r->dig, (size_t)k);
		i += k;
		if (k < e) {
			for (; k < e; k++)
				buf[i++] = '0';
			buf[i++] = '.';
			buf[i++] = '0';
		} else {
			buf[i++] = '.';
			if (k < n) {
				memcpy(buf + i, r->dig + k, (size_t)(n - k));
				i += n - k;
			} else {
				buf[i++] = '0';
			}
		}
	} else if (e <= 0 && e > -3) { /* 0.00ddd */
		buf[i++] = '0';
		buf[i++] = '.';
		for (int z = 0; z < -e; z++)
			buf[i++] = '0';
		memcpy(buf + i, r->dig, (size_t)n);
		i += n;
	} else { /* d.dddE-x */
		buf[i++] = r->dig[0];
		buf[i++] = '.';
		if (n > 1) {
			memcpy(buf + i, r->dig + 1, (size_t)(n - 1));
			i += n - 1;
		} else {
			buf[i++] = '0';
		}
		buf[i++] = 'E';
		int x = e <= 0 ? -e + 1 : e - 1;
		if (e <= 0)
			buf[i++] = '-';
		if (x >= 100)
			buf[i++] = (char)('0' + x / 100);
		if (x >= 10)
			buf[i++] = (char)('0' + x / 10 % 10);
		buf[i++] = (char)('0' + x % 10);
	}
	buf[i] = 0;
	return i;
}

int
pv_jnum_dtoa(double d, char *buf)
{
	if (!isfinite(d))
		return special(d, buf);
	fdigits r;
	digits_of(d, 0, 1, &r);
	return java_format(&r, (bits_of(d) >> 63) != 0, buf);
}

int
pv_jnum_ftoa(float f, char *buf)
{
	if (!isfinite(f))
		return special(f, buf);
	fdigits r;
	digits_of(f, 1, 1, &r);
	return java_format(&r, signbit(f) != 0, buf);
}

/* ---------------------------------------------------------------- Formatter */

/* Round dig[0..n) half up to its first prec digits (the rest become
 * zeros); the new decimal exponent. */
static int
apply_precision(int decexp, char *dig, int n, int prec)
{
	if (prec >= n || prec < 0)
		return decexp;
	if (prec == 0) {
		if (dig[0] >= '5') {
			dig[0] = '1';
			memset(dig + 1, '0', (size_t)(n - 1));
			return decexp + 1;
		}
		memset(dig, '0', (size_t)n);
		return decexp;
	}
	if (dig[prec] >= '5') {
		int i = prec - 1;
		while (i >= 0 && dig[i] == '9')
			i--;
		if (i < 0) {
			dig[0] = '1';
			memset(dig + 1, '0', (size_t)(n - 1));
			return decexp + 1;
		}
		dig[i]++;
		memset(dig + i + 1, '0', (size_t)(n - i - 1));
	} else {
		memset(dig + prec, '0', (size_t)(n - prec));
	}
	return decexp;
}

struct out {
	char *buf;
	size_t n, at; /* at: the whole length, also past n */
	long dot;     /* where the '.' went, or -1 */
};

static void
put(struct out *o, char c)
{
	if (c == '.')
		o->dot = (long)o->at;
	if (o->at + 1 < o->n)
		o->buf[o->at] = c;
	o->at++;
}

static void
puts_n(struct out *o, const char *s, int n)
{
	for (int i = 0; i < n; i++)
		put(o, s[i]);
}

/* Digits as a decimal with at most prec fraction digits (no padding). */
static void
fill_decimal(struct out *o, int prec, const char *dig, int n, int e)
{
	if (e > 0) {
		if (n < e) {
			puts_n(o, dig, n);
			for (int i = n; i < e; i++)
				put(o, '0');
		} else {
			int t = n - e < prec ? n - e : prec;
			puts_n(o, dig, e);
			if (t > 0) {
				put(o, '.');
				puts_n(o, dig + e, t);
			}
		}
		return;
	}
	int zeros = -e < prec ? -e : prec;
	if (zeros < 0)
		zeros = 0;
	int t = n < prec + e ? n : prec + e;
	if (t < 0)
		t = 0;
	if (zeros > 0 || t > 0) {
		put(o, '0');
		put(o, '.');
		for (int i = 0; i < zeros; i++)
			put(o, '0');
		puts_n(o, dig, t);
	} else {
		put(o, '0');
	}
}

/* Digits as d.ddd with at most prec fraction digits, then e+XX. */
static void
fill_scientific(struct out *o, int prec, const char *dig, int n)
{
	int t = n - 1 < prec ? n - 1 : prec;
	if (t < 0)
		t = 0;
	put(o, dig[0]);
	if (t > 0) {
		put(o, '.');
		puts_n(o, dig + 1, t);
	}
}

static void
exponent(struct out *o, int e, int zero)
{
	int x = zero ? 0 : e <= 0 ? -e + 1 : e - 1;
	put(o, 'e');
	put(o, zero || e > 0 ? '+' : '-');
	if (x >= 100)
		put(o, (char)('0' + x / 100));
	put(o, (char)('0' + x / 10 % 10));
	put(o, (char)('0' + x % 10));
}

/* Zeros after the point until prec fraction digits (a point if needed). */
static void
add_zeros(struct out *o, int prec)
{
	int have = o->dot >= 0 ? (int)(o->at - (size_t)o->dot - 1) : 0;
	if (have >= prec)
		return;
	if (o->dot < 0)
		put(o, '.');
	for (; have < prec; have++)
		put(o, '0');
}

int
pv_jnum_format(double d, char conv, int prec, char *buf, size_t n)
{
	struct out o = { buf, n, 0, -1 };
	fdigits r;
	d = fabs(d);
	if (prec < 0)
		prec = 6;
	if (conv == 'f') {
		digits_of(d, 0, 0, &r);
		int e = apply_precision(r.decexp, r.dig, r.n, r.decexp + prec);
		fill_decimal(&o, prec, r.dig, r.n, e);
		add_zeros(&o, prec);
	} else if (conv == 'e') {
		digits_of(d, 0, 0, &r);
		int e = apply_precision(r.decexp, r.dig, r.n, prec + 1);
		fill_scientific(&o, prec, r.dig, r.n);
		add_zeros(&o, prec);
		exponent(&o, e, d == 0);
	} else {
		if (prec == 0)
			prec = 1;
		if (d == 0) {
			put(&o, '0');
			add_zeros(&o, prec - 1);
		} else {
			digits_of(d, 0, 0, &r);
			int e = apply_precision(r.decexp, r.dig, r.n, prec);
			if (e - 1 < -4 || e - 1 >= prec) {
				fill_scientific(&o, prec - 1, r.dig, r.n);
				add_zeros(&o, prec - 1);
				exponent(&o, e, 0);
			} else {
				fill_decimal(&o, prec - e, r.dig, r.n, e);
				add_zeros(&o, prec - e);
			}
		}
	}
	if (n > 0)
		buf[o.at < n ? o.at : n - 1] = 0;
	return (int)o.at;
}
