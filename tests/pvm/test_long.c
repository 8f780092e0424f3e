/*
 * test_long.c - long values (pvm/long.h): canonical making at the 31-bit
 * edges, the Long class made once per world, and Longs as .ph code sees
 * them: printed in decimal, `==` and map keys by number (with Int and
 * Float), `<` with any number, className "Long", arithmetic an error.
 * Then Java-like code (assembled: XOP LMUL/LADD in a loop, every result
 * kept) run with a full collection at every safepoint and with small
 * steps and a heap check after every allocation.
 */
#include <stdio.h>
#include <string.h>
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/lib.h"
#include "pvm/long.h"
#include "pvm/map.h"
#include "pvm/opcodes.h"
#include "pvm/str.h"
#include "pvm/thread.h"
#include "pvm/xops.h"
#include "tests/unit/test.h"
#include "pvasm.h"
#include "pvt.h"

TEST(long_canonical)
{
	REQUIRE(pvt_open());
	pv_vm *vm = pvt_vm;
	CHECK(pv_long(vm, PV_INT_MAX) == pv_mkint(PV_INT_MAX));
	CHECK(pv_long(vm, PV_INT_MIN) == pv_mkint(PV_INT_MIN));
	pv_value a = pv_long(vm, PV_INT_MAX + 1LL), b = pv_long(vm, PV_INT_MIN - 1LL);
	CHECK(pv_is(a, PV_K_LONG) && pv_is(b, PV_K_LONG));
	CHECK(pv_tolong(a) == PV_INT_MAX + 1LL && pv_tolong(b) == PV_INT_MIN - 1LL);
	CHECK(pv_islong(pv_mkint(3)) && pv_islong(pv_int_new(vm, 1 << 30)) && pv_islong(a));
	CHECK(!pv_islong(PV_NULL) && !pv_islong(pv_float_new(vm, 1.0)) && !pv_islong(PV_TRUE));
	CHECK_EQ(pv_tolong(pv_int_new(vm, INT32_MIN)), INT32_MIN);
	/* one class, the world's, named Long */
	pv_value c = pv_long(vm, INT64_MIN);
	CHECK(pv_obj(c)->cls == pv_obj(a)->cls && pv_obj(a)->cls == pv_long_class(vm));
	CHECK(strcmp(pv_typename(vm, a), "Long") == 0);
	CHECK(pv_long_cmp_double(5, 5.5) == -1 && pv_long_cmp_double(-5, -5.5) == 1);
	CHECK(pv_long_cmp_double(INT64_MAX, 9223372036854775808.0) == -1);
	CHECK(pv_long_cmp_double(INT64_MIN, -9223372036854775808.0) == 0);
	CHECK(pv_long_cmp_double(0, 0.0 / 0.0) == 2);
	pvt_close();
}

static void
set(const char *name, pv_value v)
{
	pv_global_set(pvt_vm, pv_str_cstr(pvt_vm, name), v);
}

static const char *
str_of(const char *global)
{
	pv_value v = pv_global_get(pvt_vm, global);
	return pv_is_str(v) ? PV_STR(v)->s : "(not a string)";
}

TEST(long_in_ph_code)
{
	REQUIRE(pvt_open());
	pv_vm *vm = pvt_vm;
	int64_t t40 = (int64_t)1 << 40;
	set("big", pv_long(vm, t40));
	set("big2", pv_long(vm, t40)); /* another object, the same number */
	set("max", pv_long(vm, INT64_MAX));
	set("min", pv_long(vm, INT64_MIN));
	set("l30", pv_long(vm, 1 << 30));
	set("i30", pv_int_new(vm, 1 << 30)); /* the same number, boxed as an Int */
	pv_value m = pv_val(pv_map_new(vm));
	pv_map_put(vm, (pv_map *)m, pv_long(vm, t40 + 1), pv_str_cstr(vm, "hit"));
	set("m0", m);
	CHECK(pvt_run("var text; var cls; var eqs; var keys; var cmps; var err;\n"
	              "def main() {\n"
	              "  text = \"\" + big + \" \" + max.toString() + \" \" + min + \" \" + [l30];\n"
	              "  cls = big.className();\n"
	              "  eqs = [big == big2, big != big2, l30 == i30, i30 == l30, big == 1099511627776.0,\n"
	              "         big == 1099511627776.5, big == \"1099511627776\", big.equals(big2)].join(\",\");\n"
	              "  var m = {}; m[big] = 1; m[l30] = 2; m[1099511627777.0] = 3;\n"
	              "  keys = [m[big2], m[i30], m[1073741824], m[1099511627776.0], m.size(),\n"
	              "          m0[1099511627777.0], big.hashCode() == big2.hashCode()].join(\",\");\n"
	              "  cmps = [big < max, min < big, big <= big2, big < big2, big < 1.5e12, 2e12 < big,\n"
	              "          1 < big, big < 1, l30 <= i30, min < -1e300].join(\",\");\n"
	              "  try { var x = big + 1; } catch (e) { err = e.message(); }\n"
	              "}") == 0);
	CHECK(strcmp(str_of("text"),
	             "1099511627776 9223372036854775807 -9223372036854775808 [1073741824]") == 0);
	CHECK(strcmp(str_of("cls"), "Long") == 0);
	CHECKF(strcmp(str_of("eqs"), "true,false,true,true,true,false,false,true") == 0, "eqs %s",
	       str_of("eqs"));
	CHECKF(strcmp(str_of("keys"), "1,2,2,1,3,hit,true") == 0, "keys %s", str_of("keys"));
	CHECKF(strcmp(str_of("cmps"), "true,true,true,false,true,false,true,false,true,false") == 0,
	       "cmps %s", str_of("cmps"));
	CHECKF(strcmp(str_of("err"), "bad operands for +: Long and Int") == 0, "err %s",
	       str_of("err"));
	pvt_close();
}

