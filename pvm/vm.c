/*
 * vm.c - creating a VM in an arena, the global table, classes and errors.
 *
 * Globals are slots: a name maps to an index in vm->globals once, and
 * linked code refers to the index (proto->gslot), so a global read is one
 * load. Built-in classes (classes.def) are created here, bare: their
 * methods come from the library, natives.def and the prelude (lib.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "arena.h"
#include "gc.h"
#include "group.h"
#include "heap.h"
#include "map.h"
#include "platform.h"
#include "str.h"
#include "vm.h"

static const char *const class_names[PV_C_N] = {
#define CLS(id, name) name,
#include "pvm/classes.def"
#undef CLS
};

pv_class *
pv_class_new(pv_vm *vm, pv_value name, pv_class *super)
{
	pv_class *c = pv_alloc(vm, PV_K_CLASS, sizeof(pv_class), vm->cls[PV_C_CLASS]);
	c->name = PV_STR(name);
	c->super = super;
	c->methods = pv_map_new(vm);
	c->statics = pv_map_new(vm);
	c->ikind = PV_K_INST;
	c->ctor = -1;
	if (super) {
		pv_map *sm = super->methods;
		for (uint32_t i = 0; i < sm->used; i++)
			if (sm->ent->v[2 * i] != PV_TOMB)
				pv_map_put(vm, c->methods, sm->ent->v[2 * i],
				           sm->ent->v[2 * i + 1]);
		c->fields = super->fields;
		c->nfields = super->nfields;
	}
	return c;
}

static void
make_builtin_classes(pv_vm *vm)
{
	/* Class and String must exist before names can be made. */
	vm->cls[PV_C_CLASS] = pv_alloc(vm, PV_K_CLASS, sizeof(pv_class), NULL);
	vm->cls[PV_C_CLASS]->h.cls = vm->cls[PV_C_CLASS];
	vm->cls[PV_C_STRING] = pv_alloc(vm, PV_K_CLASS, sizeof(pv_class), vm->cls[PV_C_CLASS]);
	vm->interned = pv_map_new(vm);
	pv_class *obj = pv_class_new(vm, pv_intern(vm, "Object", 6), NULL);
	vm->cls[PV_C_OBJECT] = obj;
	for (int i = 0; i < PV_C_N; i++) {
		pv_value name = pv_intern(vm, class_names[i], strlen(class_names[i]));
		pv_class *c = vm->cls[i];
		if (i == PV_C_OBJECT || i == PV_C_ERROR)
			continue; /* Error is a language class: the prelude, lib.c */
		if (!c)
			c = vm->cls[i] = pv_class_new(vm, name, obj);
		c->name = PV_STR(name);
		c->super = obj;
		if (!c->methods) {
			c->methods = pv_map_new(vm);
			c->statics = pv_map_new(vm);
			c->ctor = -1;
		}
		c->cflags = PV_CF_NATIVE;
	}
	for (int i = 0; i < PV_C_N; i++) { /* maps made before Map existed */
		if (!vm->cls[i])
			continue;
		vm->cls[i]->methods->h.cls = vm->cls[PV_C_MAP];
		vm->cls[i]->statics->h.cls = vm->cls[PV_C_MAP];
	}
	vm->interned->h.cls = vm->cls[PV_C_MAP];
	vm->cls[PV_C_ARRAY]->ikind = PV_K_ARRAY;
	vm->cls[PV_C_MAP]->ikind = PV_K_MAP;
	for (int i = 0; i < PV_C_N; i++)
		if (i != PV_C_INTERNAL && i != PV_C_ERROR)
			pv_global_set(vm, pv_val(vm->cls[i]->name), pv_val(vm->cls[i]));
}

