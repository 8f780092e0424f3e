/*
 * envvm.c - the compiler's view of a VM (pv_env), and compile-and-load.
 *
 * The compiler asks which names are globals and what classes look like
 * (fields in slot order, method names) so that a program can extend a
 * class loaded earlier and reach its fields by slot. Answers point into
 * a scratch buffer valid until the next question.
 */
#include <stdlib.h>
#include <string.h>
#include "load.h"
#include "module.h"
#include "platform.h"

static const char **scratch;

static pv_value
lookup(pv_vm *vm, const char *name)
{
	pv_value idx;
	if (!vm->gindex || !pv_map_get(vm->gindex, pv_str_cstr(vm, name), &idx))
		return 0;
	return vm->globals->v[pv_ival(idx)] ? vm->globals->v[pv_ival(idx)] : PV_TRUE;
}

static int
env_global(void *ctx, const char *name)
{
	return lookup(ctx, name) != 0;
}

static int
env_class(void *ctx, const char *name, pv_envclass *out)
{
	pv_vm *vm = ctx;
	pv_value v = lookup(vm, name);
	if (!pv_is(v, PV_K_CLASS))
		return 0;
	pv_class *c = (pv_class *)v;
	pv_map *m = c->methods;
	free(scratch);
	scratch = calloc(c->nfields + m->used + 2, sizeof(char *));
	out->nfields = (int)c->nfields;
	out->fields = scratch;
	for (uint32_t i = 0; i < c->nfields; i++)
		scratch[i] = PV_STR(c->fields->v[i])->s;
	out->methods = scratch + c->nfields;
	out->nmethods = 0;
	for (uint32_t i = 0; i < m->used; i++)
		if (m->ent->v[2 * i] != PV_TOMB)
			out->methods[out->nmethods++] = PV_STR(m->ent->v[2 * i])->s;
	out->sealed = (c->cflags & PV_CF_NATIVE) != 0;
	return 1;
}

/* Modules are installed before the compile (pv_module_import_for). */
static int
env_module(void *ctx, const char *name)
{
	return pv_module_loaded(ctx, name);
}

void
pv_env_init(pv_env *env, pv_vm *vm)
{
	env->ctx = vm;
	env->global = env_global;
	env->klass = env_class;
	env->module = env_module;
}

static void
err_str(const char *s)
{
	pv_err(s, strlen(s));
}

/* The initialisers of the modules the program imported first, then its own. */
static pv_value
all_inits(pv_vm *vm, pv_array *mods, pv_value own)
{
	pv_array *a = (pv_array *)own;
	for (uint32_t i = 0; i < a->len; i++)
		pv_array_push(vm, mods, a->items->v[i]);
	return pv_val(mods);
}

int
pv_compile_load(pv_vm *vm, const pv_src *src, int n, pv_value *inits)
{
	pv_env env;
	char *errors = NULL;
	int nerr = 0;
	pv_array *mods = pv_array_new(vm, 4);
	if (pv_module_import_for(vm, src, n, mods) != 0)
		return 1;
	pv_env_init(&env, vm);
	pv_image *im = pv_compile(src, n, &env, &errors, &nerr);
	if (!im) {
		if (errors)
			err_str(errors);
		free(errors);
		return 2;
	}
	free(errors);
	char err[300];
	pv_value own = PV_NULL;
	int rc = pv_load(vm, im, &own, err, sizeof err);
	pvi_free(im);
	if (rc == 0)
		*inits = all_inits(vm, mods, own);
	if (rc != 0) {
		err_str("pvm: ");
		err_str(err);
		err_str("\n");
		return 1;
	}
	return 0;
}
