/*
 * jnumparse.c - Java's parsing of numbers (jnum.h: pv_jnum_parse):
 * Double.parseDouble and Float.parseFloat. The syntax is Java's (signs,
 * "NaN", "Infinity", hex floats, a d/f suffix, blanks around); the
 * conversion is strtod's, correctly rounded on the host and in klibc;
 * parseFloat rounds the double once more, correcting the one case where
 * that differs from a single rounding: a double exactly halfway between
 * two floats, decided by comparing the decimal digits with the double's
 * exact expansion. A pure function of its arguments.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jnum.h"


static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_xdigit(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int
is_suffix(char c)
{
	return c == 'f' || c == 'F' || c == 'd' || c == 'D';
}

/* The length of a valid hex float at s[0..n) (after the sign), without
 * the suffix; 0 if invalid. */
static size_t
hex_syntax(const char *s, size_t n)
{
	size_t i = 2, before = 0, after = 0;
	while (i < n && is_xdigit(s[i]))
		i++, before++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && is_xdigit(s[i]))
			i++, after++;
	}
	if (before + after == 0 || i >= n || (s[i] != 'p' && s[i] != 'P'))
		return 0;
	i++;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	size_t e = i;
	while (i < n && is_digit(s[i]))
		i++;
	if (i == e)
		return 0;
	if (i == n || (i + 1 == n && is_suffix(s[i])))
		return i;
	return 0;
}

/* Decimal digits of s (a valid decimal, no sign) normalized to 0.D x
 * 10^*exp (leading and trailing zeros dropped) into dig (at most max,
 * beyond that a non-zero digit stands for the rest); the count. */
static int
norm_digits(const char *s, size_t n, char *dig, int max, long *exp)
{
	int k = 0, seen = 0;
	long point = 0, e = 0;
	int sticky = 0;
	size_t i = 0;
	for (; i < n && (is_digit(s[i]) || s[i] == '.'); i++) {
		if (s[i] == '.') {
			seen = 1;
			continue;
		}
		if (k == 0 && s[i] == '0') {
			if (seen)
				point--;
			continue;
		}
		if (!seen)
			point++;
		if (k < max)
			dig[k++] = s[i];
		else if (s[i] != '0')
			sticky = 1;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		int neg = s[++i] == '-';
		if (s[i] == '-' || s[i] == '+')
			i++;
		for (; i < n && is_digit(s[i]); i++)
			if (e < 100000000)
				e = e * 10 + (s[i] - '0');
		if (neg)
			e = -e;
	}
	if (sticky && k == max)
		dig[max - 1] = dig[max - 1] == '0' ? '1' : dig[max - 1];
	while (k > 0 && dig[k - 1] == '0')
		k--;
	*exp = point + e;
	return k;
}

/* sign(x - d) for the decimal x and the double d > 0 */
static int
cmp_exact(const char *s, size_t n, double d)
{
	char xd[800], dd[820];
	long xe;
	int xn = norm_digits(s, n, xd, (int)sizeof xd, &xe);
	int len = snprintf(dd, sizeof dd, "%.*e", 760, d);
	if (len <= 0 || (size_t)len >= sizeof dd)
		return 0;
	char *ep = strchr(dd, 'e');
	long de = ep ? strtol(ep + 1, NULL, 10) + 1 : 1;
	int dn = 0;
	for (char *p = dd; p < ep; p++)
		if (is_digit(*p))
			dd[dn++] = *p;
	while (dn > 0 && dd[dn - 1] == '0')
		dn--;
	if (xn == 0)
		return -1;
	if (xe != de)
		return xe < de ? -1 : 1;
	for (int i = 0; i < xn || i < dn; i++) {
		char a = i < xn ? xd[i] : '0', b = i < dn ? dd[i] : '0';
		if (a != b)
			return a < b ? -1 : 1;
	}
	return 0;
}

/* d (> 0) rounded to float precision once, as if from the decimal s. */
static double
to_float(double d, const char *s, size_t n, int hex)
{
	uint64_t u = bits_of(d);
	int e = (int)((u >> 52) & 0x7ff);
	if (e == 0x7ff || d == 0)
		return (float)d;
	uint64_t m = (u & 0x000fffffffffffffull) | (e ? 1ull << 52 : 0);
	int lsb = (e ? e : 1) - 1075; /* d = m * 2^lsb */
	int msb = lsb + 63 - __builtin_clzll(m);
	int flsb = msb - 23 > -149 ? msb - 23 : -149;
	int half = flsb - 1 - lsb; /* bit of m at float's half ulp */
	if (hex || half < 0 || half > 52 || !((m >> half) & 1) || (m & ((1ull << half) - 1)) != 0)
		return (float)d;
	int c = cmp_exact(s, n, d);
	if (c == 0)
		return (float)d;                                    /* a true tie: to even */
	double step = from_bits((uint64_t)(flsb - 1 + 1023) << 52); /* half a float ulp */
	return c > 0 ? (float)(d + step) : (float)(d - step);
}

int
pv_jnum_parse(const char *s, size_t n, int is_float, double *out)
{
	while (n > 0 && (unsigned char)s[0] <= ' ')
		s++, n--;
	while (n > 0 && (unsigned char)s[n - 1] <= ' ')
		n--;
	if (n == 0)
		return -2;
	int neg = s[0] == '-';
	size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
	const char *b = s + i;
	size_t m = n - i;
	if (m == 3 && memcmp(b, "NaN", 3) == 0) {
		*out = NAN;
		return 0;
	}
	if (m == 8 && memcmp(b, "Infinity", 8) == 0) {
		*out = neg ? -HUGE_VAL : HUGE_VAL;
		return 0;
	}
	size_t len; /* of the number proper, from b */
	int hex = m > 2 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X');
	if (hex) {
		len = hex_syntax(b, m);
		if (len == 0)
			return -1;
	} else {
		size_t k = 0, digits = 0, points = 0;
		for (size_t j = 0; j < m && (is_digit(b[j]) || b[j] == '.'); j++)
			if (b[j] == '.' && points++)
				return -3;
		while (k < m && is_digit(b[k]))
			k++, digits++;
		if (k < m && b[k] == '.')
			for (k++; k < m && is_digit(b[k]); k++)
				digits++;
		if (digits == 0)
			return -1;
		if (k < m && (b[k] == 'e' || b[k] == 'E')) {
			k++;
			if (k < m && (b[k] == '+' || b[k] == '-'))
				k++;
			size_t e0 = k;
			while (k < m && is_digit(b[k]))
				k++;
			if (k == e0)
				return -1;
		}
		if (!(k == m || (k + 1 == m && is_suffix(b[k]))))
			return -1;
		len = k;
	}
	char small[256];
	char *copy = len < sizeof small ? small : malloc(len + 1);
	if (!copy)
		return -1;
	memcpy(copy, b, len);
	copy[len] = 0;
	double d = strtod(copy, NULL);
	if (is_float)
		d = to_float(d, copy, len, hex);
	if (copy != small)
		free(copy);
	*out = neg ? -d : d;
	return 0;
}
