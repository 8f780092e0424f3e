/*
 * load.c - linking a verified class image into the VM.
 *
 * Strings become interned strings, functions become pv_proto objects (code
 * copied into the arena, global names resolved to slots), classes are
 * created once their superclass exists (in the VM or earlier in the same
 * image), module functions become global closures. Every name conflict and
 * every superclass that is missing or has a different field layout than
 * the image was compiled against is refused before anything is defined.
 *
 * Namespaces (pv_load_ns): an app's classes, functions and variables are
 * defined as the globals "NS.name", and the image's references to a name
 * go to "NS.name" when the image defines it or NS has it already, else to
 * the plain global (the core library, library modules). So two apps, or
 * two versions of one app, each have their own Note class; a class keeps
 * its plain name for className() and reports.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "array.h"
#include "classimage.h"
#include "heap.h"
#include "load.h"
#include "map.h"
#include "opcodes.h"
#include "str.h"

typedef struct lctx {
	pv_vm *vm;
	const pv_image *im;
	pv_value *str;
	pv_proto **proto;
	char *err;
	size_t errn;
	const char *ns;  /* namespace, or NULL */
	pv_value *gname; /* per string: the global it names here (see gname()) */
} lctx;

static pv_value global_value(pv_vm *vm, pv_value name);

/* Does the image define string s as a class, function or variable? */
static bool
image_defines(const pv_image *im, uint32_t s)
{
	for (uint32_t i = 0; i < im->nclass; i++)
		if (im->cls[i].name == s)
			return true;
	for (uint32_t i = 0; i < im->nfunc; i++)
		if (im->func[i].name == s)
			return true;
	for (uint32_t i = 0; i < im->nvar; i++)
		if (im->var[i] == s)
			return true;
	return false;
}

/* The global that string s names in this image's namespace. */
static pv_value
gname(lctx *L, uint32_t s)
{
	if (!L->ns)
		return L->str[s];
	if (!L->gname[s]) {
		pv_value full = pv_str_fmt(L->vm, "%s.%s", L->ns, L->im->str[s]);
		full = pv_intern(L->vm, PV_STR(full)->s, PV_STR(full)->len);
		L->gname[s] =
			image_defines(L->im, s) || global_value(L->vm, full) ? full : L->str[s];
	}
	return L->gname[s];
}

static pv_bytes *
copy_bytes(pv_vm *vm, const void *src, size_t n)
{
	pv_bytes *b = pv_bytes_new(vm, (uint32_t)n);
	if (n)
		memcpy(b->b, src, n);
	return b;
}

static pv_value
make_const(lctx *L, const pvi_const *k)
{
	switch (k->kind) {
	case PVI_KINT:
		return pv_int(L->vm, k->i);
	case PVI_KFLOAT:
		return pv_float_new(L->vm, k->f);
	default:
		return L->str[k->s];
	}
}

static pv_proto *
make_proto(lctx *L, const pvi_proto *ip)
{
	pv_vm *vm = L->vm;
	pv_proto *p = pv_alloc(vm, PV_K_PROTO, sizeof(pv_proto), vm->cls[PV_C_INTERNAL]);
	p->name = PV_STR(L->str[ip->name]);
	p->file = PV_STR(L->str[ip->file]);
	p->nparams = ip->nparams;
	p->nregs = ip->nregs;
	p->nupv = ip->nupv;
	p->nic = ip->nic;
	p->is_method = ip->is_method;
	p->lang = ip->lang;
	p->ncode = ip->ncode;
	p->code = copy_bytes(vm, ip->code, ip->ncode * 4u);
	p->lines = copy_bytes(vm, ip->lines, ip->ncode * 4u);
	p->k = pv_vals_new(vm, ip->nk);
	for (uint32_t i = 0; i < ip->nk; i++)
		p->k->v[i] = make_const(L, &ip->k[i]);
	p->gslot = pv_bytes_new(vm, ip->nk * 4u + 4);
	uint32_t *gs = (uint32_t *)(void *)p->gslot->b;
	for (uint32_t pc = 0; pc < ip->ncode; pc += pv_op_len(I_OP(ip->code[pc]))) {
		uint32_t w = ip->code[pc];
		if (I_OP(w) == OP_GETG || I_OP(w) == OP_SETG)
			gs[I_Bx(w)] = pv_global_slot(vm, ip->k[I_Bx(w)].kind == PVI_KSTR
			                                         ? gname(L, ip->k[I_Bx(w)].s)
			                                         : p->k->v[I_Bx(w)]);
	}
	p->upv = copy_bytes(vm, ip->upv, ip->nupv * 2u);
	p->ic = pv_vals_new(vm, ip->nic * 2u);
	return p;
}

