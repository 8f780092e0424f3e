/*
 * natives.c - binding natives.def to classes, calling natives, and the
 * argument checkers.
 *
 * Calling convention: a[0] is the receiver (for a static or a global
 * function: the class or the function itself), a[1..n] the arguments; the
 * result goes to a[0]. A native returns PV_OK, PV_ERR (it threw: vm->cur->exc
 * is set), PV_BLOCK (restartable: the thread waits and the call runs again
 * later) or PV_REDIRECT (vm->redirect is a closure to run in its place with
 * the same a[0..n], for work that calls back into bytecode, such as sort
 * with a comparator: no C frame ever waits on bytecode).
 */
#include <string.h>
#include "module.h"
#include "natives.h"

enum { M = PV_NAT_M, S = PV_NAT_S, G = PV_NAT_G, C = PV_NAT_C };

static const pv_natdef table[] = {
#define NAT(cls, name, arity, kind, fn) { PV_C_##cls, #name, arity, kind, fn },
#include "pvm/natives.def"
#undef NAT
};
#define NNATIVES (sizeof table / sizeof table[0])

/* The native being run and its module (NULL: core), for error messages. */
static const pv_natdef *current;
static const pv_module *current_mod;

int
pv_native_call(pv_vm *vm, uint32_t index, pv_value *a, int n)
{
	const pv_module *mod = NULL;
	const pv_natdef *d = index < NNATIVES ? &table[index] : pv_module_native(index, &mod);
	if (!d)
		return pv_throw(vm, "unknown native function %u", index);
	const pv_natdef *save = current;
	const pv_module *save_mod = current_mod;
	current = d;
	current_mod = mod;
	int rc = d->fn(vm, a, n);
	current = save;
	current_mod = save_mod;
	return rc;
}

/* Native `index` (described by d) as a Function, put where its kind says:
 * a method or a static of c, a global, or c's constructor. */
void
pv_native_bind(pv_vm *vm, uint32_t index, const pv_natdef *d, pv_class *c)
{
	if (d->kind == PV_NAT_C) {
		c->ctor = (int32_t)index;
		return;
	}
	pv_native *f = pv_alloc(vm, PV_K_NATIVE, sizeof(pv_native), vm->cls[PV_C_FUNCTION]);
	f->index = index;
	f->arity = d->arity;
	f->name = PV_STR(pv_intern(vm, d->name, strlen(d->name)));
	f->owner = c;
	if (d->kind == PV_NAT_M)
		pv_map_put(vm, c->methods, pv_val(f->name), pv_val(f));
	else if (d->kind == PV_NAT_S)
		pv_map_put(vm, c->statics, pv_val(f->name), pv_val(f));
	else
		pv_global_set(vm, pv_val(f->name), pv_val(f));
}

/* A class made outside the language gets Object's methods it lacks. */
void
pv_inherit_object(pv_vm *vm, pv_class *c)
{
	pv_map *om = vm->cls[PV_C_OBJECT]->methods;
	pv_value dummy;
	for (uint32_t e = 0; e < om->used && c != vm->cls[PV_C_OBJECT]; e++)
		if (om->ent->v[2 * e] != PV_TOMB &&
		    !pv_map_get(c->methods, om->ent->v[2 * e], &dummy))
			pv_map_put(vm, c->methods, om->ent->v[2 * e], om->ent->v[2 * e + 1]);
}

void
pv_natives_install(pv_vm *vm)
{
	for (uint32_t i = 0; i < NNATIVES; i++)
		pv_native_bind(vm, i, &table[i], vm->cls[table[i].cls]);
	for (int c = 0; c < PV_C_N; c++)
		if (vm->cls[c])
			pv_inherit_object(vm, vm->cls[c]);
}

int
pv_redirect(pv_vm *vm, const char *global)
{
	pv_value f = pv_global_get(vm, global);
	if (!pv_is(f, PV_K_CLOSURE))
		return pv_throw(vm, "internal error: the prelude has no %s", global);
	vm->redirect = f;
	return PV_REDIRECT;
}

static int
argfail(pv_vm *vm, pv_value *a, int i, const char *want, int *err)
{
	const char *who = current ? current->name : "?";
	const char *cls = !current      ? "?"
	                  : current_mod ? (current->kind == G || !current_mod->classes
	                                           ? NULL
	                                           : current_mod->classes[current->cls].name)
	                  : current->cls == PV_C_INTERNAL ? NULL
	                                                  : vm->cls[current->cls]->name->s;
	*err = 1;
	if (!cls)
		return pv_throw(vm, "%s: argument %d must be %s, not %s", who, i, want,
		                pv_typename(vm, a[i]));
	return pv_throw(vm, "%s.%s: argument %d must be %s, not %s", cls, who, i, want,
	                pv_typename(vm, a[i]));
}

pv_value
pv_check_str(pv_vm *vm, pv_value *a, int i, int *err)
{
	if (pv_is_str(a[i]))
		return a[i];
	argfail(vm, a, i, "a string", err);
	return PV_NULL;
}

int32_t
pv_check_int(pv_vm *vm, pv_value *a, int i, int *err)
{
	if (pv_isint(a[i]))
		return pv_toint(a[i]);
	argfail(vm, a, i, "an integer", err);
	return 0;
}

double
pv_check_num(pv_vm *vm, pv_value *a, int i, int *err)
{
	if (pv_isnum(a[i]))
		return pv_tonum(a[i]);
	argfail(vm, a, i, "a number", err);
	return 0;
}

pv_array *
pv_check_array(pv_vm *vm, pv_value *a, int i, int *err)
{
	if (pv_is(a[i], PV_K_ARRAY))
		return (pv_array *)a[i];
	argfail(vm, a, i, "an array", err);
	return NULL;
}

int
pv_check_index(pv_vm *vm, int32_t i, uint32_t len, int *err)
{
	if (i >= 0 && (uint32_t)i < len)
		return 0;
	*err = 1;
	return pv_throw_k(vm, PV_E_INDEX, i, (int32_t)len, "index %d out of range (length %u)", i,
	                  len);
}
