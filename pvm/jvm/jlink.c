/*
 * jlink.c - what a loaded batch of Java classes needs beyond pv_load:
 * `native` methods bound to the runtime's C functions, every instance
 * method's global "C.key" (for direct calls), a class's interfaces (its
 * "<ifaces>" in the statics map, the PV_CF_IFACE flag) and their default
 * methods, and java/lang/Object's, String's and Class's methods installed
 * into pvm's own classes (whose instances those Java types are), and the
 * plain names .ph code calls Java methods by.
 *
 * Invariant: classes are linked supers first, and each first takes from
 * its superclass's table what pv_class_new could not copy yet (natives and
 * defaults bound after the subclass was made): so after jv_link every class
 * holds every method it inherits, as pvm's flattened tables require.
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/jvm/jnatives.h"
#include "pvm/jvm/jvm.h"
#include "pvm/map.h"
#include "pvm/str.h"

#define ACC_STATIC 0x0008
#define ACC_NATIVE 0x0100

static pv_value
intern(pv_vm *vm, const char *s)
{
	return pv_intern(vm, s, strlen(s));
}

static pv_class *
class_named(pv_vm *vm, const char *name)
{
	pv_value v = pv_global_get(vm, name);
	return pv_is(v, PV_K_CLASS) ? (pv_class *)v : NULL;
}

/* The pvm class of Java class c (in the program's namespace). */
static pv_class *
class_of(jv_ctx *x, jv_class *c)
{
	char *g = jv_global(x, c, c->name);
	pv_class *k = class_named(x->vm, g);
	free(g);
	return k;
}

/* The pvm class whose instances are c's: pvm's own for the built-ins. */
static pv_class *
target(jv_ctx *x, jv_class *c)
{
	if (c->builtin)
		return (pv_class *)pv_global_get(x->vm, c->pvname);
	return class_of(x, c);
}

/* A Java method's key has its descriptor: "hashCode()I". */
static bool
java_key(pv_value k)
{
	return k != PV_TOMB && strchr(PV_STR(k)->s, '(') != NULL;
}

/* to gets from's Java methods it lacks (or all of them: over). */
static void
take(pv_vm *vm, pv_class *to, pv_map *from, bool over)
{
	pv_value dummy;
	for (uint32_t e = 0; e < from->used; e++) {
		pv_value k = from->ent->v[2 * e];
		if (java_key(k) && (over || !pv_map_get(to->methods, k, &dummy)))
			pv_map_put(vm, to->methods, k, from->ent->v[2 * e + 1]);
	}
}

static void
take_missing(pv_vm *vm, pv_class *to, pv_map *from)
{
	take(vm, to, from, false);
}

static int
bind_natives(jv_ctx *x, jv_class *c, pv_class *pc, pv_class *tc)
{
	pv_vm *vm = x->vm;
	for (uint16_t i = 0; i < c->cf->nmethods; i++) {
		jcf_member *m = &c->cf->methods[i];
		if (!(m->flags & ACC_NATIVE))
			continue;
		char *key = jv_key(m->name, m->desc);
		uint32_t index;
		const struct pv_natdef *d = pv_jnative_find(c->name, key, &index);
		if (!d) {
			jv_fail(x, "%s.%s: the runtime has no native code for this native method",
			        c->name, key);
			free(key);
			return -1;
		}
		pv_native *f = pv_alloc(vm, PV_K_NATIVE, sizeof(pv_native), vm->cls[PV_C_FUNCTION]);
		f->index = index;
		f->arity = m->nparams;
		f->name = PV_STR(intern(vm, key));
		f->owner = tc;
		char *g = jv_gname(c, key);
		pv_global_set(vm, intern(vm, g), pv_val(f));
		free(g);
		if (!(m->flags & ACC_STATIC)) {
			pv_map_put(vm, pc->methods, pv_val(f->name), pv_val(f));
			if (tc != pc)
				pv_map_put(vm, tc->methods, pv_val(f->name), pv_val(f));
		}
		free(key);
	}
	return 0;
}

