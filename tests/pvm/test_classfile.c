/*
 * test_classfile.c - the JVM class-file reader (pvm/jvm/classfile.h) and
 * the opcode table (pvm/jvm/jvmops.h).
 *
 * Classes are assembled here by a small class-file writer (tcls): a valid
 * one parses into the right structure, and each malformation, one at a
 * time, is refused with its own message; every prefix of a valid class is
 * refused as truncated, and byte mutations never crash. With PVM_CLASSDIR
 * set (tests/pvm/run.sh points it at javac output), every .class under it
 * must parse, and an operand-stack walk of every method with the table's
 * stack effects must agree with javac's max_stack.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jvmops.h"
#include "tests/unit/test.h"

/* ---------------------------------------------------------------- the writer */

typedef struct cw {
	uint8_t *b;
	size_t n, cap;
} cw;

static void
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

static void
cw1(cw *w, unsigned v)
{
	uint8_t b = (uint8_t)v;
	cw_put(w, &b, 1);
}

static void
cw2(cw *w, unsigned v)
{
	uint8_t b[2] = { (uint8_t)(v >> 8), (uint8_t)v };
	cw_put(w, b, 2);
}

static void
cw4(cw *w, uint32_t v)
{
	uint8_t b[4] = { (uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v };
	cw_put(w, b, 4);
}

typedef struct tcls { /* a class file under construction */
	cw cp, fields, methods, attrs;
	uint16_t ncp, nfields, nmethods, nattrs, flags, major, this_, super_;
	uint16_t iface;   /* one interface, or 0 */
	char *u[256];     /* Utf8 entries made so far */
	uint16_t ui[256]; /* ... and their indices */
	int nu;
} tcls;

static uint16_t
k_utf8(tcls *t, const char *s)
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
static uint16_t
k_raw(tcls *t, unsigned tag, unsigned a, long b)
{
	cw1(&t->cp, tag);
	cw2(&t->cp, a);
	if (b >= 0)
		cw2(&t->cp, (unsigned)b);
	return t->ncp++;
}

static uint16_t
k_class(tcls *t, const char *name)
{
	return k_raw(t, JCF_CLASS, k_utf8(t, name), -1);
}

static uint16_t
k_string(tcls *t, const char *s)
{
	return k_raw(t, JCF_STRING, k_utf8(t, s), -1);
}

static uint16_t
k_nat(tcls *t, const char *name, const char *desc)
{
	uint16_t n = k_utf8(t, name), d = k_utf8(t, desc);
	return k_raw(t, JCF_NAMETYPE, n, d);
}

static uint16_t
k_ref(tcls *t, unsigned tag, const char *cls, const char *name, const char *desc)
{
	uint16_t c = k_class(t, cls), nt = k_nat(t, name, desc);
	return k_raw(t, tag, c, nt);
}

static uint16_t
k_int(tcls *t, int32_t v)
{
	cw1(&t->cp, JCF_INTEGER);
	cw4(&t->cp, (uint32_t)v);
	return t->ncp++;
}

static uint16_t
k_long(tcls *t, int64_t v)
{
	cw1(&t->cp, JCF_LONG);
	cw4(&t->cp, (uint32_t)((uint64_t)v >> 32));
	cw4(&t->cp, (uint32_t)v);
	t->ncp += 2;
	return t->ncp - 2;
}

static void
t_init(tcls *t, const char *name, const char *super)
{
	memset(t, 0, sizeof *t);
	t->ncp = 1;
	t->major = 61;
	t->flags = JCF_ACC_PUBLIC | JCF_ACC_SUPER;
	t->this_ = k_class(t, name);
	t->super_ = super ? k_class(t, super) : 0;
}

static void
t_field(tcls *t, unsigned flags, const char *name, const char *desc, uint16_t constval)
{
	uint16_t n = k_utf8(t, name), d = k_utf8(t, desc);
	uint16_t cv = constval ? k_utf8(t, "ConstantValue") : 0;
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

typedef struct tcode {
	const uint8_t *code;
	uint32_t len;
	uint16_t max_stack, max_locals;
	const uint16_t *exc; /* start, end, handler, type */
	int nexc;
	const uint16_t *lines[2]; /* up to two LineNumberTables: pc, line pairs */
	int nlines[2];
} tcode;

static void
t_method(tcls *t, unsigned flags, const char *name, const char *desc, const tcode *k)
{
	uint16_t n = k_utf8(t, name), d = k_utf8(t, desc);
	uint16_t ca = k ? k_utf8(t, "Code") : 0, la = k ? k_utf8(t, "LineNumberTable") : 0;
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

static void
t_source(tcls *t, const char *file)
{
	uint16_t a = k_utf8(t, "SourceFile"), s = k_utf8(t, file);
	cw2(&t->attrs, a);
	cw4(&t->attrs, 2);
	cw2(&t->attrs, s);
	t->nattrs++;
}

/* The class file; t is spent. */
static uint8_t *
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
static int
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
enum { F_LEN = 81, F_HANDLER = 77 };

static uint8_t *
valid_class(size_t *len)
{
	tcls t;
	t_init(&t, "T", "java/lang/Object");
	t.iface = k_class(&t, "java/lang/Runnable");
	uint16_t init = k_ref(&t, JCF_METHODREF, "java/lang/Object", "<init>", "()V");
	uint16_t s = k_string(&t, "s"), l = k_long(&t, 1234567890123LL);
	uint16_t kf = k_ref(&t, JCF_FIELDREF, "T", "K", "I"),
		 exc = k_class(&t, "java/lang/Exception");
	t_field(&t, JCF_ACC_STATIC | JCF_ACC_FINAL, "K", "I", k_int(&t, 42));
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

TEST(classfile_valid)
{
	size_t len;
	uint8_t *buf = valid_class(&len);
	char err[300] = "x";
	jcf_class *c = jcf_read(buf, len, err, sizeof err);
	free(buf); /* the class keeps its own copy */
	CHECKF(c != NULL, "refused: %s", err);
	REQUIRE(c);
	CHECK(!err[0]);
	CHECK(!strcmp(c->name, "T") && !strcmp(c->super, "java/lang/Object"));
	CHECK_EQ(c->major, 61);
	CHECK(c->nifaces == 1 && !strcmp(c->ifaces[0], "java/lang/Runnable"));
	CHECK(c->source && !strcmp(c->source, "T.java"));
	CHECK(!c->nest_host);
	REQUIRE(c->nfields == 2 && c->nmethods == 4);
	const jcf_member *k = jcf_find_field(c, "K", "I");
	REQUIRE(k && k->constval);
	CHECK(c->cp[k->constval].tag == JCF_INTEGER && c->cp[k->constval].i == 42);
	CHECK(!jcf_find_field(c, "x", "J")->constval);
	const jcf_member *f = jcf_find_method(c, "f", "(IJD)I");
	REQUIRE(f && f->code);
	CHECK(f->nparams == 3 && f->argslots == 5);
	CHECK(f->code->len == F_LEN && f->code->max_locals == 6);
	static const uint16_t starts[] = { 0,  1,  24, 26, 27, 30, 36, 39, 40,
		                           68, 71, 72, 75, 76, 77, 79, 80 };
	uint32_t nst = 0, pc = 0;
	for (uint32_t i = 0; i < F_LEN; i++)
		nst += f->code->starts[i];
	CHECK_EQ(nst, sizeof starts / sizeof starts[0]);
	for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
		CHECKF(f->code->starts[starts[i]], "no start at %u", starts[i]);
		CHECK_EQ(pc, starts[i]);
		pc += jvm_insn_len(f->code->code, pc, f->code->len);
	}
	CHECK_EQ(pc, F_LEN);
	uint32_t idx = 0;
	CHECK(jvm_insn_local(f->code->code, 30, &idx) == 1 && idx == 5);
	CHECK(jvm_insn_local(f->code->code, 0, &idx) == 1 && idx == 0);
	CHECK(jvm_insn_local(f->code->code, 68, &idx) == 0);
	REQUIRE(f->code->nexc == 1);
	CHECK(!strcmp(jcf_classname(c, f->code->exc[0].type), "java/lang/Exception"));
	REQUIRE(f->code->nlines == 4);
	for (int i = 1; i < 4; i++)
		CHECK(f->code->lines[i - 1].pc < f->code->lines[i].pc);
	CHECK_EQ(jcf_line_of(f->code, 0), 10);
	CHECK_EQ(jcf_line_of(f->code, 30), 15);
	CHECK_EQ(jcf_line_of(f->code, 40), 20);
	CHECK_EQ(jcf_line_of(f->code, 80), 30);
	CHECK_EQ(jcf_line_of(NULL, 3), 0);
	const jcf_member *n = jcf_find_method(c, "n", "()V");
	CHECK(n && !n->code);
	const jcf_member *init = jcf_find_method(c, "<init>", "()V");
	REQUIRE(init && init->code);
	const char *cls, *name, *desc;
	CHECK(jcf_ref(c, jvm_u16(init->code->code + 2), &cls, &name, &desc) == 0 &&
	      !strcmp(cls, "java/lang/Object") && !strcmp(name, "<init>") && !strcmp(desc, "()V"));
	CHECK(jcf_ref(c, 0, &cls, &name, &desc) == -1 && jcf_ref(c, 60000, NULL, NULL, NULL) == -1);
	CHECK(jcf_ref(c, f->code->exc[0].type, NULL, NULL, NULL) == -1);
	CHECK(!jcf_utf8(c, 0) && !jcf_utf8(c, c->ncp) && !jcf_classname(c, 1));
	/* the long's second slot is unusable */
	uint16_t l = jvm_u16(f->code->code + 69);
	CHECK(c->cp[l].tag == JCF_LONG && c->cp[l].l == 1234567890123LL && c->cp[l + 1].tag == 0);
	jcf_free(c);
	jcf_free(NULL);
}

TEST(classfile_truncated)
{
	size_t len;
	uint8_t *buf = valid_class(&len);
	for (size_t n = 0; n < len; n++) {
		uint8_t *p = malloc(n ? n : 1); /* exactly n bytes: ASan sees any overread */
		memcpy(p, buf, n);
		CHECKF(refused(p, n, "truncated at byte"), "prefix of %zu bytes", n);
		free(p);
	}
	free(buf);
}

TEST(classfile_header)
{
	size_t len;
	uint8_t *buf = valid_class(&len), *b = malloc(len + 1);
	char err[200];
	memcpy(b, buf, len);
	b[0] = 0xCB;
	CHECK(refused(b, len, "not a class file"));
	memcpy(b, buf, len);
	b[7] = 65;
	jcf_read(b, len, err, sizeof err);
	CHECK(!strcmp(err, "class file version 65.0 is newer than this converter supports (61)"));
	b[7] = 44;
	CHECK(refused(b, len, "older than Java 1.1"));
	b[7] = 61;
	b[4] = b[5] = 0xff;
	CHECK(refused(b, len, "preview"));
	memcpy(b, buf, len);
	b[len] = 0;
	CHECK(refused(b, len + 1, "1 bytes after the end of the class"));
	b[7] = 45; /* an old version of the same class still reads */
	jcf_class *c = jcf_read(b, len, err, sizeof err);
	CHECKF(c != NULL, "45.0 refused: %s", err);
	jcf_free(c);
	CHECK(refused(b, 0, "truncated at byte 0"));
	free(b);
	free(buf);
}

/* ---------------------------------------------------------------- code */

/* Class M with the one method `static m()V` (desc and flags may differ),
 * code code[len]; 1 if the outcome is want (NULL: accepted). */
static int
try_code(tcls *t, unsigned flags, const char *desc, const uint8_t *code, uint32_t len,
         uint16_t max_locals, const uint16_t *exc, int nexc, const char *want)
{
	tcode k = { code, len, 8, max_locals, exc, nexc, { NULL, NULL }, { 0, 0 } };
	t_method(t, flags, "m", desc, &k);
	size_t n;
	uint8_t *buf = t_build(t, &n);
	int ok;
	if (want)
		ok = refused(buf, n, want);
	else {
		char err[300];
		jcf_class *c = jcf_read(buf, n, err, sizeof err);
		if (!c)
			printf("  refused: %s\n", err);
		ok = c != NULL;
		jcf_free(c);
	}
	free(buf);
	return ok;
}

#define CODE(want, maxl, ...)                                                                    \
	do {                                                                                     \
		tcls t_;                                                                         \
		t_init(&t_, "M", "java/lang/Object");                                            \
		const uint8_t c_[] = { __VA_ARGS__ };                                            \
		CHECK(try_code(&t_, JCF_ACC_STATIC, "()V", c_, sizeof c_, maxl, NULL, 0, want)); \
	} while (0)

TEST(classfile_code)
{
	CODE(NULL, 0, 0xb1);
	CODE("M: method m()V: bytecode 0: jump to 99 outside the code", 0, 0xa7, 0, 99);
	CODE("bytecode 1: jump to -1 outside the code", 0, 0x00, 0xa7, 0xff, 0xfe);
	CODE("jump to 2, inside an instruction", 1, 0x03, 0x99, 0, 1, 0xb1); /* ifeq 2 */
	CODE("goto_w", 0, 0xc8, 0, 0);                                       /* runs past the end */
	CODE("jump to 3, inside an instruction", 0, 0xc8, 0, 0, 0, 3);
	CODE(NULL, 0, 0xc8, 0, 0, 0, 0);
	/* tableswitch at 1: padding 2, default, low 0, high 0, one target */
	CODE(NULL, 0, 0x03, 0xaa, 0, 0, 0, 0, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0xb1);
	CODE("bytecode 1: jump to 3, inside an instruction", 0, 0x03, 0xaa, 0, 0, 0, 0, 0, 19, 0, 0,
	     0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0xb1);
	CODE("bytecode 1: jump to 200 outside the code", 0, 0x03, 0xaa, 0, 0, 0, 0, 0, 199, 0, 0, 0,
	     0, 0, 0, 0, 0, 0, 0, 0, 19, 0xb1);
	CODE("tableswitch low above high", 0, 0x03, 0xaa, 0, 0, 0, 0, 0, 19, 0, 0, 0, 1, 0, 0, 0, 0,
	     0, 0, 0, 19, 0xb1);
	CODE("tableswitch runs past the end", 0, 0x03, 0xaa, 0, 0, 0, 0, 0, 19, 0, 0, 0, 0, 0, 0, 0,
	     9, 0, 0, 0, 19, 0xb1);
	/* lookupswitch at 0: padding 3, default, 2 pairs */
	CODE(NULL, 0, 0xab, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 28, 0, 0, 0, 2,
	     0, 0, 0, 28, 0xb1);
	CODE("lookupswitch keys not in increasing order", 0, 0xab, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 2,
	     0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 2, 0, 0, 0, 28, 0xb1);
	CODE("jump to 27, inside", 0, 0xab, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0,
	     28, 0, 0, 0, 2, 0, 0, 0, 27, 0xb1);
	CODE("lookupswitch a negative number of pairs", 0, 0xab, 0, 0, 0, 0, 0, 0, 28, 0xff, 0xff,
	     0xff, 0xff, 0xb1);
	/* locals */
	CODE(NULL, 2, 0x03, 0x3c, 0xb1); /* istore_1 */
	CODE("local 1 is not below max_locals 1", 1, 0x03, 0x3c, 0xb1);
	CODE("local 0 (and the next: a long or double) is not below max_locals 1", 1, 0x09, 0x3f,
	     0xb1); /* lstore_0 */
	CODE(NULL, 2, 0x09, 0x3f, 0xb1);
	CODE("local 7 is not below max_locals 7", 7, 0x19, 7, 0xb1);  /* aload 7 */
	CODE("local 300 is not below", 300, 0xc4, 0x15, 1, 44, 0xb1); /* wide iload 300 */
	CODE(NULL, 301, 0xc4, 0x15, 1, 44, 0x57, 0xb1);
	CODE("local 300 (and the next", 301, 0xc4, 0x18, 1, 44, 0xb1); /* wide dload 300 */
	CODE("local 9 is not below", 9, 0x84, 9, 1, 0xb1);             /* iinc 9 1 */
	CODE("wide modifies an instruction that has no wide form", 9, 0xc4, 0x60, 0xb1);
	CODE("wide runs past the end", 9, 0xc4, 0x84, 0, 1, 0);
	/* subroutines, unknown opcodes, the end */
	CODE("M: method m()V: bytecode 1: jsr/ret (subroutines, before Java 6) are not supported",
	     1, 0x00, 0xa8, 0, 3, 0xb1);
	CODE("bytecode 0: jsr/ret", 1, 0xc9, 0, 0, 0, 5, 0xb1);
	CODE("bytecode 0: jsr/ret", 1, 0xa9, 0, 0xb1);
	CODE("bytecode 0: jsr/ret", 1, 0xc4, 0xa9, 0, 0, 0xb1);
	CODE("bytecode 1: unknown opcode 0xca", 0, 0x00, 0xca, 0xb1);
	CODE("unknown opcode 0xff", 0, 0xff);
	CODE("bytecode 1: the code falls off its end", 0, 0x03, 0x57);
	CODE("bytecode 1: the code falls off its end", 0, 0x03, 0x99, 0xff, 0xff);
	CODE("sipush runs past the end", 0, 0xb1, 0x11, 0);
	CODE("newarray of unknown type 3", 0, 0x03, 0xbc, 3, 0xb0);
	CODE(NULL, 0, 0x03, 0xbc, 10, 0x57, 0xb1);
	CODE(NULL, 0, 0x03, 0xbf); /* athrow ends it */
	CODE("code length 0 is not within 1..65535", 0, );
	tcls t;
	t_init(&t, "M", "java/lang/Object");
	static const uint8_t ret[] = { 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "(J)V", ret, 1, 1, NULL, 0,
	               "max_locals 1 is below the 2 slots of the parameters"));
	t_init(&t, "M", "java/lang/Object");
	CHECK(try_code(&t, 0, "(J)V", ret, 1, 3, NULL, 0, NULL));
}

#undef CODE

TEST(classfile_code_operands)
{
	tcls t;
	uint16_t fr, mr, ir, cl, s, l, arr;
	/* ldc and friends */
	t_init(&t, "M", "java/lang/Object");
	l = k_long(&t, 5);
	const uint8_t ldc_long[] = { 0x12, (uint8_t)l, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ldc_long, 4, 0, NULL, 0,
	               "ldc of constant 5, a Long it cannot load"));
	t_init(&t, "M", "java/lang/Object");
	s = k_string(&t, "x");
	const uint8_t ldc2_str[] = { 0x14, 0, (uint8_t)s, 0x58, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ldc2_str, 5, 0, NULL, 0, "ldc2_w of constant"));
	t_init(&t, "M", "java/lang/Object");
	const uint8_t ldc_out[] = { 0x13, 0x10, 0, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ldc_out, 5, 0, NULL, 0,
	               "ldc_w of constant 4096, outside the constant pool"));
	/* field and method refs of the wrong kind */
	t_init(&t, "M", "java/lang/Object");
	mr = k_ref(&t, JCF_METHODREF, "M", "g", "()I");
	const uint8_t gs_m[] = { 0xb2, 0, (uint8_t)mr, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", gs_m, 5, 0, NULL, 0,
	               "bytecode 0: getstatic: constant 9 is a Methodref, not a Fieldref"));
	t_init(&t, "M", "java/lang/Object");
	fr = k_ref(&t, JCF_FIELDREF, "M", "g", "I");
	const uint8_t is_f[] = { 0xb8, 0, (uint8_t)fr, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", is_f, 5, 0, NULL, 0,
	               "invokestatic: constant 9 is a Fieldref, not a Methodref"));
	t_init(&t, "M", "java/lang/Object");
	ir = k_ref(&t, JCF_IMETHODREF, "java/lang/Runnable", "run", "()V");
	const uint8_t ii_bad[] = { 0x01, 0xb9, 0, (uint8_t)ir, 2, 0, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ii_bad, 7, 0, NULL, 0,
	               "invokeinterface count 2 (the arguments take 1)"));
	t_init(&t, "M", "java/lang/Object");
	ir = k_ref(&t, JCF_IMETHODREF, "java/lang/Runnable", "run", "()V");
	const uint8_t ii_ok[] = { 0x01, 0xb9, 0, (uint8_t)ir, 1, 0, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ii_ok, 7, 0, NULL, 0, NULL));
	t_init(&t, "M", "java/lang/Object");
	mr = k_ref(&t, JCF_METHODREF, "M", "<init>", "()V");
	const uint8_t iv_init[] = { 0x01, 0xb6, 0, (uint8_t)mr, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", iv_init, 5, 0, NULL, 0,
	               "invokevirtual of <init>"));
	/* classes */
	t_init(&t, "M", "java/lang/Object");
	arr = k_class(&t, "[I");
	const uint8_t new_arr[] = { 0xbb, 0, (uint8_t)arr, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", new_arr, 5, 0, NULL, 0, "new of an array type"));
	t_init(&t, "M", "java/lang/Object");
	arr = k_class(&t, "[[I");
	const uint8_t multi3[] = { 0x03, 0x03, 0x03, 0xc5, 0, (uint8_t)arr, 3, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", multi3, 9, 0, NULL, 0,
	               "multianewarray of 3 dimensions of [[I"));
	t_init(&t, "M", "java/lang/Object");
	arr = k_class(&t, "[[I");
	const uint8_t multi2[] = { 0x03, 0x03, 0xc5, 0, (uint8_t)arr, 2, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", multi2, 8, 0, NULL, 0, NULL));
	t_init(&t, "M", "java/lang/Object");
	s = k_string(&t, "x");
	const uint8_t cc_str[] = { 0x01, 0xc0, 0, (uint8_t)s, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", cc_str, 6, 0, NULL, 0,
	               "checkcast: constant 6 is a String, not a Class"));
	/* the exception table: code nop nop return (0 1 2) and sipush (3..5) */
	const uint8_t ec[] = { 0x00, 0x00, 0xb1, 0x11, 0, 0, 0xb1 };
	static const struct {
		uint16_t e[4];
		const char *want;
	} exc[] = {
		{ { 0, 2, 3, 0 }, NULL },
		{ { 0, 7, 6, 0 }, NULL },
		{ { 2, 2, 3, 0 }, "entry 0: end 2 is not an instruction after start 2" },
		{ { 0, 8, 3, 0 }, "entry 0: end 8 is not" },
		{ { 0, 4, 3, 0 }, "entry 0: end 4 is not" },
		{ { 4, 6, 3, 0 }, "entry 0: start 4 is not an instruction" },
		{ { 7, 7, 3, 0 }, "start 7 is not" },
		{ { 0, 2, 4, 0 }, "exception table entry 0: handler 4 is not an instruction" },
		{ { 0, 2, 7, 0 }, "handler 7 is not" },
		{ { 0, 2, 3, 1 },
		  "exception table entry 0: catch type: constant 1 is a Utf8, not a Class" },
		{ { 0, 2, 3, 900 }, "catch type: constant 900 is outside the constant pool" },
	};
	for (size_t i = 0; i < sizeof exc / sizeof exc[0]; i++) {
		t_init(&t, "M", "java/lang/Object");
		CHECKF(try_code(&t, JCF_ACC_STATIC, "()V", ec, sizeof ec, 0, exc[i].e, 1,
		                exc[i].want),
		       "exception entry %zu", i);
	}
	t_init(&t, "M", "java/lang/Object");
	cl = k_class(&t, "java/lang/Throwable");
	uint16_t ok[] = { 0, 2, 3, cl };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ec, sizeof ec, 0, ok, 1, NULL));
}

