/*
 * test_xops.c - every extended operation (xops.def) called directly, at
 * its edges: Java's results for long overflow, division and shifts, the
 * saturating conversions of NaN and infinities, float rounding (one
 * rounding, never two), the comparisons of NaN; errors with their kinds
 * and numbers; results canonical (a small integer when a long fits).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "pvm/heap.h"
#include "pvm/long.h"
#include "pvm/str.h"
#include "pvm/thread.h"
#include "pvm/xops.h"
#include "tests/unit/test.h"
#include "pvt.h"

static pv_thread *th; /* the current thread the errors go to */

static bool
open_xops(void)
{
	if (!pvt_open())
		return false;
	th = pv_thread_new(pvt_vm, PV_NULL);
	pvt_vm->cur = th;
	return true;
}

static void
close_xops(void)
{
	pvt_vm->cur = NULL;
	pvt_close();
}

static pv_value
L(int64_t x)
{
	return pv_long(pvt_vm, x);
}

static pv_value
F(double d)
{
	return pv_float_new(pvt_vm, d);
}

static pv_value
I(int32_t i)
{
	return pv_int(pvt_vm, i);
}

static int
run(uint32_t w, pv_value b, pv_value c, pv_value *out)
{
	th->exc = PV_NULL;
	*out = PV_FALSE;
	return pv_xop(pvt_vm, w, b, c, out);
}

static int64_t
xl(uint32_t w, pv_value b, pv_value c)
{
	pv_value r;
	int rc = run(w, b, c, &r);
	CHECKF(rc == 0 && pv_islong(r), "%s: rc %d, a long", pv_xop_info[w].name, rc);
	if (rc != 0 || !pv_islong(r))
		return -12345;
	int64_t x = pv_tolong(r);
	CHECKF(pv_is_int(r) == (x >= PV_INT_MIN && x <= PV_INT_MAX), "%s: canonical %lld",
	       pv_xop_info[w].name, (long long)x);
	return x;
}

static int32_t
xi(uint32_t w, pv_value b, pv_value c)
{
	pv_value r;
	int rc = run(w, b, c, &r);
	CHECKF(rc == 0 && pv_isint(r), "%s: rc %d, an int", pv_xop_info[w].name, rc);
	return rc == 0 && pv_isint(r) ? pv_toint(r) : -12345;
}

static double
xd(uint32_t w, pv_value b, pv_value c)
{
	pv_value r;
	int rc = run(w, b, c, &r);
	CHECKF(rc == 0 && pv_is(r, PV_K_FLOAT), "%s: rc %d, a Float", pv_xop_info[w].name, rc);
	return rc == 0 && pv_is(r, PV_K_FLOAT) ? ((pv_float *)r)->v : -12345.0;
}

