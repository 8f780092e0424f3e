/*
 * interp.c - the bytecode interpreter: one dispatch loop (the one sanctioned
 * giant function), stackless.
 *
 * A call from bytecode to bytecode pushes a frame record and continues in
 * the same loop; a native that needs bytecode (sort's comparator, a
 * toString) redirects to a prelude function the same way. So a thread can
 * stop at any instruction boundary with all of its state in the heap:
 * frame records hold the closure, pc and register base; registers live in
 * the thread's stack object.
 *
 * Frame pc convention: with PV_FR_FRESH set, pc is the next instruction to
 * run (a new frame, a thread stopped by a trap or blocked in a restartable
 * native); without it, pc is a call in progress, and a return resumes after
 * it. Hot state (pc, registers, constants) is kept in locals and written
 * back (SAVE) before anything that can call, allocate, throw or block.
 *
 * Built twice from this source: computed goto (PV_COMPUTED_GOTO=1, the
 * default with GCC) and a plain switch; the tests run both.
 */
#include <string.h>
#include "arena.h"
#include "array.h"
#include "gc.h"
#include "heap.h"
#include "interp.h"
#include "interp_cold.h"
#include "map.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "thread.h"
#include "xops.h"

#ifndef PV_COMPUTED_GOTO
#define PV_COMPUTED_GOTO 1
#endif

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

enum { INV_PUSHED, INV_DONE, INV_ERR, INV_BLOCK };

volatile uint32_t pv_snap_request;
void (*pv_snap_hook)(void);

static pv_natcall natcall; /* the library's: pv_libs_bind */

void
pv_interp_natives(pv_natcall call)
{
	natcall = call;
}

static int
call_native(pv_vm *vm, uint32_t index, pv_value *a, int n)
{
	if (unlikely(!natcall))
		return pv_throw(vm, "native function %u: no library is bound", index);
	return natcall(vm, index, a, n);
}

/* A thread just stopped at a boundary with its state in the arena. */
static void
snap_point(void)
{
	if (unlikely(pv_snap_request) && pv_snap_hook)
		pv_snap_hook();
}

/* Call callee on stack[a ..]: method convention (receiver at a, nargs
 * after it) or function convention (callee at a, arguments after it). */
static int
invoke(pv_vm *vm, pv_thread *th, pv_value callee, uint32_t a, int nargs, int method)
{
	if (pv_is(callee, PV_K_CLOSURE)) {
		uint32_t base = method ? a : a + 1;
		int rc = pv_thread_push(vm, th, (pv_closure *)callee, base, nargs + method,
		                        (int32_t)a, 0);
		return rc == PV_OK ? INV_PUSHED : INV_ERR;
	}
	if (!pv_is(callee, PV_K_NATIVE)) {
		pv_throw(vm, "cannot call %s",
		         callee == PV_NULL ? "null" : pv_typename(vm, callee));
		return INV_ERR;
	}
	pv_native *f = (pv_native *)callee;
	if (f->arity >= 0 && nargs != f->arity) {
		pv_throw(vm, "wrong argument count: %s takes %d, got %d", f->name->s, f->arity,
		         nargs);
		return INV_ERR;
	}
	switch (call_native(vm, f->index, &th->stack->v[a], nargs)) {
	case PV_OK:
		return INV_DONE;
	case PV_BLOCK:
		return INV_BLOCK;
	case PV_REDIRECT: {
		pv_closure *cl = (pv_closure *)vm->redirect;
		vm->redirect = PV_NULL;
		int rc = pv_thread_push(vm, th, cl, a, nargs + 1, (int32_t)a, 0);
		return rc == PV_OK ? INV_PUSHED : INV_ERR;
	}
	default:
		return INV_ERR;
	}
}

/* Run prelude function `name`(x, y) above the current frame; its result
 * goes to stack[ret]. */
static int
call_prelude2(pv_vm *vm, pv_thread *th, const char *name, pv_value x, pv_value y, uint32_t ret)
{
	pv_frame *fr = &th->frames->f[th->nframes - 1];
	uint32_t top = fr->base + fr->cl->p->nregs;
	pv_value f = pv_global_get(vm, name);
	if (!pv_is(f, PV_K_CLOSURE)) {
		pv_throw(vm, "internal error: the prelude has no %s", name);
		return INV_ERR;
	}
	if (pv_stack_reserve(vm, th, top + 3) != PV_OK)
		return INV_ERR;
	th->stack->v[top] = f;
	th->stack->v[top + 1] = x;
	th->stack->v[top + 2] = y;
	if (pv_thread_push(vm, th, (pv_closure *)f, top + 1, 2, (int32_t)ret, 0) != PV_OK)
		return INV_ERR;
	return INV_PUSHED;
}

