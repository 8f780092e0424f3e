/*
 * test_group.c - apps as the VM accounts for them (pvm/group.h): a group's
 * charge is exactly the objects tagged with it, its quota gives its own
 * thread an out-of-memory error while the system keeps allocating, its
 * thread quota holds, ending it drops its threads and frees its slot once
 * a collection took back what it owned, an interrupt reaches its thread
 * inside an endless loop, and its main thread's uncaught error crashes it
 * with the report kept. Longs are charged like any object, and the Long
 * class a world makes on the way is the system's.
 */
#include <string.h>
#include "pvm/compile.h"
#include "pvm/gc.h"
#include "pvm/group.h"
#include "pvm/interp.h"
#include "pvm/lib.h"
#include "pvm/long.h"
#include "pvm/opcodes.h"
#include "pvm/str.h"
#include "pvm/thread.h"
#include "pvm/vm.h"
#include "pvm/xops.h"
#include "tests/unit/test.h"
#include "pvasm.h"
#include "pvt.h"

/* Bytes of the objects tagged g, by a walk of the heap. */
static uint64_t
tagged(uint32_t g)
{
	uint64_t n = 0;
	for (uintptr_t a = pvt_vm->heap.start; a < pvt_vm->heap.bump;) {
		pv_obj *o = (pv_obj *)a;
		if (o->kind != PV_K_FREE && pv_obj_group(o) == g)
			n += o->size;
		a += o->size;
	}
	return n;
}

/* Load text (t.ph) into pvt_vm; its function name, or null. */
static pv_value
load(const char *text, const char *name)
{
	pv_src src = { "t.ph", text, strlen(text) };
	pv_value inits;
	if (pv_compile_load(pvt_vm, &src, 1, &inits) != 0)
		return PV_NULL;
	return pv_global_get(pvt_vm, name);
}

/* fn() started in group g. */
static pv_thread *
start_in(uint32_t g, pv_value fn)
{
	pv_cur_group = g;
	pv_thread *th = pv_main_start(pvt_vm, PV_NULL, fn);
	pv_cur_group = 0;
	return th;
}

/* app() started in group g beside the system's main(), run until main()
 * returns: pv_schedule's status. */
static int
run_beside(uint32_t g, pv_value app)
{
	if (!start_in(g, app))
		return -1;
	pvt_vm->main = pv_main_start(pvt_vm, PV_NULL, pv_global_get(pvt_vm, "main"));
	return pv_schedule(pvt_vm);
}

TEST(group_tags_header_bits)
{
	pv_obj o = { .flags = 0x101 }; /* a hashed string's bit, a stack's bit */
	pv_obj_set_group(&o, PV_GROUP_MAX - 1);
	CHECK_EQ(pv_obj_group(&o), PV_GROUP_MAX - 1);
	CHECK_EQ(o.flags & 0x101, 0x101);
	pv_obj_set_group(&o, 77);
	CHECK_EQ(pv_obj_group(&o), 77);
	pv_obj_set_group(&o, 0);
	CHECK_EQ(o.flags, 0x101);
}