static bool
same(double a, double b) /* bit for bit: -0.0 is not 0.0, NaN is NaN */
{
	return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

/* The error the last run threw: its message, "" if none. */
static const char *
message(void)
{
	pv_value e = th->exc;
	if (pv_is(e, PV_K_INST) && ((pv_inst *)e)->n > 0)
		e = ((pv_inst *)e)->f[0];
	return pv_is_str(e) ? PV_STR(e)->s : "";
}

/* Every kind pv_throw_k was given, through the hook. */
static int hook_kind = -1, hook_java = -1;
static int32_t hook_x, hook_y;
static pv_value
record_hook(pv_vm *vm, int kind, int32_t x, int32_t y, pv_value msg)
{
	hook_kind = kind;
	hook_x = x;
	hook_y = y;
	hook_java = pv_java_frame(vm);
	return 0;
}

static int
throws(uint32_t w, pv_value b, pv_value c, int kind, const char *msg)
{
	pv_value r;
	hook_kind = -1;
	pv_error_hook = record_hook;
	int rc = run(w, b, c, &r);
	pv_error_hook = NULL;
	int ok = rc == -1 && r == PV_FALSE && hook_kind == kind && th->exc &&
	         (!msg || strcmp(message(), msg) == 0);
	if (!ok)
		fprintf(stderr, "  %s: rc %d kind %d, wanted %d; message '%s', wanted '%s'\n",
		        pv_xop_info[w].name, rc, hook_kind, kind, message(), msg ? msg : "*");
	return ok;
}

#define MAX64 INT64_MAX
#define MIN64 INT64_MIN

TEST(xop_int_conversions)
{
	REQUIRE(open_xops());
	CHECK_EQ(xi(PV_XOP_IUSHR, I(-1), I(28)), 15);
	CHECK_EQ(xi(PV_XOP_IUSHR, I(-8), I(1)), 0x7ffffffc);
	CHECK_EQ(xi(PV_XOP_IUSHR, I(-1), I(33)), 0x7fffffff); /* count & 31 */
	CHECK_EQ(xi(PV_XOP_IUSHR, I(-1), I(-1)), 1);
	CHECK_EQ(xi(PV_XOP_IUSHR, I(INT32_MIN), I(0)), INT32_MIN);
	CHECK_EQ(xi(PV_XOP_I2B, I(200), 0), -56);
	CHECK_EQ(xi(PV_XOP_I2B, I(0x17f), 0), 127);
	CHECK_EQ(xi(PV_XOP_I2S, I(40000), 0), -25536);
	CHECK_EQ(xi(PV_XOP_I2C, I(-1), 0), 65535);
	CHECK_EQ(xi(PV_XOP_I2C, I(0x12345), 0), 0x2345);
	CHECK(same(xd(PV_XOP_I2F, I(16777217), 0), 16777216.0));
	CHECK(same(xd(PV_XOP_I2F, I(INT32_MAX), 0), 2147483648.0));
	CHECK(same(xd(PV_XOP_I2D, I(-5), 0), -5.0));
	CHECK(same(xd(PV_XOP_I2D, I(INT32_MAX), 0), 2147483647.0));
	CHECK_EQ(xi(PV_XOP_L2I, L(((int64_t)1 << 32) + 5), 0), 5);
	CHECK_EQ(xi(PV_XOP_L2I, L(0x80000000LL), 0), INT32_MIN);
	CHECK_EQ(xi(PV_XOP_L2I, L(MIN64), 0), 0);
	CHECK_EQ(xi(PV_XOP_L2I, L(-1), 0), -1);
	/* 2^62 + 2^38 + 1: one rounding goes up; through a double, a tie,
	 * it would go down to 2^62 */
	CHECK(same(xd(PV_XOP_L2F, L(((int64_t)1 << 62) + ((int64_t)1 << 38) + 1), 0),
	           4611686568183201792.0)); /* 2^62 + 2^39 */
	CHECK(same(xd(PV_XOP_L2F, L(MIN64), 0), -9223372036854775808.0));
	CHECK(same(xd(PV_XOP_L2D, L(((int64_t)1 << 53) + 1), 0), 9007199254740992.0));
	CHECK(same(xd(PV_XOP_L2D, L(MAX64), 0), 9223372036854775808.0));
	close_xops();
}

TEST(xop_float_to_integer)
{
	REQUIRE(open_xops());
	uint32_t to_int[] = { PV_XOP_F2I, PV_XOP_D2I }, to_long[] = { PV_XOP_F2L, PV_XOP_D2L };
	for (int k = 0; k < 2; k++) {
		uint32_t w = to_int[k];
		CHECK_EQ(xi(w, F(NAN), 0), 0);
		CHECK_EQ(xi(w, F(INFINITY), 0), INT32_MAX);
		CHECK_EQ(xi(w, F(-INFINITY), 0), INT32_MIN);
		CHECK_EQ(xi(w, F(1e10), 0), INT32_MAX);
		CHECK_EQ(xi(w, F(-1e10), 0), INT32_MIN);
		CHECK_EQ(xi(w, F(-1.9), 0), -1);
		CHECK_EQ(xi(w, F(2.9), 0), 2);
		CHECK_EQ(xi(w, F(-0.0), 0), 0);
		CHECK_EQ(xi(w, F(2147483647.0), 0), INT32_MAX);
		CHECK_EQ(xi(w, F(2147483646.5), 0), 2147483646);
		CHECK_EQ(xi(w, F(-2147483648.9), 0), INT32_MIN);
		CHECK_EQ(xi(w, I(7), 0), 7); /* an integer is a number too */
		w = to_long[k];
		CHECK_EQ(xl(w, F(NAN), 0), 0);
		CHECK(xl(w, F(INFINITY), 0) == MAX64);
		CHECK(xl(w, F(-INFINITY), 0) == MIN64);
		CHECK(xl(w, F(1e19), 0) == MAX64);
		CHECK(xl(w, F(-1e19), 0) == MIN64);
		CHECK(xl(w, F(9223372036854775808.0), 0) == MAX64);
		CHECK(xl(w, F(-9223372036854775808.0), 0) == MIN64);
		CHECK(xl(w, F(9.2e18), 0) == 9200000000000000000LL);
		CHECK_EQ(xl(w, F(-2.5), 0), -2);
		CHECK_EQ(xl(w, F(1e10), 0), 10000000000LL);
	}
	CHECK(throws(PV_XOP_D2I, pv_str_cstr(pvt_vm, "1"), 0, PV_E_ERROR,
	             "bad operand for D2I: String"));
	close_xops();
}

TEST(xop_float_rounding)
{
	REQUIRE(open_xops());
	double f1 = (float)0.1, f2 = (float)0.2, f3 = (float)0.3;
	/* Java: 0.1f + 0.2f == 0.3f; in double the sum is not 0.3 */
	CHECK(same(xd(PV_XOP_FADD, F(f1), F(f2)), f3));
	CHECK(!same(f1 + f2, f3));
	CHECK(same(xd(PV_XOP_D2F, F(0.1), 0), f1));
	CHECK(same(xd(PV_XOP_FSUB, F(f3), F(f1)), (double)((float)f3 - (float)f1)));
	CHECK(same(xd(PV_XOP_FMUL, F(16777215.0), F(3.0)), 50331644.0)); /* 50331645 rounds */
	CHECK(same(xd(PV_XOP_FDIV, F(1.0), F(3.0)), (double)(1.0f / 3.0f)));
	CHECK(same(xd(PV_XOP_FDIV, F(1.0), F(0.0)), INFINITY));
	CHECK(same(xd(PV_XOP_FDIV, F(-1.0), F(0.0)), -INFINITY));
	CHECK(isnan(xd(PV_XOP_FDIV, F(0.0), F(0.0))));
	CHECK(same(xd(PV_XOP_FREM, F(5.5), F(2.0)), 1.5));
	CHECK(same(xd(PV_XOP_FREM, F(-5.5), F(2.0)), -1.5));
	CHECK(isnan(xd(PV_XOP_FREM, F(1.0), F(0.0))));
	CHECK(same(xd(PV_XOP_FADD, F(3.0e38), F(3.0e38)), INFINITY));
	/* D2F at float's edges: the largest float, the tie to infinity,
	 * underflow keeps the sign */
	CHECK(same(xd(PV_XOP_D2F, F(3.4028235677973362e38), 0), 3.4028234663852886e38));
	CHECK(same(xd(PV_XOP_D2F, F(3.4028235677973366e38), 0), INFINITY));
	CHECK(same(xd(PV_XOP_D2F, F(-1e39), 0), -INFINITY));
	CHECK(same(xd(PV_XOP_D2F, F(1e-50), 0), 0.0));
	CHECK(same(xd(PV_XOP_D2F, F(-1e-50), 0), -0.0));
	CHECK(same(xd(PV_XOP_D2F, F(INFINITY), 0), INFINITY));
	CHECK(isnan(xd(PV_XOP_D2F, F(NAN), 0)));
	CHECK(same(xd(PV_XOP_D2F, F(1.401298464324817e-45), 0), 1.401298464324817e-45));
	close_xops();
}

TEST(xop_float_compare)
{
	REQUIRE(open_xops());
	uint32_t lo[] = { PV_XOP_DCMPL, PV_XOP_FCMPL }, hi[] = { PV_XOP_DCMPG, PV_XOP_FCMPG };
	for (int k = 0; k < 2; k++) {
		CHECK_EQ(xi(lo[k], F(NAN), F(1.0)), -1);
		CHECK_EQ(xi(lo[k], F(1.0), F(NAN)), -1);
		CHECK_EQ(xi(hi[k], F(NAN), F(1.0)), 1);
		CHECK_EQ(xi(hi[k], F(NAN), F(NAN)), 1);
		for (int g = 0; g < 2; g++) {
			uint32_t w = g ? hi[k] : lo[k];
			CHECK_EQ(xi(w, F(1.0), F(2.0)), -1);
			CHECK_EQ(xi(w, F(2.0), F(1.0)), 1);
			CHECK_EQ(xi(w, F(-0.0), F(0.0)), 0);
			CHECK_EQ(xi(w, F(-INFINITY), F(INFINITY)), -1);
			CHECK_EQ(xi(w, I(2), F(2.0)), 0);
		}
	}
	close_xops();
}

TEST(xop_long_arithmetic)
{
	REQUIRE(open_xops());
	CHECK(xl(PV_XOP_LADD, L(MAX64), L(1)) == MIN64);
	CHECK(xl(PV_XOP_LADD, I(PV_INT_MAX), I(1)) == PV_INT_MAX + 1LL); /* a Long now */
	CHECK_EQ(xl(PV_XOP_LADD, L((int64_t)1 << 40), L(-((int64_t)1 << 40))), 0);
	CHECK(xl(PV_XOP_LSUB, L(MIN64), L(1)) == MAX64);
	CHECK(xl(PV_XOP_LMUL, L(MAX64), L(2)) == -2);
	CHECK_EQ(xl(PV_XOP_LMUL, L((int64_t)1 << 32), L((int64_t)1 << 32)), 0);
	CHECK(xl(PV_XOP_LMUL, L(3037000500LL), L(3037000500LL)) == -9223372036709301616LL);
	CHECK(xl(PV_XOP_LDIV, L(MIN64), L(-1)) == MIN64);
	CHECK_EQ(xl(PV_XOP_LREM, L(MIN64), L(-1)), 0);
	CHECK_EQ(xl(PV_XOP_LDIV, L(7), L(-2)), -3);
	CHECK_EQ(xl(PV_XOP_LDIV, L(-7), L(2)), -3);
	CHECK_EQ(xl(PV_XOP_LREM, L(-7), L(2)), -1);
	CHECK_EQ(xl(PV_XOP_LREM, L(7), L(-2)), 1);
	CHECK(xl(PV_XOP_LDIV, L(MAX64), L(10)) == 922337203685477580LL);
	CHECK(throws(PV_XOP_LDIV, L(1), L(0), PV_E_ARITH, "/ by zero"));
	CHECK(throws(PV_XOP_LREM, L(MIN64), I(0), PV_E_ARITH, "/ by zero"));
	CHECK(xl(PV_XOP_LAND, L(-1), L(0x123456789LL)) == 0x123456789LL);
	CHECK(xl(PV_XOP_LOR, L((int64_t)1 << 62), L(1)) == ((int64_t)1 << 62) + 1);
	CHECK(xl(PV_XOP_LXOR, L(-1), L(MAX64)) == MIN64);
	CHECK(xl(PV_XOP_LSHL, L(1), I(63)) == MIN64);
	CHECK_EQ(xl(PV_XOP_LSHL, L(1), I(64)), 1); /* count & 63 */
	CHECK(xl(PV_XOP_LSHL, L(1), I(-1)) == MIN64);
	CHECK(xl(PV_XOP_LSHL, L(5), I(40)) == (int64_t)5 << 40);
	CHECK_EQ(xl(PV_XOP_LSHR, L(MIN64), I(63)), -1);
	CHECK_EQ(xl(PV_XOP_LSHR, L(-1), I(64)), -1);
	CHECK(xl(PV_XOP_LSHR, L(MIN64), I(1)) == MIN64 / 2);
	CHECK_EQ(xl(PV_XOP_LUSHR, L(-1), I(63)), 1);
	CHECK_EQ(xl(PV_XOP_LUSHR, L(-1), I(64)), -1);
	CHECK_EQ(xl(PV_XOP_LUSHR, L(-1), I(-1)), 1);
	CHECK(xl(PV_XOP_LUSHR, L(MIN64), I(1)) == (int64_t)1 << 62);
	CHECK(xl(PV_XOP_LNEG, L(MIN64), 0) == MIN64);
	CHECK_EQ(xl(PV_XOP_LNEG, I(5), 0), -5);
	CHECK(xl(PV_XOP_LNEG, I(PV_INT_MIN), 0) == -(int64_t)PV_INT_MIN);
	CHECK_EQ(xi(PV_XOP_LCMP, L(MIN64), L(MAX64)), -1);
	CHECK_EQ(xi(PV_XOP_LCMP, L(MAX64), L(MIN64)), 1);
	CHECK_EQ(xi(PV_XOP_LCMP, pv_int_new(pvt_vm, 5), I(5)), 0); /* a boxed Int is a long */
	CHECK_EQ(xi(PV_XOP_LCMP, L((int64_t)1 << 40), L((int64_t)1 << 40)), 0);
	/* any long value in: small, Int, Long */
	CHECK(xl(PV_XOP_LADD, pv_int_new(pvt_vm, INT32_MIN), L(-((int64_t)1 << 40))) ==
	      INT32_MIN - ((int64_t)1 << 40));
	CHECK(throws(PV_XOP_LADD, L(1), F(1.0), PV_E_ERROR, "bad operand for LADD: Float"));
	CHECK(throws(PV_XOP_LSHL, L(1), L((int64_t)1 << 40), PV_E_ERROR,
	             "bad operand for LSHL: Long"));
	close_xops();
}

TEST(xop_lmake)
{
	REQUIRE(open_xops());
	CHECK_EQ(xl(PV_XOP_LMAKE, I(-1), I(-1)), -1);
	CHECK_EQ(xl(PV_XOP_LMAKE, I(0), I(-1)), 4294967295LL);
	CHECK_EQ(xl(PV_XOP_LMAKE, I(-1), I(0)), -4294967296LL);
	CHECK(xl(PV_XOP_LMAKE, I(0x12345678), I((int32_t)0x9abcdef0u)) == 0x123456789abcdef0LL);
	CHECK(xl(PV_XOP_LMAKE, I(INT32_MIN), I(0)) == MIN64);
	CHECK(xl(PV_XOP_LMAKE, I(INT32_MAX), I(-1)) == MAX64);
	CHECK_EQ(xl(PV_XOP_LMAKE, I(0), I(5)), 5);
	close_xops();
}

TEST(xop_arrays)
{
	REQUIRE(open_xops());
	pv_value r;
	REQUIRE(run(PV_XOP_NEWA_REF, I(3), 0, &r) == 0 && pv_is(r, PV_K_ARRAY));
	pv_array *a = (pv_array *)r;
	CHECK(a->len == 3 && a->items->v[0] == PV_NULL && a->items->v[2] == PV_NULL);
	CHECK_EQ(xi(PV_XOP_ALEN, r, 0), 3);
	REQUIRE(run(PV_XOP_NEWA_INT, I(4), 0, &r) == 0 && pv_is(r, PV_K_ARRAY));
	a = (pv_array *)r;
	CHECK(a->len == 4 && a->items->v[0] == pv_mkint(0) && a->items->v[3] == pv_mkint(0));
	REQUIRE(run(PV_XOP_NEWA_FLT, I(2), 0, &r) == 0 && pv_is(r, PV_K_ARRAY));
	a = (pv_array *)r;
	CHECK(a->len == 2 && pv_is(a->items->v[1], PV_K_FLOAT) &&
	      same(((pv_float *)a->items->v[1])->v, 0.0));
	REQUIRE(run(PV_XOP_NEWA_INT, I(0), 0, &r) == 0 && pv_is(r, PV_K_ARRAY));
	CHECK_EQ(xi(PV_XOP_ALEN, r, 0), 0);
	CHECK(throws(PV_XOP_NEWA_INT, I(-1), 0, PV_E_NEGSIZE, "-1"));
	CHECK_EQ(hook_x, -1);
	CHECK(throws(PV_XOP_NEWA_REF, I(INT32_MIN), 0, PV_E_NEGSIZE, "-2147483648"));
	CHECK(throws(PV_XOP_ALEN, PV_NULL, 0, PV_E_NULL, NULL));
	CHECK(throws(PV_XOP_ALEN, I(3), 0, PV_E_ERROR, "bad operand for ALEN: Int"));
	/* too long for the heap: wait for a collection once, then throw */
	CHECK_EQ(run(PV_XOP_NEWA_REF, I(INT32_MAX), 0, &r), 2);
	CHECK(throws(PV_XOP_NEWA_REF, I(INT32_MAX), 0, PV_E_OOM, "out of memory"));
	CHECK_EQ(run(PV_XOP_NEWA_FLT, I(20 << 20), 0, &r), 2);
	CHECK(throws(PV_XOP_NEWA_FLT, I(20 << 20), 0, PV_E_OOM, "out of memory"));
	close_xops();
}

TEST(xop_null_check)
{
	REQUIRE(open_xops());
	pv_value s = pv_str_cstr(pvt_vm, "x"), r;
	CHECK(run(PV_XOP_NULLCHK, s, 0, &r) == 0 && r == s);
	CHECK(run(PV_XOP_NULLCHK, PV_FALSE, 0, &r) == 0 && r == PV_FALSE);
	CHECK(throws(PV_XOP_NULLCHK, PV_NULL, 0, PV_E_NULL, NULL));
	close_xops();
}
