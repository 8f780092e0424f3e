/*
 * tcls.c - the class-file writer of the reader's tests (tcls.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/classfile.h"
#include "tests/pvm/tcls.h"
#include "tests/unit/test.h"


void
cw_put(cw *w, const void *p, size_t n)
{
	if (!n)
		return;
	if (w->n + n > w->cap) {
		w->cap = (w->n + n) * 2 + 64;
		w->b = realloc(w->b, w->cap);
	}
	memcpy(w->b + w->n, p, n);
	w->n += n;
}

void
cw1(cw *w, unsigned v)
{
	uint8_t b = (uint8_t)v;
	cw_put(w, &b, 1);
}

void
cw2(cw *w, unsigned v)
{
	uint8_t b[2] = { (uint8_t)(v >> 8), (uint8_t)v };
	cw_put(w, b, 2);
}

void
cw4(cw *w, uint32_t v)
{
	uint8_t b[4] = { (uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v };
	cw_put(w, b, 4);
}


uint16_t
tk_utf8(tcls *t, const char *s)
{
	for (int i = 0; i < t->nu; i++)
		if (!strcmp(t->u[i], s))
			return t->ui[i];
	cw1(&t->cp, 1);
	cw2(&t->cp, (unsigned)strlen(s));
	cw_put(&t->cp, s, strlen(s));
	if (t->nu < 256) {
		t->u[t->nu] = strdup(s);
		t->ui[t->nu++] = t->ncp;
	}
	return t->ncp++;
}

/* tag a (and b when b >= 0) as u16s */
uint16_t
tk_raw(tcls *t, unsigned tag, unsigned a, long b)
{
	cw1(&t->cp, tag);
	cw2(&t->cp, a);
	if (b >= 0)
		cw2(&t->cp, (unsigned)b);
	return t->ncp++;
}

uint16_t
tk_class(tcls *t, const char *name)
{
	return tk_raw(t, JCF_CLASS, tk_utf8(t, name), -1);
}

uint16_t
tk_string(tcls *t, const char *s)
{
	return tk_raw(t, JCF_STRING, tk_utf8(t, s), -1);
}

uint16_t
tk_nat(tcls *t, const char *name, const char *desc)
{
	uint16_t n = tk_utf8(t, name), d = tk_utf8(t, desc);
	return tk_raw(t, JCF_NAMETYPE, n, d);
}

uint16_t
tk_ref(tcls *t, unsigned tag, const char *cls, const char *name, const char *desc)
{
	uint16_t c = tk_class(t, cls), nt = tk_nat(t, name, desc);
	return tk_raw(t, tag, c, nt);
}

uint16_t
tk_int(tcls *t, int32_t v)
{
	cw1(&t->cp, JCF_INTEGER);
	cw4(&t->cp, (uint32_t)v);
	return t->ncp++;
}

uint16_t
tk_long(tcls *t, int64_t v)
{
	cw1(&t->cp, JCF_LONG);
	cw4(&t->cp, (uint32_t)((uint64_t)v >> 32));
	cw4(&t->cp, (uint32_t)v);
	t->ncp += 2;
	return t->ncp - 2;
}

void
t_init(tcls *t, const char *name, const char *super)
{
	memset(t, 0, sizeof *t);
	t->ncp = 1;
	t->major = 61;
	t->flags = JCF_ACC_PUBLIC | JCF_ACC_SUPER;
	t->this_ = tk_class(t, name);
	t->super_ = super ? tk_class(t, super) : 0;
}

void
t_field(tcls *t, unsigned flags, const char *name, const char *desc, uint16_t constval)
{
	uint16_t n = tk_utf8(t, name), d = tk_utf8(t, desc);
	uint16_t cv = constval ? tk_utf8(t, "ConstantValue") : 0;
	cw2(&t->fields, flags);
	cw2(&t->fields, n);
	cw2(&t->fields, d);
	cw2(&t->fields, constval ? 1 : 0);
	if (constval) {
		cw2(&t->fields, cv);
		cw4(&t->fields, 2);
		cw2(&t->fields, constval);
	}
	t->nfields++;
}