/* ---------------------------------------------------------------- constant pool, members */

/* The class M with one extra constant (tag a b) and a method that ldc's
 * constant `use` (0: no method). */
static int
try_cp(unsigned tag, unsigned a, long b, const char *want)
{
	tcls t;
	t_init(&t, "M", "java/lang/Object");
	k_raw(&t, tag, a, b);
	size_t n;
	uint8_t *buf = t_build(&t, &n);
	int ok;
	if (want)
		ok = refused(buf, n, want);
	else {
		jcf_class *c = jcf_read(buf, n, NULL, 0);
		ok = c != NULL;
		jcf_free(c);
	}
	free(buf);
	return ok;
}

TEST(classfile_constant_pool)
{
	/* entries 1 M, 2 Class M, 3 java/lang/Object, 4 Class Object; the test's is 5 */
	CHECK(try_cp(JCF_CLASS, 90, -1,
	             "M: constant 5 (Class): constant 90 is outside the constant pool (1..5)"));
	CHECK(try_cp(JCF_CLASS, 2, -1, "constant 5 (Class): constant 2 is a Class, not a Utf8"));
	CHECK(try_cp(JCF_CLASS, 0, -1, "constant 0 is outside"));
	CHECK(try_cp(JCF_STRING, 4, -1, "constant 5 (String): constant 4 is a Class, not a Utf8"));
	CHECK(try_cp(JCF_METHODREF, 1, 2,
	             "constant 5 (Methodref): constant 1 is a Utf8, not a Class"));
	CHECK(try_cp(JCF_FIELDREF, 2, 2,
	             "constant 5 (Fieldref): constant 2 is a Class, not a NameAndType"));
	CHECK(try_cp(JCF_NAMETYPE, 1, 2,
	             "constant 5 (NameAndType): constant 2 is a Class, not a Utf8"));
	CHECK(try_cp(JCF_MTYPE, 1, -1, "constant 5 (MethodType): bad method descriptor 'M'"));
	CHECK(try_cp(JCF_INDY, 0, 2,
	             "constant 5 (InvokeDynamic): constant 2 is a Class, not a NameAndType"));
	CHECK(try_cp(2, 0, -1, "constant 5: unknown tag 2"));
	CHECK(try_cp(JCF_NAMETYPE, 1, 1, NULL)); /* a NameAndType is checked where it is used */
	/* a field ref with a method descriptor, bad names */
	tcls t;
	t_init(&t, "M", "java/lang/Object");
	k_ref(&t, JCF_FIELDREF, "M", "f", "()V");
	size_t n;
	uint8_t *buf = t_build(&t, &n);
	CHECK(refused(buf, n, "(Fieldref): bad field descriptor '()V'"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	k_ref(&t, JCF_METHODREF, "M", "a.b", "()V");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "bad method name 'a.b'"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	k_ref(&t, JCF_METHODREF, "M", "<init>", "()I");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "a reference to <init>()I"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	k_class(&t, "a//b");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "bad class name 'a//b'"));
	free(buf);
	/* InvokeDynamic without bootstrap methods */
	t_init(&t, "M", "java/lang/Object");
	k_raw(&t, JCF_INDY, 0, k_nat(&t, "run", "()Ljava/lang/Runnable;"));
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "(InvokeDynamic): names bootstrap method 0, of 0"));
	free(buf);
	/* a long in the last slot; this_class of the wrong tag; no super */
	t_init(&t, "M", "java/lang/Object");
	cw1(&t.cp, JCF_LONG);
	cw4(&t.cp, 0);
	cw4(&t.cp, 0);
	t.ncp++;
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "constant 5: a Long takes two slots, past the pool's end"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	t.this_ = 1;
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "this_class: constant 1 is a Utf8, not a Class"));
	free(buf);
	t_init(&t, "M", NULL);
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "M: super_class: constant 0 is outside"));
	free(buf);
	t_init(&t, "java/lang/Object", NULL);
	buf = t_build(&t, &n);
	jcf_class *c = jcf_read(buf, n, NULL, 0);
	CHECK(c && !c->super);
	jcf_free(c);
	free(buf);
	t_init(&t, "[LM;", "java/lang/Object");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "this_class: [LM; is an array type"));
	free(buf);
}

