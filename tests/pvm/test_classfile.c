/*
 * test_classfile.c - the JVM class-file reader (pvm/jvm/classfile.h) and
 * the opcode table (pvm/jvm/jvmops.h).
 *
 * Classes are assembled here by a small class-file writer (tcls): a valid
 * one parses into the right structure, and each malformation, one at a
 * time, is refused with its own message; every prefix of a valid class is
 * refused as truncated, and byte mutations never crash. javac's output:
 * test_classfile_javac.c.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jvmops.h"
#include "tests/unit/test.h"

#include "tests/pvm/tcls.h"

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
	l = tk_long(&t, 5);
	const uint8_t ldc_long[] = { 0x12, (uint8_t)l, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ldc_long, 4, 0, NULL, 0,
	               "ldc of constant 5, a Long it cannot load"));
	t_init(&t, "M", "java/lang/Object");
	s = tk_string(&t, "x");
	const uint8_t ldc2_str[] = { 0x14, 0, (uint8_t)s, 0x58, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ldc2_str, 5, 0, NULL, 0, "ldc2_w of constant"));
	t_init(&t, "M", "java/lang/Object");
	const uint8_t ldc_out[] = { 0x13, 0x10, 0, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ldc_out, 5, 0, NULL, 0,
	               "ldc_w of constant 4096, outside the constant pool"));
	/* field and method refs of the wrong kind */
	t_init(&t, "M", "java/lang/Object");
	mr = tk_ref(&t, JCF_METHODREF, "M", "g", "()I");
	const uint8_t gs_m[] = { 0xb2, 0, (uint8_t)mr, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", gs_m, 5, 0, NULL, 0,
	               "bytecode 0: getstatic: constant 9 is a Methodref, not a Fieldref"));
	t_init(&t, "M", "java/lang/Object");
	fr = tk_ref(&t, JCF_FIELDREF, "M", "g", "I");
	const uint8_t is_f[] = { 0xb8, 0, (uint8_t)fr, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", is_f, 5, 0, NULL, 0,
	               "invokestatic: constant 9 is a Fieldref, not a Methodref"));
	t_init(&t, "M", "java/lang/Object");
	ir = tk_ref(&t, JCF_IMETHODREF, "java/lang/Runnable", "run", "()V");
	const uint8_t ii_bad[] = { 0x01, 0xb9, 0, (uint8_t)ir, 2, 0, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ii_bad, 7, 0, NULL, 0,
	               "invokeinterface count 2 (the arguments take 1)"));
	t_init(&t, "M", "java/lang/Object");
	ir = tk_ref(&t, JCF_IMETHODREF, "java/lang/Runnable", "run", "()V");
	const uint8_t ii_ok[] = { 0x01, 0xb9, 0, (uint8_t)ir, 1, 0, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ii_ok, 7, 0, NULL, 0, NULL));
	t_init(&t, "M", "java/lang/Object");
	mr = tk_ref(&t, JCF_METHODREF, "M", "<init>", "()V");
	const uint8_t iv_init[] = { 0x01, 0xb6, 0, (uint8_t)mr, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", iv_init, 5, 0, NULL, 0,
	               "invokevirtual of <init>"));
	/* classes */
	t_init(&t, "M", "java/lang/Object");
	arr = tk_class(&t, "[I");
	const uint8_t new_arr[] = { 0xbb, 0, (uint8_t)arr, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", new_arr, 5, 0, NULL, 0, "new of an array type"));
	t_init(&t, "M", "java/lang/Object");
	arr = tk_class(&t, "[[I");
	const uint8_t multi3[] = { 0x03, 0x03, 0x03, 0xc5, 0, (uint8_t)arr, 3, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", multi3, 9, 0, NULL, 0,
	               "multianewarray of 3 dimensions of [[I"));
	t_init(&t, "M", "java/lang/Object");
	arr = tk_class(&t, "[[I");
	const uint8_t multi2[] = { 0x03, 0x03, 0xc5, 0, (uint8_t)arr, 2, 0x57, 0xb1 };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", multi2, 8, 0, NULL, 0, NULL));
	t_init(&t, "M", "java/lang/Object");
	s = tk_string(&t, "x");
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
	cl = tk_class(&t, "java/lang/Throwable");
	uint16_t ok[] = { 0, 2, 3, cl };
	CHECK(try_code(&t, JCF_ACC_STATIC, "()V", ec, sizeof ec, 0, ok, 1, NULL));
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
