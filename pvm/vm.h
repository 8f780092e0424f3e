/*
 * vm.h - the VM: its root record, the allocator and the runtime API.
 *
 * struct pv_vm sits at the base of the arena (after nothing: the arena's
 * first byte is the VM's magic), so a snapshot of the arena contains every
 * root: globals, classes, threads, interned strings, allocator and GC state.
 * The C side keeps only a pointer to it. Ephemeral things (output, clocks)
 * go through platform.h.
 */
#pragma once
#include <stdarg.h>
#include <stdbool.h>
#include "object.h"

#define PV_MAGIC      0x50564d31u /* "PVM1" */
/* The layout of everything in the arena: a world stored by a VM of
 * another layout is refused, not misread. Bump PV_LAYOUT_REV when an
 * object layout changes; the size of the root record is in it too. */
#define PV_LAYOUT_REV 2u
#define PV_VERSION    (PV_LAYOUT_REV << 16 | (uint32_t)(sizeof(struct pv_vm) & 0xffff))
#define PV_NSMALL     64    /* exact free lists for chunks up to 512 bytes */
#define PV_SLICE      20000 /* instructions per time slice */
#define PV_MAX_FRAMES 20000 /* deeper is a stack overflow */

enum pv_gcphase { PV_GC_IDLE, PV_GC_MARK, PV_GC_SWEEP };
/* heap.stress bits: 1 a full collection at every safepoint, 2 one full
 * collection at the next (System.gc), 4 tiny steps, 8 a heap check after
 * every step, PV_GC_CHECK_CYCLES one after every completed cycle. */
#define PV_GC_CHECK_CYCLES 16u
/* Worlds whose roots were kept by roots.def's collector; an older world's
 * roots are verified against the whole heap once (roots.c). */
#define PV_ROOTS_REV       1u

typedef struct pv_free {
	pv_obj h;
	struct pv_free *next;
} pv_free;

typedef struct pv_heap {
	uintptr_t start, bump, end, hard_end; /* end: soft limit; a reserve after it */
	pv_free *small[PV_NSMALL + 1];
	pv_free *big;
	size_t live;  /* bytes surviving the last cycle */
	size_t since; /* bytes allocated since the last cycle ended */
	size_t debt;  /* bytes allocated since the last GC step */
	size_t threshold;
	uint32_t phase, white, stress;
	uint32_t rootsrev;        /* PV_ROOTS_REV once a restore verified the roots whole */
	pv_vals *gray;            /* gray stack (always black itself) */
	uint32_t ngray, overflow; /* overflow: gray objects not on the stack */
	uintptr_t sweep, sweep_end;
	pv_free *run; /* sweep: free run being coalesced */
	uint64_t cycles, steps, pause_max_ns, pause_total_ns, freed;
	uint64_t fulls, full_max_ns, full_total_ns; /* pv_gc_full, timed apart from steps */
	size_t nlive, objects; /* objects kept by the sweep under way / the last cycle */
} pv_heap;

enum pv_cid {
	PV_C_OBJECT,
	PV_C_INT,
	PV_C_FLOAT,
	PV_C_STRING,
	PV_C_BOOL,
	PV_C_NULL,
	PV_C_ARRAY,
	PV_C_MAP,
	PV_C_CLASS,
	PV_C_FUNCTION,
	PV_C_ERROR,
	PV_C_THREAD,
	PV_C_MATH,
	PV_C_SYSTEM,
	PV_C_INTERNAL,
	PV_C_N
};

/* Every field of pv_vm below that holds a heap reference is listed in
 * roots.def (tests/unit/test_roots.c checks it): keep the two together. */
typedef struct pv_vm {
	uint32_t magic, version; /* PV_MAGIC, PV_VERSION */
	size_t arena_size;
	pv_heap heap;
	pv_map *gindex;   /* global name -> int slot */
	pv_vals *globals; /* slot values */
	pv_vals *gnames;  /* slot names */
	uint32_t nglobals;
	pv_map *interned; /* string -> the one interned copy */
	pv_class *cls[PV_C_N];
	pv_vals *threads; /* every live thread */
	uint32_t nthreads, next_id;
	pv_thread *cur, *main;
	pv_value redirect;                      /* closure a native asked to run instead */
	pv_value s_init, s_tostring, s_message; /* interned names */
	volatile uint32_t trap;                 /* ask the interpreter to stop at a boundary */
	uint32_t rng, failed, boots, oom, oom_retry;
	uint32_t world;  /* a persistent world: runs with no main, forever */
	pv_map *modules; /* library modules installed (name -> true): module.c */
} pv_vm;

