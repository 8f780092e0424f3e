/*
 * map.c - insertion-ordered hash maps, and value equality and hashing.
 *
 * Layout (object.h): ent holds key/value pairs in insertion order, deleted
 * keys replaced by PV_TOMB; idx is a power-of-two table of entry number + 1
 * probed linearly (0 = empty). used counts entries including tombstones;
 * when ent is full the map is rebuilt without them. Keys compare as `==`
 * does: integers, longs and floats by value, strings by content, everything
 * else by identity (the arena never moves objects, so addresses are
 * stable); values that are equal hash alike (a number by its value).
 */
#include <string.h>
#include "array.h"
#include "gc.h"
#include "heap.h"
#include "long.h"
#include "map.h"
#include "str.h"

bool
pv_equal(pv_value a, pv_value b)
{
	if (a == b)
		return !pv_is(a, PV_K_FLOAT) || ((pv_float *)a)->v == ((pv_float *)a)->v;
	if (pv_is_int(a) && pv_is_int(b))
		return false;
	if (pv_isnum(a) && pv_isnum(b)) {
		if (pv_isint(a) && pv_isint(b))
			return pv_toint(a) == pv_toint(b);
		return pv_tonum(a) == pv_tonum(b);
	}
	if (pv_is_str(a) && pv_is_str(b))
		return pv_str_eq(PV_STR(a), PV_STR(b));
	if (pv_is(a, PV_K_LONG) || pv_is(b, PV_K_LONG)) {
		if (pv_islong(a) && pv_islong(b))
			return pv_tolong(a) == pv_tolong(b);
		if (pv_is(a, PV_K_FLOAT) || pv_is(b, PV_K_FLOAT))
			return pv_long_cmp_double(pv_tolong(pv_is(a, PV_K_LONG) ? a : b),
			                          pv_tonum(pv_is(a, PV_K_LONG) ? b : a)) == 0;
	}
	return false;
}

static uint32_t
hash_int(int32_t x)
{
	return (uint32_t)x * 2654435761u;
}

/* A double outside the int32 range, or not integral. */
static uint32_t
hash_bits(double d)
{
	uint64_t u;
	memcpy(&u, &d, 8);
	return (uint32_t)(u ^ (u >> 32)) * 2654435761u;
}

/* As the Int or the Float of the same number, if there is one. */
static uint32_t
hash_long(int64_t x)
{
	if (x >= INT32_MIN && x <= INT32_MAX)
		return hash_int((int32_t)x);
	if (pv_long_cmp_double(x, (double)x) == 0)
		return hash_bits((double)x);
	return (uint32_t)((uint64_t)x ^ (uint64_t)x >> 32) * 2654435761u;
}

uint32_t
pv_hash(pv_value v)
{
	if (pv_isint(v))
		return hash_int(pv_toint(v));
	if (pv_is_str(v))
		return pv_str_hash(PV_STR(v));
	if (pv_is(v, PV_K_FLOAT)) {
		double d = ((pv_float *)v)->v;
		if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d)
			return hash_int((int32_t)d);
		return hash_bits(d);
	}
	if (pv_is(v, PV_K_LONG))
		return hash_long(((pv_longobj *)v)->v);
	uint64_t a = (uint64_t)v >> 3;
	return (uint32_t)(a ^ (a >> 29)) * 2654435761u;
}

pv_map *
pv_map_new(pv_vm *vm)
{
	return pv_alloc(vm, PV_K_MAP, sizeof(pv_map), vm->cls[PV_C_MAP]);
}

static uint32_t *
idx_of(pv_map *m)
{
	return (uint32_t *)(void *)m->idx->b;
}

static int32_t
find(pv_map *m, pv_value k, uint32_t h)
{
	if (!m->idx)
		return -1;
	uint32_t mask = m->idx->n / 4 - 1, *ix = idx_of(m);
	for (uint32_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t e = ix[i];
		if (e == 0)
			return -1;
		pv_value ek = m->ent->v[2 * (e - 1)];
		if (ek != PV_TOMB && pv_equal(ek, k))
			return (int32_t)(e - 1);
	}
}

