/*
 * heap.c - the allocator: a bump region plus free lists, all in the arena.
 *
 * The arena after the pv_vm record is a sequence of chunks, each starting
 * with a pv_obj whose size field leads to the next one, from heap.start to
 * heap.bump: the heap is always walkable (the GC's sweep and the heap check
 * rely on it). A free chunk is kind PV_K_FREE with a next link; free chunks
 * of up to PV_NSMALL * 8 bytes sit on exact-size lists, bigger ones on one
 * first-fit list. Allocation never collects: it only counts debt and sets
 * vm->trap, and the interpreter runs a GC step at the next instruction
 * boundary, where every live reference is in the heap.
 */
#include <string.h>
#include <stdlib.h>
#include "group.h"
#include "heap.h"
#include "platform.h"

#define MIN_CHUNK        ((uint32_t)((sizeof(pv_free) + PV_ALIGN - 1) & ~(PV_ALIGN - 1)))
#define GC_STEP_BYTES    (64u << 10)
#define GC_MIN_THRESHOLD (4u << 20)
#define OOM_RESERVE      (1u << 20)

void
pv_heap_init(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	uintptr_t s = (uintptr_t)vm + sizeof(pv_vm);
	h->start = h->bump = (s + PV_ALIGN - 1) & ~(uintptr_t)(PV_ALIGN - 1);
	h->hard_end = (uintptr_t)vm + vm->arena_size;
	h->end = h->hard_end - OOM_RESERVE;
	h->white = PV_WHITE0;
	h->phase = PV_GC_IDLE;
	h->threshold = GC_MIN_THRESHOLD;
	h->rootsrev = PV_ROOTS_REV; /* a new world's roots are roots.def's from the start */
}

static uint32_t
chunk_size(size_t size)
{
	size = (size + PV_ALIGN - 1) & ~(size_t)(PV_ALIGN - 1);
	return size < MIN_CHUNK ? MIN_CHUNK : (uint32_t)size;
}

static void
make_free(pv_obj *o, uint32_t size)
{
	o->size = size;
	o->kind = PV_K_FREE;
	o->mark = 0;
	o->flags = 0;
	o->cls = NULL;
	((pv_free *)o)->next = NULL;
}

/* Put a free chunk on its list (the sweep and a split call this). */
void
pv_heap_free(pv_vm *vm, pv_obj *o, uintptr_t limit)
{
	pv_heap *h = &vm->heap;
	uint32_t size = o->size;
	make_free(o, size);
	if (size / PV_ALIGN <= PV_NSMALL) {
		((pv_free *)o)->next = h->small[size / PV_ALIGN];
		h->small[size / PV_ALIGN] = (pv_free *)o;
	} else {
		((pv_free *)o)->next = h->big;
		h->big = (pv_free *)o;
	}
}

/* Keep the first size bytes of free chunk f (already unlinked) and give
 * the rest back to the free lists. */
static pv_obj *
split_off(pv_vm *vm, pv_free *f, uint32_t size)
{
	pv_obj *rest = (pv_obj *)((uintptr_t)f + size);
	rest->size = f->h.size - size;
	pv_heap_free(vm, rest, 0);
	f->h.size = size;
	return &f->h;
}
static pv_obj *
take_big(pv_vm *vm, uint32_t size)
{
	pv_free **pp = &vm->heap.big, *f;
	int tries = 0;
	int limit = size <= 4096 ? 64 : 1 << 30; /* small: bounded search */
	for (; (f = *pp) != NULL && tries < limit; pp = &f->next, tries++) {
		if (f->h.size < size)
			continue;
		*pp = f->next;
		if (f->h.size - size >= MIN_CHUNK)
			return split_off(vm, f, size);
		return &f->h;
	}
	return NULL;
}

static pv_obj *
take_small_split(pv_vm *vm, uint32_t size)
{
	pv_heap *h = &vm->heap;
	for (uint32_t i = size / PV_ALIGN + MIN_CHUNK / PV_ALIGN; i <= PV_NSMALL; i++) {
		pv_free *f = h->small[i];
		if (!f)
			continue;
		h->small[i] = f->next;
		return split_off(vm, f, size);
	}
	return NULL;
}

/* Reuse before growing: an exact small chunk, then first fit among the
 * big ones, then the bump region, then a split of a bigger small chunk. */
static pv_obj *
take(pv_vm *vm, uint32_t size)
{
	pv_heap *h = &vm->heap;
	if (size / PV_ALIGN <= PV_NSMALL && h->small[size / PV_ALIGN]) {
		pv_free *f = h->small[size / PV_ALIGN];
		h->small[size / PV_ALIGN] = f->next;
		return &f->h;
	}
	pv_obj *o = take_big(vm, size);
	if (o)
		return o;
	if (h->bump <= h->end && h->end - h->bump >= size) {
		o = (pv_obj *)h->bump;
		h->bump += size;
		o->size = size;
		return o;
	}
	return take_small_split(vm, size);
}