/* The fast path of a call from bytecode (OP_CALL: method 0, OP_CALLM: 1)
 * to closure fc with nargs arguments, its parameter values (for a method:
 * this first) at stack[base..]: when the arity is right and the frame and
 * registers fit without growing, push the frame here and return it; else
 * NULL, and invoke() takes the slow path (it grows, checks and reports).
 * method is a constant at each use, so the test folds. */
static inline pv_frame *
push_fast(pv_thread *th, pv_closure *fc, uint32_t base, uint32_t nargs, int method, int32_t ret)
{
	pv_proto *np = fc->p;
	if (unlikely(np->nparams != nargs || (!method && np->is_method) ||
	             th->nframes >= th->frames->n || th->nframes >= PV_MAX_FRAMES ||
	             base + np->nregs + 4 > th->stack->n))
		return NULL;
	pv_value *nr = th->stack->v + base;
	for (uint32_t r = nargs + (uint32_t)method; r < np->nregs + 4u; r++)
		nr[r] = PV_NULL; /* all the collector scans (gc.c), as pv_thread_push */
	pv_frame *nf = &th->frames->f[th->nframes++];
	nf->cl = fc;
	nf->pc = 0;
	nf->base = base;
	nf->ret = ret;
	nf->flags = 0;
	return nf;
}

/* `new C(args)` for a language class: the instance is already at
 * stack[a]; push init (if any) and every <finit> in the chain above it. */
static int
construct(pv_vm *vm, pv_thread *th, pv_class *c, uint32_t a, int nargs)
{
	int other;
	pv_value init = pv_method_get(c->methods, vm->s_init, nargs, &other);
	if (init && pv_is(init, PV_K_CLOSURE)) {
		if (pv_thread_push(vm, th, (pv_closure *)init, a, nargs + 1, -1, PV_FR_CTOR) !=
		    PV_OK)
			return INV_ERR;
	} else if (nargs != 0 || other) {
		pv_throw(vm, "wrong argument count: no %s.init() takes %d", c->name->s, nargs);
		return INV_ERR;
	}
	int pushed = th->frames->f[th->nframes - 1].flags & PV_FR_CTOR;
	pv_value self = th->stack->v[a];
	for (pv_class *k = c; k; k = k->super) {
		if (!k->finit)
			continue;
		pv_frame *top = &th->frames->f[th->nframes - 1];
		uint32_t base = top->base + top->cl->p->nregs;
		if (pv_stack_reserve(vm, th, base + 1) != PV_OK)
			return INV_ERR;
		th->stack->v[base] = self;
		if (pv_thread_push(vm, th, k->finit, base, 1, -1, 0) != PV_OK)
			return INV_ERR;
		pushed = 1;
	}
	return pushed ? INV_PUSHED : INV_DONE;
}

static int
new_object(pv_vm *vm, pv_thread *th, uint32_t a, int nargs)
{
	pv_value cv = th->stack->v[a];
	if (!pv_is(cv, PV_K_CLASS)) {
		pv_throw(vm, "new: %s is not a class", pv_typename(vm, cv));
		return INV_ERR;
	}
	pv_class *c = (pv_class *)cv;
	if (c->ctor >= 0) {
		int rc = call_native(vm, (uint32_t)c->ctor, &th->stack->v[a], nargs);
		return rc == PV_OK ? INV_DONE : rc == PV_BLOCK ? INV_BLOCK : INV_ERR;
	}
	if (c->cflags & PV_CF_NATIVE) {
		pv_throw(vm, "cannot create a %s with new", c->name->s);
		return INV_ERR;
	}
	pv_inst *o = pv_inst_new(vm, c);
	th->stack->v[a] = pv_val(o);
	return construct(vm, th, c, a, nargs);
}

