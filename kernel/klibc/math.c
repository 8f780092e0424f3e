/*
 * math.c - math.h on the x87 FPU.
 *
 * Exact functions: floor/ceil/trunc work on the bits; fmod is fprem's
 * exact partial remainder, repeated; sqrt is fsqrt with the precision
 * control set to 53 bits, so it rounds once, correctly.
 * rint is frndint (round to nearest even), remainder fprem1, both exact.
 * The other functions switch the precision control to 64 bits, compute
 * in extended precision (fsin/fcos/fptan; fpatan; fyl2x, fyl2xp1, f2xm1
 * and fscale, or squaring for integer powers) and round once to double
 * when the result is stored. Every function restores the caller's
 * control word.
 * Invariant: the values that must see a changed precision setting are
 * chained to the fldcw through volatile asm, so the compiler cannot move
 * the arithmetic out of the window.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define CW_PC_MASK 0x0300u
#define CW_PC_53   0x0200u
#define CW_PC_64   0x0300u

static uint16_t
cw_get(void)
{
	uint16_t cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void
cw_set(uint16_t cw)
{
	__asm__ volatile("fldcw %0" ::"m"(cw));
}

/* Switch to precision pc; returns the old control word. */
static uint16_t
precision(uint16_t pc)
{
	uint16_t old = cw_get();
	cw_set((uint16_t)((old & ~CW_PC_MASK) | pc));
	return old;
}

double
fabs(double x)
{
	return __builtin_fabs(x);
}

double
trunc(double x)
{
	uint64_t u;
	__builtin_memcpy(&u, &x, sizeof u);
	int e = (int)((u >> 52) & 0x7ff) - 1023;
	if (e >= 52) /* already integral, or inf/nan */
		return x;
	if (e < 0)
		u &= 1ull << 63; /* |x| < 1: a zero of x's sign */
	else
		u &= ~((1ull << (52 - e)) - 1);
	__builtin_memcpy(&x, &u, sizeof x);
	return x;
}

double
floor(double x)
{
	double t = trunc(x);
	return t > x ? t - 1.0 : t;
}

double
ceil(double x)
{
	double t = trunc(x);
	return t < x ? t + 1.0 : t;
}

double
fmod(double x, double y)
{
	double r;
	__asm__("1: fprem\n\t"
	        "fnstsw %%ax\n\t"
	        "testw $0x400, %%ax\n\t"
	        "jnz 1b\n\t"
	        "fstp %%st(1)"
	        : "=t"(r)
	        : "0"(x), "u"(y)
	        : "ax", "cc", "st(1)");
	return r;
}

double
sqrt(double x)
{
	uint16_t old = precision(CW_PC_53);
	__asm__ volatile("fsqrt" : "+t"(x));
	cw_set(old);
	return x;
}

/* OP on st(0); if the CPU says the argument is out of range (C2 set),
 * reduce it modulo 2*pi with fprem1 (repeated while C2 stays set), then OP. */
#define X87_TRIG(OP)                    \
	OP "\n\t"                       \
	   "fnstsw %%ax\n\t"            \
	   "testw $0x400, %%ax\n\t"     \
	   "jz 2f\n\t"                  \
	   "fldpi\n\t"                  \
	   "fadd %%st(0), %%st\n\t"     \
	   "fxch %%st(1)\n\t"           \
	   "1: fprem1\n\t"              \
	   "fnstsw %%ax\n\t"            \
	   "testw $0x400, %%ax\n\t"     \
	   "jnz 1b\n\t"                 \
	   "fstp %%st(1)\n\t" OP "\n\t" \
	   "2:"

/* fsin or fcos of x in extended precision; arguments beyond 2^63 are
 * first reduced modulo 2*pi with fprem1. */
static double
trig(double x, bool is_cos)
{
	if (!isfinite(x))
		return x - x; /* nan */
	long double r = x;
	uint16_t old = precision(CW_PC_64);
	__asm__ volatile("" : "+t"(r));
	if (is_cos)
		__asm__ volatile(X87_TRIG("fcos") : "+t"(r) : : "ax", "cc");
	else
		__asm__ volatile(X87_TRIG("fsin") : "+t"(r) : : "ax", "cc");
	cw_set(old);
	volatile double d = (double)r; /* the one rounding to double */
	return d;
}

double
sin(double x)
{
	return trig(x, false);
}

double
cos(double x)
{
	return trig(x, true);
}

/* ---------------------------------------------------------------- pow */

static long double
ipow(long double b, double y)
{
	double n = fabs(y);
	long double r = 1;
	while (n >= 1) {
		if (fmod(n, 2.0) != 0)
			r *= b;
		b *= b;
		n = floor(n / 2);
	}
	return y < 0 ? 1 / r : r;
}

