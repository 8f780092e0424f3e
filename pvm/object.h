/*
 * object.h - pvm's values and object layouts.
 *
 * A value is one machine word:
 *     ...xxxxx1   a small integer, 31-bit payload on every target (so the
 *                 host exercises the same boxing path as i386): value >> 1
 *     0           null (zeroed memory is null)
 *     2 / 6       false / true
 *     10          map tombstone (never visible to programs)
 *     ...xxxx00   a pointer to an object in the arena
 * Integers are 32-bit two's complement; results outside the 31-bit range are
 * boxed in an Int object (PV_K_INT), which behaves exactly like a small one.
 * A 64-bit integer (Java's long, long.h) is a small or boxed integer when
 * its number fits, else a Long object (PV_K_LONG).
 *
 * Every object starts with pv_obj: its size in bytes (a multiple of
 * PV_ALIGN, so the arena can be walked object by object), its layout kind,
 * its GC colour and its class. Nothing here depends on the pointer size.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t pv_value;

#define PV_NULL  ((pv_value)0)
#define PV_FALSE ((pv_value)2)
#define PV_TRUE  ((pv_value)6)
#define PV_TOMB  ((pv_value)10)

#define PV_INT_MIN (-(1 << 30))
#define PV_INT_MAX ((1 << 30) - 1)

#define pv_is_int(v)   (((v)&1) != 0)
#define pv_ival(v)     ((int32_t)((intptr_t)(v) >> 1))
#define pv_mkint(x)    ((pv_value)(((uintptr_t)(intptr_t)(int32_t)(x) << 1) | 1))
#define pv_int_fits(x) ((x) >= PV_INT_MIN && (x) <= PV_INT_MAX)
#define pv_is_obj(v)   ((v) != 0 && ((v)&3) == 0)
#define pv_obj(v)      ((pv_obj *)(v))
#define pv_val(p)      ((pv_value)(p))
#define pv_bool(c)     ((c) ? PV_TRUE : PV_FALSE)
#define pv_truthy(v)   (((v) & ~(pv_value)2) != 0)

#define PV_ALIGN 8

enum pv_kind {
	PV_K_FREE, /* free chunk of the allocator */
	PV_K_INT,  /* boxed int32 outside the immediate range */
	PV_K_FLOAT,
	PV_K_STR,
	PV_K_ARRAY,
	PV_K_MAP,
	PV_K_VALS,  /* raw vector of values (array items, map entries ...) */
	PV_K_BYTES, /* raw bytes, no references */
	PV_K_INST,  /* instance of a language class */
	PV_K_CLASS,
	PV_K_PROTO, /* compiled function */
	PV_K_CLOSURE,
	PV_K_BOX,    /* a captured variable */
	PV_K_NATIVE, /* a native method */
	PV_K_THREAD,
	PV_K_FRAMES, /* a thread's frame records */
	PV_K_LONG,   /* boxed int64 (long.h); appended: kinds are stored in worlds */
	PV_K_NKINDS
};

/* GC colours: see gc.c for the invariant. */
enum { PV_WHITE0 = 1, PV_WHITE1 = 2, PV_GRAY = 4, PV_BLACK = 8 };

typedef struct pv_obj {
	uint32_t size;
	uint8_t kind;
	uint8_t mark;
	uint16_t flags;
	struct pv_class *cls;
} pv_obj;

typedef struct pv_intobj {
	pv_obj h;
	int32_t v;
} pv_intobj;
typedef struct pv_longobj {
	pv_obj h;
	int64_t v;
} pv_longobj;
typedef struct pv_float {
	pv_obj h;
	double v;
} pv_float;

/* Immutable UTF-8; s is NUL-terminated for convenience. nchars == len
 * means the string is ASCII and indexing is O(1). */
typedef struct pv_str {
	pv_obj h;
	uint32_t len, hash, nchars;
	char s[];
} pv_str;

typedef struct pv_vals {
	pv_obj h;
	uint32_t n;
	pv_value v[];
} pv_vals;
typedef struct pv_bytes {
	pv_obj h;
	uint32_t n;
	uint8_t b[];
} pv_bytes;

typedef struct pv_array {
	pv_obj h;
	uint32_t len;
	pv_vals *items; /* capacity = items->n */
} pv_array;

