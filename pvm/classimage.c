/*
 * classimage.c - building, writing and reading class images (format: classimage.h).
 *
 * The reader trusts nothing: every count is checked against the bytes left
 * before anything is allocated, every read is bounds-checked, and the
 * result is verified before it is returned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "classimage.h"
#include "verify.h"

pv_image *
pvi_new(void)
{
	return calloc(1, sizeof(pv_image));
}

void
pvi_free(pv_image *im)
{
	if (!im)
		return;
	for (uint32_t i = 0; i < im->nstr; i++)
		free(im->str[i]);
	for (uint32_t i = 0; i < im->nproto; i++) {
		pvi_proto *p = &im->proto[i];
		free(p->code);
		free(p->lines);
		free(p->k);
		free(p->child);
		free(p->upv);
	}
	for (uint32_t i = 0; i < im->nclass; i++) {
		free(im->cls[i].fields);
		free(im->cls[i].methods);
	}
	free(im->str);
	free(im->slen);
	free(im->proto);
	free(im->cls);
	free(im->func);
	free(im->var);
	free(im->init);
	free(im);
}

uint32_t
pvi_str(pv_image *im, const char *s, size_t n)
{
	for (uint32_t i = 0; i < im->nstr; i++)
		if (im->slen[i] == n && memcmp(im->str[i], s, n) == 0)
			return i;
	return pvi_str_add(im, s, n);
}

uint32_t
pvi_str_add(pv_image *im, const char *s, size_t n)
{
	if ((im->nstr & (im->nstr - 1)) == 0) {
		uint32_t cap = im->nstr ? im->nstr * 2 : 8;
		im->str = realloc(im->str, cap * sizeof(char *));
		im->slen = realloc(im->slen, cap * sizeof(uint32_t));
	}
	char *c = malloc(n + 1);
	memcpy(c, s, n);
	c[n] = 0;
	im->str[im->nstr] = c;
	im->slen[im->nstr] = (uint32_t)n;
	return im->nstr++;
}

/* ---------------------------------------------------------------- writer */

typedef struct wbuf {
	uint8_t *b;
	size_t n, cap;
} wbuf;

static void
put(wbuf *w, const void *p, size_t n)
{
	if (n == 0)
		return; /* p may be NULL: no upvalues */
	if (w->n + n > w->cap) {
		w->cap = (w->n + n) * 2 + 256;
		w->b = realloc(w->b, w->cap);
	}
	memcpy(w->b + w->n, p, n);
	w->n += n;
}

static void
put32(wbuf *w, uint32_t v)
{
	uint8_t b[4] = { v, v >> 8, v >> 16, v >> 24 };
	put(w, b, 4);
}

static void
put16(wbuf *w, uint16_t v)
{
	uint8_t b[2] = { v, v >> 8 };
	put(w, b, 2);
}

static void
put_const(wbuf *w, const pvi_const *k)
{
	uint8_t kind = k->kind;
	put(w, &kind, 1);
	if (kind == PVI_KINT)
		put32(w, (uint32_t)k->i);
	else if (kind == PVI_KSTR)
		put32(w, k->s);
	else {
		uint64_t u;
		memcpy(&u, &k->f, 8);
		put32(w, (uint32_t)u);
		put32(w, (uint32_t)(u >> 32));
	}
}

static void
put_proto(wbuf *w, const pvi_proto *p)
{
	put32(w, p->name);
	put32(w, p->file);
	put16(w, p->nparams);
	put16(w, p->nregs);
	put16(w, p->nupv);
	put16(w, p->nic);
	uint8_t flags = (uint8_t)(p->is_method | p->lang << 1);
	put(w, &flags, 1);
	put32(w, p->ncode);
	for (uint32_t i = 0; i < p->ncode; i++)
		put32(w, p->code[i]);
	for (uint32_t i = 0; i < p->ncode; i++)
		put32(w, (uint32_t)p->lines[i]);
	put32(w, p->nk);
	for (uint32_t i = 0; i < p->nk; i++)
		put_const(w, &p->k[i]);
	put32(w, p->nchild);
	for (uint32_t i = 0; i < p->nchild; i++)
		put32(w, p->child[i]);
	put(w, p->upv, 2u * p->nupv);
}

