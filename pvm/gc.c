/*
 * gc.c - the incremental tri-colour mark & sweep collector.
 *
 * Colours (object.h): two whites, gray, black. heap.white is the current
 * white; new objects get it. A cycle:
 *   MARK   roots and threads are shaded gray; each step blackens gray
 *          objects, shading their white children. Invariant while marking:
 *          no black object points to a white one, kept by PV_WB on every
 *          reference store (Dijkstra's insertion barrier). Exempt: a
 *          thread's register stack and frame records, which are written
 *          without barriers and therefore rescanned in the atomic step.
 *   ATOMIC (the last mark step) roots and every thread are rescanned, the
 *          gray stack is drained, and heap.white flips: what still has the
 *          old white is garbage.
 *   SWEEP  steps walk the heap in address order, turning old-white objects
 *          and free chunks into coalesced free chunks (rebuilding the free
 *          lists, emptied when the sweep began) and black ones white.
 * Collection happens only at safepoints (pv_gc_safepoint, between time
 * slices), where every live reference is in the heap; allocation only
 * counts debt. All state is in vm->heap, inside the arena, so a cycle in
 * progress at a snapshot simply continues after a restore.
 *
 * pv_gc_check walks the whole heap and checks the structure and the
 * invariant (used by the tests after every test and in stress mode).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc.h"
#include "group.h"
#include "heap.h"
#include "platform.h"
#include "roots.h"

#define WHITES   (PV_WHITE0 | PV_WHITE1)
#define OF_STACK 0x100 /* pv_obj.flags: a thread's register stack */
#define STEP_MIN 4096

typedef void (*visit_fn)(pv_vm *vm, pv_obj *parent, pv_value child, int exempt, void *ctx);

/* Push a gray object; if the gray stack cannot grow (the arena is full),
 * the object just stays gray and drain() finds it by walking the heap. */
static void
push_gray(pv_vm *vm, pv_obj *o)
{
	pv_heap *h = &vm->heap;
	if (!h->gray || h->ngray == h->gray->n) {
		uint32_t n = h->gray ? h->gray->n * 2 : 1024;
		pv_vals *g = pv_vals_new(vm, n);
		if (!g) {
			h->overflow = 1;
			return;
		}
		g->h.mark = PV_BLACK;
		g->h.flags |= OF_STACK; /* never traced; stale entries are not references */
		if (h->gray)
			memcpy(g->v, h->gray->v, h->ngray * sizeof(pv_value));
		h->gray = g;
	}
	h->gray->v[h->ngray++] = pv_val(o);
}

/* After a gray-stack overflow: push the gray objects the stack lost. */
static void
refill_gray(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	h->overflow = 0;
	for (uintptr_t a = h->start; a < h->bump; a += ((pv_obj *)a)->size) {
		pv_obj *o = (pv_obj *)a;
		if (o->mark != PV_GRAY || o->kind == PV_K_FREE)
			continue;
		if (!h->gray || h->ngray == h->gray->n) {
			h->overflow = 1;
			return;
		}
		h->gray->v[h->ngray++] = pv_val(o);
	}
}

void
pv_gc_shade(pv_vm *vm, pv_value v)
{
	if (!pv_is_obj(v))
		return;
	pv_obj *o = pv_obj(v);
	if (!(o->mark & WHITES))
		return;
	o->mark = PV_GRAY;
	push_gray(vm, o);
}

static void
visit_thread(pv_vm *vm, pv_thread *t, visit_fn fn, void *ctx)
{
	pv_obj *self = &t->h;
	fn(vm, self, pv_val(t->stack), 0, ctx);
	fn(vm, self, pv_val(t->frames), 0, ctx);
	fn(vm, self, pv_val(t->handlers), 0, ctx);
	fn(vm, self, t->fn, 0, ctx);
	fn(vm, self, t->exc, 0, ctx);
	fn(vm, self, t->result, 0, ctx);
	if (t->nframes == 0)
		return;
	/* Every frame's registers, not only the top one's: a caller's registers
	 * above a smaller callee's must stay scanned, or what they hold is
	 * freed while the callee runs and is found dangling after it returns. */
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nframes; i++) {
		pv_frame *f = &t->frames->f[i];
		if (f->base + f->cl->p->nregs + 4 > n)
			n = f->base + f->cl->p->nregs + 4;
	}
	if (n > t->stack->n)
		n = t->stack->n;
	for (uint32_t i = 0; i < n; i++)
		fn(vm, self, t->stack->v[i], 1, ctx);
	for (uint32_t i = 0; i < t->nframes; i++)
		fn(vm, self, pv_val(t->frames->f[i].cl), 1, ctx);
}

