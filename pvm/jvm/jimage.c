/*
 * jimage.c - a batch of classes into one class image: per class a pvm
 * class (interfaces too: they hold default methods and are what
 * instanceof tests), its instance methods under their keys, its static
 * methods as functions "C.key", its static fields and <ready> as variables,
 * a field initialiser giving primitive fields their zero, and <jinit>, the
 * JVM's class initialisation.
 *
 * Invariant: everything a converted method names (a class, "C.key",
 * "C.field", "C.<ready>", "C.<jinit>") is defined by this image or by one
 * loaded before it; jlink.c binds what the image cannot hold (natives, the
 * instance methods' globals, interfaces) right after pv_load.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jvm.h"
#include "pvm/opcodes.h"
#include "pvm/xops.h"

#define ACC_STATIC   0x0008
#define ACC_NATIVE   0x0100
#define ACC_ABSTRACT 0x0400

uint32_t
jv_proto_new(jv_ctx *x, const char *name, const char *file, int is_method, uint16_t nparams)
{
	pv_image *im = x->im;
	im->proto = realloc(im->proto, (im->nproto + 1) * sizeof(pvi_proto));
	pvi_proto *p = &im->proto[im->nproto];
	memset(p, 0, sizeof *p);
	p->name = jv_str(x, name);
	p->file = jv_str(x, file);
	p->is_method = (uint8_t)is_method;
	p->lang = PV_LANG_JAVA;
	p->nparams = nparams;
	return im->nproto++;
}

/* A small generated function: its code and constants. */
typedef struct gen {
	jv_ctx *x;
	uint32_t *code;
	uint32_t n, cap;
	pvi_const *k;
	uint32_t nk;
} gen;

static void
g_emit(gen *g, uint32_t w)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 16;
		g->code = realloc(g->code, g->cap * sizeof(uint32_t));
	}
	g->code[g->n++] = w;
}

static uint32_t
g_k(gen *g, pvi_const k)
{
	g->k = realloc(g->k, (g->nk + 1) * sizeof(pvi_const));
	g->k[g->nk] = k;
	return g->nk++;
}

static uint32_t
g_str(gen *g, const char *s)
{
	return g_k(g, (pvi_const){ .kind = PVI_KSTR, .s = jv_str(g->x, s) });
}

static void
g_getg(gen *g, uint32_t r, const char *name)
{
	g_emit(g, MK_ABx(OP_GETG, r, g_str(g, name)));
}

static void
g_int(gen *g, uint32_t r, int32_t v)
{
	if (v >= -32768 && v <= 32767)
		g_emit(g, MK_ABx(OP_LOADI, r, (uint32_t)(uint16_t)(int16_t)v));
	else
		g_emit(g, MK_ABx(OP_LOADK, r, g_k(g, (pvi_const){ .kind = PVI_KINT, .i = v })));
}

/* r = the zero of descriptor d, or the field's ConstantValue. */
static int
g_value(gen *g, uint32_t r, const jcf_class *cf, const char *d, uint16_t cv)
{
	const jcf_cp *k = cv && cv < cf->ncp ? &cf->cp[cv] : NULL;
	switch (d[0]) {
	case 'L':
	case '[':
		if (k && k->tag == 8)
			g_emit(g, MK_ABx(OP_LOADK, r, g_str(g, jcf_utf8(cf, k->a))));
		else
			g_emit(g, MK_ABC(OP_LOADNIL, r, 0, 0));
		return 0;
	case 'F':
	case 'D': {
		double v = !k ? 0 : k->tag == 4 ? (double)k->f : k->tag == 6 ? k->d : 0;
		g_emit(g, MK_ABx(OP_LOADK, r, g_k(g, (pvi_const){ .kind = PVI_KFLOAT, .f = v })));
		return 0;
	}
	case 'J': {
		int64_t v = k && k->tag == 5 ? k->l : 0;
		if (v >= INT32_MIN && v <= INT32_MAX) {
			g_int(g, r, (int32_t)v);
			return 0;
		}
		g_int(g, r + 1, (int32_t)(v >> 32));
		g_int(g, r + 2, (int32_t)(uint32_t)v);
		g_emit(g, MK_ABC(OP_XOP, r, r + 1, r + 2));
		g_emit(g, PV_XOP_LMAKE);
		return 0;
	}
	default:
		g_int(g, r, k && k->tag == 3 ? k->i : 0);
		return 0;
	}
}

