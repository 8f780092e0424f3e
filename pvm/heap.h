/*
 * heap.h - the allocator (heap.c): every object of the VM is carved from
 * the arena after the root record, and the heap stays walkable object by
 * object. Allocation never collects (gc.h does, at safepoints).
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

void pv_fatal(const char *msg);
void pv_heap_init(pv_vm *vm);
void pv_heap_limit(pv_vm *vm, size_t bytes);
void *pv_alloc(pv_vm *vm, int kind, size_t size, pv_class *cls);
void *pv_alloc_raw(pv_vm *vm, int kind, size_t size, pv_class *cls, size_t zero);
void pv_heap_free(pv_vm *vm, pv_obj *o, uintptr_t limit);
pv_vals *pv_vals_new(pv_vm *vm, uint32_t n);
pv_bytes *pv_bytes_new(pv_vm *vm, uint32_t n);
pv_value pv_int_new(pv_vm *vm, int32_t x);
pv_value pv_float_new(pv_vm *vm, double d);
pv_box *pv_box_new(pv_vm *vm, pv_value v);
pv_inst *pv_inst_new(pv_vm *vm, pv_class *c);

/* An integer value: immediate when it fits 31 bits, else a boxed Int. */
static inline pv_value
pv_int(pv_vm *vm, int32_t x)
{
	return pv_int_fits(x) ? pv_mkint(x) : pv_int_new(vm, x);
}