static pv_closure *
make_closure(pv_vm *vm, pv_proto *p, pv_class *cls)
{
	pv_closure *c = pv_alloc(vm, PV_K_CLOSURE, sizeof(pv_closure), vm->cls[PV_C_FUNCTION]);
	c->p = p;
	c->cls = cls;
	return c;
}

static int
lfail(lctx *L, const char *fmt, const char *a, const char *b)
{
	snprintf(L->err, L->errn, fmt, a, b);
	return -1;
}

static pv_value
global_value(pv_vm *vm, pv_value name)
{
	pv_value idx;
	if (!vm->gindex || !pv_map_get(vm->gindex, name, &idx))
		return PV_NULL;
	return vm->globals->v[pv_ival(idx)];
}

static int
defined_in_image(const pv_image *im, uint32_t name, uint32_t upto)
{
	for (uint32_t i = 0; i < upto; i++)
		if (im->cls[i].name == name)
			return 1;
	return 0;
}

/* Refuse conflicts and broken superclasses before defining anything. */
static int
check_names(lctx *L)
{
	const pv_image *im = L->im;
	for (uint32_t i = 0; i < im->nclass; i++) {
		const pvi_class *c = &im->cls[i];
		if (global_value(L->vm, gname(L, c->name)) || defined_in_image(im, c->name, i))
			return lfail(L, "cannot load class %s: the name is already defined%s",
			             im->str[c->name], "");
	}
	for (uint32_t i = 0; i < im->nfunc; i++)
		if (global_value(L->vm, gname(L, im->func[i].name)))
			return lfail(L, "cannot load function %s: the name is already defined%s",
			             im->str[im->func[i].name], "");
	return 0;
}

static pv_class *
find_super(lctx *L, const pvi_class *c)
{
	if (c->super == PVI_NONE)
		return L->vm->cls[PV_C_OBJECT];
	pv_value s = global_value(L->vm, gname(L, c->super));
	return pv_is(s, PV_K_CLASS) ? (pv_class *)s : NULL;
}

static int
make_class(lctx *L, const pvi_class *ic, pv_class *super)
{
	pv_vm *vm = L->vm;
	const char *name = L->im->str[ic->name];
	if (super->cflags & PV_CF_NATIVE)
		return lfail(L, "class %s cannot extend the built-in class %s", name,
		             super->name->s);
	if (super->nfields != ic->super_nfields) {
		char buf[200];
		snprintf(buf, sizeof buf,
		         "class %s: superclass %s has %u fields, the image expects %u", name,
		         super->name->s, super->nfields, ic->super_nfields);
		return lfail(L, "%s%s", buf, "");
	}
	pv_class *c = pv_class_new(vm, L->str[ic->name], super);
	c->fields = pv_vals_new(vm, ic->nfields);
	for (uint32_t f = 0; f < ic->nfields; f++)
		c->fields->v[f] = L->str[ic->fields[f]];
	c->nfields = ic->nfields;
	for (uint32_t m = 0; m < ic->nmethods; m++)
		pv_method_add(vm, c, L->str[ic->methods[m].name],
		              pv_val(make_closure(vm, L->proto[ic->methods[m].proto], c)));
	if (ic->finit >= 0)
		c->finit = make_closure(vm, L->proto[ic->finit], c);
	pv_global_set(vm, gname(L, ic->name), pv_val(c));
	return 0;
}

/* The superclass of image class i, if it is a VM class (*vmc) or an image
 * class already planned (*img); 0 if it does not exist (yet). */
static int
plan_super(lctx *L, const char *planned, uint32_t i, pv_class **vmc, int64_t *img)
{
	const pv_image *im = L->im;
	const pvi_class *c = &im->cls[i];
	*vmc = find_super(L, c);
	*img = -1;
	if (*vmc || c->super == PVI_NONE)
		return *vmc != NULL;
	for (uint32_t j = 0; j < im->nclass; j++)
		if (planned[j] && L->str[im->cls[j].name] == L->str[c->super]) {
			*img = j;
			return 1;
		}
	return 0;
}