void
t_method(tcls *t, unsigned flags, const char *name, const char *desc, const tcode *k)
{
	uint16_t n = tk_utf8(t, name), d = tk_utf8(t, desc);
	uint16_t ca = k ? tk_utf8(t, "Code") : 0, la = k ? tk_utf8(t, "LineNumberTable") : 0;
	cw2(&t->methods, flags);
	cw2(&t->methods, n);
	cw2(&t->methods, d);
	cw2(&t->methods, k ? 1 : 0);
	if (k) {
		cw a = { 0 };
		int nt = (k->nlines[0] > 0) + (k->nlines[1] > 0);
		cw2(&a, k->max_stack);
		cw2(&a, k->max_locals);
		cw4(&a, k->len);
		cw_put(&a, k->code, k->len);
		cw2(&a, (unsigned)k->nexc);
		for (int i = 0; i < 4 * k->nexc; i++)
			cw2(&a, k->exc[i]);
		cw2(&a, (unsigned)nt);
		for (int j = 0; j < 2; j++) {
			if (k->nlines[j] <= 0)
				continue;
			cw2(&a, la);
			cw4(&a, 2 + 4u * k->nlines[j]);
			cw2(&a, (unsigned)k->nlines[j]);
			for (int i = 0; i < 2 * k->nlines[j]; i++)
				cw2(&a, k->lines[j][i]);
		}
		cw2(&t->methods, ca);
		cw4(&t->methods, (uint32_t)a.n);
		cw_put(&t->methods, a.b, a.n);
		free(a.b);
	}
	t->nmethods++;
}

void
t_source(tcls *t, const char *file)
{
	uint16_t a = tk_utf8(t, "SourceFile"), s = tk_utf8(t, file);
	cw2(&t->attrs, a);
	cw4(&t->attrs, 2);
	cw2(&t->attrs, s);
	t->nattrs++;
}

/* The class file; t is spent. */
uint8_t *
t_build(tcls *t, size_t *len)
{
	cw o = { 0 };
	cw4(&o, 0xCAFEBABE);
	cw2(&o, 0);
	cw2(&o, t->major);
	cw2(&o, t->ncp);
	cw_put(&o, t->cp.b, t->cp.n);
	cw2(&o, t->flags);
	cw2(&o, t->this_);
	cw2(&o, t->super_);
	cw2(&o, t->iface ? 1 : 0);
	if (t->iface)
		cw2(&o, t->iface);
	cw2(&o, t->nfields);
	cw_put(&o, t->fields.b, t->fields.n);
	cw2(&o, t->nmethods);
	cw_put(&o, t->methods.b, t->methods.n);
	cw2(&o, t->nattrs);
	cw_put(&o, t->attrs.b, t->attrs.n);
	free(t->cp.b);
	free(t->fields.b);
	free(t->methods.b);
	free(t->attrs.b);
	for (int i = 0; i < t->nu; i++)
		free(t->u[i]);
	*len = o.n;
	return o.b;
}

/* ---------------------------------------------------------------- checks */

/* 1 if buf is refused with want in the message (any message if want is
 * NULL), else 0 after saying why. */
int
refused(const uint8_t *buf, size_t len, const char *want)
{
	char err[400] = "";
	jcf_class *c = jcf_read(buf, len, err, sizeof err);
	if (c) {
		jcf_free(c);
		printf("  class accepted, wanted refusal (%s)\n", want ? want : "any");
		return 0;
	}
	if (!err[0] || (want && !strstr(err, want))) {
		printf("  refusal '%s' does not mention '%s'\n", err, want ? want : "anything");
		return 0;
	}
	return 1;
}

/* The valid class T (see classfile_valid) and the shape of its f's code. */


