/*
 * roots.c - the VM's roots (roots.def): one walk over them for the
 * collector and the heap check, and the check of a restored world's roots
 * before anything runs.
 *
 * A restore must never trust the root record blindly: a world saved by a
 * build whose collector missed a root (vm->modules, before roots.def) holds
 * a reference to a chunk that was freed and perhaps reused. Such a world
 * (heap.rootsrev below PV_ROOTS_REV) has its roots and the registry's parts
 * checked once against the map of every chunk start (one walk of the heap,
 * reading every page once); after that, and for every newer world, only
 * the headers the roots point at are read, so the restore stays lazy. A
 * damaged registry is dropped, for the library to rebuild from the globals
 * the modules installed (pv_module_rebuild, module.c: the core knows no
 * module); any other damaged root cannot be rebuilt, and the world is
 * refused with the root named, rather than run into a fault.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc.h"
#include "roots.h"
#include "str.h"
#include "vm.h"

void
pv_roots_each(pv_vm *vm, pv_root_fn fn, void *ctx)
{
#define PV_ROOT(f, k) fn(vm, #f, k, pv_val(vm->f), ctx);
#define PV_ROOTS(f, n, k)                \
	for (int i_ = 0; i_ < (n); i_++) \
		fn(vm, #f, k, pv_val(vm->f[i_]), ctx);
#include "roots.def"
#undef PV_ROOT
#undef PV_ROOTS
}

/* The module registry holds name -> true, a string key each. */
static const char *
registry_fault(pv_vm *vm, const uint8_t *starts, pv_map *m)
{
	const char *why = pv_gc_root_fault(vm, starts, pv_val(m), PV_K_MAP);
	if (why || !m)
		return why;
	if (m->h.cls != vm->cls[PV_C_MAP])
		return "is not a Map";
	if ((why = pv_gc_root_fault(vm, starts, pv_val(m->ent), PV_K_VALS)) ||
	    (why = pv_gc_root_fault(vm, starts, pv_val(m->idx), PV_K_BYTES)))
		return why;
	if (!m->ent || !m->idx || m->used > m->ent->n / 2 || m->count > m->used)
		return "has a malformed table";
	for (uint32_t i = 0; i < m->used; i++) {
		pv_value k = m->ent->v[2 * i], v = m->ent->v[2 * i + 1];
		if (k == PV_TOMB)
			continue;
		if (pv_gc_root_fault(vm, starts, k, PV_K_STR) || !pv_is_str(k) || v != PV_TRUE)
			return "holds an entry that names no module";
	}
	return NULL;
}

struct rcheck {
	const uint8_t *starts;
	const char *name, *why;
};

static void
check_one(pv_vm *vm, const char *name, int kind, pv_value v, void *ctx)
{
	struct rcheck *c = ctx;
	const char *why;
	if (c->why || strcmp(name, "modules") == 0)
		return; /* the registry is checked, and rebuilt, apart */
	if ((why = pv_gc_root_fault(vm, c->starts, v, kind))) {
		c->name = name;
		c->why = why;
	}
}

int
pv_roots_restore(pv_vm *vm, char *msg, size_t n)
{
	char why0[200];
	uint8_t *starts = NULL;
	if (vm->heap.rootsrev != PV_ROOTS_REV && !(starts = pv_gc_starts(vm, why0, sizeof why0))) {
		snprintf(msg, n,
		         "the world's heap is damaged (%s) and cannot be run; nothing is "
		         "written to it",
		         why0);
		return -1;
	}
	struct rcheck c = { starts, NULL, NULL };
	pv_roots_each(vm, check_one, &c);
	if (c.why) {
		snprintf(msg, n,
		         "the world's root '%s' %s: its heap is damaged and cannot be run; "
		         "nothing is written to it",
		         c.name, c.why);
		free(starts);
		return -1;
	}
	const char *why = registry_fault(vm, starts, vm->modules);
	free(starts);
	vm->heap.rootsrev = PV_ROOTS_REV;
	if (!why)
		return 0;
	vm->modules = NULL; /* the library rebuilds it: pv_module_rebuild */
	snprintf(msg, n, "the module registry %s (a collector before roots.def freed it)", why);
	return 1;
}