/* main() of Java-like code: a = 2^32 + 7; n times a = a * m + 1, every a
 * kept in a new array: the array. */
static pv_value
long_loop(int n)
{
	pva a;
	char err[300] = "";
	pva_begin(&a, "longloop", 8, PV_LANG_JAVA);
	pva_emit(&a, MK_ABx(OP_LOADK, 1, pva_kint(&a, n)));
	pva_xop(&a, 4, 1, 0, PV_XOP_NEWA_REF);
	pva_emit(&a, MK_ABx(OP_LOADI, 2, 1));
	pva_emit(&a, MK_ABx(OP_LOADI, 3, 7));
	pva_xop(&a, 0, 2, 3, PV_XOP_LMAKE);
	pva_emit(&a, MK_ABx(OP_LOADK, 6, pva_kint(&a, 0x2545F491)));
	pva_emit(&a, MK_ABx(OP_LOADI, 3, 0x4F6C));
	pva_xop(&a, 5, 3, 6, PV_XOP_LMAKE); /* m = 0x4F6C2545F491 */
	uint32_t loop = pva_emit(&a, MK_ABC(OP_ADDI, 1, 1, -1));
	pva_xop(&a, 0, 0, 5, PV_XOP_LMUL);
	pva_xop(&a, 0, 0, 2, PV_XOP_LADD);
	pva_emit(&a, MK_ABC(OP_SETIDX, 4, 1, 0));
	uint32_t j = pva_emit(&a, MK_ABC(OP_JGTI, 1, 0, 1));
	pva_emit(&a, (uint32_t)((int32_t)loop - (int32_t)(j + 2)));
	pva_emit(&a, MK_ABC(OP_RET, 4, 0, 0));
	pv_value fn = pva_load(&a, pvt_vm, err, sizeof err);
	CHECKF(fn, "load: %s", err);
	pva_free(&a);
	return fn;
}

static bool
loop_results(pv_value arr, int n)
{
	if (!pv_is(arr, PV_K_ARRAY) || ((pv_array *)arr)->len != (uint32_t)n)
		return false;
	uint64_t x = ((uint64_t)1 << 32) + 7, m = 0x4F6C2545F491ull;
	for (int i = n - 1; i >= 0; i--) {
		x = x * m + 1;
		pv_value v = ((pv_array *)arr)->items->v[i];
		if (!pv_islong(v) || pv_tolong(v) != (int64_t)x)
			return false;
	}
	return true;
}

static void
run_loop(uint32_t stress)
{
	REQUIRE(pvt_open());
	pv_value fn = long_loop(3000);
	REQUIRE(fn);
	pvt_vm->heap.stress = stress;
	pvt_vm->main = pv_main_start(pvt_vm, PV_NULL, fn);
	REQUIRE(pvt_vm->main);
	CHECK(pv_schedule(pvt_vm) == 0);
	pvt_vm->heap.stress = 0;
	CHECK(pvt_vm->heap.cycles > 0);
	CHECK(loop_results(pvt_vm->main->result, 3000));
	pv_value keep = pvt_vm->main->result;
	pv_global_set(pvt_vm, pv_str_cstr(pvt_vm, "keep"), keep);
	pv_gc_full(pvt_vm);
	pv_gc_full(pvt_vm);
	CHECK(loop_results(keep, 3000));
	pvt_close();
}

TEST(long_gc_full_every_safepoint)
{
	run_loop(1);
}

TEST(long_gc_steps_checked)
{
	run_loop(4 | 8);
}