/* Insertion-ordered hash map: ent holds key/value pairs in insertion order
 * (deleted keys are PV_TOMB); idx is an open-addressed table of entry
 * numbers + 1 (0 = empty), its size a power of two >= 2 * capacity. */
typedef struct pv_map {
	pv_obj h;
	uint32_t count, used;
	pv_vals *ent;
	pv_bytes *idx;
} pv_map;

typedef struct pv_inst {
	pv_obj h;
	uint32_t n;
	pv_value f[];
} pv_inst;

/* class flags; PV_CF_IFACE: an interface (pv_instanceof, vm.h) */
enum { PV_CF_NATIVE = 1, PV_CF_FINAL = 2, PV_CF_IFACE = 4 };

typedef struct pv_class {
	pv_obj h;
	struct pv_str *name;
	struct pv_class *super;
	pv_map *methods; /* name -> closure or native, inherited ones too */
	pv_map *statics; /* name -> native (Math.abs, String.fromCode) */
	pv_vals *fields; /* field names, the super's first */
	uint32_t nfields;
	uint16_t ikind; /* kind of instances (PV_K_INST for language classes) */
	uint16_t cflags;
	int32_t ctor;             /* native constructor index, or -1 */
	struct pv_closure *finit; /* field initialisers, or NULL */
} pv_class;

typedef struct pv_proto {
	pv_obj h;
	pv_str *name, *file;
	uint16_t nparams, nregs, nupv, nic;
	uint8_t is_method, lang, pad[2]; /* lang: PV_LANG_* */
	uint32_t ncode;
	pv_bytes *code;  /* uint32 instruction words */
	pv_bytes *lines; /* int32 line per word */
	pv_vals *k;      /* constants */
	pv_bytes *gslot; /* uint32 global slot per constant (linked) */
	pv_vals *protos; /* nested functions */
	pv_bytes *upv;   /* 2 bytes per upvalue: from-local?, index */
	pv_vals *ic;     /* 2 values per inline cache: class, method */
} pv_proto;

/* pv_proto.lang: the front end that made a function (pv_java_frame). */
enum { PV_LANG_PH, PV_LANG_JAVA };

typedef struct pv_box {
	pv_obj h;
	pv_value v;
} pv_box;

typedef struct pv_closure {
	pv_obj h;
	pv_proto *p;
	pv_class *cls; /* class of a method, for super and reports */
	uint32_t nupv;
	pv_box *upv[];
} pv_closure;

typedef struct pv_native {
	pv_obj h;
	uint32_t index; /* into the compiled-in native table */
	int32_t arity;  /* -1: any */
	pv_str *name;
	pv_class *owner;
} pv_native;

/* One activation. ret: absolute stack slot for the result, -1 to drop it.
 * pc is a word offset into cl->p->code, saved at every instruction that
 * can call, allocate or throw. */
typedef struct pv_frame {
	struct pv_closure *cl;
	uint32_t pc, base;
	int32_t ret;
	uint32_t flags;
} pv_frame;

enum {
	PV_FR_CTOR = 1,  /* drop the result: a `new` keeps the instance */
	PV_FR_FRESH = 2, /* not started: pc is the next instruction */
};

typedef struct pv_frames {
	pv_obj h;
	uint32_t n;
	pv_frame f[];
} pv_frames;

enum pv_tstate { PV_TS_READY, PV_TS_SLEEP, PV_TS_DONE, PV_TS_FAILED };

typedef struct pv_thread {
	pv_obj h;
	pv_vals *stack; /* registers of every frame */
	pv_frames *frames;
	pv_vals *handlers; /* 3 ints per try: frame, catch pc, register */
	uint32_t nframes, nhandlers, state, id;
	int64_t wake; /* PV_TS_SLEEP: uptime ms to wake at; 0 none */
	pv_value fn;  /* the closure it runs */
	pv_value exc; /* error being thrown */
	pv_value result;
} pv_thread;

#define pv_kind(v)  (pv_obj(v)->kind)
#define pv_is(v, k) (pv_is_obj(v) && pv_kind(v) == (k))
#define PV_CODE(p)  ((uint32_t *)(void *)(p)->code->b)
#define PV_LINES(p) ((int32_t *)(void *)(p)->lines->b)

/* integers: immediate or boxed (PV_K_INT), and numbers */
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
