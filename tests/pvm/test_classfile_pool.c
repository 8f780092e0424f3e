/*
 * test_classfile_pool.c - the class-file reader's checks of the constant
 * pool, modified UTF-8, descriptors, flags, and byte mutations of a valid
 * class (test_classfile.c has the rest; tcls.h writes the classes).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jvmops.h"
#include "tests/pvm/tcls.h"
#include "tests/unit/test.h"


/* The class M with one extra constant (tag a b) and a method that ldc's
 * constant `use` (0: no method). */
static int
try_cp(unsigned tag, unsigned a, long b, const char *want)
{
	tcls t;
	t_init(&t, "M", "java/lang/Object");
	tk_raw(&t, tag, a, b);
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
	tk_ref(&t, JCF_FIELDREF, "M", "f", "()V");
	size_t n;
	uint8_t *buf = t_build(&t, &n);
	CHECK(refused(buf, n, "(Fieldref): bad field descriptor '()V'"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	tk_ref(&t, JCF_METHODREF, "M", "a.b", "()V");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "bad method name 'a.b'"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	tk_ref(&t, JCF_METHODREF, "M", "<init>", "()I");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "a reference to <init>()I"));
	free(buf);
	t_init(&t, "M", "java/lang/Object");
	tk_class(&t, "a//b");
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "bad class name 'a//b'"));
	free(buf);
	/* InvokeDynamic without bootstrap methods */
	t_init(&t, "M", "java/lang/Object");
	tk_raw(&t, JCF_INDY, 0, tk_nat(&t, "run", "()Ljava/lang/Runnable;"));
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
	t_field(&t, JCF_ACC_STATIC, "x", "J", tk_int(&t, 1));
	buf = t_build(&t, &n);
	CHECK(refused(buf, n, "field x: ConstantValue: constant 5 is a Integer, not a Long"));
	free(buf);
	t_init(&t, "M", "java/lang/Object"); /* an instance field's is ignored, as by the JVM */
	t_field(&t, JCF_ACC_FINAL, "x", "J", tk_int(&t, 1));
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
