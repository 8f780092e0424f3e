/*
 * jnatives.h - the Java runtime's `native` methods in C (jnatives.def,
 * one table keyed by class and name+descriptor; jnatives.c binds it; the
 * functions are in jn*.c by area) and the helpers they share.
 *
 * The table is the library module "java" with native numbers from
 * PV_JNATIVE_BASE up, in the order of jnatives.def (numbers are stored in
 * worlds: append only). It is registered at start-up (pv_libs_bind) and
 * bound by the converter, never imported: each natdef's kind is
 * PV_NAT_M, its arity the descriptor's parameter count, its name the key.
 * Calling convention (natives.c): an instance native gets a[0] = this,
 * a[1..n] its arguments; a static one a[0] = the function object, then the
 * arguments; the result goes to a[0]. Java values: int, char, short,
 * byte and boolean are integers (boolean 0 or 1), long a long value,
 * float and double Float objects (a float's value exactly a float),
 * references objects or null; arrays are pvm Arrays of those.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "pvm/array.h"
#include "pvm/heap.h"
#include "pvm/object.h"
#include "pvm/str.h"
#include "pvm/vm.h"

#if __has_include("pvm/long.h")
#include "pvm/long.h"
#else
/* TODO(merge): pv_long - until pvm/long.h (PV_K_LONG) is merged, a long
 * that does not fit an int is handed out as a Float: only so that this
 * branch builds; nothing runs Java code before the merge. */
static inline pv_value
pv_long(pv_vm *vm, int64_t v)
{
	return v >= INT32_MIN && v <= INT32_MAX ? pv_int(vm, (int32_t)v)
	                                        : pv_float_new(vm, (double)v);
}
static inline int64_t
pv_tolong(pv_value v)
{
	return pv_isint(v) ? pv_toint(v) : pv_is(v, PV_K_FLOAT) ? (int64_t)((pv_float *)v)->v : 0;
}
static inline bool
pv_islong(pv_value v)
{
	return pv_isint(v);
}
#endif

#define PV_JNATIVE_BASE 8192u /* gui is at 4096 (PV_MODULE_BASE0) */

#define JNAT(cls, key, fn) int fn(pv_vm *vm, pv_value *a, int n);
#include "pvm/jvm/jnatives.def"
#undef JNAT

struct pv_natdef;
/* Register the module (once; pv_libs_bind does it at start-up). */
void pv_jnatives_register(void);
/* The native of class cls (internal name) with key name+descriptor, and
 * its number in *index; NULL if the runtime has none. */
const struct pv_natdef *pv_jnative_find(const char *cls, const char *key, uint32_t *index);
/* How many natives the table has. */
uint32_t pv_jnatives_count(void);

/* jnarray.c: the class a reference array of class c holds, or NULL (any). */
pv_class *jn_array_element(pv_vm *vm, pv_class *c);

/* ---------------------------------------------------------------- helpers */

static inline int32_t
jn_int(pv_value v)
{
	return pv_isint(v) ? pv_toint(v) : 0;
}

static inline double
jn_num(pv_value v)
{
	return pv_isnum(v) ? pv_tonum(v) : 0;
}

static inline pv_array *
jn_arr(pv_value v)
{
	return pv_is(v, PV_K_ARRAY) ? (pv_array *)v : NULL;
}

/* a[0] = v (0: out of memory). */
int jn_ret(pv_vm *vm, pv_value *a, pv_value v);
/* a[0] = a Java int / boolean / double / long. */
int jn_reti(pv_vm *vm, pv_value *a, int32_t v);
int jn_retd(pv_vm *vm, pv_value *a, double v);
int jn_retl(pv_vm *vm, pv_value *a, int64_t v);
/* Throw java.lang.NullPointerException (no message). */
int jn_npe(pv_vm *vm);
/* A new Array of n elements, every one v (ints: pv_mkint(0)). */
pv_array *jn_array(pv_vm *vm, uint32_t n, pv_value v);