/* Returns zeroed memory with a header, or NULL when the arena is full (the
 * caller throws an out-of-memory Error). */
static void *alloc(pv_vm *vm, int kind, size_t size, pv_class *cls, size_t zero);

void *
pv_alloc(pv_vm *vm, int kind, size_t size, pv_class *cls)
{
	return alloc(vm, kind, size, cls, (size_t)-1);
}

/* Like pv_alloc, but only the first `zero` bytes are cleared (strings,
 * whose bytes the caller writes at once). */
void *
pv_alloc_raw(pv_vm *vm, int kind, size_t size, pv_class *cls, size_t zero)
{
	return alloc(vm, kind, size, cls, zero);
}

static void *
alloc(pv_vm *vm, int kind, size_t size, pv_class *cls, size_t zero)
{
	pv_heap *h = &vm->heap;
	if (size > (1u << 30))
		return NULL;
	uint32_t cs = chunk_size(size);
	if (cs >= OOM_RESERVE / 4 && !pv_group_fits(vm, cs))
		return NULL; /* a big request past the app's quota: the caller throws */
	pv_obj *o = take(vm, cs);
	if (!o && cs >= OOM_RESERVE / 4) {
		return NULL; /* big request: the caller throws now */
	}
	if (!o) {
		/* Out of memory: finish this instruction from the reserve; the
		 * interpreter throws at the next boundary. */
		if (h->hard_end - h->bump < cs)
			pv_fatal("arena exhausted");
		o = (pv_obj *)h->bump;
		h->bump += cs;
		o->size = cs;
		vm->oom = 1;
		vm->trap = 1;
	}
	cs = o->size;
	memset(o, 0, zero < cs ? zero : cs);
	o->size = cs;
	o->kind = (uint8_t)kind;
	o->cls = cls;
	o->mark = (uint8_t)h->white; /* new objects are white: see gc.c */
	if (!pv_group_charge(vm, o, cs) && !vm->oom) {
		vm->oom = 1; /* over the app's quota: as above, its thread throws */
		vm->trap = 1;
	}
	h->since += cs;
	h->debt += cs;
	if (h->stress || h->debt >= GC_STEP_BYTES)
		vm->trap = 1;
	return o;
}

void
pv_fatal(const char *msg)
{
	pv_err("pvm: fatal: ", 12);
	pv_err(msg, strlen(msg));
	pv_err("\n", 1);
	abort();
}

pv_vals *
pv_vals_new(pv_vm *vm, uint32_t n)
{
	pv_vals *v = pv_alloc(vm, PV_K_VALS, sizeof(pv_vals) + n * sizeof(pv_value), NULL);
	if (v)
		v->n = n;
	return v;
}

pv_bytes *
pv_bytes_new(pv_vm *vm, uint32_t n)
{
	pv_bytes *b = pv_alloc(vm, PV_K_BYTES, sizeof(pv_bytes) + n, NULL);
	if (b)
		b->n = n;
	return b;
}

pv_value
pv_int_new(pv_vm *vm, int32_t x)
{
	pv_intobj *o = pv_alloc(vm, PV_K_INT, sizeof(pv_intobj), vm->cls[PV_C_INT]);
	if (!o)
		return PV_NULL;
	o->v = x;
	return pv_val(o);
}

pv_value
pv_float_new(pv_vm *vm, double d)
{
	pv_float *o = pv_alloc(vm, PV_K_FLOAT, sizeof(pv_float), vm->cls[PV_C_FLOAT]);
	if (!o)
		return PV_NULL;
	o->v = d;
	return pv_val(o);
}

pv_box *
pv_box_new(pv_vm *vm, pv_value v)
{
	pv_box *b = pv_alloc(vm, PV_K_BOX, sizeof(pv_box), vm->cls[PV_C_INTERNAL]);
	if (b)
		b->v = v;
	return b;
}

pv_inst *
pv_inst_new(pv_vm *vm, pv_class *c)
{
	pv_inst *o = pv_alloc(vm, PV_K_INST, sizeof(pv_inst) + c->nfields * sizeof(pv_value), c);
	if (o)
		o->n = c->nfields;
	return o;
}

/* Let the heap grow to at most `bytes` (plus the out-of-memory reserve)
 * of the arena: inside the OS the arena's RAM comes on demand, and this
 * boot's RAM may be less than the arena. Never below what is in use. */
void
pv_heap_limit(pv_vm *vm, size_t bytes)
{
	pv_heap *h = &vm->heap;
	uintptr_t top = (uintptr_t)vm + vm->arena_size;
	uintptr_t end = h->start + bytes;
	if (end < h->bump)
		end = h->bump;
	if (end > top - OOM_RESERVE || end < h->start)
		end = top - OOM_RESERVE;
	h->end = end;
	h->hard_end = end + OOM_RESERVE;
}