TEST(group_charge_is_exact)
{
	REQUIRE(pvt_open());
	pv_value main = load(
		"var keep; var done;\ndef app() { keep = []; for (var i = 0; i < 5000; i += 1) {\n"
		"  keep.push(\"s\" + i); var junk = [i, i]; } done = true; }\n"
		"def main() { while (done != true) { Thread.sleep(1); } Thread.sleep(5); }",
		"app");
	REQUIRE(pv_is(main, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "t", 0);
	REQUIRE(g != 0);
	CHECK(run_beside(g, main) == 0);
	CHECK_EQ(pv_group_at(g)->bytes, tagged(g));
	CHECKF(pv_group_at(g)->bytes > 5000 * 16, "the kept strings are charged (%llu)",
	       (unsigned long long)pv_group_at(g)->bytes);
	/* its last thread ended: the group has; a full cycle hands the
	 * survivors to the system and the slot is free again */
	CHECK_EQ(pv_group_at(g)->state, PV_G_ENDED);
	pv_gc_full(pvt_vm);
	pv_gc_full(pvt_vm);
	CHECK_EQ(pv_group_at(g)->bytes, 0);
	CHECK_EQ(tagged(g), 0);
	CHECK(pv_is(pv_global_get(pvt_vm, "keep"), PV_K_ARRAY));
	uint32_t serial = pv_group_at(g)->serial;
	CHECK_EQ(pv_group_new(pvt_vm, "u", 0), g);
	CHECK(pv_group_at(g)->serial != serial);
	pvt_close();
}

TEST(group_quota_out_of_memory)
{
	REQUIRE(pvt_open());
	pv_value app = load(
		"var why; var after;\n"
		"def app() { var keep = []; try { while (true) { keep.push(new Array(1000)); } }\n"
		"  catch (e) { why = e.message(); } }\n"
		"def main() { Thread.sleep(50); var big = [];\n"
		"  for (var i = 0; i < 2000; i += 1) { big.push(new Array(1000)); } after = big.length(); }",
		"app");
	REQUIRE(pv_is(app, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "hog", 0);
	pv_group_at(g)->max_bytes = 4u << 20;
	CHECK(run_beside(g, app) == 0);
	pv_value why = pv_global_get(pvt_vm, "why");
	CHECKF(pv_is_str(why) && strstr(PV_STR(why)->s, "out of memory"), "the hog's own error: %s",
	       pv_is_str(why) ? PV_STR(why)->s : "(none)");
	/* the system allocated 8 MB after the hog: twice the hog's quota */
	CHECK_EQ(pv_toint(pv_global_get(pvt_vm, "after")), 2000);
	pvt_close();
}

TEST(group_thread_quota)
{
	REQUIRE(pvt_open());
	pv_value app = load(
		"var started; var why;\n"
		"def app() { started = 0; try { for (var i = 0; i < 10; i += 1) {\n"
		"  new Thread(fn() { Thread.sleep(5); }); started += 1; } } catch (e) { why = e.message(); } }\n",
		"app");
	REQUIRE(pv_is(app, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "many", 0);
	pv_group_at(g)->max_threads = 4;
	pvt_vm->main = start_in(g, app);
	CHECK(pv_schedule(pvt_vm) == 0);
	CHECK_EQ(pv_toint(pv_global_get(pvt_vm, "started")), 3); /* with app() itself: 4 */
	pv_value why = pv_global_get(pvt_vm, "why");
	CHECK(pv_is_str(why) && strstr(PV_STR(why)->s, "too many threads"));
	pvt_close();
}

TEST(group_end_drops_its_threads)
{
	REQUIRE(pvt_open());
	pv_value spin = load("var n = 0;\ndef spin() { while (true) { n += 1; } }", "spin");
	REQUIRE(pv_is(spin, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "spinner", PV_GF_APP);
	for (int i = 0; i < 5; i++)
		REQUIRE(start_in(g, spin));
	uint32_t other = pv_group_new(pvt_vm, "other", 0);
	REQUIRE(start_in(other, spin));
	CHECK_EQ(pv_group_at(g)->threads, 5);
	CHECK_EQ(pvt_vm->nthreads, 6);
	pv_group_end(pvt_vm, g);
	CHECK_EQ(pvt_vm->nthreads, 1);
	CHECK_EQ(pv_group_at(g)->state, PV_G_ENDED);
	CHECK_EQ(pv_group_at(other)->state, PV_G_RUNNING);
	pv_group_end(pvt_vm, other);
	pv_gc_full(pvt_vm);
	pv_gc_full(pvt_vm);
	CHECK_EQ(tagged(g), 0);
	CHECK_EQ(pv_group_at(g)->bytes, 0);
	pvt_close();
}

TEST(group_interrupt_reaches_a_loop)
{
	REQUIRE(pvt_open());
	pv_value app = load(
		"var got;\n"
		"def app() { try { while (true) { } } catch (e) { got = e.className() + \" \" + e.message(); } }",
		"app");
	REQUIRE(pv_is(app, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "loop", PV_GF_APP);
	pv_thread *th = start_in(g, app);
	REQUIRE(th);
	pvt_vm->cur = th; /* one slice of the loop, as the scheduler runs it */
	pv_cur_group = g;
	CHECK_EQ(pv_interp(pvt_vm, th), PV_RUN_YIELD);
	pv_cur_group = 0;
	pvt_vm->cur = NULL;
	CHECK(pv_group_interrupt(pvt_vm, g));
	pvt_vm->main = th;
	CHECK(pv_schedule(pvt_vm) == 0);
	pv_value got = pv_global_get(pvt_vm, "got");
	CHECKF(pv_is_str(got) && strcmp(PV_STR(got)->s, "Interrupted interrupted") == 0, "got %s",
	       pv_is_str(got) ? PV_STR(got)->s : "(none)");
	pvt_close();
}

TEST(group_crash_keeps_the_report)
{
	REQUIRE(pvt_open());
	pv_value app = load("def boom() { throw new Error(\"boom\"); }\n"
	                    "def app() { new Thread(fn() { Thread.sleep(100000); }); boom(); }\n"
	                    "def main() { Thread.sleep(30); }",
	                    "app");
	REQUIRE(pv_is(app, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "crasher", PV_GF_APP);
	CHECK(run_beside(g, app) == 0);
	CHECK(pvt_vm->failed); /* a thread died */
	pv_group *r = pv_group_at(g);
	CHECK_EQ(r->state, PV_G_CRASHED);
	CHECK_EQ(r->threads, 0); /* its sleeper went with it */
	CHECKF(strstr(r->error, "Uncaught Error: boom") && strstr(r->error, "at boom (t.ph:1)"),
	       "report: %s", r->error);
	pvt_close();
}

/* An app whose main thread (App.run) returns - its last window closed -
 * ends: the threads it started do not run on. */
TEST(group_app_ends_with_its_main_thread)
{
	REQUIRE(pvt_open());
	pv_value app =
		load("var ticks;\n"
	             "def app() { ticks = 0; for (var i = 0; i < 5; i += 1) {\n"
	             "  new Thread(fn() { while (true) { ticks += 1; Thread.sleep(1); } }); } }\n"
	             "def main() { Thread.sleep(30); }",
	             "app");
	REQUIRE(pv_is(app, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "closed", PV_GF_APP);
	CHECK(run_beside(g, app) == 0);
	CHECK_EQ(pv_group_at(g)->state, PV_G_ENDED);
	CHECK_EQ(pv_group_at(g)->threads, 0);
	CHECK_EQ(pvt_vm->nthreads, 0);
	CHECKF(pv_toint(pv_global_get(pvt_vm, "ticks")) == 0, "its threads ran %d times",
	       pv_toint(pv_global_get(pvt_vm, "ticks")));
	pvt_close();
}

/* Two apps whose quotas add up to more than the heap fill it: the one
 * holding the most takes the error each time, and the system's thread,
 * allocating all along, never does. */
TEST(group_heap_full_the_biggest_pays)
{
	REQUIRE(pvt_open());
	pv_value hog = load(
		"var why1; var why2; var done1; var done2; var made;\n"
		"def fill() { var keep = []; try { while (true) { keep.push(new Array(1000)); } }\n"
		"  catch (e) { return e.message(); } }\n"
		"def hog1() { why1 = fill(); done1 = true; }\n"
		"def hog2() { why2 = fill(); done2 = true; }\n"
		"def main() { made = 0; var mine = [];\n"
		"  while (done1 != true || done2 != true) {\n"
		"    mine.push([made]); made += 1; if (mine.length() > 1000) { mine = []; }\n"
		"    Thread.yield(); } }",
		"hog1");
	REQUIRE(pv_is(hog, PV_K_CLOSURE));
	uint64_t heap = pvt_vm->heap.end - pvt_vm->heap.start;
	uint32_t g1 = pv_group_new(pvt_vm, "hog1", 0), g2 = pv_group_new(pvt_vm, "hog2", 0);
	pv_group_at(g1)->max_bytes = heap / 10 * 6;
	pv_group_at(g2)->max_bytes = heap / 10 * 6;
	REQUIRE(start_in(g2, pv_global_get(pvt_vm, "hog2")));
	CHECK(run_beside(g1, hog) == 0); /* main() returned: never out of memory */
	pv_value why1 = pv_global_get(pvt_vm, "why1"), why2 = pv_global_get(pvt_vm, "why2");
	CHECKF(pv_is_str(why1) && strstr(PV_STR(why1)->s, "out of memory"), "hog1: %s",
	       pv_is_str(why1) ? PV_STR(why1)->s : "(none)");
	CHECKF(pv_is_str(why2) && strstr(PV_STR(why2)->s, "out of memory"), "hog2: %s",
	       pv_is_str(why2) ? PV_STR(why2)->s : "(none)");
	CHECK(pv_toint(pv_global_get(pvt_vm, "made")) > 0);
	pvt_close();
}

/* Java-like code: n Longs (x += 2^32, from 2^32), kept in a new array. */
static pv_value
longs(int n)
{
	pva a;
	char err[300] = "";
	pva_begin(&a, "longs", 6, PV_LANG_JAVA);
	pva_emit(&a, MK_ABx(OP_LOADK, 1, pva_kint(&a, n)));
	pva_xop(&a, 4, 1, 0, PV_XOP_NEWA_REF);
	pva_emit(&a, MK_ABx(OP_LOADI, 2, 1));
	pva_emit(&a, MK_ABx(OP_LOADI, 3, 0));
	pva_xop(&a, 2, 2, 3, PV_XOP_LMAKE);
	pva_emit(&a, MK_ABC(OP_MOVE, 0, 2, 0));
	uint32_t loop = pva_emit(&a, MK_ABC(OP_ADDI, 1, 1, -1));
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

TEST(group_charges_longs)
{
	REQUIRE(pvt_open());
	pv_value app = longs(4000);
	REQUIRE(pv_is(app, PV_K_CLOSURE));
	uint32_t g = pv_group_new(pvt_vm, "longs", 0);
	REQUIRE(g != 0);
	pvt_vm->main = start_in(g, app);
	REQUIRE(pvt_vm->main);
	CHECK(pv_schedule(pvt_vm) == 0);
	pv_value r = pvt_vm->main->result;
	REQUIRE(pv_is(r, PV_K_ARRAY) && ((pv_array *)r)->len == 4000);
	pv_value last = ((pv_array *)r)->items->v[0];
	CHECK(pv_is(last, PV_K_LONG) && pv_tolong(last) == (int64_t)4001 << 32);
	CHECK_EQ(pv_obj_group(pv_obj(last)), g);
	CHECK_EQ(pv_group_at(g)->bytes, tagged(g));
	CHECK(pv_group_at(g)->bytes >= 4000 * sizeof(pv_longobj));
	CHECK_EQ(pv_obj_group(&pv_long_class(pvt_vm)->h), 0);
	pv_group_end(pvt_vm, g); /* its main thread was the VM's: not ended by the scheduler */
	pv_gc_full(pvt_vm);
	pv_gc_full(pvt_vm);
	CHECK_EQ(pv_group_at(g)->bytes, 0);
	CHECK_EQ(tagged(g), 0);
	CHECK(pv_tolong(((pv_array *)r)->items->v[0]) == (int64_t)4001 << 32);
	pvt_close();
}