/* native status codes */
enum { PV_OK, PV_ERR, PV_BLOCK, PV_REDIRECT };
typedef int (*pv_cfn)(pv_vm *vm, pv_value *a, int n);

/* vm.c */
pv_vm *pv_vm_open(uintptr_t base, size_t size);
void pv_vm_close(pv_vm *vm);
uint32_t pv_global_slot(pv_vm *vm, pv_value name);
pv_value pv_global_get(pv_vm *vm, const char *name);
void pv_global_set(pv_vm *vm, pv_value name, pv_value v);
pv_class *pv_class_of(pv_vm *vm, pv_value v);
pv_class *pv_class_new(pv_vm *vm, pv_value name, pv_class *super);
int pv_throw(pv_vm *vm, const char *fmt, ...);
void pv_method_add(pv_vm *vm, pv_class *c, pv_value name, pv_value m);
pv_value pv_method_get(pv_map *t, pv_value name, int nargs, int *arity_only);
pv_value pv_error_new(pv_vm *vm, pv_value msg);

/* roots.c: the references listed in roots.def */
typedef void (*pv_root_fn)(pv_vm *vm, const char *name, int kind, pv_value v, void *ctx);
void pv_roots_each(pv_vm *vm, pv_root_fn fn, void *ctx);
/* Check a restored world's roots (against the whole heap once for a
 * world older than PV_ROOTS_REV, else from the headers they point at):
 * 0 sound, 1 repaired (msg says what), -1 damaged beyond repair (msg
 * says which root and why). */
int pv_roots_restore(pv_vm *vm, char *msg, size_t n);

/* heap.c */
void pv_fatal(const char *msg);
void pv_heap_init(pv_vm *vm);
void pv_heap_limit(pv_vm *vm, size_t bytes);
void *pv_alloc(pv_vm *vm, int kind, size_t size, pv_class *cls);
void *pv_alloc_raw(pv_vm *vm, int kind, size_t size, pv_class *cls, size_t zero);
pv_vals *pv_vals_new(pv_vm *vm, uint32_t n);
pv_bytes *pv_bytes_new(pv_vm *vm, uint32_t n);
pv_value pv_int_new(pv_vm *vm, int32_t x);
pv_value pv_float_new(pv_vm *vm, double d);
pv_box *pv_box_new(pv_vm *vm, pv_value v);
pv_inst *pv_inst_new(pv_vm *vm, pv_class *c);
void pv_heap_free(pv_vm *vm, pv_obj *o, uintptr_t limit);
bool pv_heap_contains(pv_vm *vm, pv_value v);

/* gc.c */
void pv_gc_shade(pv_vm *vm, pv_value v);
void pv_gc_safepoint(pv_vm *vm);
void pv_gc_full(pv_vm *vm);
int pv_gc_check(pv_vm *vm, char *why, size_t n);
/* The chunk starts of the heap as a bitmap (free it), or NULL and why. */
uint8_t *pv_gc_starts(pv_vm *vm, char *why, size_t n);
int pv_gc_is_start(pv_vm *vm, const uint8_t *starts, uintptr_t a);
/* Why v cannot be a live object of `kind` (-1: any): exactly, given the
 * chunk starts, or judged from its header alone (starts NULL); NULL if it
 * can, or is no reference. */
const char *pv_gc_root_fault(pv_vm *vm, const uint8_t *starts, pv_value v, int kind);
void pv_gc_check_or_die(pv_vm *vm);
extern uint32_t pv_gc_checks; /* checks passed since start (ephemeral) */
void pv_gc_stats(pv_vm *vm, char *buf, size_t n);
void pv_gc_mark_stack(pv_vals *v);

/* Every store of a reference into an object goes through this barrier
 * (Dijkstra style: a black object never points to a white one while
 * marking). Thread stacks and frames are exempt: the atomic phase rescans
 * them. */
#define PV_WB(vm, parent, v)                                                                    \
	do {                                                                                    \
		if ((vm)->heap.phase == PV_GC_MARK && ((pv_obj *)(parent))->mark == PV_BLACK && \
		    pv_is_obj(v) && (pv_obj(v)->mark & (PV_WHITE0 | PV_WHITE1)))                \
			pv_gc_shade((vm), (v));                                                 \
	} while (0)