/* Check one class against its superclass before anything is defined. */
static int
plan_check(lctx *L, uint32_t i, pv_class *vmc, int64_t img)
{
	const pvi_class *c = &L->im->cls[i];
	const char *name = L->im->str[c->name];
	uint32_t nf = vmc ? vmc->nfields : L->im->cls[img].nfields;
	if (vmc && (vmc->cflags & PV_CF_NATIVE))
		return lfail(L, "class %s cannot extend the built-in class %s", name, vmc->name->s);
	if (nf != c->super_nfields) {
		char buf[200];
		snprintf(buf, sizeof buf,
		         "class %s: superclass %s has %u fields, the image expects %u", name,
		         vmc ? vmc->name->s : L->im->str[c->super], nf, c->super_nfields);
		return lfail(L, "%s%s", buf, "");
	}
	return 0;
}

/* Classes in dependency order (order[k] is the k-th to define), every one
 * checked, nothing defined: a pass takes every class whose superclass
 * exists or is already planned; stop when a pass makes no progress. */
static int
plan_classes(lctx *L, uint32_t *order)
{
	const pv_image *im = L->im;
	char *planned = calloc(im->nclass + 1, 1);
	uint32_t n = 0;
	int progress = 1, rc = 0;
	while (n < im->nclass && progress && rc == 0) {
		progress = 0;
		for (uint32_t i = 0; i < im->nclass && rc == 0; i++) {
			pv_class *vmc;
			int64_t img;
			if (planned[i] || !plan_super(L, planned, i, &vmc, &img))
				continue;
			rc = plan_check(L, i, vmc, img);
			planned[i] = 1;
			order[n++] = i;
			progress = 1;
		}
	}
	for (uint32_t i = 0; i < im->nclass && rc == 0 && n < im->nclass; i++)
		if (!planned[i])
			rc = lfail(L, "class %s: unknown superclass %s", im->str[im->cls[i].name],
			           im->str[im->cls[i].super]);
	free(planned);
	return rc;
}

/* Define the classes in the planned order: each superclass exists by then. */
static int
make_classes(lctx *L)
{
	const pv_image *im = L->im;
	uint32_t *order = calloc(im->nclass + 1, sizeof(uint32_t));
	int rc = plan_classes(L, order);
	for (uint32_t k = 0; k < im->nclass && rc == 0; k++) {
		const pvi_class *c = &im->cls[order[k]];
		rc = make_class(L, c, find_super(L, c));
	}
	free(order);
	return rc;
}

int
pv_load(pv_vm *vm, const pv_image *im, pv_value *inits, char *err, size_t errn)
{
	return pv_load_ns(vm, im, NULL, inits, err, errn);
}

int
pv_load_ns(pv_vm *vm, const pv_image *im, const char *ns, pv_value *inits, char *err, size_t errn)
{
	lctx L = { vm,
		   im,
		   calloc(im->nstr + 1, sizeof(pv_value)),
		   calloc(im->nproto + 1, sizeof(pv_proto *)),
		   err,
		   errn,
		   ns,
		   calloc(im->nstr + 1, sizeof(pv_value)) };
	int rc = -1;
	for (uint32_t i = 0; i < im->nstr; i++)
		L.str[i] = pv_intern(vm, im->str[i], im->slen[i]);
	if (check_names(&L) != 0)
		goto out;
	for (uint32_t i = 0; i < im->nproto; i++)
		L.proto[i] = make_proto(&L, &im->proto[i]);
	for (uint32_t i = 0; i < im->nproto; i++) {
		const pvi_proto *ip = &im->proto[i];
		pv_vals *kids = pv_vals_new(vm, ip->nchild);
		for (uint32_t c = 0; c < ip->nchild; c++)
			kids->v[c] = pv_val(L.proto[ip->child[c]]);
		L.proto[i]->protos = kids;
	}
	if (make_classes(&L) != 0)
		goto out;
	for (uint32_t i = 0; i < im->nfunc; i++)
		pv_global_set(vm, gname(&L, im->func[i].name),
		              pv_val(make_closure(vm, L.proto[im->func[i].proto], NULL)));
	for (uint32_t i = 0; i < im->nvar; i++)
		pv_global_slot(vm, gname(&L, im->var[i]));
	pv_array *a = pv_array_new(vm, im->ninit);
	for (uint32_t i = 0; i < im->ninit; i++)
		pv_array_push(vm, a, pv_val(make_closure(vm, L.proto[im->init[i]], NULL)));
	*inits = pv_val(a);
	rc = 0;
out:
	free(L.str);
	free(L.proto);
	free(L.gname);
	return rc;
}