#define RA     (R[I_A(i)])
#define RB     (R[I_B(i)])
#define RC     (R[I_C(i)])
#define SAVE() (fr->pc = (uint32_t)(ipc - code))
#define RELOAD()                                      \
	do {                                          \
		fr = &th->frames->f[th->nframes - 1]; \
		cl = fr->cl;                          \
		p = cl->p;                            \
		code = PV_CODE(p);                    \
		K = p->k->v;                          \
		R = th->stack->v + fr->base;          \
	} while (0)
/* Start in frame nf, just pushed by push_fast. */
#define ENTER_NEW(nf)                        \
	do {                                 \
		fr = (nf);                   \
		cl = fr->cl;                 \
		p = cl->p;                   \
		code = pc = PV_CODE(p);      \
		K = p->k->v;                 \
		R = th->stack->v + fr->base; \
	} while (0)
/* Continue in the top frame: a fresh one at its pc, a caller after its call. */
#define ENTER()                                              \
	do {                                                 \
		RELOAD();                                    \
		pc = code + fr->pc;                          \
		if (fr->flags & PV_FR_FRESH)                 \
			fr->flags &= ~(uint32_t)PV_FR_FRESH; \
		else                                         \
			pc += pv_op_len(I_OP(*pc));          \
	} while (0)
#define TRAPCHECK()                     \
	do {                            \
		if (unlikely(vm->trap)) \
			budget = 0;     \
	} while (0)
#define AFTER_INVOKE(rc)                             \
	do {                                         \
		switch (rc) {                        \
		case INV_PUSHED:                     \
			ENTER();                     \
			TRAPCHECK();                 \
			break;                       \
		case INV_DONE:                       \
			R = th->stack->v + fr->base; \
			TRAPCHECK();                 \
			break;                       \
		case INV_BLOCK:                      \
			goto do_block;               \
		default:                             \
			goto do_throw;               \
		}                                    \
	} while (0)
/* R[A] = R[B] OPER sC: small integers inline, the rest (floats, a string
 * + int joining, boxed ints past 31 bits) through pv_arith's SLOW. */
#define ARITH_IMM(OPER, SLOW)                                              \
	{                                                                  \
		pv_value b = RB;                                           \
		if (likely(pv_is_int(b))) {                                \
			int32_t r = pv_ival(b) OPER I_sC(i);               \
			if (likely(pv_int_fits(r))) {                      \
				RA = pv_mkint(r);                          \
				vmbreak;                                   \
			}                                                  \
		}                                                          \
		SAVE();                                                    \
		rc = pv_arith(vm, SLOW, b, pv_mkint(I_sC(i)), &RA);        \
		if (rc == 2)                                               \
			goto do_block;                                     \
		if (rc != 0)                                               \
			goto do_throw; /* a string + int joins: never 1 */ \
		TRAPCHECK();                                               \
		vmbreak;                                                   \
	}
#define JUMPW(cond)                            \
	do {                                   \
		int32_t off_ = (int32_t)*pc++; \
		if (cond)                      \
			pc += off_;            \
	} while (0)

#if PV_COMPUTED_GOTO
#define vmdispatch(o) goto *disptab[o];
#define vmcase(l)     L_##l:
#define vmbreak                         \
	do {                            \
		FETCH();                \
		goto *disptab[I_OP(i)]; \
	} while (0)
#else
#define vmdispatch(o) switch (o)
#define vmcase(l)     case l:
#define vmbreak       break
#endif
#define FETCH()                             \
	do {                                \
		ipc = pc;                   \
		i = *pc++;                  \
		if (unlikely(--budget < 0)) \
			goto do_trap;       \
	} while (0)

/* On a cache line of its own: where the linker happens to put the loop
 * (other files growing) moved an integer loop's time by 15%. */
