/*
 * jnnum.c - the natives of java.lang.Double, Float, Integer, Long, Math
 * and Character (jnatives.def): number text through jnum.c, bits, libm
 * with Java's special cases, and code point classification (jchar.c).
 *
 * Invariant: a float result is rounded to float precision before it is
 * boxed (a Java float is a Float whose value is exactly a float).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "pvm/utf16.h"
#include "jchar.h"
#include "jnatives.h"
#include "jnum.h"
#include "jthrow.h"

static int
ret_str(pv_vm *vm, pv_value *a, const char *s)
{
	return jn_ret(vm, a, pv_str_cstr(vm, s));
}

/* ---------------------------------------------------------------- text */

int
jn_dbl_tostring(pv_vm *vm, pv_value *a, int n)
{
	char buf[PV_JNUM_MAX];
	pv_jnum_dtoa(jn_num(a[1]), buf);
	return ret_str(vm, a, buf);
}

int
jn_flt_tostring(pv_vm *vm, pv_value *a, int n)
{
	char buf[PV_JNUM_MAX];
	pv_jnum_ftoa((float)jn_num(a[1]), buf);
	return ret_str(vm, a, buf);
}

static int
parse(pv_vm *vm, pv_value *a, int is_float)
{
	if (!pv_is_str(a[1]))
		return pv_jthrow(vm, "java/lang/NullPointerException",
		                 "Cannot invoke \"String.trim()\" because \"in\" is null");
	pv_str *s = PV_STR(a[1]);
	double d;
	int rc = pv_jnum_parse(s->s, s->len, is_float, &d);
	if (rc == -2)
		return pv_jthrow(vm, "java/lang/NumberFormatException", "empty String");
	if (rc == -3)
		return pv_jthrow(vm, "java/lang/NumberFormatException", "multiple points");
	if (rc != 0) {
		uint32_t b = 0, e = s->len;
		while (b < e && (unsigned char)s->s[b] <= ' ')
			b++;
		while (e > b && (unsigned char)s->s[e - 1] <= ' ')
			e--;
		return pv_jthrow(vm, "java/lang/NumberFormatException",
		                 "For input string: \"%.*s\"", (int)(e - b), s->s + b);
	}
	return jn_retd(vm, a, is_float ? (double)(float)d : d);
}

int
jn_dbl_parse(pv_vm *vm, pv_value *a, int n)
{
	return parse(vm, a, 0);
}

int
jn_flt_parse(pv_vm *vm, pv_value *a, int n)
{
	return parse(vm, a, 1);
}

int
jn_int_tostring(pv_vm *vm, pv_value *a, int n)
{
	char buf[16];
	snprintf(buf, sizeof buf, "%d", (int)jn_int(a[1]));
	return ret_str(vm, a, buf);
}

int
jn_long_tostring(pv_vm *vm, pv_value *a, int n)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", (long long)pv_tolong(a[1]));
	return ret_str(vm, a, buf);
}

/* ---------------------------------------------------------------- bits */

int
jn_dbl_torawbits(pv_vm *vm, pv_value *a, int n)
{
	double d = jn_num(a[1]);
	int64_t u;
	memcpy(&u, &d, sizeof u);
	return jn_retl(vm, a, u);
}

int
jn_dbl_frombits(pv_vm *vm, pv_value *a, int n)
{
	int64_t u = pv_tolong(a[1]);
	double d;
	memcpy(&d, &u, sizeof d);
	return jn_retd(vm, a, d);
}

int
jn_flt_torawbits(pv_vm *vm, pv_value *a, int n)
{
	float f = (float)jn_num(a[1]);
	int32_t u;
	memcpy(&u, &f, sizeof u);
	return jn_reti(vm, a, u);
}

int
jn_flt_frombits(pv_vm *vm, pv_value *a, int n)
{
	int32_t u = jn_int(a[1]);
	float f;
	memcpy(&f, &u, sizeof f);
	return jn_retd(vm, a, (double)f);
}

/* ---------------------------------------------------------------- Math */

#define MATH1(name, expr)                                 \
	int jn_math_##name(pv_vm *vm, pv_value *a, int n) \
	{                                                 \
		double x = jn_num(a[1]);                  \
		return jn_retd(vm, a, (expr));            \
	}

/* cbrt rounded to nearest: libm's is within an ulp (27 gives
 * 3.0000000000000004), the JDK's exact on cubes; of the neighbours the
 * one whose cube is closest, cubed in long double. */
