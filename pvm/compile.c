/*
 * compile.c - the compiler's view of a VM (pv_env), and compile-and-load.
 *
 * The compiler asks which names are globals and what classes look like
 * (fields in slot order, method names) so that a program can extend a
 * class loaded earlier and reach its fields by slot. Answers point into
 * a scratch buffer valid until the next question.
 */
#include <stdlib.h>
#include <string.h>
#include "array.h"
#include "compile.h"
#include "load.h"
#include "map.h"
#include "module.h"
#include "str.h"
#include "platform.h"

static const char **scratch;

/* The compiler's question is about a VM, and maybe a namespace in it
 * (load.c): a name means NS.name if that exists, else the plain name. */
struct envctx {
	pv_vm *vm;
	const char *ns;
};

static pv_value
lookup1(pv_vm *vm, const char *name)
{
	pv_value idx;
	if (!vm->gindex || !pv_map_get(vm->gindex, pv_str_cstr(vm, name), &idx))
		return 0;
	return vm->globals->v[pv_ival(idx)] ? vm->globals->v[pv_ival(idx)] : PV_TRUE;
}

static pv_value
lookup(struct envctx *e, const char *name)
{
	if (e->ns) {
		pv_value full = pv_str_fmt(e->vm, "%s.%s", e->ns, name);
		pv_value v = lookup1(e->vm, PV_STR(full)->s);
		if (v)
			return v;
	}
	return lookup1(e->vm, name);
}

static int
env_global(void *ctx, const char *name)
{
	return lookup(ctx, name) != 0;
}

static int
env_class(void *ctx, const char *name, pv_envclass *out)
{
	pv_value v = lookup(ctx, name);
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

/* In a namespace a definition clashes only with one of the same space,
 * or with a class or native of the core library or a module (which its
 * own code could then no longer reach by that name). */
static int
env_taken(void *ctx, const char *name)
{
	struct envctx *e = ctx;
	if (!e->ns)
		return lookup(e, name) != 0;
	pv_value full = pv_str_fmt(e->vm, "%s.%s", e->ns, name);
	if (lookup1(e->vm, PV_STR(full)->s))
		return 1;
	pv_value v = lookup1(e->vm, name);
	return pv_is(v, PV_K_CLASS) ? (((pv_class *)v)->cflags & PV_CF_NATIVE) != 0
	                            : pv_is(v, PV_K_NATIVE);
}

/* A global an earlier program defined with `var`: the VM does not record
 * how a global was made, so any global that is not a class, a native or a
 * closure counts (a variable holding a function cannot be assigned from
 * another program). */
static int
env_variable(void *ctx, const char *name)
{
	pv_value v = lookup(ctx, name);
	if (!v)
		return 0;
	return !pv_is(v, PV_K_CLASS) && !pv_is(v, PV_K_NATIVE) && !pv_is(v, PV_K_CLOSURE);
}

/* Modules are installed before the compile (pv_module_import_for). */
static int
env_module(void *ctx, const char *name)
{
	return pv_module_loaded(((struct envctx *)ctx)->vm, name);
}

static void
env_init(pv_env *env, struct envctx *e)
{
	env->ctx = e;
	env->global = env_global;
	env->klass = env_class;
	env->module = env_module;
	env->taken = env_taken;
	env->variable = env_variable;
}

void
pv_env_init(pv_env *env, pv_vm *vm)
{
	static struct envctx plain; /* the VM runs on one thread at a time */
	plain.vm = vm;
	plain.ns = NULL;
	env_init(env, &plain);
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
pv_compile_into(pv_vm *vm, const pv_src *src, int n, const char *ns, pv_value *inits, pv_map *funcs,
                char **errtext)
{
	pv_env env;
	struct envctx ectx = { vm, ns };
	char *errors = NULL;
	int nerr = 0;
	pv_array *mods = pv_array_new(vm, 4);
	if (pv_module_import_for(vm, src, n, mods) != 0)
		return 1;
	env_init(&env, &ectx);
	pv_image *im = pv_compile(src, n, &env, &errors, &nerr);
	if (!im) {
		if (errtext)
			*errtext = errors;
		else {
			if (errors)
				err_str(errors);
			free(errors);
		}
		return 2;
	}
	free(errors);
	char err[300];
	pv_value own = PV_NULL;
	int rc = pv_load_ns(vm, im, ns, &own, err, sizeof err);
	if (rc == 0) {
		*inits = all_inits(vm, mods, own);
		for (uint32_t i = 0; funcs && i < im->nfunc; i++) {
			const char *f = im->str[im->func[i].name];
			pv_value full = ns ? pv_str_fmt(vm, "%s.%s", ns, f) : pv_str_cstr(vm, f);
			pv_map_put(vm, funcs, pv_str_cstr(vm, f),
			           pv_global_get(vm, PV_STR(full)->s));
		}
	}
	pvi_free(im);
	if (rc != 0) {
		if (errtext) {
			*errtext = malloc(strlen(err) + 1);
			if (*errtext)
				strcpy(*errtext, err);
		} else {
			err_str("pvm: ");
			err_str(err);
			err_str("\n");
		}
		return 1;
	}
	return 0;
}

int
pv_compile_load(pv_vm *vm, const pv_src *src, int n, pv_value *inits)
{
	return pv_compile_into(vm, src, n, NULL, inits, NULL, NULL);
}