static void
visit_vals(pv_vm *vm, pv_obj *o, pv_value *v, uint32_t n, visit_fn fn, void *ctx)
{
	for (uint32_t i = 0; i < n; i++)
		fn(vm, o, v[i], 0, ctx);
}

#define V(x) fn(vm, o, pv_val(x), 0, ctx)

/* Every reference held by o. */
static void
visit(pv_vm *vm, pv_obj *o, visit_fn fn, void *ctx)
{
	switch (o->kind) {
	case PV_K_ARRAY:
		V(((pv_array *)o)->items);
		break;
	case PV_K_MAP:
		V(((pv_map *)o)->ent);
		V(((pv_map *)o)->idx);
		break;
	case PV_K_VALS:
		if (!(o->flags & OF_STACK))
			visit_vals(vm, o, ((pv_vals *)o)->v, ((pv_vals *)o)->n, fn, ctx);
		break;
	case PV_K_INST:
		visit_vals(vm, o, ((pv_inst *)o)->f, ((pv_inst *)o)->n, fn, ctx);
		break;
	case PV_K_CLASS: {
		pv_class *c = (pv_class *)o;
		V(c->name);
		V(c->super);
		V(c->methods);
		V(c->statics);
		V(c->fields);
		V(c->finit);
		break;
	}
	case PV_K_PROTO: {
		pv_proto *p = (pv_proto *)o;
		V(p->name);
		V(p->file);
		V(p->code);
		V(p->lines);
		V(p->k);
		V(p->gslot);
		V(p->protos);
		V(p->upv);
		V(p->ic);
		break;
	}
	case PV_K_CLOSURE: {
		pv_closure *c = (pv_closure *)o;
		V(c->p);
		V(c->cls);
		for (uint32_t i = 0; i < c->nupv; i++)
			V(c->upv[i]);
		break;
	}
	case PV_K_BOX:
		fn(vm, o, ((pv_box *)o)->v, 0, ctx);
		break;
	case PV_K_NATIVE:
		V(((pv_native *)o)->name);
		V(((pv_native *)o)->owner);
		break;
	case PV_K_THREAD:
		visit_thread(vm, (pv_thread *)o, fn, ctx);
		break;
	default:
		break; /* no references; FRAMES are visited through their thread */
	}
	if (o->cls)
		V(o->cls);
}

static void
shade_child(pv_vm *vm, pv_obj *parent, pv_value v, int exempt, void *ctx)
{
	pv_gc_shade(vm, v);
}

static void
shade_root(pv_vm *vm, const char *name, int kind, pv_value v, void *ctx)
{
	pv_gc_shade(vm, v);
}

/* The roots are roots.def's, every one of them. */
static void
mark_roots(pv_vm *vm)
{
	pv_roots_each(vm, shade_root, NULL);
	if (vm->heap.gray)
		vm->heap.gray->h.mark = PV_BLACK;
}

/* Blacken up to `work` bytes of gray objects; returns work left. */
static long
drain(pv_vm *vm, long work)
{
	pv_heap *h = &vm->heap;
	while ((h->ngray || h->overflow) && work > 0) {
		if (!h->ngray) {
			refill_gray(vm);
			if (!h->ngray)
				break;
		}
		pv_obj *o = pv_obj(h->gray->v[--h->ngray]);
		if (o->mark != PV_GRAY)
			continue; /* pushed twice by a refill */
		o->mark = PV_BLACK;
		visit(vm, o, shade_child, NULL);
		work -= o->size;
	}
	return work;
}

