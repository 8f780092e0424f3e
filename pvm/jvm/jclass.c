/*
 * jclass.c - the classes the converter knows: read through the class path
 * once and cached, their superclass and interfaces resolved, their
 * instance-field layout, and the JVM's resolution of fields and methods.
 *
 * Invariant: a class's layout is its superclass's slots followed by its own
 * instance fields in declaration order, exactly as pv_class_new and the
 * loader lay out a pvm class; a field hiding an inherited one of the same
 * name is named "Class.name" in the pvm layout, every other by its name.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvm.h"

#define ACC_STATIC    0x0008
#define ACC_INTERFACE 0x0200

int
jv_fail(jv_ctx *x, const char *fmt, ...)
{
	if (x->failed++)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(x->err, x->errn, fmt, ap);
	va_end(ap);
	for (char *p = x->err; *p; p++) /* one line, whatever the names hold */
		if ((unsigned char)*p < 0x20)
			*p = '?';
	return -1;
}

static char *
dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	memcpy(d, s, n);
	return d;
}

char *
jv_key(const char *name, const char *desc)
{
	size_t a = strlen(name), b = strlen(desc);
	char *k = malloc(a + b + 1);
	memcpy(k, name, a);
	memcpy(k + a, desc, b + 1);
	return k;
}

char *
jv_gname(const jv_class *c, const char *member)
{
	size_t a = strlen(c->name), b = strlen(member);
	char *g = malloc(a + b + 2);
	memcpy(g, c->name, a);
	g[a] = '.';
	memcpy(g + a + 1, member, b + 1);
	return g;
}

static uint32_t
hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

uint32_t
jv_str(jv_ctx *x, const char *s)
{
	pv_image *im = x->im;
	if (2 * (im->nstr + 1) > x->strcap) {
		uint32_t cap = x->strcap ? x->strcap * 2 : 1024;
		uint32_t *h = calloc(cap, sizeof(uint32_t));
		for (uint32_t i = 0; i < im->nstr; i++) {
			uint32_t j = hash(im->str[i]) & (cap - 1);
			while (h[j])
				j = (j + 1) & (cap - 1);
			h[j] = i + 1;
		}
		free(x->strhash);
		x->strhash = h;
		x->strcap = cap;
	}
	uint32_t j = hash(s) & (x->strcap - 1);
	for (; x->strhash[j]; j = (j + 1) & (x->strcap - 1))
		if (strcmp(im->str[x->strhash[j] - 1], s) == 0)
			return x->strhash[j] - 1;
	uint32_t idx = pvi_str_add(im, s, strlen(s));
	x->strhash[j] = idx + 1;
	return idx;
}

bool
jv_is_iface(const jv_class *c)
{
	return (c->cf->flags & ACC_INTERFACE) != 0;
}

bool
jv_is_subclass(jv_class *c, jv_class *of)
{
	for (jv_class *k = c->super; k; k = k->super)
		if (k == of)
			return true;
	return false;
}

static jv_class *
find(jv_ctx *x, const char *name)
{
	for (uint32_t i = 0; i < x->ncls; i++)
		if (strcmp(x->cls[i]->name, name) == 0)
			return x->cls[i];
	return NULL;
}

static const char *
builtin_name(const char *name)
{
	if (strcmp(name, "java/lang/Object") == 0)
		return "Object";
	if (strcmp(name, "java/lang/String") == 0)
		return "String";
	if (strcmp(name, "java/lang/Class") == 0)
		return "Class";
	return NULL;
}

static bool
in_ns(const jv_ctx *x, const jv_class *c)
{
	return x->ns && c && !c->foreign && !c->builtin && (c->order == 1 || c->synth);
}

static char *
qualify(const char *ns, const char *g)
{
	char *q = malloc(strlen(ns) + strlen(g) + 2);
	strcpy(q, ns);
	strcat(q, ".");
	strcat(q, g);
	return q;
}

char *
jv_global(const jv_ctx *x, const jv_class *c, const char *g)
{
	return in_ns(x, c) ? qualify(x->ns, g) : dup(g);
}

char *
jv_array_global(jv_ctx *x, const char *desc)
{
	const char *e = desc;
	while (*e == '[')
		e++;
	if (*e == 'L' && x->ns) {
		size_t l = strlen(e + 1);
		char *n = malloc(l + 1);
		memcpy(n, e + 1, l);
		n[l ? l - 1 : 0] = 0;
		jv_class *c = find(x, n);
		free(n);
		if (in_ns(x, c))
			return qualify(x->ns, desc);
	}
	return dup(desc);
}