pv_vm *
pv_vm_open(uintptr_t base, size_t size)
{
	pv_vm *vm = pv_arena_open(base, size);
	if (!vm)
		return NULL;
	memset(vm, 0, sizeof *vm);
	vm->magic = PV_MAGIC;
	vm->version = PV_VERSION;
	vm->arena_size = size;
	pv_heap_init(vm);
	vm->gindex = NULL;
	vm->globals = pv_vals_new(vm, 64);
	vm->gnames = pv_vals_new(vm, 64);
	vm->threads = pv_vals_new(vm, 8);
	vm->rng = pv_random_seed() | 1;
	vm->boots = 1;
	make_builtin_classes(vm);
	vm->s_init = pv_intern(vm, "init", 4);
	vm->s_tostring = pv_intern(vm, "toString", 8);
	vm->s_message = pv_intern(vm, "message", 7);
	pv_groups_bind(vm); /* none yet: everything is the system's */
	vm->heap.since = 0;
	return vm;
}

void
pv_vm_close(pv_vm *vm)
{
	pv_arena_close(vm, vm->arena_size);
}

uint32_t
pv_global_slot(pv_vm *vm, pv_value name)
{
	pv_value idx;
	if (!vm->gindex)
		vm->gindex = pv_map_new(vm);
	if (pv_map_get(vm->gindex, name, &idx))
		return (uint32_t)pv_ival(idx);
	if (vm->nglobals == vm->globals->n) {
		uint32_t n = vm->globals->n * 2;
		pv_vals *g = pv_vals_new(vm, n), *nm = pv_vals_new(vm, n);
		memcpy(g->v, vm->globals->v, vm->nglobals * sizeof(pv_value));
		memcpy(nm->v, vm->gnames->v, vm->nglobals * sizeof(pv_value));
		vm->globals = g;
		vm->gnames = nm;
	}
	uint32_t slot = vm->nglobals++;
	PV_SET(vm, vm->gnames, vm->gnames->v[slot], name);
	pv_map_put(vm, vm->gindex, name, pv_mkint(slot));
	return slot;
}

pv_value
pv_global_get(pv_vm *vm, const char *name)
{
	pv_value idx;
	pv_value key = pv_str_cstr(vm, name);
	if (!vm->gindex || !pv_map_get(vm->gindex, key, &idx))
		return PV_NULL;
	return vm->globals->v[pv_ival(idx)];
}

void
pv_global_set(pv_vm *vm, pv_value name, pv_value v)
{
	uint32_t slot = pv_global_slot(vm, name);
	PV_SET(vm, vm->globals, vm->globals->v[slot], v);
}

pv_class *
pv_class_of(pv_vm *vm, pv_value v)
{
	if (pv_is_int(v))
		return vm->cls[PV_C_INT];
	if (v == PV_NULL)
		return vm->cls[PV_C_NULL];
	if (v == PV_TRUE || v == PV_FALSE)
		return vm->cls[PV_C_BOOL];
	return pv_obj(v)->cls;
}

const char *
pv_typename(pv_vm *vm, pv_value v)
{
	pv_class *c = pv_class_of(vm, v);
	return c && c->name ? c->name->s : "?";
}

/* An Error instance with its message field (slot 0) set. */
pv_value
pv_error_new(pv_vm *vm, pv_value msg)
{
	pv_class *c = vm->cls[PV_C_ERROR];
	if (!c || c->nfields == 0)
		return msg; /* before the prelude defined Error's fields */
	pv_inst *e = pv_inst_new(vm, c);
	e->f[0] = msg;
	return pv_val(e);
}

pv_value (*pv_error_hook)(pv_vm *vm, int kind, int32_t x, int32_t y, pv_value msg);

static int
throw_v(pv_vm *vm, int kind, int32_t x, int32_t y, const char *fmt, va_list ap)
{
	char buf[300];
	vsnprintf(buf, sizeof buf, fmt, ap);
	pv_value msg = pv_str_cstr(vm, buf), e = 0;
	if (pv_error_hook)
		e = pv_error_hook(vm, kind, x, y, msg);
	if (!e)
		e = pv_error_new(vm, msg);
	if (vm->cur)
		PV_SET(vm, vm->cur, vm->cur->exc, e);
	return PV_ERR;
}

int
pv_throw_k(pv_vm *vm, int kind, int32_t x, int32_t y, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = throw_v(vm, kind, x, y, fmt, ap);
	va_end(ap);
	return rc;
}