static void
start_cycle(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	h->phase = PV_GC_MARK;
	h->ngray = 0;
	mark_roots(vm);
}

static void
atomic(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	mark_roots(vm);
	for (uint32_t i = 0; i < vm->nthreads; i++)
		visit_thread(vm, (pv_thread *)vm->threads->v[i], shade_child, NULL);
	drain(vm, LONG_MAX);
	if (h->overflow)
		pv_fatal("GC: gray objects left after the atomic step");
	if (h->gray)
		h->gray->h.mark = PV_BLACK;
	h->white ^= WHITES; /* the flip: old white is now garbage */
	h->phase = PV_GC_SWEEP;
	h->sweep = h->start;
	h->sweep_end = h->bump;
	h->run = NULL;
	h->live = 0;
	h->nlive = 0;
	memset(h->small, 0, sizeof h->small);
	h->big = NULL;
}

static void
flush_run(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	pv_free *r = h->run;
	h->run = NULL;
	if (!r)
		return;
	if ((uintptr_t)r + r->h.size == h->bump && h->sweep_end == h->bump) {
		h->bump = (uintptr_t)r; /* the tail of the heap: give it back */
		h->sweep_end = h->bump;
		if (h->sweep > h->bump)
			h->sweep = h->bump;
		return;
	}
	pv_heap_free(vm, &r->h, 0);
}

static long
sweep(pv_vm *vm, long work)
{
	pv_heap *h = &vm->heap;
	uint8_t dead = (uint8_t)(h->white ^ WHITES);
	while (h->sweep < h->sweep_end && work > 0) {
		pv_obj *o = (pv_obj *)h->sweep;
		uint32_t size = o->size;
		h->sweep += size;
		work -= 64;
		if (o->kind == PV_K_FREE || o->mark == dead) {
			if (o->kind != PV_K_FREE) {
				h->freed += size;
				pv_group_swept(o, true);
			}
			if (h->run && (uintptr_t)h->run + h->run->h.size == (uintptr_t)o) {
				h->run->h.size += size;
			} else {
				flush_run(vm);
				o->kind = PV_K_FREE;
				o->mark = 0;
				h->run = (pv_free *)o;
			}
			continue;
		}
		flush_run(vm);
		pv_group_swept(o, false);
		o->mark = (uint8_t)h->white;
		h->live += size;
		h->nlive++;
	}
	flush_run(vm);
	if (h->sweep >= h->sweep_end) {
		h->phase = PV_GC_IDLE;
		h->cycles++;
		h->objects = h->nlive;
		h->since = 0;
		size_t room = h->end - h->start > h->live ? h->end - h->start - h->live : 0;
		h->threshold = h->live < room / 2 ? h->live : room / 2;
		if (h->threshold < (4u << 20))
			h->threshold = 4u << 20;
	}
	return work;
}

/* One increment of `work` bytes. */
static void
step(pv_vm *vm, long work)
{
	pv_heap *h = &vm->heap;
	if (h->phase == PV_GC_IDLE)
		start_cycle(vm);
	if (h->phase == PV_GC_MARK) {
		work = drain(vm, work);
		if (h->ngray == 0 && !h->overflow)
			atomic(vm);
	}
	if (h->phase == PV_GC_SWEEP && work > 0)
		sweep(vm, work);
}

/* Finish the cycle in progress, or run a whole one, in one pause. Timed
 * apart from the incremental steps (fulls, full_*_ns): a full collection
 * pauses for the whole heap, and mixing the two would hide both. */
void
pv_gc_full(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	uint64_t t0 = pv_clock_ns();
	if (h->phase == PV_GC_IDLE)
		step(vm, 1);
	while (h->phase != PV_GC_IDLE)
		step(vm, LONG_MAX);
	uint64_t d = pv_clock_ns() - t0;
	h->fulls++;
	h->full_total_ns += d;
	if (d > h->full_max_ns)
		h->full_max_ns = d;
}

/* An incremental step's pause. */
static void
account(pv_vm *vm, uint64_t t0)
{
	uint64_t d = pv_clock_ns() - t0;
	vm->heap.steps++;
	vm->heap.pause_total_ns += d;
	if (d > vm->heap.pause_max_ns)
		vm->heap.pause_max_ns = d;
}