__attribute__((aligned(64))) int
pv_interp(pv_vm *vm, pv_thread *th)
{
#if PV_COMPUTED_GOTO
	static const void *const disptab[OP_N] = {
#define OP(name, fmt, a, b, c, w, sem) &&L_OP_##name,
#include "pvm/opcodes.def"
#undef OP
	};
#endif
	pv_frame *fr;
	pv_closure *cl;
	pv_proto *p;
	const uint32_t *code, *pc, *ipc;
	pv_value *R, *K;
	uint32_t i;
	int budget = PV_SLICE, rc;

	if (th->nframes == 0)
		return PV_RUN_DONE;
	th->state = PV_TS_READY;
	ENTER();
	ipc = pc;
	if (th->exc)
		goto do_throw; /* thrown while it was stopped (out of memory) */
	for (;;) {
		FETCH();
		vmdispatch(I_OP(i))
		{
			vmcase(OP_NOP) vmbreak;
			vmcase(OP_MOVE)
			{
				RA = RB;
				vmbreak;
			}
			vmcase(OP_LOADK)
			{
				RA = K[I_Bx(i)];
				vmbreak;
			}
			vmcase(OP_LOADI)
			{
				RA = pv_mkint(I_sBx(i));
				vmbreak;
			}
			vmcase(OP_LOADNIL)
			{
				RA = PV_NULL;
				vmbreak;
			}
			vmcase(OP_LOADBOOL)
			{
				RA = pv_bool(I_B(i));
				vmbreak;
			}
			vmcase(OP_GETG)
			{
				uint32_t slot = ((uint32_t *)(void *)p->gslot->b)[I_Bx(i)];
				RA = vm->globals->v[slot];
				vmbreak;
			}
			vmcase(OP_SETG)
			{
				uint32_t slot = ((uint32_t *)(void *)p->gslot->b)[I_Bx(i)];
				PV_SET(vm, vm->globals, vm->globals->v[slot], RA);
				vmbreak;
			}
			vmcase(OP_GETF)
			{
				pv_value o = RB;
				if (unlikely(!pv_is(o, PV_K_INST) || I_C(i) >= ((pv_inst *)o)->n))
					goto field_fault;
				RA = ((pv_inst *)o)->f[I_C(i)];
				vmbreak;
			}
			vmcase(OP_SETF)
			{
				pv_value o = RA;
				if (unlikely(!pv_is(o, PV_K_INST) || I_B(i) >= ((pv_inst *)o)->n))
					goto field_fault;
				PV_SET(vm, o, ((pv_inst *)o)->f[I_B(i)], RC);
				vmbreak;
			}
			vmcase(OP_GETU)
			{
				RA = cl->upv[I_B(i)]->v;
				vmbreak;
			}
			vmcase(OP_SETU)
			{
				pv_box *b = cl->upv[I_B(i)];
				PV_SET(vm, b, b->v, RA);
				vmbreak;
			}
			vmcase(OP_NEWBOX)
			{
				SAVE();
				RA = pv_val(pv_box_new(vm, RB));
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_GETBOX)
			{
				pv_value b = RB;
				if (unlikely(!pv_is(b, PV_K_BOX))) {
					pv_throw(vm, "internal error: not a box");
					goto do_throw;
				}
				RA = ((pv_box *)b)->v;
				vmbreak;
			}
			vmcase(OP_SETBOX)
			{
				pv_value b = RA;
				if (unlikely(!pv_is(b, PV_K_BOX))) {
					pv_throw(vm, "internal error: not a box");
					goto do_throw;
				}
				PV_SET(vm, b, ((pv_box *)b)->v, RB);
				vmbreak;
			}
			vmcase(OP_ADD)
			{
				pv_value b = RB, c = RC;
				if (likely(pv_is_int(b & c))) {
					int32_t r = pv_ival(b) + pv_ival(c);
					if (likely(pv_int_fits(r))) {
						RA = pv_mkint(r);
						vmbreak;
					}
				}
				goto arith;
			}
			vmcase(OP_SUB)
			{
				pv_value b = RB, c = RC;
				if (likely(pv_is_int(b & c))) {
					int32_t r = pv_ival(b) - pv_ival(c);
					if (likely(pv_int_fits(r))) {
						RA = pv_mkint(r);
						vmbreak;
					}
				}
				goto arith;
			}
			vmcase(OP_MUL)
			{
				pv_value b = RB, c = RC;
				if (likely(pv_is_int(b & c))) {
					int64_t r = (int64_t)pv_ival(b) * pv_ival(c);
					if (likely(r >= PV_INT_MIN && r <= PV_INT_MAX)) {
						RA = pv_mkint((int32_t)r);
						vmbreak;
					}
				}
				goto arith;
			}
			vmcase(OP_BAND)
			{
				pv_value b = RB, c = RC;
				if (likely(pv_is_int(b & c))) {
					RA = b & c; /* the tag bit survives the and */
					vmbreak;
				}
				goto arith;
			}
			vmcase(OP_BOR)
			{
				pv_value b = RB, c = RC;
				if (likely(pv_is_int(b & c))) {
					RA = b | c;
					vmbreak;
				}
				goto arith;
			}
			vmcase(OP_DIV) vmcase(OP_MOD) vmcase(OP_BXOR) vmcase(OP_SHL) vmcase(OP_SHR)
			{
arith:
				SAVE();
				rc = pv_arith(vm, (int)I_OP(i), RB, RC, &RA);
				if (rc == 1) {
					rc = call_prelude2(vm, th, "__concat", RB, RC,
					                   fr->base + I_A(i));
					AFTER_INVOKE(rc);
					vmbreak;
				}
				if (rc == 2)
					goto do_block;
				if (rc < 0)
					goto do_throw;
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_ADDI) ARITH_IMM(+, OP_ADD);
			vmcase(OP_EQ)
			{
				RA = pv_bool(pv_equal(RB, RC));
				vmbreak;
			}
			vmcase(OP_NE)
			{
				RA = pv_bool(!pv_equal(RB, RC));
				vmbreak;
			}
			vmcase(OP_LT) vmcase(OP_LE)
			{
				int r;
				pv_value b = RB, c = RC;
				if (likely(pv_is_int(b & c))) {
					r = I_OP(i) == OP_LT ? pv_ival(b) < pv_ival(c)
					                     : pv_ival(b) <= pv_ival(c);
					RA = pv_bool(r);
					vmbreak;
				}
				SAVE();
				if (pv_compare(vm, I_OP(i) == OP_LE, RB, RC, &r) < 0)
					goto do_throw;
				RA = pv_bool(r);
				vmbreak;
			}
			vmcase(OP_NEG) vmcase(OP_BNOT)
			{
				SAVE();
				if (pv_unary(vm, (int)I_OP(i), RB, &RA) < 0)
					goto do_throw;
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_NOT)
			{
				RA = pv_bool(!pv_truthy(RB));
				vmbreak;
			}
			vmcase(OP_JMP)
			{
				pc += I_sJ(i);
				vmbreak;
			}
			vmcase(OP_JT)
			{
				JUMPW(pv_truthy(RA));
				vmbreak;
			}
			vmcase(OP_JF)
			{
				JUMPW(!pv_truthy(RA));
				vmbreak;
			}
			vmcase(OP_JLT) vmcase(OP_JLE)
			{
				pv_value a = RA, b = RB;
				int r;
				if (likely(pv_is_int(a & b)))
					r = I_OP(i) == OP_JLT ? pv_ival(a) < pv_ival(b)
					                      : pv_ival(a) <= pv_ival(b);
				else {
					SAVE();
					if (pv_compare(vm, I_OP(i) == OP_JLE, a, b, &r) < 0)
						goto do_throw;
				}
				JUMPW(r == (int)I_C(i));
				vmbreak;
			}
			vmcase(OP_JEQ)
			{
				JUMPW(pv_equal(RA, RB) == (int)I_C(i));
				vmbreak;
			}
			vmcase(OP_JLTI) vmcase(OP_JLEI) vmcase(OP_JGTI) vmcase(OP_JGEI)
			{
				pv_value a = RA;
				int32_t b = I_sB(i);
				int r;
				if (likely(pv_is_int(a))) {
					int32_t x = pv_ival(a);
					switch (I_OP(i)) {
					case OP_JLTI:
						r = x < b;
						break;
					case OP_JLEI:
						r = x <= b;
						break;
					case OP_JGTI:
						r = x > b;
						break;
					default:
						r = x >= b;
						break;
					}
				} else {
					SAVE();
					int swap = I_OP(i) == OP_JGTI || I_OP(i) == OP_JGEI;
					int le = I_OP(i) == OP_JLEI || I_OP(i) == OP_JGEI;
					pv_value bv = pv_mkint(b);
					if (pv_compare(vm, le, swap ? bv : a, swap ? a : bv, &r) <
					    0)
						goto do_throw;
				}
				JUMPW(r == (int)I_C(i));
				vmbreak;
			}
			vmcase(OP_CALL)
			{
				pv_value f = RA;
				pv_frame *nf;
				SAVE();
				if (likely(pv_is(f, PV_K_CLOSURE)) &&
				    likely(nf = push_fast(th, (pv_closure *)f,
				                          fr->base + I_A(i) + 1, I_B(i), 0,
				                          (int32_t)(fr->base + I_A(i))))) {
					ENTER_NEW(nf);
					vmbreak;
				}
				rc = invoke(vm, th, RA, fr->base + I_A(i), (int)I_B(i), 0);
				AFTER_INVOKE(rc);
				vmbreak;
			}
			vmcase(OP_CALLM)
			{
				uint32_t w = *pc++;
				pv_value recv = RA, m;
				pv_class *c =
					pv_is_obj(recv) ? pv_obj(recv)->cls : pv_class_of(vm, recv);
				pv_value *ic = &p->ic->v[2 * (w >> 16)];
				SAVE();
				if (likely(ic[0] == pv_val(c)))
					m = ic[1];
				else if (recv == PV_NULL) {
					pv_throw_k(vm, PV_E_NULL, 0, 0,
					           "null receiver: cannot call %s() on null",
					           PV_STR(K[w & 0xffff])->s);
					goto do_throw;
				} else {
					m = pv_find_method(vm, recv, c, K[w & 0xffff], (int)I_B(i));
					if (!m)
						goto do_throw;
					if (!pv_is(recv, PV_K_CLASS)) {
						PV_SET(vm, p->ic, ic[0], pv_val(c));
						PV_SET(vm, p->ic, ic[1], m);
					}
				}
				pv_frame *nf;
				if (likely(pv_is(m, PV_K_CLOSURE)) &&
				    likely(nf = push_fast(th, (pv_closure *)m, fr->base + I_A(i),
				                          I_B(i), 1,
				                          (int32_t)(fr->base + I_A(i))))) {
					ENTER_NEW(nf);
					vmbreak;
				}
				rc = invoke(vm, th, m, fr->base + I_A(i), (int)I_B(i), 1);
				AFTER_INVOKE(rc);
				vmbreak;
			}
			vmcase(OP_SUPER)
			{
				uint32_t w = *pc++;
				SAVE();
				pv_class *sc = cl->cls ? cl->cls->super : NULL;
				pv_value m = 0;
				int other;
				if (RA == PV_NULL) {
					pv_throw_k(vm, PV_E_NULL, 0, 0,
					           "null receiver: cannot call %s() on null",
					           PV_STR(K[w & 0xffff])->s);
					goto do_throw;
				}
				if (sc)
					m = pv_method_get(sc->methods, K[w & 0xffff], (int)I_B(i),
					                  &other);
				if (!m) {
					pv_throw(vm, "no method %s() in the superclass",
					         PV_STR(K[w & 0xffff])->s);
					goto do_throw;
				}
				rc = invoke(vm, th, m, fr->base + I_A(i), (int)I_B(i), 1);
				AFTER_INVOKE(rc);
				vmbreak;
			}
			vmcase(OP_NEW)
			{
				SAVE();
				rc = new_object(vm, th, fr->base + I_A(i), (int)I_B(i));
				AFTER_INVOKE(rc);
				vmbreak;
			}
			vmcase(OP_RET) vmcase(OP_RETNIL)
			{
				pv_value v = I_OP(i) == OP_RET ? RA : PV_NULL;
				uint32_t fi = th->nframes - 1;
				while (th->nhandlers &&
				       (uint32_t)pv_ival(
					       th->handlers->v[3 * (th->nhandlers - 1)]) >= fi)
					th->nhandlers--;
				if (fr->ret >= 0 && !(fr->flags & PV_FR_CTOR))
					th->stack->v[fr->ret] = v;
				th->nframes = fi;
				if (fi == 0) {
					PV_SET(vm, th, th->result, v);
					return PV_RUN_DONE;
				}
				ENTER();
				vmbreak;
			}
			vmcase(OP_CLOSURE)
			{
				SAVE();
				if (pv_make_closure(vm, cl, R, I_Bx(i), &RA) != PV_OK)
					goto do_throw;
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_NEWARR)
			{
				SAVE();
				RA = pv_array_from(vm, &RB, I_C(i));
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_NEWMAP)
			{
				SAVE();
				RA = pv_map_from(vm, &RB, I_C(i));
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_GETIDX)
			{
				pv_value o = RB, k = RC;
				if (likely(pv_is(o, PV_K_ARRAY) && pv_is_int(k) &&
				           (uint32_t)pv_ival(k) < ((pv_array *)o)->len)) {
					RA = ((pv_array *)o)->items->v[pv_ival(k)];
					vmbreak;
				}
				SAVE();
				if (pv_index_get(vm, o, k, &RA) < 0)
					goto do_throw;
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_SETIDX)
			{
				SAVE();
				if (pv_index_set(vm, RA, RB, RC) < 0)
					goto do_throw;
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_FORPREP)
			{
				SAVE();
				if (pv_iter_prep(vm, RB, &RA) < 0)
					goto do_throw;
				R[I_A(i) + 1] = pv_mkint(0);
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_FORNEXT)
			{
				pv_array *a = (pv_array *)RA;
				int32_t k = pv_ival(R[I_A(i) + 1]);
				int more = pv_is(RA, PV_K_ARRAY) && (uint32_t)k < a->len;
				if (more) {
					RB = a->items->v[k];
					R[I_A(i) + 1] = pv_mkint(k + 1);
				}
				JUMPW(!more);
				vmbreak;
			}
			vmcase(OP_TRY)
			{
				int32_t off = (int32_t)*pc++;
				SAVE();
				pv_push_handler(vm, th, (uint32_t)(pc - code + off), I_A(i));
				vmbreak;
			}
			vmcase(OP_ENDTRY)
			{
				if (th->nhandlers)
					th->nhandlers--;
				vmbreak;
			}
			vmcase(OP_THROW)
			{
				SAVE();
				PV_SET(vm, th, th->exc, RA);
				goto do_throw;
			}
			/* Last: placed beside ADDI, it made GCC lay the loop out
			 * so that an integer loop ran 17% slower (tests/bench/lang). */
			vmcase(OP_SUBI) ARITH_IMM(-, OP_SUB);
			/* After SUBI, for the same reason: Java's long and float
			 * arithmetic, conversions and type tests (xops.def). */
			vmcase(OP_XOP)
			{
				uint32_t w = *pc++;
				SAVE();
				rc = pv_xop(vm, w, RB, RC, &RA);
				if (rc == 2)
					goto do_block;
				if (rc < 0)
					goto do_throw;
				TRAPCHECK();
				vmbreak;
			}
			vmcase(OP_JIS)
			{
				JUMPW((RA == RB) == (int)I_C(i));
				vmbreak;
			}
#if !PV_COMPUTED_GOTO
		default:
			pv_throw(vm, "internal error: bad opcode");
			goto do_throw;
#endif
		}
	}

field_fault:
	/* GETF or SETF (i) on a value without that field: out of the loop,
	 * whose layout is fragile (see SUBI); saved first, for the error hook */
	SAVE();
	if (I_OP(i) == OP_GETF)
		pv_field_error(vm, RB, "read");
	else
		pv_field_error(vm, RA, "write");
do_throw:
	/* th->exc is set; ipc is the faulting instruction of the top frame. */
	fr = &th->frames->f[th->nframes - 1];
	fr->pc = (uint32_t)(ipc - PV_CODE(fr->cl->p));
	if (th->nhandlers == 0) {
		pv_report(vm, th, th->exc);
		return PV_RUN_FAILED;
	}
	{
		pv_value *h = &th->handlers->v[3 * --th->nhandlers];
		th->nframes = (uint32_t)pv_ival(h[0]) + 1;
		RELOAD();
		pc = code + pv_ival(h[1]);
		R[pv_ival(h[2])] = th->exc;
		th->exc = PV_NULL;
		fr->flags &= ~(uint32_t)PV_FR_FRESH;
		ipc = pc;
	}
	/* Continue at the handler through the scheduler: one code path. */
	fr->pc = (uint32_t)(pc - code);
	fr->flags |= PV_FR_FRESH;
	return PV_RUN_YIELD;

do_trap:
	fr->pc = (uint32_t)(ipc - code);
	fr->flags |= PV_FR_FRESH;
	snap_point();
	return PV_RUN_YIELD;

do_block:
	fr = &th->frames->f[th->nframes - 1];
	fr->pc = (uint32_t)(ipc - PV_CODE(fr->cl->p));
	fr->flags |= PV_FR_FRESH;
	snap_point();
	return PV_RUN_BLOCKED;
}
