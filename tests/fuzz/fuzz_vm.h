/*
 * fuzz_vm.h - what the pvm fuzz targets share: a fresh VM for every input,
 * a bounded run of main(), and the platform.h services for a fuzzer.
 *
 * Invariant: every input starts from a VM freshly mapped at the fixed arena
 * address and leaves nothing behind (the arena is unmapped, every malloc'd
 * thing freed), so inputs cannot influence each other; a run of main()
 * stops after a budget of scheduler slices, so no input can hang.
 */
#pragma once
#include <stddef.h>
#include "pvm/vm.h"

/* A new VM; aborts when the arena cannot be mapped (a harness bug). */
pv_vm *fz_vm_open(void);

/* Run the loaded program's main() as `pvm run` does, for at most the slice
 * budget (FUZZ_TICKS slices of at most PV_SLICE instructions, default 32;
 * under FUZZ_GCSTRESS, where every allocation ends a slice, slices that ran
 * a GC step count only towards a total of 16 times that). Returns
 * pv_schedule's status, -1 when there is no main() to run. */
int fz_run_main(pv_vm *vm, pv_value inits);

/* Check the heap (a full collection, then pv_gc_check; a broken heap
 * aborts, which the fuzzer reports), then unmap the arena. */
void fz_vm_close(pv_vm *vm);

/* Abort with a message: an oracle of a fuzz target failed. */
void fz_fail(const char *what, const char *detail);

/* A pvi_disasm sink that keeps nothing. */
void fz_discard(const char *s, void *ctx);
