/*
 * test_core.c - the VM's core alone (build/host/pvm-core): this program
 * links only the objects pvm.mk lists as PVM_CORE - no compiler, no
 * natives, no prelude - so it builds only while the core needs nothing
 * above it. It loads the class image that `pvm compile` made of
 * tests/pvm/core/core.ph (TESTDIR/core.pvc), verifies and links it, runs
 * its module initialisers and main() as threads, and checks main's result
 * and the heap. Built-in classes have no methods there: calling one throws.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/arena.h"
#include "pvm/array.h"
#include "pvm/classimage.h"
#include "pvm/gc.h"
#include "pvm/load.h"
#include "pvm/thread.h"
#include "pvm/vm.h"
#include "tests/unit/test.h"

#define CORE_SUM 1169407 /* what core.ph's main() returns */

/* A core VM with core.pvc loaded; *inits its initialisers. NULL on
 * failure, after a failed check. */
static pv_vm *
open_loaded(pv_value *inits)
{
	char path[512], err[300];
	size_t len = 0;
	snprintf(path, sizeof path, "%s/core.pvc", test_dir());
	uint8_t *buf = (uint8_t *)test_read_file(path, &len);
	if (!CHECKF(buf, "cannot read %s (make builds it with pvm compile)", path))
		return NULL;
	pv_image *im = pvi_read(buf, len, err, sizeof err);
	free(buf);
	if (!CHECKF(im, "%s refused: %s", path, err))
		return NULL;
	pv_vm *vm = pv_vm_open(PV_ARENA_BASE, 64u << 20);
	if (!CHECK(vm)) {
		pvi_free(im);
		return NULL;
	}
	int rc = pv_load(vm, im, inits, err, sizeof err);
	pvi_free(im);
	if (!CHECKF(rc == 0, "load refused: %s", err)) {
		pv_vm_close(vm);
		return NULL;
	}
	return vm;
}

/* Run closure fn as the VM's main thread to its end; its thread. */
static pv_thread *
run_thread(pv_vm *vm, pv_value fn)
{
	vm->main = pv_thread_start(vm, (pv_closure *)fn, NULL, 0);
	pv_schedule(vm);
	return vm->main;
}

static void
close_checked(pv_vm *vm)
{
	char why[300];
	pv_gc_full(vm);
	CHECKF(pv_gc_check(vm, why, sizeof why) == 0, "heap check: %s", why);
	pv_vm_close(vm);
}

TEST(core_runs_image)
{
	pv_value inits = PV_NULL;
	pv_vm *vm = open_loaded(&inits);
	if (!vm)
		return;
	REQUIRE(pv_is(inits, PV_K_ARRAY));
	pv_array *a = (pv_array *)inits;
	for (uint32_t i = 0; i < a->len; i++)
		CHECK(run_thread(vm, a->items->v[i])->state == PV_TS_DONE);
	pv_value mainfn = pv_global_get(vm, "main");
	REQUIRE(pv_is(mainfn, PV_K_CLOSURE));
	pv_thread *th = run_thread(vm, mainfn);
	CHECK(th->state == PV_TS_DONE);
	CHECK(pv_isint(th->result));
	CHECK_EQ(pv_toint(th->result), CORE_SUM);
	close_checked(vm);
}

TEST(core_has_no_library)
{
	pv_value inits = PV_NULL;
	pv_vm *vm = open_loaded(&inits);
	if (!vm)
		return;
	pv_value fn = pv_global_get(vm, "native");
	REQUIRE(pv_is(fn, PV_K_CLOSURE));
	pv_thread *th = run_thread(vm, fn);
	CHECK(th->state == PV_TS_FAILED);
	CHECKF(pv_is(th->exc, PV_K_STR) &&
	               strstr(((pv_str *)th->exc)->s, "no method length() in class Array"),
	       "Array.length() in a bare core must throw 'no method length() in class Array'");
	close_checked(vm);
}
