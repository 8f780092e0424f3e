/*
 * jload.c - a batch of classes through the converter into the VM: the
 * classes gathered (the whole runtime; or a main class and every class of
 * the program's path its constant pools name), ordered supers first,
 * converted into one image, verified, loaded, linked.
 *
 * Invariant: nothing of a batch is defined unless all of it converted,
 * verified and loaded (pv_load defines nothing when it refuses), so a
 * program that fails to load leaves the world as it was.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvm.h"
#include "pvm/load.h"
#include "pvm/str.h"
#include "pvm/verify.h"

static bool
loaded(jv_ctx *x, jv_class *c)
{
	char *g = jv_global(x, c, c->name);
	bool yes = pv_is(pv_global_get(x->vm, g), PV_K_CLASS);
	free(g);
	return yes;
}

static void
visit(jv_ctx *x, jv_class *c, int from)
{
	if (!c || c->batch || c->order != from || c->foreign || loaded(x, c))
		return; /* a stub of a .ph class is never converted */
	c->batch = 1;
	visit(x, c->super, from);
	for (uint16_t i = 0; i < c->cf->nifaces; i++)
		visit(x, c->ifaces[i], from);
	jv_batch_add(x, c);
}

/* The classes of source `from` that c's constant pool names. */
static void
reach(jv_ctx *x, jv_class *c, int from)
{
	for (uint16_t i = 1; i < c->cf->ncp && !x->failed; i++) {
		if (c->cf->cp[i].tag != 7)
			continue;
		const char *n = jcf_classname(c->cf, i);
		if (!n)
			continue;
		while (*n == '[')
			n++;
		char buf[512];
		if (*n == 'L') {
			size_t len = strlen(n + 1);
			if (len == 0 || len >= sizeof buf)
				continue;
			memcpy(buf, n + 1, len - 1);
			buf[len - 1] = 0;
			n = buf;
		} else if (n != jcf_classname(c->cf, i))
			continue; /* an array of a primitive */
		jv_class *k = jv_class_get(x, n);
		if (k && !k->batch && k->order == from)
			visit(x, k, from);
	}
}

void (*pv_java_dump)(const pv_image *im);

static int
convert_load(jv_ctx *x)
{
	pv_value inits = PV_NULL;
	if (jv_image(x) != 0)
		return -1;
	char err[400];
	if (pv_java_dump)
		pv_java_dump(x->im);
	if (pvi_verify(x->im, err, sizeof err) != 0)
		return jv_fail(x, "internal error: the converted classes do not verify: %s", err);
	if (pv_load_ns(x->vm, x->im, x->ns, &inits, err, sizeof err) != 0)
		return jv_fail(x, "%s", err);
	return jv_link(x);
}

static void
ctx_init(jv_ctx *x, pv_vm *vm, const jv_source *rt, const jv_source *cp, char *err, size_t errn)
{
	memset(x, 0, sizeof *x);
	x->vm = vm;
	x->ns = NULL;
	x->src[0] = *rt;
	x->nsrc = 1;
	if (cp)
		x->src[x->nsrc++] = *cp;
	x->err = err;
	x->errn = errn;
	x->im = pvi_new();
	err[0] = 0;
}

int
pv_java_load_runtime(pv_vm *vm, const jv_source *rt, const char *list, size_t len, char *err,
                     size_t errn)
{
	if (pv_is(pv_global_get(vm, "java/lang/Object"), PV_K_CLASS))
		return 0;
	jv_ctx x;
	ctx_init(&x, vm, rt, NULL, err, errn);
	int n = 0;
	char name[512];
	for (size_t at = 0, e; at < len && !x.failed; at = e + 1) {
		for (e = at; e < len && list[e] != '\n'; e++)
			;
		if (e == at)
			continue;
		if (e - at >= sizeof name) {
			jv_fail(&x, "classes.list: a name of %u bytes", (unsigned)(e - at));
			break;
		}
		memcpy(name, list + at, e - at);
		name[e - at] = 0;
		jv_class *c = jv_class_get(&x, name);
		if (!c && !x.failed)
			jv_fail(&x, "the runtime has no class %s", name);
		visit(&x, c, 0);
		n++;
	}
	if (!x.failed)
		convert_load(&x);
	int rc = x.failed ? -1 : n;
	jv_ctx_free(&x);
	return rc;
}

/* The function that runs program m: its app's launcher "M.<japp>", or
 * "<jmain>" (in the program's namespace); PV_NULL if not made yet. */
static pv_value
launcher(jv_ctx *x, jv_class *m, int app)
{
	char *n = jv_gname(m, "<japp>"), *g = jv_global(x, m, app ? n : "<jmain>");
	pv_value f = pv_global_get(x->vm, g);
	free(n);
	free(g);
	return pv_is(f, PV_K_CLOSURE) ? f : PV_NULL;
}

static int
load_program(pv_vm *vm, const jv_source *rt, const jv_source *cp, const char *main, const char *ns,
             int app, pv_value *fn, char *err, size_t errn)
{
	jv_ctx x;
	ctx_init(&x, vm, rt, cp, err, errn);
	x.ns = ns;
	jv_class *m = jv_class_get(&x, main);
	if (!m && !x.failed)
		jv_fail(&x, "Could not find or load main class %s", main);
	if (m && app && !x.failed && (*fn = launcher(&x, m, 1)) != PV_NULL) {
		jv_ctx_free(&x); /* launched before: its classes and launcher are there */
		return 0;
	}
	if (m && m->order != 1 && !x.failed)
		jv_fail(&x, "%s is a class of the runtime, not of the program", main);
	jv_class *owner = NULL;
	if (m && app && !x.failed &&
	    (!jv_method_find(&x, m, "<init>", "()V", &owner) || owner != m))
		jv_fail(&x, "app %s has no constructor of no arguments", main);
	if (!x.failed) {
		visit(&x, m, 1);
		for (uint32_t i = 0; i < x.nbatch && !x.failed; i++)
			reach(&x, x.batch[i], 1);
	}
	if (!x.failed)
		(app ? jv_gen_app : jv_gen_main)(&x, m);
	if (!x.failed)
		convert_load(&x);
	int rc = x.failed ? -1 : 0;
	if (rc == 0)
		*fn = launcher(&x, m, app);
	jv_ctx_free(&x);
	return rc;
}

int
pv_java_load_main(pv_vm *vm, const jv_source *rt, const jv_source *cp, const char *main,
                  const char *ns, pv_value *jmain, char *err, size_t errn)
{
	return load_program(vm, rt, cp, main, ns, 0, jmain, err, errn);
}

int
pv_java_load_app(pv_vm *vm, const jv_source *rt, const jv_source *cp, const char *app,
                 const char *ns, pv_value *japp, char *err, size_t errn)
{
	return load_program(vm, rt, cp, app, ns, 1, japp, err, errn);
}
