/*
 * xops.c - the extended operations of OP_XOP (xops.def): Java's long and
 * float arithmetic, its conversions, array making and type tests.
 *
 * Invariant: no operand reaches C's undefined behaviour. Each is checked
 * for its type first (a wrong one is an error); a double becomes an
 * integer only after a comparison with the integer's range (NaN is 0,
 * beyond the range saturates, as Java does), or a float only after one
 * with float's (beyond it: the largest float or infinity, as rounding
 * says); long arithmetic wraps in uint64_t. A float result is rounded
 * through a volatile float, which the kernel's x87 code cannot keep at a
 * wider precision. Results are canonical (xops.def); *out is written only
 * on success.
 */
#include <math.h>
#include <string.h>
#include "array.h"
#include "heap.h"
#include "long.h"
#include "map.h"
#include "xops.h"

#define FLT_MAX_D      3.4028234663852886e38           /* the largest float */
#define FLT_ROUNDS_INF 3.4028235677973366e38           /* 2^128 - 2^103: rounds to infinity */
#define MAX_ELEMS      ((1u << 30) / sizeof(pv_value)) /* a longer array cannot be allocated */

/* d rounded to the nearest float (ties to even), as a double. */
static double
to_float(double d)
{
	if (d >= FLT_ROUNDS_INF)
		return INFINITY;
	if (d <= -FLT_ROUNDS_INF)
		return -INFINITY;
	if (d > FLT_MAX_D)
		return FLT_MAX_D;
	if (d < -FLT_MAX_D)
		return -FLT_MAX_D;
	volatile float f = (float)d;
	return f;
}

static int32_t
d2i(double d)
{
	if (d != d)
		return 0;
	if (d >= 2147483647.0)
		return INT32_MAX;
	if (d <= -2147483648.0)
		return INT32_MIN;
	return (int32_t)d;
}

static int64_t
d2l(double d)
{
	if (d != d)
		return 0;
	if (d >= 9223372036854775808.0)
		return INT64_MAX;
	if (d <= -9223372036854775808.0)
		return INT64_MIN;
	return (int64_t)d;
}

/* -1, 0 or 1 as x <, ==, > y; nan when unordered. */
static int
fcmp(double x, double y, int nan)
{
	return x < y ? -1 : x > y ? 1 : x == y ? 0 : nan;
}

static int
bad(pv_vm *vm, uint32_t w, pv_value v)
{
	pv_throw(vm, "bad operand for %s: %s", pv_xop_info[w].name, pv_typename(vm, v));
	return -1;
}

/* r made (0: out of memory) and stored. */
static int
done(pv_vm *vm, pv_value r, pv_value *out)
{
	if (!r)
		return pv_oom(vm) == PV_BLOCK ? 2 : -1;
	*out = r;
	return 0;
}

static bool
num(pv_value v, double *d)
{
	if (pv_isnum(v))
		*d = pv_tonum(v);
	else if (pv_is(v, PV_K_LONG))
		*d = (double)((pv_longobj *)v)->v;
	else
		return false;
	return true;
}

/* NEWA_REF, NEWA_INT, NEWA_FLT: a new Array of n nulls, zeros, 0.0s. */
static int
new_array(pv_vm *vm, uint32_t w, int32_t n, pv_value *out)
{
	if (n < 0) {
		pv_throw_k(vm, PV_E_NEGSIZE, n, 0, "%d", n);
		return -1;
	}
	pv_array *a = (uint32_t)n <= MAX_ELEMS ? pv_array_new(vm, (uint32_t)n) : NULL;
	if (!a)
		return done(vm, PV_NULL, out);
	pv_value v = PV_NULL;
	if (w == PV_XOP_NEWA_INT)
		v = pv_mkint(0);
	else if (w == PV_XOP_NEWA_FLT && !(v = pv_float_new(vm, 0.0)))
		return done(vm, PV_NULL, out);
	for (uint32_t i = 0; v && i < (uint32_t)n; i++)
		a->items->v[i] = v; /* one 0.0 for all: Floats are immutable */
	a->len = (uint32_t)n;
	*out = pv_val(a);
	return 0;
}

/* A class's name as Java writes it: dots for slashes. */
static void
java_name(pv_class *c, char *buf, size_t n)
{
	const char *s = c && c->name ? c->name->s : "?";
	size_t i = 0;
	for (; s[i] && i + 1 < n; i++)
		buf[i] = s[i] == '/' ? '.' : s[i];
	buf[i] = 0;
}

