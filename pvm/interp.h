/*
 * interp.h - the bytecode interpreter (interp.c): runs one thread for one
 * time slice, stacklessly, and stops at an instruction boundary.
 *
 * Natives are numbered in the arena (pv_native.index, pv_class.ctor); their
 * C functions are not, so the library binds its dispatcher here at every
 * start, the first and each after a restore (pv_libs_bind, lib.h), the way
 * Eris re-binds a Lua state's C functions on unpersisting. Unbound, a
 * native call throws.
 */
#pragma once
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

enum { PV_RUN_YIELD, PV_RUN_DONE, PV_RUN_FAILED, PV_RUN_BLOCKED };
int pv_interp(pv_vm *vm, pv_thread *th);

typedef int (*pv_natcall)(pv_vm *vm, uint32_t index, pv_value *a, int n);
void pv_interp_natives(pv_natcall call);