void
pv_gc_safepoint(pv_vm *vm)
{
	pv_heap *h = &vm->heap;
	vm->trap = 0;
	if (h->debt == 0 && !(h->stress & 2))
		return;
	uint64_t t0 = pv_clock_ns(), cycles = h->cycles;
	if (h->stress & 3) {
		pv_gc_full(vm); /* System.gc() or stress: counted as a full one */
		h->stress &= ~2u;
	} else if (h->stress & 4) {
		step(vm, 256);
		account(vm, t0);
	} else if (h->phase != PV_GC_IDLE || h->since >= h->threshold) {
		step(vm, (long)(h->debt * 2 > STEP_MIN ? h->debt * 2 : STEP_MIN));
		account(vm, t0);
	} else {
		h->debt = 0;
		return;
	}
	h->debt = 0;
	if ((h->stress & 8) || ((h->stress & PV_GC_CHECK_CYCLES) && h->cycles != cycles))
		pv_gc_check_or_die(vm); /* test builds: every step; debug boots: every cycle */
}

uint32_t pv_gc_checks;

/* Check the heap; a broken one stops everything with the reason (a debug
 * aid: going on would spread the damage into the next snapshot). */
void
pv_gc_check_or_die(pv_vm *vm)
{
	char why[240], msg[300];
	if (pv_gc_check(vm, why, sizeof why) == 0) {
		pv_gc_checks++;
		return;
	}
	snprintf(msg, sizeof msg, "heap check failed after GC cycle %llu: %s",
	         (unsigned long long)vm->heap.cycles, why);
	pv_fatal(msg);
}

/* ---------------------------------------------------------------- checking */

typedef struct cctx {
	pv_vm *vm;
	uint8_t *starts;
	char *why;
	size_t n;
	int bad;
} cctx;

int
pv_gc_is_start(pv_vm *vm, const uint8_t *starts, uintptr_t a)
{
	pv_heap *h = &vm->heap;
	if (a < h->start || a >= h->bump || (a & (PV_ALIGN - 1)))
		return 0;
	uintptr_t k = (a - h->start) / PV_ALIGN;
	return (starts[k / 8] >> (k % 8)) & 1;
}

static int
is_start(cctx *c, uintptr_t a)
{
	return pv_gc_is_start(c->vm, c->starts, a);
}

uint8_t *
pv_gc_starts(pv_vm *vm, char *why, size_t n)
{
	pv_heap *h = &vm->heap;
	size_t words = (h->bump - h->start) / PV_ALIGN;
	uint8_t *starts = calloc(words / 8 + 1, 1);
	if (!starts) {
		snprintf(why, n, "no memory for the map of %zu chunks", words);
		return NULL;
	}
	for (uintptr_t a = h->start; a < h->bump;) {
		pv_obj *o = (pv_obj *)a;
		if (o->size < sizeof(pv_free) || (o->size & (PV_ALIGN - 1)) ||
		    a + o->size > h->bump || o->kind >= PV_K_NKINDS) {
			snprintf(why, n, "malformed chunk at %p (size %u kind %d)", (void *)o,
			         o->size, o->kind);
			free(starts);
			return NULL;
		}
		uintptr_t k = (a - h->start) / PV_ALIGN;
		starts[k / 8] |= (uint8_t)(1u << (k % 8));
		a += o->size;
	}
	return starts;
}

const char *
pv_gc_root_fault(pv_vm *vm, const uint8_t *starts, pv_value v, int kind)
{
	pv_heap *h = &vm->heap;
	if (!pv_is_obj(v))
		return NULL;
	uintptr_t a = (uintptr_t)v;
	pv_obj *o = (pv_obj *)a;
	if (starts ? !pv_gc_is_start(vm, starts, a)
	           : a < h->start || a >= h->bump || (a & (PV_ALIGN - 1)) ||
	                     o->kind >= PV_K_NKINDS || o->size < sizeof(pv_free) ||
	                     (o->size & (PV_ALIGN - 1)) || a + o->size > h->bump)
		return "points at no object";
	if (o->kind == PV_K_FREE)
		return "points at a free chunk";
	if (kind >= 0 && o->kind != kind)
		return "points at an object of another kind";
	if (h->phase == PV_GC_SWEEP && o->mark == (uint8_t)(h->white ^ WHITES) && a >= h->sweep)
		return "points at garbage the sweep will free";
	return NULL;
}

