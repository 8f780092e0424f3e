/*
 * vm.h - the VM's root record and vm.c: creating the core of a VM in an
 * arena, globals, classes, method tables and errors. Each other module of
 * the core has its own header: heap.h, gc.h, str.h, map.h, array.h,
 * long.h, thread.h, interp.h, ops.h, xops.h, opcodes.h, classimage.h,
 * verify.h, load.h (PVM_CORE in pvm.mk lists the core).
 *
 * struct pv_vm sits at the base of the arena (after nothing: the arena's
 * first byte is the VM's magic), so a snapshot of the arena contains every
 * root: globals, classes, threads, interned strings, allocator and GC state.
 * The C side keeps only a pointer to it. Ephemeral things (output, clocks)
 * go through platform.h.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "pvm/object.h"

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
#define CLS(id, name) PV_C_##id,
#include "pvm/classes.def"
#undef CLS
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

/* What went wrong, for a front end that maps errors to its own exceptions
 * (the Java one: NullPointerException ...): pv_throw_k. */
enum pv_ekind {
	PV_E_ERROR,   /* anything else: pv_throw */
	PV_E_NULL,    /* a null receiver, field access, index or length */
	PV_E_INDEX,   /* x: the index, y: the length */
	PV_E_ARITH,   /* integer division by zero */
	PV_E_NEGSIZE, /* a new array of negative length x */
	PV_E_CAST,    /* a value of the wrong class */
	PV_E_OOM,     /* out of memory */
	PV_E_STACK,   /* stack overflow */
	PV_E_STORE,   /* a value of the wrong class stored into a typed array */
	PV_E_N
};
typedef int (*pv_cfn)(pv_vm *vm, pv_value *a, int n);

/* vm.c */
/* A new VM in the arena at base: the core only - heap, built-in classes,
 * interned names. The library (natives, prelude) is opened into it
 * apart: pv_openlibs (lib.h). NULL if the arena cannot be mapped. */
pv_vm *pv_vm_open(uintptr_t base, size_t size);
void pv_vm_close(pv_vm *vm);
uint32_t pv_global_slot(pv_vm *vm, pv_value name);
pv_value pv_global_get(pv_vm *vm, const char *name);
void pv_global_set(pv_vm *vm, pv_value name, pv_value v);
pv_class *pv_class_of(pv_vm *vm, pv_value v);
const char *pv_typename(pv_vm *vm, pv_value v);
pv_class *pv_class_new(pv_vm *vm, pv_value name, pv_class *super);
void pv_method_add(pv_vm *vm, pv_class *c, pv_value name, pv_value m);
pv_value pv_method_get(pv_map *t, pv_value name, int nargs, int *arity_only);
/* Is v an instance of c: false for null; every value is an Object; an
 * interface (PV_CF_IFACE) is in the list its front end keeps in the
 * class's statics under "<ifaces>" (a pv_vals or an Array of classes,
 * every interface it implements, inherited ones too); any other class is
 * on v's class's superclass chain. */
bool pv_instanceof(pv_vm *vm, pv_value v, pv_class *c);
/* Is the current thread's top frame a Java function (pv_proto.lang)? */
bool pv_java_frame(pv_vm *vm);
pv_value pv_error_new(pv_vm *vm, pv_value msg);
/* Set the current thread's error, of kind PV_E_* with its numbers x, y,
 * its message formatted; returns PV_ERR. pv_throw is kind PV_E_ERROR. */
int pv_throw_k(pv_vm *vm, int kind, int32_t x, int32_t y, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
int pv_throw(pv_vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Ephemeral, NULL by default: when set and it returns non-zero, that is
 * the error pv_throw_k throws instead of pv_error_new(msg). */
extern pv_value (*pv_error_hook)(pv_vm *vm, int kind, int32_t x, int32_t y, pv_value msg);
/* A big allocation failed: PV_BLOCK once (the scheduler collects and the
 * instruction runs again), then throw "out of memory". */
int pv_oom(pv_vm *vm);
