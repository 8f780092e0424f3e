/*
 * module.c - registering, importing and calling library modules (see
 * module.h).
 *
 * A VM records the modules installed in it in vm->modules (name -> true),
 * in the arena: a restored world has them, classes and all, and only the
 * compiled-in native tables come from the running build. The imports of a
 * program are found by scanning its text for the keyword `import` outside
 * comments and strings: it can start nothing but an import declaration.
 */
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "load.h"
#include "module.h"
#include "natives.h"
#include "platform.h"

static const pv_module *mods[PV_MAX_MODULES];
static int nmods;

void
pv_module_register(const pv_module *m)
{
	for (int i = 0; i < nmods; i++)
		if (mods[i] == m)
			return;
	if (nmods == PV_MAX_MODULES || m->base < PV_MODULE_BASE0)
		pv_fatal("pv_module_register: table full or base below PV_MODULE_BASE0");
	mods[nmods++] = m;
}

const pv_module *
pv_module_find(const char *name)
{
	for (int i = 0; i < nmods; i++)
		if (strcmp(mods[i]->name, name) == 0)
			return mods[i];
	return NULL;
}

const pv_natdef *
pv_module_native(uint32_t index, const pv_module **owner)
{
	for (int i = 0; i < nmods; i++)
		if (index >= mods[i]->base && index - mods[i]->base < mods[i]->nnatives) {
			*owner = mods[i];
			return &mods[i]->natives[index - mods[i]->base];
		}
	return NULL;
}

bool
pv_module_loaded(pv_vm *vm, const char *name)
{
	pv_value v;
	return vm->modules && pv_map_get(vm->modules, pv_str_cstr(vm, name), &v);
}

/* Rebuild a lost registry from what the modules installed: a module is
 * installed when its first native class is a global that is a native
 * class. A module without classes cannot be told; it is left out (and
 * would be installed again on its next import). */
void
pv_module_rebuild(pv_vm *vm, char *names, size_t n)
{
	size_t used = 0;
	names[0] = 0;
	if (!vm->modules)
		vm->modules = pv_map_new(vm);
	for (int i = 0; i < nmods; i++) {
		const pv_module *m = mods[i];
		if (m->nclasses == 0)
			continue;
		pv_value c = pv_global_get(vm, m->classes[0].name);
		if (!pv_is(c, PV_K_CLASS) || !(((pv_class *)c)->cflags & PV_CF_NATIVE))
			continue;
		pv_map_put(vm, vm->modules, pv_str_cstr(vm, m->name), PV_TRUE);
		int w = snprintf(names + used, n - used, "%s%s", used ? " " : "", m->name);
		if (w > 0 && (size_t)w < n - used)
			used += (size_t)w;
	}
}

/* The module's native classes: sealed, hidden slots for their natives. */
static pv_class *
make_class(pv_vm *vm, const pv_modclass *mc)
{
	pv_value name = pv_intern(vm, mc->name, strlen(mc->name));
	pv_class *c = pv_class_new(vm, name, vm->cls[PV_C_OBJECT]);
	c->cflags = PV_CF_NATIVE;
	c->nfields = mc->nfields;
	c->fields = pv_vals_new(vm, mc->nfields);
	for (uint32_t i = 0; i < mc->nfields; i++)
		c->fields->v[i] = pv_str_fmt(vm, "__slot%u", i);
	pv_global_set(vm, name, pv_val(c));
	return c;
}

static void
install_natives(pv_vm *vm, const pv_module *m, pv_class **cls)
{
	for (uint32_t i = 0; i < m->nnatives; i++) {
		const pv_natdef *d = &m->natives[i];
		pv_native_bind(vm, m->base + i, d, d->kind == PV_NAT_G ? NULL : cls[d->cls]);
	}
}

int
pv_module_import(pv_vm *vm, const pv_module *m, pv_array *inits)
{
	if (pv_module_loaded(vm, m->name) || (!m->classes && !m->src))
		return 0; /* no classes, no source: natives its front end binds (jvm) */
	if (!vm->modules)
		vm->modules = pv_map_new(vm);
	pv_map_put(vm, vm->modules, pv_str_cstr(vm, m->name), PV_TRUE);
	pv_class *cls[32];
	if (m->nclasses > 32)
		pv_fatal("pv_module_import: more than 32 native classes");
	for (uint32_t i = 0; i < m->nclasses; i++)
		cls[i] = make_class(vm, &m->classes[i]);
	install_natives(vm, m, cls);
	for (uint32_t i = 0; i < m->nclasses; i++)
		pv_inherit_object(vm, cls[i]);
	if (m->nsrc == 0)
		return 0;
	pv_value more = PV_NULL;
	if (pv_compile_load(vm, m->src, m->nsrc, &more) != 0)
		return 1;
	pv_array *a = (pv_array *)more;
	for (uint32_t i = 0; i < a->len; i++)
		pv_array_push(vm, inits, a->items->v[i]);
	return 0;
}

/* ---------------------------------------------------------------- scanning */

const char *
pv_module_skip(const char *p, const char *end)
{
	if (p[0] == '/' && p + 1 < end && p[1] == '/') {
		while (p < end && *p != '\n')
			p++;
	} else if (p[0] == '/' && p + 1 < end && p[1] == '*') {
		for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
			;
		p = p + 2 < end ? p + 2 : end;
	} else if (p[0] == '"') {
		for (p++; p < end && *p != '"' && *p != '\n'; p++)
			if (*p == '\\' && p + 1 < end)
				p++;
		p = p < end ? p + 1 : end;
	}
	return p;
}

static bool
ident_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_';
}

/* The name after the keyword `import` at p (which starts a word), or 0. */
static size_t
import_name(const char *p, const char *end, const char **name)
{
	if (end - p < 7 || memcmp(p, "import", 6) != 0 || ident_char(p[6]))
		return 0;
	for (p += 6; p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'); p++)
		;
	size_t n = 0;
	while (p + n < end && ident_char(p[n]))
		n++;
	*name = p;
	return n;
}

int
pv_module_import_for(pv_vm *vm, const pv_src *src, int nsrc, pv_array *inits)
{
	for (int f = 0; f < nsrc; f++) {
		const char *p = src[f].text, *end = p + src[f].len;
		while (p < end) {
			const char *q = pv_module_skip(p, end);
			if (q != p) {
				p = q;
				continue;
			}
			const char *name;
			size_t n = (p == src[f].text || !ident_char(p[-1]))
			                   ? import_name(p, end, &name)
			                   : 0;
			if (n > 0 && n < 32) {
				char buf[32];
				memcpy(buf, name, n);
				buf[n] = 0;
				const pv_module *m = pv_module_find(buf);
				if (m && pv_module_import(vm, m, inits) != 0)
					return 1;
			}
			p++;
		}
	}
	return 0;
}