static void
check_child(pv_vm *vm, pv_obj *parent, pv_value v, int exempt, void *ctx)
{
	cctx *c = ctx;
	if (c->bad || !pv_is_obj(v))
		return;
	pv_obj *o = pv_obj(v);
	const char *err = NULL;
	if (!is_start(c, (uintptr_t)o))
		err = "reference to a non-object";
	else if (o->kind == PV_K_FREE)
		err = "reference to a free chunk";
	else if (vm->heap.phase == PV_GC_MARK && !exempt && parent->mark == PV_BLACK &&
	         !(parent->flags & OF_STACK) && (o->mark & WHITES))
		err = "black object points to a white one";
	if (err) {
		snprintf(c->why, c->n, "%s: kind %d at %p -> %p (kind %d)", err, parent->kind,
		         (void *)parent, (void *)o, is_start(c, (uintptr_t)o) ? o->kind : -1);
		c->bad = 1;
	}
}

/* A root (roots.def) points at the start of a live object of its kind. */
static void
check_root(pv_vm *vm, const char *name, int kind, pv_value v, void *ctx)
{
	cctx *c = ctx;
	const char *err = c->bad ? NULL : pv_gc_root_fault(vm, c->starts, v, kind);
	if (err) {
		snprintf(c->why, c->n, "root '%s' %s: %p", name, err, (void *)v);
		c->bad = 1;
	}
}

/* 0 if the heap is well formed, the invariant holds and every root points
 * at a live object, else -1 and why. */
int
pv_gc_check(pv_vm *vm, char *why, size_t n)
{
	pv_heap *h = &vm->heap;
	cctx c = { vm, pv_gc_starts(vm, why, n), why, n, 0 };
	uint8_t dead = (uint8_t)(h->white ^ WHITES);
	if (!c.starts)
		return -1;
	for (uintptr_t a = h->start; a < h->bump && !c.bad; a += ((pv_obj *)a)->size) {
		pv_obj *o = (pv_obj *)a;
		if (o->kind == PV_K_FREE)
			continue;
		if (h->phase == PV_GC_SWEEP && o->mark == dead && a >= h->sweep)
			continue; /* garbage not swept yet */
		if (h->phase == PV_GC_IDLE && o->mark != h->white &&
		    !(h->gray && o == &h->gray->h)) {
			snprintf(why, n, "object at %p has colour %d while idle", (void *)o,
			         o->mark);
			c.bad = 1;
			break;
		}
		visit(vm, o, check_child, &c);
	}
	if (!c.bad)
		pv_roots_each(vm, check_root, &c);
	free(c.starts);
	return c.bad ? -1 : 0;
}

void
pv_gc_mark_stack(pv_vals *v)
{
	v->h.flags |= OF_STACK;
}

void
pv_gc_stats(pv_vm *vm, char *buf, size_t n)
{
	pv_heap *h = &vm->heap;
	snprintf(buf, n,
	         "gc: %llu cycles, %llu steps, max pause %.3f ms, mean %.3f ms, "
	         "live %zu KiB, heap %zu KiB, freed %llu KiB\n"
	         "gc: %llu full collections, max pause %.3f ms, mean %.3f ms, total %.3f ms\n",
	         (unsigned long long)h->cycles, (unsigned long long)h->steps, h->pause_max_ns / 1e6,
	         h->steps ? h->pause_total_ns / 1e6 / h->steps : 0.0, h->live / 1024,
	         (size_t)(h->bump - h->start) / 1024, (unsigned long long)(h->freed / 1024),
	         (unsigned long long)h->fulls, h->full_max_ns / 1e6,
	         h->fulls ? h->full_total_ns / 1e6 / h->fulls : 0.0, h->full_total_ns / 1e6);
}