bool
jv_foreign_name(const char *name)
{
	return strncmp(name, JV_FOREIGN, sizeof JV_FOREIGN - 1) == 0;
}

static int
layout(jv_ctx *x, jv_class *c)
{
	uint32_t base = c->super ? c->super->nslots : 0, own = 0;
	c->nbase = base;
	for (uint16_t i = 0; i < c->cf->nfields && !c->foreign; i++) /* a stub's: its model's */
		own += !(c->cf->fields[i].flags & ACC_STATIC);
	if (c->builtin && own)
		return jv_fail(x, "%s: the runtime's %s may not have instance fields", c->name,
		               c->name);
	c->nslots = base + own;
	c->slots = calloc(c->nslots + 1, sizeof(char *));
	c->slotdesc = calloc(c->nslots + 1, sizeof(char *));
	c->slotowner = calloc(c->nslots + 1, sizeof(char *));
	for (uint32_t i = 0; i < base; i++) {
		c->slots[i] = c->super->slots[i];
		c->slotdesc[i] = c->super->slotdesc[i];
		c->slotowner[i] = c->super->slotowner[i];
	}
	uint32_t s = base;
	for (uint16_t i = 0; i < c->cf->nfields && !c->foreign; i++) {
		const jcf_member *f = &c->cf->fields[i];
		if (f->flags & ACC_STATIC)
			continue;
		int hides = 0;
		for (uint32_t j = 0; j < s; j++)
			if (strcmp(c->slots[j], f->name) == 0)
				hides = 1;
		c->slots[s] = hides ? jv_gname(c, f->name) : dup(f->name);
		c->slotdesc[s] = (char *)f->desc;
		c->slotowner[s] = c->name;
		s++;
	}
	c->laid = 1;
	return 0;
}

jv_class *
jv_class_get(jv_ctx *x, const char *name)
{
	if (x->failed)
		return NULL;
	jv_class *c = find(x, name);
	if (c)
		return c->laid ? c : NULL; /* not laid: a cycle of superclasses */
	uint8_t *buf = NULL;
	size_t len = 0;
	int from = -1;
	for (int i = 0; i < x->nsrc && !buf; i++)
		if ((buf = x->src[i].read(x->src[i].ctx, name, &len)) != NULL)
			from = i;
	if (!buf)
		return NULL;
	char err[300];
	jcf_class *cf = jcf_read(buf, len, err, sizeof err);
	free(buf);
	if (!cf) {
		jv_fail(x, "%s.class: %s", name, err);
		return NULL;
	}
	if (strcmp(cf->name, name) != 0) {
		jv_fail(x, "%s.class holds class %s", name, cf->name);
		jcf_free(cf);
		return NULL;
	}
	c = calloc(1, sizeof(jv_class));
	c->name = dup(name);
	c->cf = cf;
	c->pvclass = PVI_NONE;
	c->order = (uint8_t)from;
	const char *b = builtin_name(name);
	c->builtin = b != NULL;
	c->foreign = jv_foreign_name(name);
	if (c->foreign)
		b = name + sizeof JV_FOREIGN - 1;
	c->pvname = dup(b ? b : name);
	if (x->ncls == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->cls = realloc(x->cls, x->cap * sizeof(jv_class *));
	}
	x->cls[x->ncls++] = c;
	if (cf->super) {
		c->super = jv_class_get(x, cf->super);
		if (!c->super) {
			jv_fail(x, "class %s: its superclass %s is not available", name, cf->super);
			return NULL;
		}
		if (jv_is_iface(c->super)) {
			jv_fail(x, "class %s: its superclass %s is an interface", name, cf->super);
			return NULL;
		}
		if (c->super->foreign && !c->foreign) {
			jv_fail(x,
			        "class %s extends %s, a .ph class: Java classes cannot extend "
			        "phantom.ph stubs (hold one in a field instead)",
			        name, cf->super);
			return NULL;
		}
	}
	c->ifaces = calloc(cf->nifaces + 1u, sizeof(jv_class *));
	for (uint16_t i = 0; i < cf->nifaces; i++) {
		c->ifaces[i] = jv_class_get(x, cf->ifaces[i]);
		if (!c->ifaces[i]) {
			jv_fail(x, "class %s: its interface %s is not available", name,
			        cf->ifaces[i]);
			return NULL;
		}
	}
	if (layout(x, c) != 0)
		return NULL;
	return c;
}

