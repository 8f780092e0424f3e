/*
 * genprog.c - the program level of the code generator: global names,
 * class layout (superclasses first, fields by slot), and the image's
 * tables; plus pv_compile, the compiler's entry point.
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/verify.h"
#include "gen.h"

static void
perr_at(gstate *g, node *d, const char *fmt, const char *arg)
{
	g->c->file = d->file;
	c_error(g->c, d->line, d->col, fmt, arg);
}

static void
add_name(gstate *g, node *d, int kind)
{
	if (!d->name)
		return;
	for (int i = 0; i < g->nnames; i++)
		if (strcmp(g->names[i].name, d->name) == 0) {
			perr_at(g, d, "'%s' is already defined", d->name);
			return;
		}
	const pv_env *env = g->c->env;
	int (*taken)(void *, const char *) = env ? (env->taken ? env->taken : env->global) : NULL;
	if (taken && taken(env->ctx, d->name)) {
		perr_at(g, d, "'%s' is already defined (a built-in name)", d->name);
		return;
	}
	g->names = realloc(g->names, (g->nnames + 1) * sizeof(gname));
	g->names[g->nnames++] = (gname){ d->name, kind, d };
	if (kind == G_CLASS) {
		cclass *c = calloc(1, sizeof(cclass));
		c->name = d->name;
		c->supername = d->str;
		c->decl = d;
		g->classes = realloc(g->classes, (g->nclasses + 1) * sizeof(cclass *));
		g->classes[g->nclasses++] = c;
	}
}

static cclass *
external_class(gstate *g, const char *name)
{
	const pv_env *env = g->c->env;
	pv_envclass ec = { 0 };
	if (!env || !env->klass || !env->klass(env->ctx, name, &ec))
		return NULL;
	cclass *c = calloc(1, sizeof(cclass));
	c->name = name;
	c->state = 2;
	c->sealed = ec.sealed;
	c->nfields = ec.nfields;
	c->nmethods = ec.nmethods;
	c->fields = calloc(ec.nfields + 1, sizeof(char *));
	c->methods = calloc(ec.nmethods + 1, sizeof(char *));
	for (int i = 0; i < ec.nfields; i++)
		c->fields[i] = c_strdup(g->c, ec.fields[i], strlen(ec.fields[i]));
	for (int i = 0; i < ec.nmethods; i++)
		c->methods[i] = c_strdup(g->c, ec.methods[i], strlen(ec.methods[i]));
	g->classes = realloc(g->classes, (g->nclasses + 1) * sizeof(cclass *));
	g->classes[g->nclasses++] = c;
	return c;
}

static void
add_member(const char ***list, int *n, const char *name)
{
	*list = realloc(*list, (*n + 1) * sizeof(char *));
	(*list)[(*n)++] = name;
}

static cclass *
super_of(gstate *g, cclass *c)
{
	const char *sn = c->supername ? c->supername : "Object";
	cclass *s = find_class(g, sn);
	return s ? s : external_class(g, sn);
}

/* c's members: its superclass's (laid out already), then its own. */
static void
layout_one(gstate *g, cclass *c)
{
	node *d = c->decl;
	cclass *s = c->super;
	if (!s && c->supername)
		perr_at(g, d, "unknown superclass '%s'", c->supername);
	else if (s && s->sealed && c->supername)
		perr_at(g, d, "cannot extend the built-in class '%s'", c->supername);
	for (int i = 0; s && i < s->nfields; i++)
		add_member(&c->fields, &c->nfields, s->fields[i]);
	for (int i = 0; s && i < s->nmethods; i++)
		add_member(&c->methods, &c->nmethods, s->methods[i]);
	for (node *f = d->a; f; f = f->next) {
		if (!f->name)
			continue;
		if (field_slot(c, f->name) >= 0)
			perr_at(g, f, "field '%s' is already defined", f->name);
		add_member(&c->fields, &c->nfields, f->name);
	}
	for (node *m = d->b; m; m = m->next) {
		if (!m->name)
			continue;
		for (node *o = d->b; o != m; o = o->next)
			if (o->name && strcmp(o->name, m->name) == 0 && o->n == m->n)
				perr_at(g, m, "method '%s' is already defined", m->name);
		if (!method_known(c, m->name))
			add_member(&c->methods, &c->nmethods, m->name);
	}
	c->state = 2;
}

