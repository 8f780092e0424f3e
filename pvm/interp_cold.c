/*
 * interp_cold.c - the interpreter's cold paths (interp_cold.h): an error
 * on a field access, a new closure, a new exception handler. Kept out of
 * interp.c so the dispatch loop's file holds the loop and its fast paths;
 * none of these runs in a tight loop.
 */
#include <string.h>
#include "gc.h"
#include "heap.h"
#include "interp_cold.h"
#include "thread.h"

/* GETF / SETF on o, not an instance with that field. */
void
pv_field_error(pv_vm *vm, pv_value o, const char *what)
{
	if (o == PV_NULL)
		pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: cannot %s field of null", what);
	else
		pv_throw(vm, "bad field access on %s", pv_typename(vm, o));
}

int
pv_make_closure(pv_vm *vm, pv_closure *cl, pv_value *R, uint32_t idx, pv_value *out)
{
	pv_proto *p = (pv_proto *)cl->p->protos->v[idx];
	pv_closure *c = pv_alloc(vm, PV_K_CLOSURE, sizeof(pv_closure) + p->nupv * sizeof(pv_box *),
	                         vm->cls[PV_C_FUNCTION]);
	c->p = p;
	c->cls = cl->cls;
	c->nupv = p->nupv;
	for (uint32_t u = 0; u < p->nupv; u++) {
		uint8_t from_local = p->upv->b[2 * u], i = p->upv->b[2 * u + 1];
		pv_value b = from_local ? R[i] : pv_val(cl->upv[i]);
		if (!pv_is(b, PV_K_BOX))
			return pv_throw(vm, "internal error: captured variable is not boxed");
		c->upv[u] = (pv_box *)b;
	}
	*out = pv_val(c);
	return PV_OK;
}

int
pv_push_handler(pv_vm *vm, pv_thread *th, uint32_t pc, uint32_t reg)
{
	if (3 * (th->nhandlers + 1) > th->handlers->n) {
		pv_vals *h = pv_vals_new(vm, th->handlers->n * 2);
		memcpy(h->v, th->handlers->v, 3 * th->nhandlers * sizeof(pv_value));
		th->handlers = h;
		PV_WB(vm, th, pv_val(h));
	}
	pv_value *h = &th->handlers->v[3 * th->nhandlers++];
	h[0] = pv_mkint(th->nframes - 1);
	h[1] = pv_mkint(pc);
	h[2] = pv_mkint(reg);
	return PV_OK;
}