int
pv_throw(pv_vm *vm, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = throw_v(vm, PV_E_ERROR, 0, 0, fmt, ap);
	va_end(ap);
	return rc;
}

int
pv_oom(pv_vm *vm)
{
	if (vm->oom_retry == 0) {
		vm->oom_retry = 1;
		return PV_BLOCK;
	}
	vm->oom_retry = 0;
	return pv_throw_k(vm, PV_E_OOM, 0, 0, "out of memory");
}

/* c among the classes of a front end's interface list l. */
static bool
in_list(pv_value l, pv_class *c)
{
	pv_vals *v = NULL;
	uint32_t n = 0;
	if (pv_is(l, PV_K_ARRAY)) {
		v = ((pv_array *)l)->items;
		n = ((pv_array *)l)->len;
	} else if (pv_is(l, PV_K_VALS)) {
		v = (pv_vals *)l;
		n = v->n;
	}
	for (uint32_t i = 0; i < n; i++)
		if (v->v[i] == pv_val(c))
			return true;
	return false;
}

bool
pv_instanceof(pv_vm *vm, pv_value v, pv_class *c)
{
	if (v == PV_NULL)
		return false;
	if (c == vm->cls[PV_C_OBJECT])
		return true;
	pv_class *k = pv_class_of(vm, v);
	if (c->cflags & PV_CF_IFACE)
		return k && k->statics && in_list(pv_map_cget(k->statics, "<ifaces>"), c);
	/* an Array of no Java type (made by .ph code or a native) passes for
	 * any array type: its elements are what the code that uses it says */
	if (k == vm->cls[PV_C_ARRAY] && c->ikind == PV_K_ARRAY)
		return true;
	for (; k; k = k->super)
		if (k == c)
			return true;
	return false;
}

bool
pv_java_frame(pv_vm *vm)
{
	pv_thread *th = vm->cur;
	return th && th->nframes && th->frames->f[th->nframes - 1].cl->p->lang == PV_LANG_JAVA;
}

static int
method_arity(pv_value m)
{
	if (pv_is(m, PV_K_CLOSURE))
		return ((pv_closure *)m)->p->nparams;
	return ((pv_native *)m)->arity;
}

/* Methods are dispatched by name and arity. A class's method table maps a
 * name to one method, or, when the name has several arities, to an
 * overload set: a pv_vals indexed by arity. Sets are copied, never shared
 * with the superclass, before they change. */
void
pv_method_add(pv_vm *vm, pv_class *c, pv_value name, pv_value m)
{
	pv_value old;
	int ar = method_arity(m);
	if (!pv_map_get(c->methods, name, &old) || ar < 0 ||
	    (!pv_is(old, PV_K_VALS) && (method_arity(old) == ar || method_arity(old) < 0))) {
		pv_map_put(vm, c->methods, name, m);
		return;
	}
	uint32_t n = (uint32_t)ar + 1;
	pv_vals *os = pv_is(old, PV_K_VALS) ? (pv_vals *)old : NULL;
	if (os && os->n > n)
		n = os->n;
	if (!os && (uint32_t)method_arity(old) + 1 > n)
		n = (uint32_t)method_arity(old) + 1;
	pv_vals *set = pv_vals_new(vm, n);
	if (os)
		memcpy(set->v, os->v, os->n * sizeof(pv_value));
	else
		set->v[method_arity(old)] = old;
	set->v[ar] = m;
	pv_map_put(vm, c->methods, name, pv_val(set));
}

/* The method for `name` with nargs arguments in table t; 0 if none, with
 * *arity_only set when the name exists with other arities. */
pv_value
pv_method_get(pv_map *t, pv_value name, int nargs, int *arity_only)
{
	pv_value m;
	*arity_only = 0;
	if (!pv_map_get(t, name, &m))
		return 0;
	if (pv_is(m, PV_K_VALS)) {
		pv_vals *set = (pv_vals *)m;
		m = nargs >= 0 && (uint32_t)nargs < set->n ? set->v[nargs] : 0;
		*arity_only = m == 0;
		return m;
	}
	return m;
}
