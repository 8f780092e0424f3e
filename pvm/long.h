/*
 * long.h - 64-bit integers (long.c), Java's long. A *long value* is a
 * small integer, a boxed Int or a Long (PV_K_LONG, object.h) holding that
 * number; every one of them is read the same way (pv_islong, pv_tolong),
 * and pv_long makes the canonical one: a small integer when the number
 * fits 31 bits, else a Long. So an int is a long value already.
 *
 * For .ph code a Long is a value like any number: it prints in decimal,
 * `==` and map keys take it equal to an Int or a Float of the same number,
 * and it compares (`<`) with any number. Arithmetic on it (`+` ...) is an
 * error, "bad operands": .ph integers stay 32-bit; Java's long arithmetic
 * is the XOPs' (xops.def).
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

static inline bool
pv_islong(pv_value v)
{
	return pv_is_int(v) ||
	       (pv_is_obj(v) && (pv_kind(v) == PV_K_INT || pv_kind(v) == PV_K_LONG));
}

/* The number of a long value (pv_islong(v)). */
static inline int64_t
pv_tolong(pv_value v)
{
	if (pv_is_int(v))
		return pv_ival(v);
	return pv_kind(v) == PV_K_LONG ? ((pv_longobj *)v)->v : ((pv_intobj *)v)->v;
}

/* The long value x: a small integer, or a new Long; 0 when out of memory. */
pv_value pv_long(pv_vm *vm, int64_t x);
/* The class of Long objects, made in a world that has none yet. */
pv_class *pv_long_class(pv_vm *vm);
/* x compared with d exactly: -1 (x < d), 0, 1 (x > d), or 2 if d is NaN. */
int pv_long_cmp_double(int64_t x, double d);
