/*
 * natives.h - declarations of every native (expanded from natives.def) and
 * the argument checkers natives use (like luaL_check*): each returns the
 * argument or sets *err after throwing a Phantom Error naming the method,
 * the argument and the type it wanted.
 */
#pragma once
#include "pvm/vm.h"

#define NAT(cls, name, arity, kind, fn) int fn(pv_vm *vm, pv_value *a, int n);
#include "pvm/natives.def"
#undef NAT

struct pv_natdef;
void pv_native_bind(pv_vm *vm, uint32_t index, const struct pv_natdef *d, pv_class *c);
void pv_inherit_object(pv_vm *vm, pv_class *c);
pv_array *pv_check_array(pv_vm *vm, pv_value *a, int i, int *err);
int pv_check_index(pv_vm *vm, int32_t i, uint32_t len, int *err);
int pv_oom(pv_vm *vm);