static uint32_t
g_done(gen *g, jv_class *c, const char *name, int is_method, uint16_t nregs)
{
	g_emit(g, MK_ABC(OP_RETNIL, 0, 0, 0));
	uint32_t pi =
		jv_proto_new(g->x, name, c->cf->source ? c->cf->source : c->name, is_method, 0);
	pvi_proto *p = &g->x->im->proto[pi];
	p->nregs = nregs;
	p->ncode = g->n;
	p->code = g->code;
	p->lines = calloc(g->n, sizeof(int32_t));
	p->k = g->k;
	p->nk = g->nk;
	return pi;
}

/* The primitive instance fields of c itself get their zero. */
static int32_t
finit(jv_ctx *x, jv_class *c)
{
	gen g = { .x = x };
	uint32_t base = c->super ? c->super->nslots : 0;
	for (uint32_t s = base; s < c->nslots; s++) {
		char d = c->slotdesc[s][0];
		if (d == 'L' || d == '[')
			continue;
		g_value(&g, 1, c->cf, c->slotdesc[s], 0);
		g_emit(&g, MK_ABC(OP_SETF, 0, s, 1));
	}
	if (g.n == 0)
		return -1;
	return (int32_t)g_done(&g, c, "<finit>", 1, 4);
}

static void
func(jv_ctx *x, const char *name, uint32_t proto)
{
	pv_image *im = x->im;
	im->func = realloc(im->func, (im->nfunc + 1) * sizeof(pvi_pair));
	im->func[im->nfunc++] = (pvi_pair){ jv_str(x, name), proto };
}

static void
var(jv_ctx *x, const char *name)
{
	pv_image *im = x->im;
	im->var = realloc(im->var, (im->nvar + 1) * sizeof(uint32_t));
	im->var[im->nvar++] = jv_str(x, name);
}

/* Interfaces declaring a default method, in the JVM's order (JVMS 5.5:
 * each direct interface after its own superinterfaces). */
static void
default_ifaces(jv_class *c, jv_class **out, uint32_t *n, uint32_t max)
{
	for (uint16_t i = 0; i < c->cf->nifaces; i++) {
		jv_class *f = c->ifaces[i];
		default_ifaces(f, out, n, max);
		bool has = false;
		for (uint16_t m = 0; m < f->cf->nmethods; m++)
			if (!(f->cf->methods[m].flags & (ACC_STATIC | ACC_ABSTRACT)) &&
			    f->cf->methods[m].code)
				has = true;
		uint32_t j;
		for (j = 0; j < *n && out[j] != f; j++)
			;
		if (has && j == *n && *n < max)
			out[(*n)++] = f;
	}
}

static void
g_call0(gen *g, jv_class *c, const char *member)
{
	char *n = jv_gname(c, member);
	g_getg(g, 1, n);
	g_emit(g, MK_ABC(OP_CALL, 1, 0, 0));
	free(n);
}

/* <jinit>: the JVM's initialisation of c (JVMS 5.5). <ready> is null
 * before, true once started (by this thread, or done), false after
 * <clinit> failed: then every use throws NoClassDefFoundError. The
 * superclass and the interfaces with default methods first; the static
 * fields' zeros and ConstantValues; <clinit>, whose exception other than
 * an Error becomes an ExceptionInInitializerError. */
