/*
 * fltconv.c - exact double <-> decimal conversion: the digits behind
 * printf's %e %f %g, and strtod/atof.
 *
 * Both directions are exact, with integer arithmetic only, so the kernel
 * prints and reads floats exactly as a correctly rounding host libc does,
 * whatever the x87's precision setting:
 *  - klibc_dtoa expands a double m * 2^e into all its decimal digits: the
 *    integer m * 2^e, or m * 5^-e scaled by 10^e, in a big number of base
 *    10^9 limbs. Callers round the digits (klibc_round_digits, ties to
 *    even) to the precision they print.
 *  - strtod reads the decimal digits D and exponent E, computes the top 64
 *    bits of D * 10^E (a big product, or a long division by 10^-E) plus a
 *    sticky bit for everything below, and rounds that once to a double
 *    (ties to even, subnormals included). Beyond MAX_DIGITS significant
 *    digits the rest only matters as "non-zero or not", kept as one extra
 *    digit 1. Hexadecimal floats (0x1.8p3), inf/infinity and nan are read
 *    as ISO C asks.
 * Invariant: no floating-point instruction takes part in a conversion;
 * doubles are built from and taken apart into their bits.
 */
#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "fltconv.h"

/* ---------------------------------------------------------------- bits */

static uint64_t
bits_of(double v)
{
	uint64_t u;
	__builtin_memcpy(&u, &v, sizeof u);
	return u;
}

static double
from_bits(uint64_t u)
{
	double v;
	__builtin_memcpy(&v, &u, sizeof v);
	return v;
}

static int
bitlen64(uint64_t v)
{
	return v ? 64 - __builtin_clzll(v) : 0;
}

/* ---------------------------------------------------------------- dtoa */

#define DEC_BASE  1000000000u
#define DEC_LIMBS 90 /* m * 5^1074 < 10^767: 86 limbs of 9 digits */

struct decnum { /* little-endian limbs of base 10^9 */
	int n;
	uint32_t d[DEC_LIMBS];
};

static void
dec_mul(struct decnum *a, uint32_t f)
{
	uint64_t carry = 0;
	for (int i = 0; i < a->n; i++) {
		uint64_t t = (uint64_t)a->d[i] * f + carry;
		a->d[i] = (uint32_t)(t % DEC_BASE);
		carry = t / DEC_BASE;
	}
	while (carry) {
		a->d[a->n++] = (uint32_t)(carry % DEC_BASE);
		carry /= DEC_BASE;
	}
}

/* Digits of a (no leading zeros) into dig; returns the count. */
static int
dec_digits(const struct decnum *a, char *dig)
{
	int len = 0;
	for (int i = a->n - 1; i >= 0; i--) {
		char tmp[9];
		uint32_t v = a->d[i];
		for (int k = 8; k >= 0; k--, v /= 10)
			tmp[k] = (char)('0' + v % 10);
		int k = 0;
		if (i == a->n - 1)
			while (k < 8 && tmp[k] == '0')
				k++;
		memcpy(dig + len, tmp + k, 9 - k);
		len += 9 - k;
	}
	return len;
}

int
klibc_dtoa(double v, char *dig, int *decpt)
{
	uint64_t u = bits_of(v), m = u & ((1ull << 52) - 1);
	int ex = (int)(u >> 52) & 0x7ff, e;
	struct decnum a;

	if (ex == 0)
		e = -1074;
	else {
		m |= 1ull << 52;
		e = ex - 1075;
	}
	if (m == 0) {
		*decpt = 1;
		return 0;
	}
	while (!(m & 1) && e < 0) {
		m >>= 1;
		e++;
	}
	a.n = 0;
	for (uint64_t t = m; t; t /= DEC_BASE)
		a.d[a.n++] = (uint32_t)(t % DEC_BASE);
	for (; e > 0; e -= e > 29 ? 29 : e)
		dec_mul(&a, 1u << (e > 29 ? 29 : e)); /* m * 2^e */
	int k = -e;                                   /* value = m * 5^k / 10^k */
	for (int left = k; left > 0; left -= left > 13 ? 13 : left) {
		uint32_t f = 1;
		for (int i = 0; i < (left > 13 ? 13 : left); i++)
			f *= 5;
		dec_mul(&a, f);
	}
	int n = dec_digits(&a, dig);
	*decpt = n - k;
	while (n > 0 && dig[n - 1] == '0')
		n--;
	return n;
}