#define PV_SET(vm, parent, slot, v)    \
	do {                           \
		pv_value v_ = (v);     \
		PV_WB(vm, parent, v_); \
		(slot) = v_;           \
	} while (0)

/* integers */
static inline pv_value
pv_int(pv_vm *vm, int32_t x)
{
	return pv_int_fits(x) ? pv_mkint(x) : pv_int_new(vm, x);
}
static inline bool
pv_isint(pv_value v)
{
	return pv_is_int(v) || pv_is(v, PV_K_INT);
}
static inline int32_t
pv_toint(pv_value v)
{
	return pv_is_int(v) ? pv_ival(v) : ((pv_intobj *)v)->v;
}
static inline bool
pv_isnum(pv_value v)
{
	return pv_isint(v) || pv_is(v, PV_K_FLOAT);
}
static inline double
pv_tonum(pv_value v)
{
	return pv_isint(v) ? (double)pv_toint(v) : ((pv_float *)v)->v;
}

/* string.c */
pv_value pv_str_new(pv_vm *vm, const char *s, size_t n);
pv_value pv_str_cstr(pv_vm *vm, const char *s);
pv_value pv_str_fmt(pv_vm *vm, const char *fmt, ...);
pv_value pv_intern(pv_vm *vm, const char *s, size_t n);
pv_value pv_str_concat(pv_vm *vm, pv_value a, pv_value b);
uint32_t pv_str_hash(pv_str *s);
bool pv_str_eq(pv_str *a, pv_str *b);
pv_value pv_tostr_simple(pv_vm *vm, pv_value v); /* NULL: needs toString() */
void pv_fmt_float(double d, char *buf, size_t n);
#define pv_is_str(v) pv_is(v, PV_K_STR)
#define PV_STR(v)    ((pv_str *)(v))

/* map.c */
pv_map *pv_map_new(pv_vm *vm);
bool pv_map_get(pv_map *m, pv_value k, pv_value *out);
void pv_map_put(pv_vm *vm, pv_map *m, pv_value k, pv_value v);
bool pv_map_remove(pv_vm *vm, pv_map *m, pv_value k);
bool pv_equal(pv_value a, pv_value b);
uint32_t pv_hash(pv_value v);
pv_value pv_map_cget(pv_map *m, const char *key);

/* array.c */
pv_array *pv_array_new(pv_vm *vm, uint32_t cap);
void pv_array_push(pv_vm *vm, pv_array *a, pv_value v);

/* natives.c */
int pv_native_call(pv_vm *vm, uint32_t index, pv_value *a, int n);
void pv_natives_install(pv_vm *vm);
int pv_redirect(pv_vm *vm, const char *global);
const char *pv_typename(pv_vm *vm, pv_value v);
pv_value pv_check_str(pv_vm *vm, pv_value *a, int i, int *err);
int32_t pv_check_int(pv_vm *vm, pv_value *a, int i, int *err);
double pv_check_num(pv_vm *vm, pv_value *a, int i, int *err);

/* thread.c */
pv_thread *pv_thread_new(pv_vm *vm, pv_value fn);
int pv_thread_push(pv_vm *vm, pv_thread *th, pv_closure *cl, uint32_t base, int nvals, int32_t ret,
                   uint32_t flags);
int pv_schedule(pv_vm *vm);
/* For a native that blocks, restartably: PV_BLOCK until ms (< 0: for
 * ever) have passed on the world's clock - the native runs again each time
 * its thread wakes, also early (an event) and after a restore - then
 * PV_OK once, the wait over (th->wake holds the deadline meanwhile). */
#define PV_FOREVER ((int64_t)1 << 60)
int pv_wait(pv_vm *vm, int64_t ms);
/* If set, called instead of pv_idle_ms when every thread waits (a host
 * harness feeding scripted input uses it); still a safepoint. */
extern void (*pv_idle_hook)(int ms);
pv_thread *pv_thread_start(pv_vm *vm, pv_closure *fn, pv_value *args, int nargs);
void pv_report(pv_vm *vm, pv_thread *th, pv_value exc);

/* interp.c */
enum { PV_RUN_YIELD, PV_RUN_DONE, PV_RUN_FAILED, PV_RUN_BLOCKED };
int pv_interp(pv_vm *vm, pv_thread *th);

/* prelude.c */
int pv_prelude_load(pv_vm *vm);