/* 2^(y * log2(ax)) for ax > 0, finite. */
static long double
epow(long double ax, long double y)
{
	long double t, n, f;
	__asm__ volatile("fyl2x" : "=t"(t) : "0"(ax), "u"(y) : "st(1)");
	if (t > 40000)
		t = 40000;
	if (t < -40000)
		t = -40000;
	__asm__ volatile("frndint" : "=t"(n) : "0"(t));
	f = t - n; /* |f| <= 0.5: f2xm1's domain */
	__asm__ volatile("f2xm1" : "+t"(f));
	f += 1;
	__asm__ volatile("fscale" : "+t"(f) : "u"(n));
	return f;
}

/* The C99 Annex F cases; returns true with *r set when one applies. */
static bool
pow_special(double x, double y, bool yodd, double *r)
{
	if (y == 0 || x == 1.0)
		*r = 1.0;
	else if (isnan(x) || isnan(y))
		*r = x + y;
	else if (isinf(y))
		*r = fabs(x) == 1.0 ? 1.0 : (fabs(x) < 1.0) == (y < 0) ? HUGE_VAL : 0.0;
	else if (x == 0)
		*r = y < 0 ? (yodd ? 1 / x : HUGE_VAL) : (yodd ? x : 0.0);
	else if (isinf(x) && (x > 0 || !yodd))
		*r = y > 0 ? HUGE_VAL : 0.0;
	else if (isinf(x)) /* -inf to an odd power */
		*r = y > 0 ? -HUGE_VAL : -0.0;
	else if (x < 0 && trunc(y) != y)
		*r = NAN;
	else
		return false;
	return true;
}

double
pow(double x, double y)
{
	bool yint = isfinite(y) && trunc(y) == y;
	bool yodd = yint && fabs(y) < 9007199254740992.0 && fmod(y, 2.0) != 0;
	double special;
	if (pow_special(x, y, yodd, &special))
		return special;
	long double ax = fabs(x), r;
	uint16_t old = precision(CW_PC_64);
	__asm__ volatile("" : "+t"(ax));
	r = yint && fabs(y) <= 1024 ? ipow(ax, y) : epow(ax, y);
	__asm__ volatile("" : "+t"(r));
	cw_set(old);
	volatile double d = (double)(x < 0 && yodd ? -r : r);
	return d;
}

/* ---------------------------------------------------------------- more */

double
rint(double x)
{
	if (!isfinite(x))
		return x;
	long double r = x;
	__asm__ volatile("frndint" : "+t"(r));
	volatile double d = (double)r;
	return d;
}

double
remainder(double x, double y)
{
	double r;
	__asm__("1: fprem1\n\t"
	        "fnstsw %%ax\n\t"
	        "testw $0x400, %%ax\n\t"
	        "jnz 1b\n\t"
	        "fstp %%st(1)"
	        : "=t"(r)
	        : "0"(x), "u"(y)
	        : "ax", "cc", "st(1)");
	return r;
}

/* Round an extended result once to double, restoring the control word. */
static double
done(long double r, uint16_t old)
{
	__asm__ volatile("" : "+t"(r));
	cw_set(old);
	volatile double d = (double)r;
	return d;
}

double
tan(double x)
{
	if (!isfinite(x))
		return x - x;
	long double r = x;
	uint16_t old = precision(CW_PC_64);
	__asm__ volatile("" : "+t"(r));
	__asm__ volatile(X87_TRIG("fptan") "\n\tfstp %%st(0)" : "+t"(r) : : "ax", "cc");
	return done(r, old);
}