int
klibc_round_digits(char *dig, int n, int keep, int *decpt)
{
	if (keep >= n)
		return n;
	bool up;
	if (keep < 0)
		up = false;
	else if (dig[keep] != '5')
		up = dig[keep] > '5';
	else /* exactly 5 and nothing after it (no trailing zeros): a tie */
		up = keep + 1 < n || (keep > 0 && (dig[keep - 1] - '0') % 2 == 1);
	if (keep <= 0 && !up)
		return 0;
	if (keep < 0)
		keep = 0;
	n = keep;
	if (up) {
		int i = n - 1;
		while (i >= 0 && dig[i] == '9')
			i--;
		if (i < 0) { /* 999 -> 1000, or a tie at the first digit */
			dig[0] = '1';
			(*decpt)++;
			return 1;
		}
		dig[i]++;
		n = i + 1;
	}
	while (n > 0 && dig[n - 1] == '0')
		n--;
	return n;
}

/* ---------------------------------------------------------------- strtod */

#define MAX_DIGITS 800
#define BIN_LIMBS  130 /* 10^1130 << 64: about 3820 bits */

struct bignum { /* little-endian limbs of 32 bits */
	int n;
	uint32_t d[BIN_LIMBS];
};

static void
big_set(struct bignum *a, uint64_t v)
{
	a->n = 0;
	for (; v; v >>= 32)
		a->d[a->n++] = (uint32_t)v;
}