static int
cast_error(pv_vm *vm, pv_value v, pv_class *c)
{
	char from[120], to[120];
	java_name(pv_class_of(vm, v), from, sizeof from);
	java_name(c, to, sizeof to);
	pv_throw_k(vm, PV_E_CAST, 0, 0, "class %s cannot be cast to class %s", from, to);
	return -1;
}

#define INT(v, x)                             \
	do {                                  \
		if (!pv_isint(v))             \
			return bad(vm, w, v); \
		x = pv_toint(v);              \
	} while (0)
#define LONG(v, x)                            \
	do {                                  \
		if (!pv_islong(v))            \
			return bad(vm, w, v); \
		x = pv_tolong(v);             \
	} while (0)
#define NUM(v, x)                             \
	do {                                  \
		if (!num(v, &x))              \
			return bad(vm, w, v); \
	} while (0)
#define CLASS(v)                                                                   \
	do {                                                                       \
		if (!pv_is(v, PV_K_CLASS)) {                                       \
			pv_throw(vm, "%s: %s is not a class", pv_xop_info[w].name, \
			         pv_typename(vm, v));                              \
			return -1;                                                 \
		}                                                                  \
	} while (0)
#define RI(r) return done(vm, pv_int(vm, (r)), out)
#define RL(r) return done(vm, pv_long(vm, (r)), out)
#define RF(r) return done(vm, pv_float_new(vm, (r)), out)
#define U(x)  ((uint64_t)(x))

static int
int_op(pv_vm *vm, uint32_t w, pv_value b, pv_value c, pv_value *out)
{
	int32_t i, j;
	int64_t x;
	double d;
	switch (w) {
	case PV_XOP_IUSHR:
		INT(b, i);
		INT(c, j);
		RI((int32_t)((uint32_t)i >> (j & 31)));
	case PV_XOP_I2B:
		INT(b, i);
		RI((int8_t)i);
	case PV_XOP_I2S:
		INT(b, i);
		RI((int16_t)i);
	case PV_XOP_I2C:
		INT(b, i);
		RI((uint16_t)i);
	case PV_XOP_I2F:
		INT(b, i);
		RF(to_float((double)i));
	case PV_XOP_I2D:
		INT(b, i);
		RF((double)i);
	case PV_XOP_L2I:
		LONG(b, x);
		RI((int32_t)(uint32_t)U(x));
	case PV_XOP_L2F: {
		LONG(b, x);
		volatile float f = (float)x; /* one rounding: through double would be two */
		RF(f);
	}
	case PV_XOP_L2D:
		LONG(b, x);
		RF((double)x);
	case PV_XOP_F2I:
	case PV_XOP_D2I:
		NUM(b, d);
		RI(d2i(d));
	case PV_XOP_F2L:
	case PV_XOP_D2L:
		NUM(b, d);
		RL(d2l(d));
	default: /* PV_XOP_D2F */
		NUM(b, d);
		RF(to_float(d));
	}
}

static int
long_op(pv_vm *vm, uint32_t w, pv_value b, pv_value c, pv_value *out)
{
	int64_t x, y = 0;
	int32_t n = 0;
	LONG(b, x);
	if (w == PV_XOP_LSHL || w == PV_XOP_LSHR || w == PV_XOP_LUSHR)
		INT(c, n);
	else if (w != PV_XOP_LNEG)
		LONG(c, y);
	switch (w) {
	case PV_XOP_LADD:
		RL((int64_t)(U(x) + U(y)));
	case PV_XOP_LSUB:
		RL((int64_t)(U(x) - U(y)));
	case PV_XOP_LMUL:
		RL((int64_t)(U(x) * U(y)));
	case PV_XOP_LDIV:
	case PV_XOP_LREM:
		if (y == 0) {
			pv_throw_k(vm, PV_E_ARITH, 0, 0, "/ by zero");
			return -1;
		}
		if (y == -1)
			RL(w == PV_XOP_LDIV ? (int64_t)(0 - U(x)) : 0);
		RL(w == PV_XOP_LDIV ? x / y : x % y);
	case PV_XOP_LAND:
		RL(x & y);
	case PV_XOP_LOR:
		RL(x | y);
	case PV_XOP_LXOR:
		RL(x ^ y);
	case PV_XOP_LSHL:
		RL((int64_t)(U(x) << (n & 63)));
	case PV_XOP_LSHR:
		RL(x >> (n & 63));
	case PV_XOP_LUSHR:
		RL((int64_t)(U(x) >> (n & 63)));
	case PV_XOP_LNEG:
		RL((int64_t)(0 - U(x)));
	default: /* PV_XOP_LCMP */
		RI(x < y ? -1 : x > y);
	}
}

