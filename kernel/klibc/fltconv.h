/*
 * fltconv.h - klibc's exact conversions between doubles and decimal digits,
 * shared by printf.c (%e %f %g) and strtod (fltconv.c). Internal to klibc.
 *
 * A digit string is ASCII '0'..'9' without a terminator; with decpt it
 * stands for 0.d1d2d3... x 10^decpt.
 */
#pragma once

/* Longest exact expansion of a double: 2^-1074 has 751 significant
 * digits, DBL_MAX 309; with slack for a carry. */
#define KLIBC_DTOA_MAX 800

/* The exact decimal digits of |v| (v finite), trailing zeros dropped.
 * Returns the digit count (0 for zero, with *decpt = 1). */
int klibc_dtoa(double v, char *dig, int *decpt);

/* Round dig[0..n) to its first `keep` digits, ties to even (the digits
 * are exact, so a 5 followed by nothing is a true tie). keep may be
 * negative or beyond n. A carry out of the first digit turns the string
 * into "1" and increments *decpt. Returns the new length, trailing zeros
 * dropped. */
int klibc_round_digits(char *dig, int n, int keep, int *decpt);
