/*
 * fuzz_vm.c - the fuzz targets' VM life cycle and their platform.h.
 *
 * The fuzz builds link this file instead of pvm/platform_host.c: output is
 * dropped (FUZZ_VERBOSE=1 prints it, for reproducing a finding), the clocks
 * are virtual and idling only advances them, so a run is deterministic and
 * never sleeps. The scheduler reads pv_uptime_ms once per slice; that is
 * where the slice budget is counted, and when it is spent every thread is
 * marked failed, which pv_schedule sees as "nothing can run" and returns.
 * A slice is up to PV_SLICE instructions, but ends early at a trap (GC
 * debt, Thread.yield, a caught exception) and in natives that read the
 * uptime, so the budget bounds the run without fixing its length.
 *
 * A fresh VM is a copy of a pristine one: the first fz_vm_open builds a VM
 * with pv_vm_open and pv_openlibs, keeps its bytes (the arena up to the
 * bump pointer) and unmaps it; later ones map the arena again and copy
 * those bytes in. The arena holds every byte of VM state (arena.h), so
 * this is the VM those two would make, without compiling the prelude for
 * every input (the natives' binding is per process: pv_openlibs did it).
 * FUZZ_FRESHVM=1 opens a VM every time instead (to confirm a finding).
 * Invariant: fz_cur is the VM being run (NULL between inputs).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/arena.h"
#include "pvm/gc.h"
#include "pvm/lib.h"
#include "pvm/platform.h"
#include "pvm/thread.h"
#include "fuzz_vm.h"

static pv_vm *fz_cur;
static int64_t fz_clock; /* virtual ms since "boot" */
static long fz_ticks, fz_quiet, fz_budget = -1, fz_total;
static uint64_t fz_steps; /* heap.steps at the last tick */
static int fz_verbose = -1, fz_stress = -1, fz_fresh;
static uint8_t *fz_snap; /* the pristine VM's bytes */
static size_t fz_snap_len;

static int
env_int(const char *name, int dflt)
{
	const char *s = getenv(name);
	return s ? atoi(s) : dflt;
}

void
fz_fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz: %s: %s\n", what, detail ? detail : "");
	abort();
}

void
fz_discard(const char *s, void *ctx)
{
	(void)s;
	(void)ctx;
}

static pv_vm *
new_vm(void)
{
	pv_vm *vm = pv_vm_open(PV_ARENA_BASE, PV_ARENA_SIZE);
	if (!vm)
		fz_fail("cannot open a VM", "the arena address is taken");
	if (pv_openlibs(vm) != 0)
		fz_fail("cannot open the library", "the prelude does not compile");
	return vm;
}

static void
setup(void)
{
	fz_verbose = env_int("FUZZ_VERBOSE", 0);
	fz_stress = env_int("FUZZ_GCSTRESS", 0);
	fz_budget = env_int("FUZZ_TICKS", 32);
	/* Under GC stress every allocation ends a slice with a GC step: such
	 * slices are short, and only a bounded number of them is counted. */
	fz_total = fz_stress ? 16 * fz_budget : fz_budget;
	fz_fresh = env_int("FUZZ_FRESHVM", 0);
	pv_vm *vm = new_vm();
	fz_snap_len = vm->heap.bump - (uintptr_t)vm;
	fz_snap = malloc(fz_snap_len);
	memcpy(fz_snap, vm, fz_snap_len);
	pv_vm_close(vm);
}

pv_vm *
fz_vm_open(void)
{
	pv_vm *vm;
	if (!fz_snap)
		setup();
	if (fz_fresh)
		vm = new_vm();
	else {
		vm = pv_arena_open(PV_ARENA_BASE, PV_ARENA_SIZE);
		if (!vm)
			fz_fail("cannot map the arena", "the address is taken");
		memcpy(vm, fz_snap, fz_snap_len);
	}
	if (fz_stress)
		vm->heap.stress = fz_stress == 2 ? 4 : 1;
	fz_clock = 0;
	fz_ticks = 0;
	fz_quiet = 0;
	fz_steps = vm->heap.steps;
	fz_cur = vm;
	return vm;
}

int
fz_run_main(pv_vm *vm, pv_value inits)
{
	pv_value mainfn = pv_global_get(vm, "main");
	if (!pv_is(mainfn, PV_K_CLOSURE) || ((pv_closure *)mainfn)->p->nparams != 0)
		return -1;
	vm->main = pv_main_start(vm, inits, mainfn);
	if (!vm->main)
		fz_fail("the prelude has no __run", NULL);
	return pv_schedule(vm);
}

void
fz_vm_close(pv_vm *vm)
{
	char why[300];
	pv_gc_full(vm);
	if (pv_gc_check(vm, why, sizeof why) != 0)
		fz_fail("heap check failed", why);
	fz_cur = NULL;
	pv_vm_close(vm);
}

/* The budget is spent: stop every thread where it stands. */
static void
stop_all(pv_vm *vm)
{
	for (uint32_t i = 0; i < vm->nthreads; i++)
		((pv_thread *)vm->threads->v[i])->state = PV_TS_FAILED;
}

/* ---------------------------------------------------------------- platform.h */

void
pv_out(const char *s, size_t n)
{
	if (fz_verbose) {
		fwrite(s, 1, n, stdout);
		fflush(stdout); /* libFuzzer leaves with _Exit: no flush */
	}
}

void
pv_err(const char *s, size_t n)
{
	if (fz_verbose)
		fwrite(s, 1, n, stderr);
}

void
pv_write(int fd, const char *s, size_t n)
{
	if (fd == 2)
		pv_err(s, n);
	else
		pv_out(s, n);
}

void
pv_exit(int status)
{
	(void)status; /* a fuzzed program does not end the fuzzer: System.exit throws */
}

int64_t
pv_time_ms(void)
{
	return 1700000000000ll + fz_clock;
}

/* One scheduler slice: spend the budget. Under GC stress a slice that ran
 * a GC step counts only towards the total. */
static void
tick(pv_vm *vm)
{
	if (!fz_stress || vm->heap.steps == fz_steps)
		fz_quiet++;
	fz_steps = vm->heap.steps;
	if (fz_quiet > fz_budget || ++fz_ticks > fz_total)
		stop_all(vm);
}

int64_t
pv_uptime_ms(void)
{
	if (fz_cur)
		tick(fz_cur);
	return fz_clock++;
}

uint64_t
pv_clock_ns(void)
{
	return (uint64_t)fz_clock * 1000000u;
}

void
pv_idle_ms(int ms)
{
	fz_clock += ms > 0 ? ms : 1;
}

void
pv_slice_end(void)
{
}

uint32_t
pv_random_seed(void)
{
	return 12345u;
}
