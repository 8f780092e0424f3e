/*
 * interp.h - what interp.c shares with its slow paths (ops.c).
 */
#pragma once
#include "pvm/opcodes.h"
#include "pvm/vm.h"

int pv_arith(pv_vm *vm, int op, pv_value b, pv_value c, pv_value *out);
int pv_unary(pv_vm *vm, int op, pv_value b, pv_value *out);
int pv_compare(pv_vm *vm, int le, pv_value b, pv_value c, int *out);
int pv_index_get(pv_vm *vm, pv_value o, pv_value k, pv_value *out);
int pv_index_set(pv_vm *vm, pv_value o, pv_value k, pv_value v);
int pv_iter_prep(pv_vm *vm, pv_value v, pv_value *out);
pv_value pv_find_method(pv_vm *vm, pv_value v, pv_class *c, pv_value name, int nargs);
int pv_stack_reserve(pv_vm *vm, pv_thread *th, uint32_t need);