static void
method_globals(jv_ctx *x, jv_class *c, pv_class *pc)
{
	pv_vm *vm = x->vm;
	for (uint16_t i = 0; i < c->cf->nmethods; i++) {
		jcf_member *m = &c->cf->methods[i];
		if ((m->flags & ACC_NATIVE) || !m->code)
			continue;
		if (m->flags & ACC_STATIC) { /* its class, for traces and reports */
			char *key = jv_key(m->name, m->desc), *n = jv_gname(c, key),
			     *g = jv_global(x, c, n);
			pv_value f = pv_global_get(vm, g);
			if (pv_is(f, PV_K_CLOSURE)) {
				PV_WB(vm, pv_obj(f), pv_val(pc));
				((pv_closure *)f)->cls = pc;
			}
			free(key);
			free(n);
			free(g);
			continue;
		}
		char *key = jv_key(m->name, m->desc), *n = jv_gname(c, key),
		     *g = jv_global(x, c, n);
		pv_value v;
		if (pv_map_get(pc->methods, intern(vm, key), &v))
			pv_global_set(vm, intern(vm, g), v);
		free(key);
		free(n);
		free(g);
	}
}

/* c's interfaces, its superclasses' and theirs, each once. */
static void
collect_ifaces(jv_class *c, jv_class **out, uint32_t *n, uint32_t max)
{
	for (jv_class *k = c; k; k = k->super)
		for (uint16_t i = 0; i < k->cf->nifaces; i++) {
			jv_class *f = k->ifaces[i];
			uint32_t j;
			for (j = 0; j < *n && out[j] != f; j++)
				;
			if (j < *n || *n == max)
				continue;
			out[(*n)++] = f;
			collect_ifaces(f, out, n, max);
		}
}

static int
link_ifaces(jv_ctx *x, jv_class *c, pv_class *tc)
{
	pv_vm *vm = x->vm;
	jv_class *all[256];
	uint32_t n = 0;
	collect_ifaces(c, all, &n, 256);
	if (jv_is_iface(c))
		tc->cflags |= PV_CF_IFACE;
	if (n == 0)
		return 0;
	pv_vals *list = pv_vals_new(vm, n);
	pv_map_put(vm, tc->statics, intern(vm, "<ifaces>"), pv_val(list));
	for (uint32_t i = 0; i < n; i++) {
		pv_class *ic = class_of(x, all[i]);
		if (!ic)
			return jv_fail(x, "%s: interface %s is not loaded", c->name, all[i]->name);
		PV_SET(vm, list, list->v[i], pv_val(ic));
		if (!jv_is_iface(c))
			take_missing(vm, tc, ic->methods);
	}
	return 0;
}

/* java/lang/Object's methods reach every class, built-in or not, that
 * does not have its own. */
static void
object_everywhere(pv_vm *vm, pv_class *obj)
{
	for (int i = 0; i < PV_C_N; i++)
		if (vm->cls[i] && vm->cls[i] != obj)
			take_missing(vm, vm->cls[i], obj->methods);
}

/* The array type that array type d extends, in buf, or NULL (Array):
 * X[] extends Object[] for a class X, Y[][] extends (Y's super)[]; so
 * String[][] is an Object[][] and an Object[], as in Java. */
static const char *
array_super(const char *d, char *buf, size_t n)
{
	static const char objects[] = "[Ljava/lang/Object;";
	if (d[1] == 'L')
		return strcmp(d, objects) == 0 ? NULL : objects;
	if (d[1] != '[')
		return NULL; /* int[] ... */
	const char *cs = array_super(d + 1, buf, n);
	if (!cs)
		return objects;
	size_t l = strlen(cs);
	if (l + 2 > n)
		return objects;
	memmove(buf + 1, cs, l + 1);
	buf[0] = '[';
	return buf;
}

pv_class *
jv_array_class(pv_vm *vm, const char *gname)
{
	pv_class *c = class_named(vm, gname);
	if (c)
		return c;
	const char *desc = strchr(gname, '['); /* after the namespace, if any */
	size_t ns = (size_t)(desc - gname);
	char buf[600];
	const char *sd = array_super(desc, buf, sizeof buf);
	pv_class *super = sd ? jv_array_class(vm, sd) : vm->cls[PV_C_ARRAY];
	pv_value name = intern(vm, gname);
	c = pv_class_new(vm, name, super);
	c->ikind = PV_K_ARRAY;
	c->cflags = vm->cls[PV_C_ARRAY]->cflags;
	c->ctor = vm->cls[PV_C_ARRAY]->ctor;
	pv_global_set(vm, name, pv_val(c));
	/* the element class, for the store check (XOP ASTORE), in the same
	 * namespace */
	pv_class *el = NULL;
	size_t l = strlen(desc);
	char *n = malloc(ns + l + 1);
	memcpy(n, gname, ns);
	if (desc[1] == '[') {
		strcpy(n + ns, desc + 1);
		el = jv_array_class(vm, n);
	} else if (desc[1] == 'L' && strcmp(desc, "[Ljava/lang/Object;") != 0) {
		memcpy(n + ns, desc + 2, l - 3);
		n[ns + l - 3] = 0;
		el = strcmp(n, "java/lang/String") == 0  ? vm->cls[PV_C_STRING]
		     : strcmp(n, "java/lang/Class") == 0 ? vm->cls[PV_C_CLASS]
		                                         : class_named(vm, n);
	}
	free(n);
	if (el)
		pv_map_put(vm, c->statics, intern(vm, "<elem>"), pv_val(el));
	/* every array is Cloneable and Serializable */
	pv_class *cl = class_named(vm, "java/lang/Cloneable"),
		 *se = class_named(vm, "java/io/Serializable");
	pv_vals *ifs = pv_vals_new(vm, (cl != NULL) + (se != NULL));
	pv_map_put(vm, c->statics, intern(vm, "<ifaces>"), pv_val(ifs));
	uint32_t k = 0;
	if (cl)
		PV_SET(vm, ifs, ifs->v[k++], pv_val(cl));
	if (se)
		PV_SET(vm, ifs, ifs->v[k++], pv_val(se));
	return c;
}