bool
pv_map_get(pv_map *m, pv_value k, pv_value *out)
{
	int32_t e = find(m, k, pv_hash(k));
	if (e < 0)
		return false;
	*out = m->ent->v[2 * e + 1];
	return true;
}

pv_value
pv_map_cget(pv_map *m, const char *key)
{
	if (!m->idx)
		return PV_NULL;
	uint32_t mask = m->idx->n / 4 - 1, *ix = idx_of(m), h = 2166136261u;
	size_t n = strlen(key);
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)key[i]) * 16777619u;
	for (uint32_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t e = ix[i];
		if (e == 0)
			return PV_NULL;
		pv_value ek = m->ent->v[2 * (e - 1)];
		if (pv_is_str(ek) && PV_STR(ek)->len == n && memcmp(PV_STR(ek)->s, key, n) == 0)
			return m->ent->v[2 * (e - 1) + 1];
	}
}

static void
insert_idx(pv_map *m, uint32_t h, uint32_t e)
{
	uint32_t mask = m->idx->n / 4 - 1, *ix = idx_of(m);
	uint32_t i = h & mask;
	while (ix[i])
		i = (i + 1) & mask;
	ix[i] = e + 1;
}

/* Rebuild with room for at least `need` entries, dropping tombstones. */
static bool
rebuild(pv_vm *vm, pv_map *m, uint32_t need)
{
	uint32_t cap = 4;
	while (cap < need)
		cap *= 2;
	pv_vals *ent = pv_vals_new(vm, 2 * cap);
	pv_bytes *idx = pv_bytes_new(vm, 2 * cap * 4);
	if (!ent || !idx)
		return false;
	uint32_t n = 0;
	pv_map tmp = *m;
	m->ent = ent;
	m->idx = idx;
	for (uint32_t i = 0; i < tmp.used; i++) {
		pv_value k = tmp.ent->v[2 * i];
		if (k == PV_TOMB)
			continue;
		ent->v[2 * n] = k;
		ent->v[2 * n + 1] = tmp.ent->v[2 * i + 1];
		insert_idx(m, pv_hash(k), n);
		n++;
	}
	m->used = m->count = n;
	PV_WB(vm, m, pv_val(ent));
	PV_WB(vm, m, pv_val(idx));
	return true;
}

void
pv_map_put(pv_vm *vm, pv_map *m, pv_value k, pv_value v)
{
	uint32_t h = pv_hash(k);
	int32_t e = find(m, k, h);
	if (e >= 0) {
		PV_SET(vm, m->ent, m->ent->v[2 * e + 1], v);
		return;
	}
	if (!m->ent || m->used == m->ent->n / 2)
		if (!rebuild(vm, m, m->count * 2 + 1))
			return;
	e = (int32_t)m->used++;
	PV_SET(vm, m->ent, m->ent->v[2 * e], k);
	PV_SET(vm, m->ent, m->ent->v[2 * e + 1], v);
	insert_idx(m, h, (uint32_t)e);
	m->count++;
}

bool
pv_map_remove(pv_vm *vm, pv_map *m, pv_value k)
{
	int32_t e = find(m, k, pv_hash(k));
	if (e < 0)
		return false;
	m->ent->v[2 * e] = PV_TOMB;
	m->ent->v[2 * e + 1] = PV_NULL;
	m->count--;
	return true;
}

pv_array *
pv_map_items(pv_vm *vm, pv_map *m, int values)
{
	pv_array *r = pv_array_new(vm, m->count);
	if (!r)
		return NULL;
	for (uint32_t i = 0; i < m->used; i++)
		if (m->ent->v[2 * i] != PV_TOMB)
			r->items->v[r->len++] = m->ent->v[2 * i + (values ? 1 : 0)];
	return r;
}