static void
put_pairs(wbuf *w, const pvi_pair *p, uint32_t n)
{
	put32(w, n);
	for (uint32_t i = 0; i < n; i++) {
		put32(w, p[i].name);
		put32(w, p[i].proto);
	}
}

int
pvi_write(const pv_image *im, uint8_t **buf, size_t *len)
{
	wbuf w = { 0 };
	put(&w, "PVC", 4);
	put16(&w, PVI_VERSION);
	put16(&w, 0);
	put32(&w, im->nstr);
	for (uint32_t i = 0; i < im->nstr; i++) {
		put32(&w, im->slen[i]);
		put(&w, im->str[i], im->slen[i]);
	}
	put32(&w, im->nproto);
	for (uint32_t i = 0; i < im->nproto; i++)
		put_proto(&w, &im->proto[i]);
	put32(&w, im->nclass);
	for (uint32_t i = 0; i < im->nclass; i++) {
		const pvi_class *c = &im->cls[i];
		put32(&w, c->name);
		put32(&w, c->super);
		put32(&w, c->super_nfields);
		put32(&w, c->nfields);
		for (uint32_t j = 0; j < c->nfields; j++)
			put32(&w, c->fields[j]);
		put_pairs(&w, c->methods, c->nmethods);
		put32(&w, (uint32_t)c->finit);
	}
	put_pairs(&w, im->func, im->nfunc);
	put32(&w, im->nvar);
	for (uint32_t i = 0; i < im->nvar; i++)
		put32(&w, im->var[i]);
	put32(&w, im->ninit);
	for (uint32_t i = 0; i < im->ninit; i++)
		put32(&w, im->init[i]);
	*buf = w.b;
	*len = w.n;
	return 0;
}

/* ---------------------------------------------------------------- reader */

typedef struct rbuf {
	const uint8_t *b;
	size_t n, at;
	int bad;
	char *err;
	size_t errn;
} rbuf;

static void
rfail(rbuf *r, const char *what)
{
	if (!r->bad)
		snprintf(r->err, r->errn, "bad class image: %s at byte %zu", what, r->at);
	r->bad = 1;
}

static const uint8_t *
take(rbuf *r, size_t n)
{
	if (r->bad || r->n - r->at < n) {
		rfail(r, "truncated");
		return NULL;
	}
	const uint8_t *p = r->b + r->at;
	r->at += n;
	return p;
}

static uint32_t
get32(rbuf *r)
{
	const uint8_t *p = take(r, 4);
	return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	                       (uint32_t)p[3] << 24
	         : 0;
}

static uint16_t
get16(rbuf *r)
{
	const uint8_t *p = take(r, 2);
	return p ? (uint16_t)(p[0] | p[1] << 8) : 0;
}

static uint8_t
get8(rbuf *r)
{
	const uint8_t *p = take(r, 1);
	return p ? p[0] : 0;
}

/* A count of items of at least `each` bytes: refuse what cannot fit. */
static uint32_t
getcount(rbuf *r, size_t each)
{
	uint32_t n = get32(r);
	if (!r->bad && (size_t)n * each > r->n - r->at) {
		rfail(r, "count larger than the image");
		return 0;
	}
	return n;
}

static void *
rcalloc(uint32_t n, size_t each)
{
	return calloc(n ? n : 1, each);
}

static void
get_const(rbuf *r, pvi_const *k)
{
	k->kind = get8(r);
	if (k->kind == PVI_KINT)
		k->i = (int32_t)get32(r);
	else if (k->kind == PVI_KSTR)
		k->s = get32(r);
	else if (k->kind == PVI_KFLOAT) {
		uint64_t lo = get32(r), hi = get32(r);
		uint64_t u = lo | hi << 32;
		memcpy(&k->f, &u, 8);
	} else
		rfail(r, "unknown constant kind");
}