static void
jinit(jv_ctx *x, jv_class *c)
{
	gen g = { .x = x };
	char *ready = jv_gname(c, "<ready>");
	uint32_t kready = g_str(&g, ready);
	free(ready);
	g_emit(&g, MK_ABx(OP_GETG, 0, kready));
	g_emit(&g, MK_ABC(OP_JF, 0, 0, 0)); /* null or false: on */
	g_emit(&g, 1);
	g_emit(&g, MK_ABC(OP_RETNIL, 0, 0, 0));
	g_emit(&g, MK_ABC(OP_LOADNIL, 1, 0, 0));
	g_emit(&g, MK_ABC(OP_JEQ, 0, 1, 1)); /* null: start */
	g_emit(&g, 4);
	g_getg(&g, 1, "phantom/jrt/Rt.noClassDef(Ljava/lang/String;)Ljava/lang/Throwable;");
	g_emit(&g, MK_ABx(OP_LOADK, 2, g_str(&g, c->name)));
	g_emit(&g, MK_ABC(OP_CALL, 1, 1, 0));
	g_emit(&g, MK_ABC(OP_THROW, 1, 0, 0));
	g_emit(&g, MK_ABC(OP_LOADBOOL, 0, 1, 0));
	g_emit(&g, MK_ABx(OP_SETG, 0, kready));
	if (c->super && !jv_is_iface(c) && strcmp(c->super->name, "java/lang/Object") != 0)
		g_call0(&g, c->super, "<jinit>");
	if (!jv_is_iface(c)) {
		jv_class *fs[64];
		uint32_t nf = 0;
		default_ifaces(c, fs, &nf, 64);
		for (uint32_t i = 0; i < nf; i++)
			g_call0(&g, fs[i], "<jinit>");
	}
	const jcf_member *clinit = NULL;
	for (uint16_t i = 0; i < c->cf->nfields; i++) {
		const jcf_member *f = &c->cf->fields[i];
		if (!(f->flags & ACC_STATIC))
			continue;
		char *n = jv_gname(c, f->name);
		g_value(&g, 0, c->cf, f->desc, f->constval);
		g_emit(&g, MK_ABx(OP_SETG, 0, g_str(&g, n)));
		free(n);
	}
	for (uint16_t i = 0; i < c->cf->nmethods; i++)
		if (strcmp(c->cf->methods[i].name, "<clinit>") == 0 && c->cf->methods[i].code)
			clinit = &c->cf->methods[i];
	if (clinit) {
		g_emit(&g, MK_ABC(OP_TRY, 0, 0, 0));
		uint32_t at = g.n;
		g_emit(&g, 0);
		g_call0(&g, c, "<clinit>()V");
		g_emit(&g, MK_ABC(OP_ENDTRY, 0, 0, 0));
		g_emit(&g, MK_ABC(OP_RETNIL, 0, 0, 0));
		g.code[at] = g.n - (at + 1);
		/* failed: marked, and the exception thrown as the JVM wraps it */
		g_emit(&g, MK_ABC(OP_LOADBOOL, 1, 0, 0));
		g_emit(&g, MK_ABx(OP_SETG, 1, kready));
		g_getg(&g, 1, "phantom/jrt/Rt.initError(Ljava/lang/Object;)Ljava/lang/Throwable;");
		g_emit(&g, MK_ABC(OP_MOVE, 2, 0, 0));
		g_emit(&g, MK_ABC(OP_CALL, 1, 1, 0));
		g_emit(&g, MK_ABC(OP_THROW, 1, 0, 0));
	}
	char *n = jv_gname(c, "<jinit>");
	func(x, n, g_done(&g, c, n, 0, 6));
	free(n);
}