static long double
x87_atan2(long double y, long double x)
{
	long double r;
	__asm__ volatile("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

double
atan2(double y, double x)
{
	if (isnan(x) || isnan(y))
		return x + y;
	uint16_t old = precision(CW_PC_64);
	return done(x87_atan2(y, x), old);
}

double
atan(double x)
{
	if (isnan(x))
		return x;
	uint16_t old = precision(CW_PC_64);
	return done(x87_atan2(x, 1.0L), old);
}

static long double
x87_sqrt(long double x)
{
	__asm__ volatile("fsqrt" : "+t"(x));
	return x;
}

double
asin(double x)
{
	if (isnan(x) || fabs(x) > 1)
		return (x - x) / (x - x);
	uint16_t old = precision(CW_PC_64);
	long double lx = x;
	return done(x87_atan2(lx, x87_sqrt((1 - lx) * (1 + lx))), old);
}

double
acos(double x)
{
	if (isnan(x) || fabs(x) > 1)
		return (x - x) / (x - x);
	uint16_t old = precision(CW_PC_64);
	long double lx = x;
	return done(x87_atan2(x87_sqrt((1 - lx) * (1 + lx)), lx), old);
}

/* 2^t for any extended t (the range of extended covers doubles' exp). */
static long double
exp2l_x87(long double t)
{
	long double n, f;
	if (t > 20000)
		t = 20000;
	if (t < -20000)
		t = -20000;
	__asm__ volatile("frndint" : "=t"(n) : "0"(t));
	f = t - n;
	__asm__ volatile("f2xm1" : "+t"(f));
	f += 1;
	__asm__ volatile("fscale" : "+t"(f) : "u"(n));
	return f;
}

static long double
log2e(void)
{
	long double r;
	__asm__ volatile("fldl2e" : "=t"(r));
	return r;
}

double
exp(double x)
{
	if (isnan(x))
		return x;
	if (isinf(x))
		return x > 0 ? x : 0.0;
	uint16_t old = precision(CW_PC_64);
	return done(exp2l_x87((long double)x * log2e()), old);
}

/* e^x - 1 in extended, exact near 0 (f2xm1 where |x log2 e| <= 1) */
static long double
expm1l_x87(long double x)
{
	long double t = x * log2e();
	if (t >= -1 && t <= 1) {
		__asm__ volatile("f2xm1" : "+t"(t));
		return t;
	}
	return exp2l_x87(t) - 1;
}

double
expm1(double x)
{
	if (isnan(x))
		return x;
	if (isinf(x))
		return x > 0 ? x : -1.0;
	uint16_t old = precision(CW_PC_64);
	return done(expm1l_x87(x), old);
}

/* c * log2(x) for x > 0 finite, c = ln 2 (fldln2) or log10 2 (fldlg2) */
static double
logc(double x, int ten)
{
	if (isnan(x) || x < 0)
		return (x - x) / (x - x);
	if (x == 0)
		return -HUGE_VAL;
	if (isinf(x))
		return x;
	uint16_t old = precision(CW_PC_64);
	long double c, r, lx = x;
	if (ten)
		__asm__ volatile("fldlg2" : "=t"(c));
	else
		__asm__ volatile("fldln2" : "=t"(c));
	__asm__ volatile("fyl2x" : "=t"(r) : "0"(lx), "u"(c) : "st(1)");
	return done(r, old);
}

double
log(double x)
{
	return logc(x, 0);
}

double
log10(double x)
{
	return logc(x, 1);
}

double
log1p(double x)
{
	if (isnan(x) || x < -1)
		return (x - x) / (x - x);
	if (x == -1)
		return -HUGE_VAL;
	if (isinf(x) || x == 0)
		return x;
	uint16_t old = precision(CW_PC_64);
	long double c, r, lx = x;
	__asm__ volatile("fldln2" : "=t"(c));
	if (fabs(x) < 0.29) /* fyl2xp1's domain: |x| < 1 - sqrt(2)/2 */
		__asm__ volatile("fyl2xp1" : "=t"(r) : "0"(lx), "u"(c) : "st(1)");
	else
		__asm__ volatile("fyl2x" : "=t"(r) : "0"(lx + 1), "u"(c) : "st(1)");
	return done(r, old);
}

double
sinh(double x)
{
	if (isnan(x) || isinf(x) || x == 0)
		return x;
	uint16_t old = precision(CW_PC_64);
	long double m = expm1l_x87(fabs(x));
	long double r = (m + m / (m + 1)) / 2;
	return done(x < 0 ? -r : r, old);
}

double
cosh(double x)
{
	if (isnan(x))
		return x;
	if (isinf(x))
		return fabs(x);
	uint16_t old = precision(CW_PC_64);
	long double e = exp2l_x87(fabs(x) * log2e());
	return done((e + 1 / e) / 2, old);
}

double
tanh(double x)
{
	if (isnan(x) || x == 0)
		return x;
	if (fabs(x) > 40)
		return x > 0 ? 1.0 : -1.0;
	uint16_t old = precision(CW_PC_64);
	long double m = expm1l_x87(2 * (long double)fabs(x));
	long double r = m / (m + 2);
	return done(x < 0 ? -r : r, old);
}

double
cbrt(double x)
{
	if (!isfinite(x) || x == 0)
		return x;
	uint16_t old = precision(CW_PC_64);
	long double ax = fabs(x), c, l2;
	__asm__ volatile("fld1" : "=t"(c));
	__asm__ volatile("fyl2x" : "=t"(l2) : "0"(ax), "u"(c) : "st(1)");
	long double r = exp2l_x87(l2 / 3);
	r = r - (r * r * r - ax) / (3 * r * r); /* one Newton step */
	return done(x < 0 ? -r : r, old);
}

double
hypot(double x, double y)
{
	if (isinf(x) || isinf(y))
		return HUGE_VAL;
	if (isnan(x) || isnan(y))
		return x + y;
	uint16_t old = precision(CW_PC_64);
	long double lx = x, ly = y;
	return done(x87_sqrt(lx * lx + ly * ly), old);
}
