/*
 * jfdlibm.c - StrictMath.log: the JDK specifies StrictMath's results as
 * those of fdlibm, bit for bit, and Random.nextGaussian goes through it, so
 * a seeded Random prints the JDK's numbers only with the same log. This is
 * fdlibm's method (Sun's e_log.c, freely redistributable): x = 2^k (1+f)
 * with sqrt(2)/2 < 1+f < sqrt(2); s = f/(2+f); log(1+f) = f - f*f/2 +
 * s*(f*f/2 + R(s*s)), R a minimax polynomial of degree 14 in s (the Lg
 * coefficients); k*ln2 added in two parts (hi exact in its top bits, lo)
 * so that the sum rounds once. A pure function: no state.
 */
#include <stdint.h>
#include <string.h>
#include "pvm/jvm/jnum.h"

static const double ln2_hi = 6.93147180369123816490e-01, /* 3fe62e42 fee00000 */
	ln2_lo = 1.90821492927058770002e-10,             /* 3dea39ef 35793c76 */
	two54 = 1.80143985094819840000e+16,              /* 43500000 00000000 */
	Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01,
		    Lg3 = 2.857142874366239149e-01, Lg4 = 2.222219843214978396e-01,
		    Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
		    Lg7 = 1.479819860511658591e-01;

static int32_t
high(double x)
{
	return (int32_t)(bits_of(x) >> 32);
}

static uint32_t
low(double x)
{
	return (uint32_t)bits_of(x);
}

static double
with_high(double x, int32_t hi)
{
	return from_bits((uint64_t)(uint32_t)hi << 32 | low(x));
}

double
pv_fdlibm_log(double x)
{
	int32_t hx = high(x), k = 0;
	uint32_t lx = low(x);
	if (hx < 0x00100000) { /* x < 2^-1022: zero, negative or subnormal */
		if (((hx & 0x7fffffff) | (int32_t)lx) == 0)
			return -two54 / 0.0; /* log(+-0) = -inf */
		if (hx < 0)
			return (x - x) / 0.0; /* log(-#) = NaN */
		k -= 54;
		x *= two54; /* a subnormal scaled up */
		hx = high(x);
	}
	if (hx >= 0x7ff00000)
		return x + x; /* inf or NaN */
	k += (hx >> 20) - 1023;
	hx &= 0x000fffff;
	int32_t i = (hx + 0x95f64) & 0x100000;
	x = with_high(x, hx | (i ^ 0x3ff00000)); /* normalise x or x/2 */
	k += i >> 20;
	double f = x - 1.0, dk, R;
	if ((0x000fffff & (2 + hx)) < 3) { /* |f| < 2^-20 */
		dk = (double)k;
		if (f == 0.0)
			return k == 0 ? 0.0 : dk * ln2_hi + dk * ln2_lo;
		R = f * f * (0.5 - 0.33333333333333333 * f);
		if (k == 0)
			return f - R;
		return dk * ln2_hi - ((R - dk * ln2_lo) - f);
	}
	double s = f / (2.0 + f), z = s * s, w = z * z;
	dk = (double)k;
	i = hx - 0x6147a;
	int32_t j = 0x6b851 - hx;
	double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
	double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
	i |= j;
	R = t2 + t1;
	if (i > 0) {
		double hfsq = 0.5 * f * f;
		if (k == 0)
			return f - (hfsq - s * (hfsq + R));
		return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
	}
	if (k == 0)
		return f - s * (f - R);
	return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}
