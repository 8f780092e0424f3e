/*
 * ops.h - the interpreter's slow paths (ops.c): arithmetic and comparison
 * beyond small integers, indexing, iteration and method lookup. Each
 * returns 0, or -1 after throwing; pv_arith also 1 (`+` needs toString():
 * the prelude's __concat) and 2 (wait for a collection, then run again).
 */
#pragma once
#include "pvm/object.h"
#include "pvm/vm.h"

int pv_arith(pv_vm *vm, int op, pv_value b, pv_value c, pv_value *out);
int pv_unary(pv_vm *vm, int op, pv_value b, pv_value *out);
int pv_compare(pv_vm *vm, int le, pv_value b, pv_value c, int *out);
int pv_index_get(pv_vm *vm, pv_value o, pv_value k, pv_value *out);
int pv_index_set(pv_vm *vm, pv_value o, pv_value k, pv_value v);
int pv_iter_prep(pv_vm *vm, pv_value v, pv_value *out);
pv_value pv_find_method(pv_vm *vm, pv_value v, pv_class *c, pv_value name, int nargs);
/* NEWARR, NEWMAP: an Array of n values, a Map of n pairs, from registers. */
pv_value pv_array_from(pv_vm *vm, pv_value *src, uint32_t n);
pv_value pv_map_from(pv_vm *vm, pv_value *src, uint32_t n);