static double
ulp_step(double r, int up)
{
	uint64_t b;
	memcpy(&b, &r, sizeof b);
	b += ((r > 0) == (up > 0)) ? 1 : (uint64_t)-1; /* r is finite, not 0 */
	memcpy(&r, &b, sizeof b);
	return r;
}

static long double
cube_err(double c, double x)
{
	long double e = (long double)c * c * c - x;
	return e < 0 ? -e : e;
}

static double
cbrt_near(double x)
{
	double r = cbrt(x);
	if (!isfinite(r) || r == 0)
		return r;
	double best = r;
	long double err = cube_err(r, x);
	double c[2] = { ulp_step(r, -1), ulp_step(r, 1) };
	for (int i = 0; i < 2; i++) {
		long double e = cube_err(c[i], x);
		if (e < err) {
			err = e;
			best = c[i];
		}
	}
	return best;
}

MATH1(sin, sin(x))
MATH1(cos, cos(x))
MATH1(tan, tan(x))
MATH1(asin, asin(x))
MATH1(acos, acos(x))
MATH1(atan, atan(x))
MATH1(exp, exp(x))
MATH1(log, log(x))
MATH1(strictlog, pv_fdlibm_log(x))
MATH1(log10, log10(x))
MATH1(sqrt, sqrt(x))
MATH1(cbrt, cbrt_near(x))
MATH1(sinh, sinh(x))
MATH1(cosh, cosh(x))
MATH1(tanh, tanh(x))
MATH1(expm1, expm1(x))
MATH1(log1p, log1p(x))
MATH1(floor, floor(x))
MATH1(ceil, ceil(x))
MATH1(rint, rint(x))

int
jn_math_atan2(pv_vm *vm, pv_value *a, int n)
{
	return jn_retd(vm, a, atan2(jn_num(a[1]), jn_num(a[2])));
}

int
jn_math_hypot(pv_vm *vm, pv_value *a, int n)
{
	return jn_retd(vm, a, hypot(jn_num(a[1]), jn_num(a[2])));
}

int
jn_math_ieeeremainder(pv_vm *vm, pv_value *a, int n)
{
	return jn_retd(vm, a, remainder(jn_num(a[1]), jn_num(a[2])));
}

/* Java's pow differs from C's where y is NaN and where |x| is 1 and y
 * infinite: NaN both times (C says 1). */
int
jn_math_pow(pv_vm *vm, pv_value *a, int n)
{
	double x = jn_num(a[1]), y = jn_num(a[2]);
	if (y == 0)
		return jn_retd(vm, a, 1.0);
	if (isnan(y) || (fabs(x) == 1.0 && isinf(y)))
		return jn_retd(vm, a, NAN);
	return jn_retd(vm, a, pow(x, y));
}

/* floor(x + 1/2), exactly (not x + 0.5 rounded first). */
static double
round_half_up(double x)
{
	double f = floor(x);
	return x - f >= 0.5 ? f + 1 : f;
}

int
jn_math_roundd(pv_vm *vm, pv_value *a, int n)
{
	double x = jn_num(a[1]);
	if (isnan(x))
		return jn_retl(vm, a, 0);
	double r = round_half_up(x);
	if (r >= 9223372036854775807.0)
		return jn_retl(vm, a, INT64_MAX);
	if (r <= -9223372036854775808.0)
		return jn_retl(vm, a, INT64_MIN);
	return jn_retl(vm, a, (int64_t)r);
}

int
jn_math_roundf(pv_vm *vm, pv_value *a, int n)
{
	double x = (float)jn_num(a[1]);
	if (isnan(x))
		return jn_reti(vm, a, 0);
	double r = round_half_up(x);
	if (r >= 2147483647.0)
		return jn_reti(vm, a, INT32_MAX);
	if (r <= -2147483648.0)
		return jn_reti(vm, a, INT32_MIN);
	return jn_reti(vm, a, (int32_t)r);
}

/* ---------------------------------------------------------------- Character */

int
jn_chr_props(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_jchar_props(jn_int(a[1])));
}

int
jn_chr_toupper(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_u16_upper(jn_int(a[1])));
}

int
jn_chr_tolower(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_u16_lower(jn_int(a[1])));
}

int
jn_chr_decimal(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_jchar_decimal(jn_int(a[1])));
}
