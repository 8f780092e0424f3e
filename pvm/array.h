/*
 * array.h - growable arrays (array.c; layout: object.h's pv_array), the
 * primitives the interpreter, the loader and the Array natives share.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

/* An empty array with room for cap items; NULL when out of memory. */
pv_array *pv_array_new(pv_vm *vm, uint32_t cap);
/* Room for need items; false when out of memory (a unchanged). */
bool pv_array_reserve(pv_vm *vm, pv_array *a, uint32_t need);
void pv_array_push(pv_vm *vm, pv_array *a, pv_value v);
/* Take item i (< a->len) out, the later ones moving down; returns it. */
pv_value pv_array_remove(pv_array *a, uint32_t i);