static void
big_muladd(struct bignum *a, uint32_t f, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < a->n; i++) {
		uint64_t t = (uint64_t)a->d[i] * f + carry;
		a->d[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		a->d[a->n++] = (uint32_t)carry;
}

static void
big_pow10(struct bignum *a, int p)
{
	static const uint32_t pow10[9] = { 1,      10,      100,      1000,     10000,
		                           100000, 1000000, 10000000, 100000000 };
	for (int i = p / 9; i > 0; i--)
		big_muladd(a, 1000000000u, 0);
	if (p % 9)
		big_muladd(a, pow10[p % 9], 0);
}

static int
big_bits(const struct bignum *a)
{
	return a->n ? (a->n - 1) * 32 + bitlen64(a->d[a->n - 1]) : 0;
}

static void
big_shl(struct bignum *a, int s)
{
	int w = s / 32, b = s % 32;
	if (!a->n)
		return;
	a->d[a->n] = 0;
	for (int i = a->n; i >= 0; i--) {
		uint32_t hi = a->d[i] << b, lo = (b && i > 0) ? a->d[i - 1] >> (32 - b) : 0;
		a->d[i + w] = hi | lo;
	}
	for (int i = 0; i < w; i++)
		a->d[i] = 0;
	a->n += w + 1;
	while (a->n && !a->d[a->n - 1])
		a->n--;
}

static void
big_shr1(struct bignum *a)
{
	for (int i = 0; i < a->n; i++)
		a->d[i] = (a->d[i] >> 1) | (i + 1 < a->n ? a->d[i + 1] << 31 : 0);
	while (a->n && !a->d[a->n - 1])
		a->n--;
}

static int
big_cmp(const struct bignum *a, const struct bignum *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

static void
big_sub(struct bignum *a, const struct bignum *b) /* a -= b, a >= b */
{
	uint32_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		uint64_t t = (uint64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
		a->d[i] = (uint32_t)t;
		borrow = (uint32_t)(t >> 63);
	}
	while (a->n && !a->d[a->n - 1])
		a->n--;
}

/* The top 64 bits of a (a's top bit at bit 63) and whether any bit below
 * them is set; *b gets the exponent: a ~ top * 2^b. */
static uint64_t
big_top64(const struct bignum *a, int *b, bool *sticky)
{
	int nb = big_bits(a), lo = nb - 64;
	uint64_t top = 0;
	for (int i = 63; i >= 0; i--) {
		int bit = lo + i;
		if (bit >= 0 && (a->d[bit / 32] >> (bit % 32)) & 1)
			top |= 1ull << i;
	}
	*sticky = false;
	for (int bit = 0; bit < lo && !*sticky; bit++)
		*sticky = (a->d[bit / 32] >> (bit % 32)) & 1;
	*b = lo;
	return top;
}

/* The double nearest to (q + t) * 2^b, where 0 < t < 1 if sticky, else
 * t = 0; q != 0. Ties go to even. */
static double
make_double(uint64_t q, int b, bool sticky, bool neg)
{
	uint64_t sign = neg ? 1ull << 63 : 0;
	int top = bitlen64(q) - 1, e = top + b;
	if (e > 1023)
		goto overflow;
	int keep = e >= -1022 ? 53 : 53 - (-1022 - e);
	int drop = top + 1 - keep;
	uint64_t mant;
	if (drop <= 0)
		mant = q << -drop;
	else if (drop > 64)
		mant = 0;
	else {
		uint64_t half = 1ull << (drop - 1);
		bool rest = sticky || (q & (half - 1));
		mant = drop == 64 ? 0 : q >> drop;
		if ((q & half) && (rest || (mant & 1)))
			mant++;
	}
	if (e < -1022) { /* subnormal; a carry into 2^52 is the smallest normal */
		if (mant == 0)
			errno = ERANGE;
		return from_bits(sign | mant);
	}
	if (mant >> 53) {
		mant >>= 1;
		if (++e > 1023)
			goto overflow;
	}
	return from_bits(sign | (uint64_t)(e + 1023) << 52 | (mant & ((1ull << 52) - 1)));
overflow:
	errno = ERANGE;
	return from_bits(sign | 0x7ffull << 52);
}

/* D * 10^E, rounded: D is dig[0..n) as an integer. */
static double
decimal_to_double(const char *dig, int n, int E, bool neg)
{
	struct bignum r, s;
	bool sticky;
	int b;
	big_set(&r, 0);
	for (int i = 0; i < n; i++)
		if (r.n)
			big_muladd(&r, 10, (uint32_t)(dig[i] - '0'));
		else
			big_set(&r, (uint64_t)(dig[i] - '0'));
	if (E >= 0) {
		big_pow10(&r, E);
		uint64_t top = big_top64(&r, &b, &sticky);
		return make_double(top, b, sticky, neg);
	}
	big_set(&s, 1);
	big_pow10(&s, -E);
	/* Scale so that r / s < 2^64 keeps at least 63 bits: value = (r / s) * 2^b. */
	b = big_bits(&r) - big_bits(&s) - 63;
	if (b < 0)
		big_shl(&r, -b);
	else
		big_shl(&s, b);
	int shift = big_bits(&r) - big_bits(&s);
	if (shift < 0)
		shift = 0;
	big_shl(&s, shift);
	uint64_t q = 0;
	for (int i = shift; i >= 0; i--) {
		if (big_cmp(&r, &s) >= 0) {
			big_sub(&r, &s);
			q |= 1ull << i;
		}
		big_shr1(&s);
	}
	return make_double(q, b, r.n != 0, neg);
}

static bool
match_word(const char *s, const char *w) /* case-insensitive prefix */
{
	for (; *w; s++, w++)
		if (tolower((unsigned char)*s) != *w)
			return false;
	return true;
}

static const char *
parse_special(const char *s, bool neg, double *out)
{
	if (match_word(s, "inf")) {
		*out = from_bits((neg ? 1ull << 63 : 0) | 0x7ffull << 52);
		return s + (match_word(s, "infinity") ? 8 : 3);
	}
	if (match_word(s, "nan")) {
		*out = from_bits((neg ? 1ull << 63 : 0) | 0x7ff8ull << 48);
		s += 3;
		if (*s == '(') {
			const char *p = s + 1;
			while (isalnum((unsigned char)*p) || *p == '_')
				p++;
			if (*p == ')')
				s = p + 1;
		}
		return s;
	}
	return NULL;
}

static int
hex_value(int c)
{
	if (isdigit(c))
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* An exponent: [+-]digits, saturating; NULL if there is none. */
static const char *
parse_exp(const char *s, int *exp)
{
	bool neg = *s == '-';
	if (*s == '+' || *s == '-')
		s++;
	if (!isdigit((unsigned char)*s))
		return NULL;
	long v = 0;
	for (; isdigit((unsigned char)*s); s++)
		if (v < 100000)
			v = v * 10 + (*s - '0');
	*exp = (int)(neg ? -v : v);
	return s;
}

/* 0x hexdigits [. hexdigits] [p exp], s after the "0x". */
static const char *
parse_hex(const char *s, bool neg, double *out)
{
	uint64_t q = 0;
	bool sticky = false, any = false, point = false;
	int b = 0, d, pexp = 0;
	for (;; s++) {
		if (*s == '.' && !point) {
			point = true;
			continue;
		}
		if ((d = hex_value((unsigned char)*s)) < 0)
			break;
		any = true;
		if (q >> 60) {
			sticky |= d != 0;
			b += point ? 0 : 4;
		} else {
			q = q << 4 | (uint64_t)d;
			b -= point ? 4 : 0;
		}
	}
	if (!any)
		return NULL;
	if (*s == 'p' || *s == 'P') {
		const char *e = parse_exp(s + 1, &pexp);
		if (e)
			s = e;
	}
	*out = q ? make_double(q, b + pexp, sticky, neg) : from_bits(neg ? 1ull << 63 : 0);
	return s;
}

/* Decimal: digits [. digits] [e exp]. */
static const char *
parse_decimal(const char *s, bool neg, double *out)
{
	char buf[MAX_DIGITS + 1];
	int n = 0, dexp = 0, ex = 0;
	bool any = false, point = false, more = false;
	for (;; s++) {
		if (*s == '.' && !point) {
			point = true;
			continue;
		}
		if (!isdigit((unsigned char)*s))
			break;
		any = true;
		if (n == 0 && *s == '0') { /* leading zero */
			dexp -= point ? 1 : 0;
			continue;
		}
		if (n < MAX_DIGITS)
			buf[n++] = *s;
		else
			more |= *s != '0';
		dexp += point ? 0 : 1;
	}
	if (!any)
		return NULL;
	if (*s == 'e' || *s == 'E') {
		const char *e = parse_exp(s + 1, &ex);
		if (e)
			s = e;
	}
	if (more)
		buf[n++] = '1'; /* stands for every non-zero digit cut off */
	while (n > 0 && buf[n - 1] == '0')
		n--;
	dexp += ex; /* value = 0.buf * 10^dexp */
	if (n == 0)
		*out = from_bits(neg ? 1ull << 63 : 0);
	else if (dexp > 310)
		*out = make_double(1, 2000, false, neg);
	else if (dexp < -330) {
		errno = ERANGE;
		*out = from_bits(neg ? 1ull << 63 : 0);
	} else
		*out = decimal_to_double(buf, n, dexp - n, neg);
	return s;
}

double
strtod(const char *restrict str, char **restrict end)
{
	const char *s = str, *after;
	double v = 0;
	while (isspace((unsigned char)*s))
		s++;
	bool neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	after = parse_special(s, neg, &v);
	if (!after && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		after = parse_hex(s + 2, neg, &v);
	if (!after)
		after = parse_decimal(s, neg, &v);
	if (end)
		*end = (char *)(after ? after : str);
	return after ? v : 0.0;
}

double
atof(const char *s)
{
	return strtod(s, NULL);
}