static int
one_class(jv_ctx *x, jv_class *c)
{
	pv_image *im = x->im;
	const jcf_class *cf = c->cf;
	pvi_class ic = { 0 };
	ic.name = jv_str(x, c->name);
	ic.super = c->super && strcmp(c->super->name, "java/lang/Object") != 0
	                   ? jv_str(x, c->super->name)
	                   : PVI_NONE;
	ic.super_nfields = c->super ? c->super->nslots : 0;
	ic.nfields = c->nslots;
	ic.fields = malloc((c->nslots + 1) * sizeof(uint32_t));
	for (uint32_t s = 0; s < c->nslots; s++)
		ic.fields[s] = jv_str(x, c->slots[s]);
	ic.methods = malloc((cf->nmethods + 1u) * sizeof(pvi_pair));
	ic.finit = finit(x, c);
	for (uint16_t i = 0; i < cf->nmethods && !x->failed; i++) {
		jcf_member *m = &cf->methods[i];
		if ((m->flags & (ACC_ABSTRACT | ACC_NATIVE)) || !m->code)
			continue;
		uint32_t p = jv_xlate(x, c, m);
		if (p == PVI_NONE)
			break;
		char *key = jv_key(m->name, m->desc), *g = jv_gname(c, key);
		if (m->flags & ACC_STATIC)
			func(x, g, p);
		else {
			ic.methods[ic.nmethods++] = (pvi_pair){ jv_str(x, key), p };
			var(x, g);
		}
		free(key);
		free(g);
	}
	for (uint16_t i = 0; i < cf->nmethods; i++) {
		jcf_member *m = &cf->methods[i];
		if (m->flags & ACC_NATIVE) {
			char *key = jv_key(m->name, m->desc), *g = jv_gname(c, key);
			var(x, g);
			free(key);
			free(g);
		}
	}
	for (uint16_t i = 0; i < cf->nfields; i++)
		if (cf->fields[i].flags & ACC_STATIC) {
			char *g = jv_gname(c, cf->fields[i].name);
			var(x, g);
			free(g);
		}
	char *ready = jv_gname(c, "<ready>");
	var(x, ready);
	free(ready);
	jinit(x, c);
	im->cls = realloc(im->cls, (im->nclass + 1) * sizeof(pvi_class));
	c->pvclass = im->nclass;
	im->cls[im->nclass++] = ic;
	return x->failed ? -1 : 0;
}

int
jv_image(jv_ctx *x)
{
	uint32_t n = x->nbatch; /* lambda classes join the batch as they are made */
	for (uint32_t i = 0; i < n && !x->failed; i++)
		one_class(x, x->batch[i]);
	for (uint32_t i = 0; i < x->narrays && !x->failed; i++) {
		char *g = jv_array_global(x, x->arrays[i]);
		if (strcmp(g, x->arrays[i]) != 0) /* of a class in the namespace: in it too */
			var(x, x->arrays[i]);
		free(g);
	}
	return x->failed ? -1 : 0;
}

void
jv_gen_main(jv_ctx *x, jv_class *m)
{
	gen g = { .x = x };
	char *n = jv_gname(m, "<jinit>");
	/* 0: the error; 1..3: a call */
	g_emit(&g, MK_ABC(OP_TRY, 0, 0, 0));
	uint32_t at = g.n;
	g_emit(&g, 0);
	g_getg(&g, 1, n);
	g_emit(&g, MK_ABC(OP_CALL, 1, 0, 0));
	free(n);
	n = jv_gname(m, "main([Ljava/lang/String;)V");
	g_getg(&g, 1, n);
	free(n);
	g_getg(&g, 2, "<jargs>");
	g_emit(&g, MK_ABC(OP_CALL, 1, 1, 0));
	g_getg(&g, 1, "java/lang/Thread.<jinit>"); /* the JVM waits for its threads */
	g_emit(&g, MK_ABC(OP_CALL, 1, 0, 0));
	g_getg(&g, 1, "java/lang/Thread.jawait()V");
	g_emit(&g, MK_ABC(OP_CALL, 1, 0, 0));
	g_emit(&g, MK_ABC(OP_ENDTRY, 0, 0, 0));
	g_emit(&g, MK_ABC(OP_RETNIL, 0, 0, 0));
	g.code[at] = g.n - (at + 1);
	g_getg(&g, 1, "java/lang/Throwable");
	g_emit(&g, MK_ABC(OP_XOP, 1, 0, 1));
	g_emit(&g, PV_XOP_INSTOF);
	g_emit(&g, MK_ABC(OP_JGTI, 1, 0, 1));
	g_emit(&g, 1);
	g_emit(&g, MK_ABC(OP_THROW, 0, 0, 0));
	g_getg(&g, 1, "phantom/jrt/Rt.uncaught(Ljava/lang/Throwable;)V");
	g_emit(&g, MK_ABC(OP_MOVE, 2, 0, 0));
	g_emit(&g, MK_ABC(OP_CALL, 1, 1, 0));
	func(x, "<jmain>", g_done(&g, m, "<jmain>", 0, 6));
	var(x, "<jargs>");
}

