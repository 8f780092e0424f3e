/*
 * xlate.h - the state of one method's translation (xlate.c: the passes,
 * the emitter, exception regions; xlate_ops.c: one JVM instruction at a
 * time).
 *
 * Register layout of a converted method (all below 256):
 *     [0, Z)        the JVM's local slots (a long or double uses the first
 *                   of its two); parameters arrive packed and the prologue
 *                   spreads them
 *     Z             the integer 0, when a comparison needs it
 *     LK            a synchronized method's monitor object
 *     [L, L+S)      operand-stack slots (L = Z+2): slot p's canonical
 *                   register is L+p. A CALLM's frame starts at its
 *                   receiver's slot and overlays every register above it,
 *                   so nothing above the stack outlives an instruction
 *     [X, X+NX)     temporaries of one instruction
 *     [T, T+1+A)    a call's callee and arguments
 * An operand-stack entry is lazy: a register holding its value (a local, its
 * canonical register or, below it, another slot's) or an int constant not
 * yet loaded. References only ever point down the stack, a local is
 * written only after the entries reading it are made canonical, and at
 * every jump, label and handler every entry is canonical: so each JVM pc
 * entered by a jump sees exactly the registers pass 1's types describe.
 */
#pragma once
#include "pvm/jvm/jvm.h"

#define XL_NX 6

enum { EK_REG, EK_INT };

typedef struct sent {
	char t;    /* I J F D A, h (second slot of J/D), U (a `new String` not yet made) */
	uint8_t k; /* EK_* */
	uint16_t r;
	int32_t iv; /* EK_INT: the value; U: the pc of its `new` */
} sent;

typedef struct jfix {
	uint32_t at;     /* word holding the offset */
	uint32_t target; /* a JVM pc, a region's dispatch or a trampoline */
	uint8_t kind, sj;
} jfix;

enum { FIX_PC, FIX_REGION, FIX_TRAMP };

typedef struct tramp {
	uint32_t target;
	uint16_t from;
} tramp;

typedef struct xs {
	jv_ctx *x;
	jv_class *c;
	jcf_member *m;
	const jcf_code *k;
	const jcf_class *cf;
	char **tin;      /* per pc: the stack's slot types on entry; NULL: unreached */
	uint8_t *target; /* per pc: a jump or handler lands here */
	uint16_t *region;
	uint16_t **rlist, *rlen;
	uint32_t nregion;
	uint32_t *code;
	int32_t *lines;
	uint32_t ncode, capcode;
	uint32_t *label; /* per pc: the word its code starts at */
	jfix *fix;
	uint32_t nfix, capfix;
	tramp *tr;
	uint32_t ntr, captr;
	pvi_const *K;
	uint32_t nk, capk;
	sent st[256];
	uint32_t sp;
	uint32_t L, S, Z, LK, X, T, nregs;
	int sync;     /* a synchronized method */
	uint16_t cur; /* the region whose handler is pushed now */
	uint16_t nic;
	int32_t line;
	uint32_t pc;
	int needz;
} xs;

/* xlate_types.c: pass 1 (s->tin, s->target, s->needz), 0 or -1 failed;
 * where control goes after pc (jump targets, falls through?); a switch's
 * default and cases (malloc'd values and targets), their count. */
int xl_pass1(xs *s);
int xl_succ(xs *s, uint32_t pc, uint32_t *out, int *falls);
int xl_switch(xs *s, uint32_t pc, uint32_t *dflt, int32_t **vals, uint32_t **tgts);

/* xlate.c: emitter */
void xl_emit(xs *s, uint32_t w);
void xl_abc(xs *s, int op, uint32_t a, uint32_t b, uint32_t c);
void xl_abx(xs *s, int op, uint32_t a, uint32_t bx);
void xl_xop(xs *s, int xop, uint32_t a, uint32_t b, uint32_t c);
/* A jump (op: JMP or an ABCW jump) to JVM pc target, through a
 * trampoline when the target's exception region differs. */
void xl_jump(xs *s, int op, uint32_t a, uint32_t b, uint32_t c, uint32_t target);
uint32_t xl_kint(xs *s, int32_t v);
uint32_t xl_kflt(xs *s, double d);
uint32_t xl_kstr(xs *s, const char *str);
void xl_loadint(xs *s, uint32_t r, int32_t v);
void xl_getg(xs *s, uint32_t r, const char *gname);
int xl_fail(xs *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static inline uint16_t
xl_u16(const uint8_t *c)
{
	return (uint16_t)(c[0] << 8 | c[1]);
}

static inline int32_t
xl_s32(const uint8_t *c)
{
	return (int32_t)((uint32_t)c[0] << 24 | (uint32_t)c[1] << 16 | (uint32_t)c[2] << 8 | c[3]);
}

/* The stack type of a descriptor's first type: I J F D or A. */
static inline char
xl_ftype(char d)
{
	return d == 'J'                 ? 'J'
	       : d == 'F'               ? 'F'
	       : d == 'D'               ? 'D'
	       : (d == 'L' || d == '[') ? 'A'
	                                : 'I';
}

/* A new proto of the image holding s's code, lines and constants (s gives
 * them up): its index. */
uint32_t xl_proto(xs *s, const char *name, const char *file, int is_method, uint16_t nparams);
/* A method descriptor's parameter types (t[i] points at each one's
 * descriptor) and its return type (*ret): their count, or -1 if malformed
 * or more than max. */
int xl_params(const char *desc, const char **t, int max, const char **ret);
/* The method uses registers below top + 1. */
void xl_use_regs(xs *s, uint32_t top);
/* The class named, or NULL after xl_fail. */
jv_class *xl_cls(xs *s, const char *name);
/* Pop a value and give its register (*pos: its slot, if pos). */
uint32_t xl_popr(xs *s, uint32_t *pos);
/* xlate_call.c: invoke* and get/put field/static at s->pc. */
int xl_invoke(xs *s, uint8_t op, uint16_t idx);
int xl_field(xs *s, uint8_t op, uint16_t idx);
/* A call's result (ret: its type, V none), in register r, pushed at slot
 * pos. */
void xl_push_result(xs *s, char ret, uint32_t r, uint32_t pos);

/* stack entries */
void xl_push_reg(xs *s, char t, uint32_t r);
void xl_push_int(xs *s, char t, int32_t v);
sent xl_pop(xs *s, uint32_t *pos);
uint32_t xl_reg(xs *s, sent *e, uint32_t pos);
void xl_canon(xs *s, uint32_t pos);
void xl_canon_all(xs *s);
void xl_local_written(xs *s, uint32_t r);
bool xl_wide(char t);

void xl_monitor(xs *s, uint32_t r, int enter);
/* Before a synchronized method returns: its monitor given back. */
void xl_sync_exit(xs *s);

/* `new`, static fields and static calls of class d start its
 * initialisation unless it has certainly started (xlate_ops.c). */
void xl_initcheck(xs *s, jv_class *d);

/* xlate_ops.c: the code of the instruction at s->pc; 0, or -1 failed */
int xl_insn(xs *s);
