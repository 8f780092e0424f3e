/*
 * test_vm.c - programs run in a VM: results, exit statuses, the collector
 * (an incremental step and a heap check after every allocation while a
 * program builds and drops trees; a full collection frees what died) and
 * preemption of an endless thread.
 */
#include <stdio.h>
#include <string.h>
#include "pvm/gc.h"
#include "pvm/interp.h"
#include "pvm/lib.h"
#include "pvm/thread.h"
#include "pvm/vm.h"
#include "tests/unit/test.h"
#include "pvt.h"

TEST(run_result)
{
	REQUIRE(pvt_open());
	CHECK(pvt_run("var result;\n"
	              "class A { var n = 2; def init(k) { n = n * k; } def n() { return n; } }\n"
	              "def main() { var a = new A(21); var m = {\"k\": [1, 2, a.n()]}; result = m[\"k\"][2]; }") ==
	      0);
	CHECK(pv_toint(pv_global_get(pvt_vm, "result")) == 42);
	pvt_close();
}

TEST(gc_incremental)
{
	REQUIRE(pvt_open());
	/* small steps at every allocation while the program builds and drops
	 * trees: the invariant is checked after every step */
	pvt_vm->heap.stress = 4 | 8;
	CHECK(pvt_run("var keep;\n"
	              "class T { var l; var r; def init(l, r) { this.l = l; this.r = r; } def sum() {\n"
	              "  var s = 1; if (l != null) { s += l.sum(); } if (r != null) { s += r.sum(); } return s; } }\n"
	              "def build(d) { if (d == 0) { return null; } return new T(build(d - 1), build(d - 1)); }\n"
	              "def main() { keep = []; for (var i = 0; i < 30; i += 1) { var t = build(6);\n"
	              "  if (i % 3 == 0) { keep.push(t); } var m = {}; m[i] = t; }\n"
	              "  var s = 0; for (t in keep) { s += t.sum(); } if (s != 10 * 63) { throw \"bad sum\"; } }") ==
	      0);
	CHECK(pvt_vm->heap.cycles > 0);
	pvt_vm->heap.stress = 0;
	pvt_close();
}

TEST(gc_full_frees)
{
	REQUIRE(pvt_open());
	CHECK(pvt_run("var big;\ndef main() { big = []; for (var i = 0; i < 20000; i += 1) { big.push(\"s\" + i); } big = null; }") ==
	      0);
	pv_gc_full(pvt_vm);
	size_t live1 = pvt_vm->heap.live;
	CHECK(live1 < (2u << 20));
	pvt_close();
}

TEST(threads_preempt)
{
	REQUIRE(pvt_open());
	/* an endless loop in one thread must not starve main */
	CHECK(pvt_run("var n = 0;\n"
	              "def main() { var t = new Thread(fn() { while (true) { n += 1; } });\n"
	              "  Thread.sleep(20); if (n == 0) { throw \"not preempted\"; } }") == 0);
	pvt_close();
}

TEST(uncaught_status)
{
	REQUIRE(pvt_open());
	CHECK(pvt_run("def main() { var a = [1]; return a[5]; }") == 1);
	pvt_close();
}

TEST(compile_error_status)
{
	REQUIRE(pvt_open());
	CHECK(pvt_run("def main() { return 1 +; }") == 2);
	pvt_close();
}

/* A restored VM is not opened again: its natives are in its classes
 * already, but their C functions must be bound in this process
 * (pv_libs_bind). Unbound, a native call throws clearly. */
TEST(natives_bound_after_restore)
{
	REQUIRE(pvt_open());
	pv_interp_natives(NULL); /* as a process that restored without binding */
	CHECK(pvt_run("var r;\ndef main() { r = [1, 2].length(); }") == 1);
	pv_value exc = pvt_vm->main->exc;
	CHECKF(pv_is(exc, PV_K_INST) || pv_is(exc, PV_K_STR), "main died of an error");
	pv_libs_bind(); /* what a restore does: the same main runs again */
	pvt_vm->main = pv_main_start(pvt_vm, PV_NULL, pv_global_get(pvt_vm, "main"));
	REQUIRE(pvt_vm->main);
	CHECK(pv_schedule(pvt_vm) == 0);
	CHECK_EQ(pv_toint(pv_global_get(pvt_vm, "r")), 2);
	pvt_close();
}