/* Modified UTF-8 in, standard UTF-8 out. */
TEST(classfile_mutf8)
{
	static const struct {
		const char *in, *out;
		int outlen; /* -1: refused */
	} cases[] = {
		{ "abc", "abc", 3 },
		{ "a\xc0\x80z", "a\0z", 3 },                           /* NUL */
		{ "\xed\xa0\xbd\xed\xb8\x80", "\xf0\x9f\x98\x80", 4 }, /* U+1F600 */
		{ "\xed\xa0\xbdx", "\xed\xa0\xbdx", 4 },               /* lone high surrogate */
		{ "\xed\xb8\x80", "\xed\xb8\x80", 3 },                 /* lone low surrogate */
		{ "\xc3\xa9", "\xc3\xa9", 2 },
		{ "\xe2\x82\xac", "\xe2\x82\xac", 3 },
		{ "\xf0\x9f\x98\x80", NULL, -1 }, /* 4-byte forms are not modified UTF-8 */
		{ "\xc3", NULL, -1 },
		{ "\x80", NULL, -1 },
		{ "\xe2\x82", NULL, -1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		tcls t;
		t_init(&t, "M", "java/lang/Object");
		uint16_t idx = t.ncp;
		size_t n = strlen(cases[i].in);
		cw1(&t.cp, JCF_UTF8);
		cw2(&t.cp, (unsigned)n);
		cw_put(&t.cp, cases[i].in, n);
		t.ncp++;
		size_t len;
		uint8_t *buf = t_build(&t, &len);
		char err[200];
		jcf_class *c = jcf_read(buf, len, err, sizeof err);
		if (cases[i].outlen < 0)
			CHECKF(!c && strstr(err, "malformed modified UTF-8"), "case %zu: %s", i,
			       err);
		else {
			CHECKF(c && c->cp[idx].slen == (uint32_t)cases[i].outlen &&
			               !memcmp(c->cp[idx].s, cases[i].out,
			                       (size_t)cases[i].outlen + 1),
			       "case %zu", i);
		}
		jcf_free(c);
		free(buf);
	}
}

TEST(classfile_descriptors)
{
	uint16_t np = 0, sl = 0;
	CHECK(jcf_desc_params("(IJD[JLjava/lang/String;[[Ljava/lang/Object;)V", &np, &sl) == 0);
	CHECK(np == 6 && sl == 8);
	CHECK(jcf_desc_params("()V", &np, &sl) == 0 && np == 0 && sl == 0);
	CHECK(jcf_desc_params("(La/b)c;)V", &np, &sl) == 0 && np == 1);
	static const char *bad_m[] = { "",         "V",    "(",     "()",      "(V)V",
		                       "()VV",     "(I)",  "(L;)V", "(La/;)V", "(L/a;)V",
		                       "(La.b;)V", "(Q)V", "()[V",  "()Lx",    "(La[b;)V" };
	for (size_t i = 0; i < sizeof bad_m / sizeof bad_m[0]; i++)
		CHECKF(jcf_desc_params(bad_m[i], &np, &sl) == -1 && !jcf_desc_ret(bad_m[i]), "'%s'",
		       bad_m[i]);
	CHECK(jcf_desc_params(NULL, NULL, NULL) == -1);
	CHECK(jcf_desc_ret("(I)J") == 'J' && jcf_desc_ret("()[I") == '[' &&
	      jcf_desc_ret("()V") == 'V');
	CHECK(jcf_desc_ret("()Ljava/lang/String;") == 'L');
	CHECK(jcf_field_desc_ok("I") && jcf_field_desc_ok("[[J") &&
	      jcf_field_desc_ok("Ljava/lang/String;"));
	CHECK(!jcf_field_desc_ok("V") && !jcf_field_desc_ok("II") && !jcf_field_desc_ok("") &&
	      !jcf_field_desc_ok("L;") && !jcf_field_desc_ok(NULL) && !jcf_field_desc_ok("["));
	char deep[300];
	memset(deep, '[', 256);
	strcpy(deep + 256, "I");
	CHECK(!jcf_field_desc_ok(deep));
	CHECK(jcf_field_desc_ok(deep + 1)); /* 255 dimensions */
	/* 255 parameter slots at most */
	char many[300] = "(";
	for (int i = 0; i < 127; i++)
		strcat(many, "J");
	strcat(many, "I)V");
	CHECK(jcf_desc_params(many, &np, &sl) == 0 && sl == 255);
	many[128] = 'J';
	CHECK(jcf_desc_params(many, &np, &sl) == -1);
	CHECK(jcf_desc_slots("J") == 2 && jcf_desc_slots("D") == 2 && jcf_desc_slots("[J") == 1);
	/* members with bad descriptors and names */
	tcls t;
	size_t n;
	uint8_t *buf;
	t_init(&t, "M", "java/lang/Object");
	t_field(&t, 0, "x", "Q", 0);
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "M: field x: bad field descriptor 'Q'"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	t_method(&t, JCF_ACC_NATIVE, "m", "(I", NULL);
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "M: method m(I: bad method descriptor"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	t_field(&t, 0, "a;b", "I", 0);
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "bad field name"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	t_field(&t, JCF_ACC_STATIC, "x", "J", k_int(&t, 1));
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "field x: ConstantValue: constant 5 is a Integer, not a Long"));
	free(buf);
	t_init(&t, "M", "java/lang/Object"); /* an instance field's is ignored, as by the JVM */
	t_field(&t, JCF_ACC_FINAL, "x", "J", k_int(&t, 1));
	buf = t_build(&t, &n);
	jcf_class *c = jcf_read(buf, n, NULL, 0);
	CHECK(c && c->nfields == 1 && c->fields[0].constval == 0);
	jcf_free(c);
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	t_field(&t, 0, "x", "I", 0);
	t_field(&t, 0, "x", "I", 0);
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "field x: defined twice"));
	free(buf);
}