static int
arity_of(pv_value m)
{
	if (pv_is(m, PV_K_CLOSURE))
		return ((pv_closure *)m)->p->nparams;
	return pv_is(m, PV_K_NATIVE) ? ((pv_native *)m)->arity : -1;
}

/* .ph code calls a method by its plain name and argument count: each
 * instance method of pc (own or inherited) whose name and arity no other
 * of its Java methods shares is also in its table under the plain name
 * (`r.run()` from .ph runs a Runnable's run()V); an overloaded pair gets
 * none. Constructors and initialisers (<...>) are never named. */
static void
plain_names(pv_vm *vm, pv_class *pc)
{
	pv_map *t = pc->methods;
	uint32_t n = 0, *at = malloc((t->used + 1) * sizeof(uint32_t));
	size_t *len = malloc((t->used + 1) * sizeof(size_t));
	int *ar = malloc((t->used + 1) * sizeof(int));
	for (uint32_t e = 0; e < t->used; e++) {
		pv_value k = t->ent->v[2 * e];
		if (!java_key(k) || PV_STR(k)->s[0] == '<')
			continue;
		at[n] = e;
		len[n] = strcspn(PV_STR(k)->s, "(");
		ar[n++] = arity_of(t->ent->v[2 * e + 1]);
	}
	pv_value *names = calloc(n + 1, sizeof(pv_value)), *ms = calloc(n + 1, sizeof(pv_value));
	uint32_t nu = 0;
	for (uint32_t i = 0; i < n; i++) {
		const char *ki = PV_STR(t->ent->v[2 * at[i]])->s;
		bool dup = ar[i] < 0;
		for (uint32_t j = 0; j < n && !dup; j++)
			dup = j != i && len[j] == len[i] && ar[j] == ar[i] &&
			      memcmp(PV_STR(t->ent->v[2 * at[j]])->s, ki, len[i]) == 0;
		if (dup)
			continue;
		names[nu] = pv_intern(vm, ki, len[i]);
		ms[nu++] = t->ent->v[2 * at[i] + 1];
	}
	for (uint32_t i = 0; i < nu; i++) /* the table may grow: add after the walk */
		pv_method_add(vm, pc, names[i], ms[i]);
	free(names);
	free(ms);
	free(at);
	free(len);
	free(ar);
}

int
jv_link(jv_ctx *x)
{
	pv_vm *vm = x->vm;
	for (uint32_t i = 0; i < x->nbatch && !x->failed; i++) {
		jv_class *c = x->batch[i];
		pv_class *pc = class_of(x, c), *tc = target(x, c);
		if (!pc || !tc)
			return jv_fail(x, "%s: the class did not load", c->name);
		if (c->super) {
			pv_class *sc = target(x, c->super);
			if (sc)
				take_missing(vm, pc, sc->methods);
		}
		if (bind_natives(x, c, pc, tc) != 0)
			return -1;
		method_globals(x, c, pc);
		if (tc != pc) {
			take(vm, tc, pc->methods, true);
			if (tc == vm->cls[PV_C_OBJECT])
				object_everywhere(vm, tc);
		} else if (c->super)
			take_missing(vm, pc, vm->cls[PV_C_OBJECT]->methods);
		if (link_ifaces(x, c, tc) != 0)
			return -1;
		if (tc == pc && !jv_is_iface(c))
			plain_names(vm, pc);
	}
	for (uint32_t i = 0; i < x->narrays && !x->failed; i++) {
		char *g = jv_array_global(x, x->arrays[i]);
		jv_array_class(vm, g);
		free(g);
	}
	return x->failed ? -1 : 0;
}
