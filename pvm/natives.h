/*
 * natives.h - the core library in C (natives.c and the files of natives/): the
 * declarations of every native (expanded from natives.def), binding them
 * into a VM, calling one by number, and the argument checkers natives use
 * (like luaL_check*): each returns the argument or sets *err after
 * throwing a Phantom Error naming the method, the argument and the type it
 * wanted. A native's file includes this header for the core API it calls
 * too, as a Lua library includes lauxlib.h for lua.h.
 */
#pragma once
#include <stdint.h>
#include "pvm/array.h"
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/map.h"
#include "pvm/object.h"
#include "pvm/str.h"
#include "pvm/thread.h"
#include "pvm/vm.h"

#define NAT(cls, name, arity, kind, fn) int fn(pv_vm *vm, pv_value *a, int n);
#include "pvm/natives.def"
#undef NAT

/* Bind every native of natives.def into vm's classes and globals. */
void pv_natives_install(pv_vm *vm);
/* Call native index (core or a module's) on a[0..n]; a PV_* status. */
int pv_native_call(pv_vm *vm, uint32_t index, pv_value *a, int n);
struct pv_natdef;
void pv_native_bind(pv_vm *vm, uint32_t index, const struct pv_natdef *d, pv_class *c);
void pv_inherit_object(pv_vm *vm, pv_class *c);
/* Run the prelude function global instead of the native (PV_REDIRECT). */
int pv_redirect(pv_vm *vm, const char *global);
pv_value pv_check_str(pv_vm *vm, pv_value *a, int i, int *err);
int32_t pv_check_int(pv_vm *vm, pv_value *a, int i, int *err);
double pv_check_num(pv_vm *vm, pv_value *a, int i, int *err);
pv_array *pv_check_array(pv_vm *vm, pv_value *a, int i, int *err);
int pv_check_index(pv_vm *vm, int32_t i, uint32_t len, int *err);