static int
float_op(pv_vm *vm, uint32_t w, pv_value b, pv_value c, pv_value *out)
{
	double d, e;
	NUM(b, d);
	NUM(c, e);
	switch (w) {
	case PV_XOP_FADD:
		RF(to_float(d + e));
	case PV_XOP_FSUB:
		RF(to_float(d - e));
	case PV_XOP_FMUL:
		RF(to_float(d * e));
	case PV_XOP_FDIV:
		RF(to_float(d / e));
	case PV_XOP_FREM:
		RF(to_float(fmod(d, e)));
	case PV_XOP_DCMPL:
	case PV_XOP_FCMPL:
		RI(fcmp(d, e, -1));
	default: /* PV_XOP_DCMPG, PV_XOP_FCMPG */
		RI(fcmp(d, e, 1));
	}
}

static int
object_op(pv_vm *vm, uint32_t w, pv_value b, pv_value c, pv_value *out)
{
	int32_t i, j;
	switch (w) {
	case PV_XOP_LMAKE:
		INT(b, i);
		INT(c, j);
		RL((int64_t)(U((uint32_t)i) << 32 | (uint32_t)j));
	case PV_XOP_NEWA_REF:
	case PV_XOP_NEWA_INT:
	case PV_XOP_NEWA_FLT:
		INT(b, i);
		return new_array(vm, w, i, out);
	case PV_XOP_NEWA: {
		CLASS(c);
		pv_class *ac = (pv_class *)c;
		/* the element's kind, from the descriptor ("NS.[LC;": after a namespace) */
		const char *d = !ac->name               ? NULL
		                : ac->name->s[0] == '[' ? ac->name->s
		                                        : strchr(ac->name->s, '[');
		char e = d && d[1] ? d[1] : 'L';
		INT(b, i);
		uint32_t k = e == 'F' || e == 'D'   ? PV_XOP_NEWA_FLT
		             : e == 'L' || e == '[' ? PV_XOP_NEWA_REF
		                                    : PV_XOP_NEWA_INT;
		int rc = new_array(vm, k, i, out);
		if (rc)
			return rc;
		if (*out && ac->ikind == PV_K_ARRAY)
			pv_obj(*out)->cls = ac; /* classes are never collected while used */
		return 0;
	}
	case PV_XOP_ALEN:
		if (b == PV_NULL) {
			pv_throw_k(vm, PV_E_NULL, 0, 0,
			           "null receiver: cannot read the length of null");
			return -1;
		}
		if (!pv_is(b, PV_K_ARRAY))
			return bad(vm, w, b);
		RI((int32_t)((pv_array *)b)->len);
	case PV_XOP_INSTOF:
		CLASS(c);
		*out = pv_mkint(pv_instanceof(vm, b, (pv_class *)c));
		return 0;
	case PV_XOP_CAST:
		CLASS(c);
		if (b != PV_NULL && !pv_instanceof(vm, b, (pv_class *)c))
			return cast_error(vm, b, (pv_class *)c);
		*out = b;
		return 0;
	case PV_XOP_ASTORE: {
		pv_class *ac = pv_is(b, PV_K_ARRAY) ? pv_obj(b)->cls : NULL;
		pv_value el = ac && ac->statics && c != PV_NULL ? pv_map_cget(ac->statics, "<elem>")
		                                                : PV_NULL;
		if (pv_is(el, PV_K_CLASS) && !pv_instanceof(vm, c, (pv_class *)el)) {
			char name[120];
			java_name(pv_class_of(vm, c), name, sizeof name);
			pv_throw_k(vm, PV_E_STORE, 0, 0, "%s", name);
			return -1;
		}
		*out = b;
		return 0;
	}
	case PV_XOP_NULLCHK:
		if (b == PV_NULL) {
			pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: the value is null");
			return -1;
		}
		*out = b;
		return 0;
	default:
		pv_throw(vm, "internal error: unknown extended operation %u", w);
		return -1;
	}
}

/* xops.def lists them in groups: conversions, longs, floats, objects. */
int
pv_xop(pv_vm *vm, uint32_t w, pv_value b, pv_value c, pv_value *out)
{
	if (w <= PV_XOP_D2F)
		return int_op(vm, w, b, c, out);
	if (w <= PV_XOP_LCMP)
		return long_op(vm, w, b, c, out);
	if (w <= PV_XOP_FCMPG)
		return float_op(vm, w, b, c, out);
	return object_op(vm, w, b, c, out);
}