/* Lays out c after its superclasses (state: 0 new, 1 waiting for its
 * superclass, 2 done). A loop up the chain, then down, not recursion: an
 * inheritance chain may be as long as the program, and the compiler runs
 * on a 64 KiB kernel stack. A chain that comes back to a class waiting is
 * a cycle: reported at that class, and each class still gets the members
 * its superclass has so far. */
static void
layout(gstate *g, cclass *c)
{
	cclass **chain = NULL, *x = c;
	int n = 0;
	for (; x && x->decl && x->state == 0; x = x->super) {
		if ((n & (n - 1)) == 0)
			chain = realloc(chain, (n ? n * 2 : 1) * sizeof(cclass *));
		chain[n++] = x;
		x->state = 1;
		x->super = super_of(g, x);
	}
	if (x && x->decl && x->state == 1)
		perr_at(g, x->decl, "class '%s' inherits from itself", x->name);
	while (n > 0)
		layout_one(g, chain[--n]);
	free(chain);
}

static uint32_t
top_function(gstate *g, node *fn, cclass *cls, int is_method, const char *name)
{
	fstate *top = calloc(1, sizeof *top); /* big: off the C stack */
	top->g = g;
	int idx = gen_function(top, fn, cls, is_method, name);
	uint32_t p = top->child[idx];
	free(top->child);
	free(top);
	return p;
}

static void
gen_module_init(gstate *g, node *decls, int file)
{
	int any = 0;
	for (node *d = decls; d; d = d->next)
		any += d->kind == N_VAR && d->a && d->name;
	if (!any)
		return;
	node fn = { .kind = N_FN, .line = decls->line, .file = file };
	node body = { .kind = N_BLOCK, .line = decls->line };
	node **tail = &body.b, *assigns = calloc(any, sizeof(node) * 2);
	int n = 0;
	for (node *d = decls; d; d = d->next) {
		if (d->kind != N_VAR || !d->a || !d->name)
			continue;
		node *as = &assigns[2 * n], *nm = &assigns[2 * n + 1];
		n++;
		*nm = (node){ .kind = N_NAME, .line = d->line, .col = d->col, .name = d->name };
		*as = (node){
			.kind = N_ASSIGN, .line = d->line, .col = d->col, .a = nm, .b = d->a
		};
		*tail = as;
		tail = &as->next;
	}
	fn.a = &body;
	g->c->file = file;
	uint32_t p = top_function(g, &fn, NULL, 0, "<module>");
	g->im->init = realloc(g->im->init, (g->im->ninit + 1) * sizeof(uint32_t));
	g->im->init[g->im->ninit++] = p;
	free(assigns);
}

static void
gen_decls(gstate *g, node *decls)
{
	pv_image *im = g->im;
	for (node *d = decls; d; d = d->next) {
		g->c->file = d->file;
		if (d->kind == N_DEF && d->name) {
			uint32_t p = top_function(g, d, NULL, 0, d->name);
			im->func = realloc(im->func, (im->nfunc + 1) * sizeof(pvi_pair));
			im->func[im->nfunc++] =
				(pvi_pair){ pvi_str(im, d->name, strlen(d->name)), p };
		} else if (d->kind == N_VAR && d->name) {
			im->var = realloc(im->var, (im->nvar + 1) * sizeof(uint32_t));
			im->var[im->nvar++] = pvi_str(im, d->name, strlen(d->name));
		}
	}
}

