/*
 * jnum.h - Java's text of numbers (jnum.c): Double.toString and
 * Float.toString exactly as JDK 17 prints them, the digits behind
 * Formatter's %e %f %g, and Double.parseDouble / Float.parseFloat.
 * Plain C on doubles and digit strings: no VM, so a host test program
 * links it alone (tests/jvm/numfmt).
 */
#pragma once
#include <stdint.h>
#include <string.h>
#include <stddef.h>

#define PV_JNUM_MAX 32 /* room for any toString result and its NUL */

/* Double.toString(d) / Float.toString(f) into buf (PV_JNUM_MAX bytes):
 * the length. */
int pv_jnum_dtoa(double d, char *buf);
int pv_jnum_ftoa(float f, char *buf);
/* The decimal digits JDK 17's FloatingDecimal makes for |d| (finite):
 * dig[0..n) ('0'..'9', n <= 24, "0" for zero) standing for
 * 0.d1d2... x 10^*decexp. compat: Double.toString's mode; else the
 * Formatter's (at least two digits generated). is_float: d holds a float,
 * Float.toString's digits. Returns n. */
int pv_jnum_digits(double d, int is_float, int compat, char *dig, int *decexp);
/* Formatter's text of |d| (finite) for conversion 'e', 'f' or 'g' with
 * precision prec (>= 0; -1: the default 6): the mantissa with its zeros
 * and, for 'e' and a 'g' in scientific form, "e+XX" - no sign, no
 * grouping, lower case. Returns the whole length, as snprintf (buf holds
 * at most n - 1 bytes of it and a NUL). */
int pv_jnum_format(double d, char conv, int prec, char *buf, size_t n);
/* Java's syntax of a double (parseDouble): surrounding characters <= ' '
 * ignored, sign, digits with an optional point and exponent, an optional
 * [fFdD] suffix, "NaN", "Infinity", hex "0x1.8p3". 0 and *out, or -1 if
 * the text is no number (-2: empty after the trimming, -3: a second
 * point among the digits: Java's "multiple points"). is_float: rounded
 * once, to float precision (parseFloat). s need not end in NUL. */
int pv_jnum_parse(const char *s, size_t n, int is_float, double *out);

/* A double's bits and back (jnum.c, jnumparse.c). */
static inline uint64_t
bits_of(double v)
{
	uint64_t u;
	memcpy(&u, &v, sizeof u);
	return u;
}

static inline double
from_bits(uint64_t u)
{
	double v;
	memcpy(&v, &u, sizeof v);
	return v;
}

/* jfdlibm.c: StrictMath.log, fdlibm's bit for bit. */
double pv_fdlibm_log(double x);