uint8_t *
valid_class(size_t *len)
{
	tcls t;
	t_init(&t, "T", "java/lang/Object");
	t.iface = tk_class(&t, "java/lang/Runnable");
	uint16_t init = tk_ref(&t, JCF_METHODREF, "java/lang/Object", "<init>", "()V");
	uint16_t s = tk_string(&t, "s"), l = tk_long(&t, 1234567890123LL);
	uint16_t kf = tk_ref(&t, JCF_FIELDREF, "T", "K", "I"),
		 exc = tk_class(&t, "java/lang/Exception");
	t_field(&t, JCF_ACC_STATIC | JCF_ACC_FINAL, "K", "I", tk_int(&t, 42));
	t_field(&t, 0, "x", "J", 0);
	static const uint8_t init_code[] = { 0x2a, 0xb7, 0, 0, 0xb1 };
	uint8_t ic[sizeof init_code];
	memcpy(ic, init_code, sizeof ic);
	ic[2] = (uint8_t)(init >> 8);
	ic[3] = (uint8_t)init;
	tcode k0 = { ic, sizeof ic, 1, 1, NULL, 0, { NULL, NULL }, { 0, 0 } };
	t_method(&t, JCF_ACC_PUBLIC, "<init>", "()V", &k0);
	static const uint8_t ret[] = { 0xb1 };
	tcode k1 = { ret, 1, 0, 1, NULL, 0, { NULL, NULL }, { 0, 0 } };
	t_method(&t, JCF_ACC_PUBLIC, "run", "()V", &k1);
	/* clang-format off */
	uint8_t f[F_LEN] = {
		0x1a,                                  /* 0 iload_0 */
		0xaa, 0, 0,                            /* 1 tableswitch, padding */
		0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 1,   /* 4 default 39, 0..1 */
		0, 0, 0, 23, 0, 0, 0, 29,              /* 16 -> 24, 30 */
		0x12, (uint8_t)s,                      /* 24 ldc "s" */
		0x57,                                  /* 26 pop */
		0xa7, 0, 12,                           /* 27 goto 39 */
		0xc4, 0x84, 0, 5, 0x03, 0xe8,          /* 30 wide iinc 5 1000 */
		0xa7, 0, 3,                            /* 36 goto 39 */
		0x1a,                                  /* 39 iload_0 */
		0xab, 0, 0, 0,                         /* 40 lookupswitch, padding */
		0, 0, 0, 28, 0, 0, 0, 2,               /* 44 default 68, 2 pairs */
		0xff, 0xff, 0xff, 0xff, 0, 0, 0, 28,   /* 52 -1 -> 68 */
		0, 0, 0, 7, 0, 0, 0, 28,               /* 60 7 -> 68 */
		0x14, (uint8_t)(l >> 8), (uint8_t)l,   /* 68 ldc2_w */
		0x88,                                  /* 71 l2i */
		0xb2, (uint8_t)(kf >> 8), (uint8_t)kf, /* 72 getstatic T.K */
		0x60,                                  /* 75 iadd */
		0xac,                                  /* 76 ireturn */
		0x3a, 5,                               /* 77 astore 5 */
		0x03,                                  /* 79 iconst_0 */
		0xac,                                  /* 80 ireturn */
	};
	/* clang-format on */
	uint16_t ex[] = { 24, 39, F_HANDLER, exc };
	uint16_t l1[] = { 39, 20, 0, 10 }, l2[] = { 24, 15, 68, 30 };
	tcode k2 = { f, F_LEN, 4, 6, ex, 1, { l1, l2 }, { 2, 2 } };
	t_method(&t, JCF_ACC_STATIC, "f", "(IJD)I", &k2);
	t_method(&t, JCF_ACC_STATIC | JCF_ACC_NATIVE, "n", "()V", NULL);
	t_source(&t, "T.java");
	return t_build(&t, len);
}
