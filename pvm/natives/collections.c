/*
 * natives/collections.c - the natives of Array and Map; the array
 * primitives they share with the core are in pvm/array.c. sort and join
 * run in the prelude (they call back into bytecode: a comparator,
 * toString()).
 */
#include <string.h>
#include "pvm/natives.h"

#define SELF ((pv_array *)a[0])

int
nat_arr_new(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t len = 0;
	if (n > 1)
		return pv_throw(vm, "new Array: takes at most 1 argument, got %d", n);
	if (n == 1 && ((len = pv_check_int(vm, a, 1, &err)), err))
		return PV_ERR;
	if (len < 0 || len > (16 << 20))
		return pv_throw(vm, "new Array: bad length %d", len);
	pv_array *r = pv_array_new(vm, (uint32_t)len);
	if (!r)
		return pv_oom(vm);
	r->len = (uint32_t)len;
	a[0] = pv_val(r);
	return PV_OK;
}

int
nat_arr_length(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint((int32_t)SELF->len);
	return PV_OK;
}

int
nat_arr_push(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_array_reserve(vm, SELF, SELF->len + 1))
		return pv_oom(vm);
	pv_array_push(vm, SELF, a[1]);
	a[0] = PV_NULL;
	return PV_OK;
}

int
nat_arr_pop(pv_vm *vm, pv_value *a, int n)
{
	pv_array *r = SELF;
	if (r->len == 0)
		return pv_throw(vm, "pop from an empty array");
	a[0] = r->items->v[--r->len];
	r->items->v[r->len] = PV_NULL;
	return PV_OK;
}

int
nat_arr_insert(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_array *r = SELF;
	int32_t i = pv_check_int(vm, a, 1, &err);
	if (err || pv_check_index(vm, i, r->len + 1, &err))
		return PV_ERR;
	if (!pv_array_reserve(vm, r, r->len + 1))
		return pv_oom(vm);
	memmove(&r->items->v[i + 1], &r->items->v[i], (r->len - (uint32_t)i) * sizeof(pv_value));
	r->len++;
	PV_SET(vm, r->items, r->items->v[i], a[2]);
	a[0] = PV_NULL;
	return PV_OK;
}

int
nat_arr_remove(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_array *r = SELF;
	int32_t i = pv_check_int(vm, a, 1, &err);
	if (err || pv_check_index(vm, i, r->len, &err))
		return PV_ERR;
	a[0] = pv_array_remove(r, (uint32_t)i);
	return PV_OK;
}

int
nat_arr_get(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t i = pv_check_int(vm, a, 1, &err);
	if (err || pv_check_index(vm, i, SELF->len, &err))
		return PV_ERR;
	a[0] = SELF->items->v[i];
	return PV_OK;
}

int
nat_arr_set(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t i = pv_check_int(vm, a, 1, &err);
	if (err || pv_check_index(vm, i, SELF->len, &err))
		return PV_ERR;
	PV_SET(vm, SELF->items, SELF->items->v[i], a[2]);
	a[0] = PV_NULL;
	return PV_OK;
}

int
nat_arr_sort(pv_vm *vm, pv_value *a, int n)
{
	if (n > 1)
		return pv_throw(vm, "sort: takes 0 or 1 arguments, got %d", n);
	if (n == 0)
		return pv_redirect(vm, "__sort0");
	return pv_redirect(vm, "__sort");
}

int
nat_arr_join(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_check_str(vm, a, 1, &err);
	return err ? PV_ERR : pv_redirect(vm, "__join");
}

int
nat_arr_slice(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_array *r = SELF;
	int32_t x = pv_check_int(vm, a, 1, &err), y = err ? 0 : pv_check_int(vm, a, 2, &err);
	if (err)
		return PV_ERR;
	if (x < 0 || y < x || (uint32_t)y > r->len)
		return pv_throw(vm, "slice(%d, %d) out of range (length %u)", x, y, r->len);
	pv_array *s = pv_array_new(vm, (uint32_t)(y - x));
	if (!s)
		return pv_oom(vm);
	memcpy(s->items->v, &r->items->v[x], (size_t)(y - x) * sizeof(pv_value));
	s->len = (uint32_t)(y - x);
	a[0] = pv_val(s);
	return PV_OK;
}

static int32_t
index_of(pv_array *r, pv_value v)
{
	for (uint32_t i = 0; i < r->len; i++)
		if (pv_equal(r->items->v[i], v))
			return (int32_t)i;
	return -1;
}

int
nat_arr_indexof(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint(index_of(SELF, a[1]));
	return PV_OK;
}

int
nat_arr_contains(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_bool(index_of(SELF, a[1]) >= 0);
	return PV_OK;
}

/* ---------------------------------------------------------------- Map */

#undef SELF
#define SELF ((pv_map *)a[0])

int
nat_map_new(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_val(pv_map_new(vm));
	return PV_OK;
}

int
nat_map_get(pv_vm *vm, pv_value *a, int n)
{
	pv_value v = PV_NULL;
	pv_map_get(SELF, a[1], &v);
	a[0] = v;
	return PV_OK;
}

int
nat_map_put(pv_vm *vm, pv_value *a, int n)
{
	pv_map_put(vm, SELF, a[1], a[2]);
	a[0] = PV_NULL;
	return PV_OK;
}

int
nat_map_has(pv_vm *vm, pv_value *a, int n)
{
	pv_value v;
	a[0] = pv_bool(pv_map_get(SELF, a[1], &v));
	return PV_OK;
}

int
nat_map_remove(pv_vm *vm, pv_value *a, int n)
{
	pv_value v = PV_NULL;
	pv_map_get(SELF, a[1], &v);
	pv_map_remove(vm, SELF, a[1]);
	a[0] = v;
	return PV_OK;
}

static int
entries(pv_vm *vm, pv_value *a, int which)
{
	pv_array *r = pv_map_items(vm, SELF, which);
	if (!r)
		return pv_oom(vm);
	a[0] = pv_val(r);
	return PV_OK;
}

int
nat_map_keys(pv_vm *vm, pv_value *a, int n)
{
	return entries(vm, a, 0);
}

int
nat_map_values(pv_vm *vm, pv_value *a, int n)
{
	return entries(vm, a, 1);
}

int
nat_map_size(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint((int32_t)SELF->count);
	return PV_OK;
}