int
jv_field_slot(jv_ctx *x, jv_class *c, const char *name, const char *desc)
{
	(void)x;
	for (jv_class *k = c; k; k = k->super) {
		uint32_t base = k->super ? k->super->nslots : 0;
		for (uint32_t s = k->nslots; s-- > base;) {
			const char *n = k->slots[s], *dot = strrchr(n, '.');
			if (dot && strncmp(n, k->name, (size_t)(dot - n)) == 0)
				n = dot + 1;
			if (strcmp(n, name) == 0 && strcmp(k->slotdesc[s], desc) == 0)
				return (int)s;
		}
	}
	return -1;
}

static jcf_member *
own_field(jv_class *c, const char *name, const char *desc, int statics)
{
	for (uint16_t i = 0; i < c->cf->nfields; i++) {
		jcf_member *f = &c->cf->fields[i];
		if (((f->flags & ACC_STATIC) != 0) == statics && strcmp(f->name, name) == 0 &&
		    strcmp(f->desc, desc) == 0)
			return f;
	}
	return NULL;
}

jv_class *
jv_static_owner(jv_ctx *x, jv_class *c, const char *name, const char *desc)
{
	if (own_field(c, name, desc, 1))
		return c;
	for (uint16_t i = 0; i < c->cf->nifaces; i++) {
		jv_class *o = jv_static_owner(x, c->ifaces[i], name, desc);
		if (o)
			return o;
	}
	return c->super ? jv_static_owner(x, c->super, name, desc) : NULL;
}

static jcf_member *
own_method(jv_class *c, const char *name, const char *desc)
{
	for (uint16_t i = 0; i < c->cf->nmethods; i++) {
		jcf_member *m = &c->cf->methods[i];
		if (strcmp(m->name, name) == 0 && strcmp(m->desc, desc) == 0)
			return m;
	}
	return NULL;
}

static jcf_member *
iface_method(jv_class *c, const char *name, const char *desc, jv_class **owner)
{
	for (uint16_t i = 0; i < c->cf->nifaces; i++) {
		jv_class *f = c->ifaces[i];
		jcf_member *m = own_method(f, name, desc);
		if (m) {
			*owner = f;
			return m;
		}
		if ((m = iface_method(f, name, desc, owner)) != NULL)
			return m;
	}
	return NULL;
}

jcf_member *
jv_method_find(jv_ctx *x, jv_class *c, const char *name, const char *desc, jv_class **owner)
{
	(void)x;
	for (jv_class *k = c; k; k = k->super) {
		jcf_member *m = own_method(k, name, desc);
		if (m) {
			*owner = k;
			return m;
		}
	}
	for (jv_class *k = c; k; k = k->super) {
		jcf_member *m = iface_method(k, name, desc, owner);
		if (m)
			return m;
	}
	if (jv_is_iface(c)) { /* an interface's calls reach Object's methods too */
		jv_class *o = jv_class_get(x, "java/lang/Object");
		jcf_member *m = o ? own_method(o, name, desc) : NULL;
		if (m) {
			*owner = o;
			return m;
		}
	}
	return NULL;
}

void
jv_ctx_free(jv_ctx *x)
{
	for (uint32_t i = 0; i < x->ncls; i++) {
		jv_class *c = x->cls[i];
		uint32_t base = c->nbase;
		if (c->laid && !c->synth)
			for (uint32_t s = base; s < c->nslots; s++)
				free(c->slots[s]);
		free(c->slots);
		free(c->slotdesc);
		free(c->slotowner);
		free(c->ifaces);
		free(c->name);
		free(c->pvname);
		if (c->synth) {
			free(c->cf->ifaces);
			free(c->cf);
		} else
			jcf_free(c->cf);
		free(c);
	}
	for (uint32_t i = 0; i < x->narrays; i++)
		free(x->arrays[i]);
	free(x->arrays);
	free(x->cls);
	free(x->batch);
	free(x->strhash);
	pvi_free(x->im);
	x->cls = NULL;
	x->batch = NULL;
	x->strhash = NULL;
	x->im = NULL;
}

void
jv_array_use(jv_ctx *x, const char *desc)
{
	for (; desc[0] == '['; desc++) {
		uint32_t i;
		for (i = 0; i < x->narrays && strcmp(x->arrays[i], desc) != 0; i++)
			;
		if (i < x->narrays)
			return;
		x->arrays = realloc(x->arrays, (x->narrays + 1) * sizeof(char *));
		x->arrays[x->narrays++] = dup(desc);
	}
}