static void
get_proto(rbuf *r, pvi_proto *p)
{
	p->name = get32(r);
	p->file = get32(r);
	p->nparams = get16(r);
	p->nregs = get16(r);
	p->nupv = get16(r);
	p->nic = get16(r);
	uint8_t flags = get8(r);
	p->is_method = flags & 1;
	p->lang = flags >> 1;
	p->ncode = getcount(r, 8);
	p->code = rcalloc(p->ncode, 4);
	p->lines = rcalloc(p->ncode, 4);
	for (uint32_t i = 0; i < p->ncode; i++)
		p->code[i] = get32(r);
	for (uint32_t i = 0; i < p->ncode; i++)
		p->lines[i] = (int32_t)get32(r);
	p->nk = getcount(r, 5);
	p->k = rcalloc(p->nk, sizeof(pvi_const));
	for (uint32_t i = 0; i < p->nk; i++)
		get_const(r, &p->k[i]);
	p->nchild = getcount(r, 4);
	p->child = rcalloc(p->nchild, 4);
	for (uint32_t i = 0; i < p->nchild; i++)
		p->child[i] = get32(r);
	p->upv = rcalloc(p->nupv, 2);
	const uint8_t *u = take(r, 2u * p->nupv);
	if (u)
		memcpy(p->upv, u, 2u * p->nupv);
}

static pvi_pair *
get_pairs(rbuf *r, uint32_t *n)
{
	*n = getcount(r, 8);
	pvi_pair *p = rcalloc(*n, sizeof(pvi_pair));
	for (uint32_t i = 0; i < *n; i++) {
		p[i].name = get32(r);
		p[i].proto = get32(r);
	}
	return p;
}

static void
get_class(rbuf *r, pvi_class *c)
{
	c->name = get32(r);
	c->super = get32(r);
	c->super_nfields = get32(r);
	c->nfields = getcount(r, 4);
	c->fields = rcalloc(c->nfields, 4);
	for (uint32_t j = 0; j < c->nfields; j++)
		c->fields[j] = get32(r);
	c->methods = get_pairs(r, &c->nmethods);
	c->finit = (int32_t)get32(r);
}

static void
get_body(rbuf *r, pv_image *im)
{
	im->nstr = getcount(r, 4);
	im->str = rcalloc(im->nstr, sizeof(char *));
	im->slen = rcalloc(im->nstr, 4);
	for (uint32_t i = 0; i < im->nstr && !r->bad; i++) {
		uint32_t n = getcount(r, 1);
		const uint8_t *s = take(r, n);
		im->str[i] = malloc(n + 1);
		if (s)
			memcpy(im->str[i], s, n);
		im->str[i][s ? n : 0] = 0;
		im->slen[i] = s ? n : 0;
	}
	im->nproto = getcount(r, 30);
	im->proto = rcalloc(im->nproto, sizeof(pvi_proto));
	for (uint32_t i = 0; i < im->nproto && !r->bad; i++)
		get_proto(r, &im->proto[i]);
	im->nclass = getcount(r, 24);
	im->cls = rcalloc(im->nclass, sizeof(pvi_class));
	for (uint32_t i = 0; i < im->nclass && !r->bad; i++)
		get_class(r, &im->cls[i]);
	im->func = get_pairs(r, &im->nfunc);
	im->nvar = getcount(r, 4);
	im->var = rcalloc(im->nvar, 4);
	for (uint32_t i = 0; i < im->nvar; i++)
		im->var[i] = get32(r);
	im->ninit = getcount(r, 4);
	im->init = rcalloc(im->ninit, 4);
	for (uint32_t i = 0; i < im->ninit; i++)
		im->init[i] = get32(r);
}

pv_image *
pvi_read(const uint8_t *buf, size_t len, char *err, size_t errn)
{
	rbuf r = { buf, len, 0, 0, err, errn };
	const uint8_t *m = take(&r, 4);
	if (!m || memcmp(m, "PVC", 4) != 0) {
		snprintf(err, errn, "not a class image (bad magic)");
		return NULL;
	}
	uint16_t ver = get16(&r);
	get16(&r);
	if (ver != PVI_VERSION) {
		snprintf(err, errn, "class image version %u, this pvm reads version %u", ver,
		         PVI_VERSION);
		return NULL;
	}
	pv_image *im = pvi_new();
	get_body(&r, im);
	if (!r.bad && r.at != r.n)
		rfail(&r, "trailing bytes");
	if (r.bad || pvi_verify(im, err, errn) != 0) {
		pvi_free(im);
		return NULL;
	}
	return im;
}
