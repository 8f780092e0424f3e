/*
 * array.c - growable arrays: an Array is a length and an items vector
 * (pv_vals) whose size is the capacity; growing copies into a vector twice
 * as big, so a push is amortised O(1). Items past len are null.
 */
#include <string.h>
#include "array.h"
#include "gc.h"
#include "heap.h"

pv_array *
pv_array_new(pv_vm *vm, uint32_t cap)
{
	pv_array *a = pv_alloc(vm, PV_K_ARRAY, sizeof(pv_array), vm->cls[PV_C_ARRAY]);
	a->items = pv_vals_new(vm, cap ? cap : 1);
	if (!a->items)
		return NULL;
	return a;
}

bool
pv_array_reserve(pv_vm *vm, pv_array *a, uint32_t need)
{
	if (need <= a->items->n)
		return true;
	uint32_t cap = a->items->n * 2;
	if (cap < need)
		cap = need;
	pv_vals *v = pv_vals_new(vm, cap);
	if (!v)
		return false;
	memcpy(v->v, a->items->v, a->len * sizeof(pv_value));
	a->items = v;
	PV_WB(vm, a, pv_val(v));
	return true;
}

void
pv_array_push(pv_vm *vm, pv_array *a, pv_value v)
{
	if (!pv_array_reserve(vm, a, a->len + 1))
		return;
	PV_SET(vm, a->items, a->items->v[a->len], v);
	a->len++;
}

pv_value
pv_array_remove(pv_array *a, uint32_t i)
{
	pv_value v = a->items->v[i];
	memmove(&a->items->v[i], &a->items->v[i + 1], (a->len - i - 1) * sizeof(pv_value));
	a->items->v[--a->len] = PV_NULL;
	return v;
}