TEST(classfile_flags)
{
	static const uint8_t ret[] = { 0xb1 };
	tcode k = { ret, 1, 0, 1, NULL, 0, { NULL, NULL }, { 0, 0 } };
	static const struct {
		unsigned cflags, mflags;
		const char *name;
		int code;
		const char *want;
	} cases[] = {
		{ 0x21, 0x0401, "m", 0, NULL },
		{ 0x21, 0x0401, "m", 1,
		  "method m()V: an abstract or native method with a Code attribute" },
		{ 0x21, 0x0001, "m", 0, "method m()V: no Code attribute" },
		{ 0x21, 0x0402, "m", 0, "abstract with private" },
		{ 0x21, 0x0003, "m", 1, "more than one of public, private, protected" },
		{ 0x21, 0x0009, "<init>", 1, "a constructor may not be static" },
		{ 0x21, 0x0000, "<clinit>", 1, "<clinit> must be static" },
		{ 0x21, 0x0008, "<clinit>", 1, NULL },
		{ 0x21, 0x0008, "<x>", 1, "bad method name" },
		{ 0x601, 0x0401, "m", 0, NULL },
		{ 0x601, 0x0001, "m", 1, NULL }, /* a default method */
		{ 0x601, 0x0004, "m", 1, "an interface's method may not be protected" },
		{ 0x201, 0x0401, "m", 0, "an interface must be abstract" },
		{ 0x8000, 0x0401, "m", 0, "a module descriptor" },
		{ 0x0431, 0x0001, "m", 1, "bad class flags" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		tcls t;
		t_init(&t, "M", "java/lang/Object");
		t.flags = (uint16_t)cases[i].cflags;
		t_method(&t, cases[i].mflags, cases[i].name, "()V", cases[i].code ? &k : NULL);
		size_t n;
		uint8_t *buf = t_build(&t, &n);
		if (cases[i].want)
			CHECKF(refused(buf, n, cases[i].want), "case %zu", i);
		else {
			char err[300];
			jcf_class *c = jcf_read(buf, n, err, sizeof err);
			CHECKF(c, "case %zu: %s", i, err);
			jcf_free(c);
		}
		free(buf);
	}
}

/* Every well-formed class, damaged a few bytes at a time: never a crash,
 * and a refusal always says why. */
TEST(classfile_mutations)
{
	size_t len;
	uint8_t *buf = valid_class(&len), *m = malloc(len);
	uint32_t x = 2463534242u, accepted = 0;
	for (int round = 0; round < 30000; round++) {
		memcpy(m, buf, len);
		for (int k = 0; k < 1 + round % 4; k++) {
			uint32_t at = test_rand(&x) % len;
			if (round & 1)
				m[at] ^= (uint8_t)(1u << (test_rand(&x) % 8));
			else
				m[at] = (uint8_t)test_rand(&x);
		}
		char err[300] = "";
		jcf_class *c = jcf_read(m, len, err, sizeof err);
		if (!c) {
			CHECKF(err[0], "round %d: refused without a message", round);
			continue;
		}
		accepted++;
		for (uint32_t i = 0; i < c->nmethods; i++) {
			const jcf_code *k = c->methods[i].code;
			for (uint32_t pc = 0, n; k && pc < k->len; pc += n) {
				n = jvm_insn_len(k->code, pc, k->len);
				CHECKF(n && k->starts[pc], "round %d: pc %u", round, pc);
				if (!n)
					break;
				jcf_line_of(k, pc);
			}
		}
		jcf_free(c);
	}
	CHECK(accepted > 0 && accepted < 30000);
	free(m);
	free(buf);
}

/* ---------------------------------------------------------------- the opcode table */

TEST(jvmops_table)
{
	static const int sz[128] = {
		['b'] = 1, ['B'] = 1, ['s'] = 2, ['c'] = 2, ['C'] = 1, ['j'] = 2,
		['J'] = 4, ['i'] = 2, ['t'] = 1, ['m'] = 3, ['I'] = 4, ['D'] = 4
	};
	int named = 0;
	for (int op = 0; op < 256; op++) {
		const jvm_opinfo *o = &jvm_ops[op];
		if (!o->name)
			continue;
		named++;
		int n = 1;
		for (const char *k = o->operands; *k; k++) {
			CHECKF(sz[(int)*k], "%s: operand kind %c", o->name, *k);
			n += sz[(int)*k];
		}
		CHECKF(o->len == 0 || o->len == n, "%s: len %d, operands %d", o->name, o->len, n);
		CHECKF(o->pop >= -1 && o->pop <= 4 && o->push >= -1 && o->push <= 6, "%s", o->name);
	}
	CHECK_EQ(named, 202);
	CHECK(JVM_NOPS == 0xca && !jvm_ops[0xca].name && !jvm_ops[0xff].name);
	CHECK(JVM_IADD == 0x60 && !strcmp(jvm_ops[JVM_IADD].name, "IADD"));
	CHECK(JVM_JSR_W == 0xc9 && JVM_ALOAD_3 == 0x2d && JVM_LRETURN == 0xad && JVM_I2S == 0x93);
	CHECK(jvm_ops[JVM_LADD].pop == 4 && jvm_ops[JVM_LADD].push == 2);
	CHECK(jvm_ops[JVM_LSHL].pop == 3 && jvm_ops[JVM_DUP2_X2].push == 6);
	CHECK(jvm_ops[JVM_INVOKEINTERFACE].len == 5 && jvm_ops[JVM_TABLESWITCH].len == 0);
	/* jvm_insn_len on truncated and odd input */
	static const uint8_t ts[20] = { 0xaa };
	CHECK_EQ(jvm_insn_len(ts, 0, sizeof ts), 20); /* high = low = 0: one target */
	CHECK_EQ(jvm_insn_len(ts, 0, 19), 0);
	CHECK_EQ(jvm_insn_len(ts, 20, 20), 0);
	CHECK_EQ(jvm_insn_len(NULL, 0, 16), 0);
	static const uint8_t big[] = { 0xab, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff };
	CHECK_EQ(jvm_insn_len(big, 0, sizeof big), 0);
	static const uint8_t wide[] = { 0xc4, 0x84, 0, 1, 0, 1, 0xc4, 0x15, 0, 1 };
	CHECK_EQ(jvm_insn_len(wide, 0, sizeof wide), 6);
	CHECK_EQ(jvm_insn_len(wide, 6, sizeof wide), 4);
	CHECK_EQ(jvm_insn_len(wide, 6, 9), 0);
}

/* ---------------------------------------------------------------- javac output */

/* Slots a field descriptor's value takes on the stack (V: 0). */
static int
vslots(const char *d)
{
	return *d == 'V' ? 0 : jcf_desc_slots(d);
}

/* The stack effect of the instruction at pc where the table says -1. */
static void
effect(const jcf_class *c, const uint8_t *code, uint32_t pc, int *pop, int *push)
{
	uint8_t op = code[pc];
	const char *cls, *name, *desc;
	*pop = jvm_ops[op].pop;
	*push = jvm_ops[op].push;
	if (op == JVM_WIDE) {
		op = code[pc + 1];
		*pop = jvm_ops[op].pop;
		*push = jvm_ops[op].push;
		return;
	}
	if (op == JVM_MULTIANEWARRAY) {
		*pop = code[pc + 3];
		return;
	}
	if (op == JVM_INVOKEDYNAMIC) {
		jcf_nametype(c, c->cp[jvm_u16(code + pc + 1)].b, &name, &desc);
	} else if (*pop < 0 || *push < 0) {
		jcf_ref(c, jvm_u16(code + pc + 1), &cls, &name, &desc);
	} else
		return;
	if (op >= JVM_GETSTATIC && op <= JVM_PUTFIELD) {
		int v = vslots(desc), obj = op >= JVM_GETFIELD;
		*pop = obj + (op == JVM_PUTSTATIC || op == JVM_PUTFIELD ? v : 0);
		*push = op == JVM_GETSTATIC || op == JVM_GETFIELD ? v : 0;
		return;
	}
	uint16_t slots;
	jcf_desc_params(desc, NULL, &slots);
	*pop = slots + (op != JVM_INVOKESTATIC && op != JVM_INVOKEDYNAMIC);
	char r = jcf_desc_ret(desc);
	*push = r == 'V' ? 0 : r == 'J' || r == 'D' ? 2 : 1;
}

/* Walk m's code with the table's stack effects: depths agree where paths
 * meet, never go below 0 or above max_stack. NULL or what went wrong. */
static const char *
stack_walk(const jcf_class *c, const jcf_code *k, uint32_t *where)
{
	static char msg[120];
	int *depth = malloc(k->len * sizeof(int));
	uint32_t *work = malloc((k->len + 1) * sizeof(uint32_t)), nw = 0;
	const char *bad = NULL;
	for (uint32_t i = 0; i < k->len; i++)
		depth[i] = -1;
#define REACH(t, d)                                                                              \
	do {                                                                                     \
		uint32_t t_ = (t);                                                               \
		if (depth[t_] < 0) {                                                             \
			depth[t_] = (d);                                                         \
			work[nw++] = t_;                                                         \
		} else if (depth[t_] != (d)) {                                                   \
			snprintf(msg, sizeof msg, "depths %d and %d meet at %u", depth[t_], (d), \
			         t_);                                                            \
			bad = msg;                                                               \
		}                                                                                \
	} while (0)
	REACH(0, 0);
	while (nw && !bad) {
		uint32_t pc = work[--nw];
		*where = pc;
		int d = depth[pc], pop, push;
		uint8_t op = k->code[pc];
		effect(c, k->code, pc, &pop, &push);
		if (d - pop < 0) {
			bad = "stack underflow";
			break;
		}
		d += push - pop;
		if (d > k->max_stack) {
			snprintf(msg, sizeof msg, "depth %d above max_stack %u", d, k->max_stack);
			bad = msg;
			break;
		}
		for (uint32_t i = 0; i < k->nexc; i++)
			if (pc >= k->exc[i].start && pc < k->exc[i].end)
				REACH(k->exc[i].handler, 1);
		const char *kinds = jvm_ops[op].operands;
		if (strchr(kinds, 'j'))
			REACH(pc + jvm_s16(k->code + pc + 1), d);
		if (strchr(kinds, 'J'))
			REACH(pc + jvm_s32(k->code + pc + 1), d);
		if (op == JVM_TABLESWITCH || op == JVM_LOOKUPSWITCH) {
			uint32_t p = (pc + 4) & ~3u;
			REACH(pc + jvm_s32(k->code + p), d);
			if (op == JVM_TABLESWITCH) {
				int32_t n = jvm_s32(k->code + p + 8) - jvm_s32(k->code + p + 4) + 1;
				for (int32_t i = 0; i < n; i++)
					REACH(pc + jvm_s32(k->code + p + 12 + 4 * i), d);
			} else {
				int32_t n = jvm_s32(k->code + p + 4);
				for (int32_t i = 0; i < n; i++)
					REACH(pc + jvm_s32(k->code + p + 12 + 8 * i), d);
			}
			continue;
		}
		if ((op >= JVM_IRETURN && op <= JVM_RETURN) || op == JVM_ATHROW || op == JVM_GOTO ||
		    op == JVM_GOTO_W)
			continue;
		REACH(pc + jvm_insn_len(k->code, pc, k->len), d);
	}
#undef REACH
	free(depth);
	free(work);
	return bad;
}

/* Parse every .class under dir (recursively); counts in *ok, *bad. */
static void
parse_dir(const char *dir, int *ok, int *bad, int *walked)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	if (!d)
		return;
	while ((e = readdir(d))) {
		char path[1024];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode)) {
			parse_dir(path, ok, bad, walked);
			continue;
		}
		size_t n = strlen(e->d_name);
		if (n < 6 || strcmp(e->d_name + n - 6, ".class") ||
		    !strcmp(e->d_name, "module-info.class"))
			continue;
		size_t len;
		char *buf = test_read_file(path, &len), err[400];
		jcf_class *c = buf ? jcf_read((const uint8_t *)buf, len, err, sizeof err) : NULL;
		if (!buf)
			snprintf(err, sizeof err, "unreadable");
		free(buf);
		if (!c) {
			CHECKF(0, "%s: %s", path, err);
			++*bad;
			continue;
		}
		++*ok;
		for (uint32_t i = 0; i < c->nmethods; i++) {
			const jcf_member *m = &c->methods[i];
			uint32_t at = 0;
			const char *why = m->code ? stack_walk(c, m->code, &at) : NULL;
			*walked += m->code != NULL;
			CHECKF(!why, "%s: %s%s: bytecode %u: %s", path, m->name, m->desc, at, why);
		}
		jcf_free(c);
	}
	closedir(d);
}

TEST(classfile_javac_output)
{
	const char *dir = getenv("PVM_CLASSDIR");
	if (!dir || !*dir) {
		printf("  (PVM_CLASSDIR not set: skipped)\n");
		return;
	}
	int ok = 0, bad = 0, walked = 0;
	parse_dir(dir, &ok, &bad, &walked);
	printf("  %s: %d classes parsed, %d refused; %d methods' stacks walked\n", dir, ok, bad,
	       walked);
	CHECK(ok > 0 && bad == 0);
}
