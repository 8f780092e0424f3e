/*
 * roots.h - the VM's roots (roots.def, roots.c): every heap reference the
 * root record struct pv_vm holds, walked by the collector and the heap
 * check, and checked when a world is restored.
 */
#pragma once
#include <stddef.h>
#include "pvm/object.h"
#include "pvm/vm.h"

typedef void (*pv_root_fn)(pv_vm *vm, const char *name, int kind, pv_value v, void *ctx);
void pv_roots_each(pv_vm *vm, pv_root_fn fn, void *ctx);
/* Check a restored world's roots (against the whole heap once for a world
 * older than PV_ROOTS_REV, else from the headers they point at): 0 sound;
 * 1 the module registry was damaged and is dropped (vm->modules NULL: the
 * caller rebuilds it with pv_module_rebuild; msg says why); -1 damaged
 * beyond repair (msg says which root and why). */
int pv_roots_restore(pv_vm *vm, char *msg, size_t n);