void
jv_gen_app(jv_ctx *x, jv_class *a)
{
	gen g = { .x = x };
	g_call0(&g, a, "<jinit>");
	g_getg(&g, 0, a->pvname); /* 0 = new A(): its fields' zeros */
	g_emit(&g, MK_ABC(OP_NEW, 0, 0, 0));
	char *n = jv_gname(a, "<init>()V");
	g_getg(&g, 1, n);
	free(n);
	g_emit(&g, MK_ABC(OP_MOVE, 2, 0, 0));
	g_emit(&g, MK_ABC(OP_CALL, 1, 1, 0));
	g_emit(&g, MK_ABC(OP_CALLM, 0, 0, 0)); /* its run(), inline cache 0 */
	g_emit(&g, g_str(&g, "run()V"));
	n = jv_gname(a, "<japp>");
	uint32_t pi = g_done(&g, a, n, 0, 4);
	x->im->proto[pi].nic = 1;
	func(x, n, pi);
	free(n);
}

/* ---------------------------------------------------------------- lambdas */

void
jv_batch_add(jv_ctx *x, jv_class *c)
{
	if (x->nbatch == x->batchcap) {
		x->batchcap = x->batchcap ? x->batchcap * 2 : 64;
		x->batch = realloc(x->batch, x->batchcap * sizeof(jv_class *));
	}
	x->batch[x->nbatch++] = c;
	c->batch = 1;
}

uint32_t
jv_lambda_class(jv_ctx *x, const char *name, jv_class *iface, const char *const *cap, int ncap)
{
	jv_class *c = calloc(1, sizeof(jv_class));
	jcf_class *cf = calloc(1, sizeof(jcf_class));
	c->synth = 1;
	c->name = malloc(strlen(name) + 1);
	strcpy(c->name, name);
	c->pvname = malloc(strlen(name) + 1);
	strcpy(c->pvname, name);
	cf->name = c->name;
	cf->super = "java/lang/Object";
	cf->flags = 0x1010; /* final synthetic */
	cf->nifaces = 1;
	cf->ifaces = calloc(1, sizeof(char *));
	cf->ifaces[0] = iface->name;
	c->cf = cf;
	c->super = jv_class_get(x, "java/lang/Object");
	c->ifaces = calloc(2, sizeof(jv_class *));
	c->ifaces[0] = iface;
	c->laid = 1;
	c->order = 1;
	if (x->ncls == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->cls = realloc(x->cls, x->cap * sizeof(jv_class *));
	}
	x->cls[x->ncls++] = c;
	jv_batch_add(x, c);
	pv_image *im = x->im;
	pvi_class ic = { 0 };
	ic.name = jv_str(x, name);
	ic.super = PVI_NONE;
	ic.nfields = (uint32_t)ncap;
	ic.fields = malloc(((size_t)ncap + 1) * sizeof(uint32_t));
	for (int i = 0; i < ncap; i++) {
		char f[16];
		snprintf(f, sizeof f, "c%d", i);
		ic.fields[i] = jv_str(x, f);
	}
	(void)cap;
	ic.methods = NULL;
	ic.finit = -1;
	im->cls = realloc(im->cls, (im->nclass + 1) * sizeof(pvi_class));
	c->pvclass = im->nclass;
	im->cls[im->nclass++] = ic;
	return c->pvclass;
}

jv_class *
jv_lambda_cls(jv_ctx *x, uint32_t ci)
{
	for (uint32_t i = 0; i < x->ncls; i++)
		if (x->cls[i]->synth && x->cls[i]->pvclass == ci)
			return x->cls[i];
	return NULL;
}

void
jv_lambda_method(jv_ctx *x, uint32_t ci, const char *name, const char *desc, uint32_t proto)
{
	pvi_class *ic = &x->im->cls[ci];
	char *key = jv_key(name, desc);
	for (uint32_t i = 0; i < ic->nmethods; i++)
		if (strcmp(x->im->str[ic->methods[i].name], key) == 0) {
			free(key);
			return; /* a bridge with the interface method's own type */
		}
	ic->methods = realloc(ic->methods, (ic->nmethods + 1) * sizeof(pvi_pair));
	ic->methods[ic->nmethods++] = (pvi_pair){ jv_str(x, key), proto };
	free(key);
}
