/*
 * math.c - math.h on the x87 FPU.
 *
 * Exact functions: floor/ceil/trunc work on the bits; fmod is fprem's
 * exact partial remainder, repeated; sqrt is fsqrt with the precision
 * control set to 53 bits, so it rounds once, correctly.
 * sin, cos and pow switch the precision control to 64 bits, compute in
 * extended precision (fsin/fcos; fyl2x, f2xm1 and fscale, or squaring
 * for integer powers) and round once to double when the result is
 * stored. Every function restores the caller's control word.
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