static void
gen_class(gstate *g, cclass *c)
{
	pv_image *im = g->im;
	node *d = c->decl;
	g->c->file = d->file;
	pvi_class ic = { 0 };
	ic.name = pvi_str(im, c->name, strlen(c->name));
	ic.super = c->supername ? pvi_str(im, c->supername, strlen(c->supername)) : PVI_NONE;
	ic.super_nfields = c->super ? (uint32_t)c->super->nfields : 0;
	ic.nfields = (uint32_t)c->nfields;
	ic.fields = malloc((c->nfields + 1) * sizeof(uint32_t));
	for (int i = 0; i < c->nfields; i++)
		ic.fields[i] = pvi_str(im, c->fields[i], strlen(c->fields[i]));
	int nm = 0;
	for (node *m = d->b; m; m = m->next)
		nm++;
	ic.methods = malloc((nm + 1) * sizeof(pvi_pair));
	for (node *m = d->b; m; m = m->next) {
		if (!m->name)
			continue;
		uint32_t p = top_function(g, m, c, 1, m->name);
		ic.methods[ic.nmethods++] = (pvi_pair){ pvi_str(im, m->name, strlen(m->name)), p };
	}
	ic.finit = gen_finit_top(g, c);
	im->cls = realloc(im->cls, (im->nclass + 1) * sizeof(pvi_class));
	im->cls[im->nclass++] = ic;
}

pv_image *
gen_program(comp *c, node **files, int nfiles)
{
	gstate g = { c, pvi_new(), NULL, 0, NULL, 0 };
	const pv_env *env = c->env;
	for (int f = 0; f < nfiles; f++)
		for (node *d = files[f]; d; d = d->next) {
			if (d->kind == N_IMPORT) {
				if (d->name &&
				    !(env && env->module && env->module(env->ctx, d->name)))
					perr_at(&g, d, "unknown module '%s'", d->name);
				continue;
			}
			add_name(&g, d,
			         d->kind == N_VAR   ? G_VAR
			         : d->kind == N_DEF ? G_DEF
			                            : G_CLASS);
		}
	for (int i = 0; i < g.nclasses; i++)
		if (g.classes[i]->decl)
			layout(&g, g.classes[i]);
	for (int f = 0; f < nfiles; f++) {
		if (files[f])
			gen_module_init(&g, files[f], f);
		gen_decls(&g, files[f]);
	}
	int n = g.nclasses;
	for (int i = 0; i < n; i++)
		if (g.classes[i]->decl)
			gen_class(&g, g.classes[i]);
	for (int i = 0; i < g.nclasses; i++) {
		free(g.classes[i]->fields);
		free(g.classes[i]->methods);
		free(g.classes[i]);
	}
	free(g.classes);
	free(g.names);
	return g.im;
}

static void
free_comp(comp *c)
{
	for (int i = 0; i < c->npool; i++)
		free(c->pool[i]);
	free(c->pool);
	free(c->toks);
}

pv_image *
pv_compile(const pv_src *src, int nsrc, const pv_env *env, char **errors, int *nerrors)
{
	comp c;
	memset(&c, 0, sizeof c);
	c.src = src;
	c.nsrc = nsrc;
	c.env = env;
	node **files = calloc(nsrc + 1, sizeof(node *));
	for (int i = 0; i < nsrc; i++) {
		c.file = i;
		lex_file(&c, &src[i]);
		files[i] = parse_file(&c);
		for (int t = 0; t < c.ntok; t++)
			free(c.toks[t].str);
	}
	/* Generate even after syntax errors: the partial tree still yields
	 * the semantic errors (undefined names ...), all reported at once. */
	pv_image *im = gen_program(&c, files, nsrc);
	if (im && c.nerrs == 0) {
		char err[300];
		if (pvi_verify(im, err, sizeof err) != 0) {
			c.file = 0;
			c_error(&c, 1, 1, "internal compiler error: %s", err);
		}
	}
	if (c.nerrs) {
		pvi_free(im);
		im = NULL;
	}
	free(files);
	free_comp(&c);
	*errors = c.errs;
	*nerrors = c.nerrs;
	return im;
}
