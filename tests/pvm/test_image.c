/*
 * test_image.c - class images: the reader and the verifier refuse
 * malformed images with a clear reason (one damaged field at a time, and
 * byte-level damage), and mutation fuzzing of the reader never crashes.
 * An XOP's operation must be one of xops.def, its unused operand 0; a
 * function's language survives the byte format; the disassembler names
 * the operation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/classimage.h"
#include "pvm/disasm.h"
#include "pvm/opcodes.h"
#include "pvm/verify.h"
#include "pvm/vm.h"
#include "pvm/xops.h"
#include "tests/unit/test.h"
#include "pvasm.h"
#include "pvt.h"

static uint8_t *
good_image(size_t *len)
{
	char *errs = NULL;
	int n = 0;
	pv_image *im = pvt_compile(
		"class P { var x = 1; def get() { return x; } }\n"
		"def f(a, b) { var g = fn(c) { return a + c; }; return g(b); }\n"
		"def main() { var p = new P(); for (var i = 0; i < 3; i += 1) { try { f(i, 2); } catch (e) { } } return p.get(); }\n",
		&errs, &n);
	free(errs);
	if (!im)
		return NULL;
	uint8_t *buf;
	pvi_write(im, &buf, len);
	pvi_free(im);
	return buf;
}

static int
refused(const uint8_t *buf, size_t len, const char *want)
{
	char err[300] = "";
	pv_image *im = pvi_read(buf, len, err, sizeof err);
	if (im) {
		pvi_free(im);
		fprintf(stderr, "  image accepted, wanted refusal (%s)\n", want);
		return 0;
	}
	if (want && !strstr(err, want)) {
		fprintf(stderr, "  refusal '%s' does not mention '%s'\n", err, want);
		return 0;
	}
	return 1;
}

TEST(verifier)
{
	REQUIRE(pvt_open());
	size_t len;
	uint8_t *buf = good_image(&len);
	char err[300];
	REQUIRE(buf);
	pv_image *im = pvi_read(buf, len, err, sizeof err);
	REQUIRE(im);
	/* mutate one field of the decoded image at a time, re-verify */
	pvi_proto *p = &im->proto[im->nproto - 1];
	uint32_t save = p->code[0];
	p->code[0] = 0xff;
	CHECK(pvi_verify(im, err, sizeof err) != 0 && strstr(err, "unknown opcode"));
	p->code[0] = MK_ABC(OP_MOVE, 200, 0, 0);
	CHECK(pvi_verify(im, err, sizeof err) != 0 && strstr(err, "register"));
	p->code[0] = MK_ABx(OP_LOADK, 0, 60000);
	CHECK(pvi_verify(im, err, sizeof err) != 0 && strstr(err, "constant"));
	p->code[0] = MK_SJ(OP_JMP, 100000);
	CHECK(pvi_verify(im, err, sizeof err) != 0 && strstr(err, "jump target"));
	p->code[0] = save;
	uint32_t last = p->code[p->ncode - 1];
	p->code[p->ncode - 1] = MK_ABC(OP_NOP, 0, 0, 0);
	CHECK(pvi_verify(im, err, sizeof err) != 0 && strstr(err, "off its end"));
	p->code[p->ncode - 1] = last;
	uint16_t nregs = p->nregs;
	p->nregs = 0;
	CHECK(pvi_verify(im, err, sizeof err) != 0);
	p->nregs = nregs;
	CHECK(pvi_verify(im, err, sizeof err) == 0);
	im->cls[0].methods[0].proto = 9999;
	CHECK(pvi_verify(im, err, sizeof err) != 0 && strstr(err, "function index"));
	pvi_free(im);
	/* byte-level damage */
	CHECK(refused(buf, 3, "not a class image"));
	CHECK(refused(buf, len - 1, "truncated"));
	uint8_t *b2 = malloc(len + 1);
	memcpy(b2, buf, len);
	b2[4] = 9;
	CHECK(refused(b2, len, "version"));
	memcpy(b2, buf, len);
	b2[len] = 0;
	CHECK(refused(b2, len + 1, "trailing"));
	free(b2);
	free(buf);
	pvt_close();
}

/* Mutation fuzzing of the reader: flip bytes, never crash. */
TEST(verifier_fuzz)
{
	REQUIRE(pvt_open());
	size_t len;
	uint8_t *buf = good_image(&len), *m = malloc(len);
	uint32_t x = 12345, accepted = 0;
	char err[300];
	for (int round = 0; round < 20000; round++) {
		memcpy(m, buf, len);
		for (int k = 0; k < 1 + round % 4; k++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			m[x % len] ^= (uint8_t)(1u << (x >> 29));
		}
		pv_image *im = pvi_read(m, len, err, sizeof err);
		accepted += im != NULL;
		pvi_free(im);
	}
	free(m);
	free(buf);
	CHECK(accepted < 20000);
	pvt_close();
}

static void
append(const char *s, void *ctx)
{
	strncat(ctx, s, 4095 - strlen(ctx));
}

TEST(verifier_xop)
{
	pva a;
	char err[300], text[4096] = "";
	pva_begin(&a, "x", 3, PV_LANG_JAVA);
	uint32_t add = pva_xop(&a, 0, 1, 2, PV_XOP_LADD);
	uint32_t neg = pva_xop(&a, 0, 1, 0, PV_XOP_LNEG);
	pva_emit(&a, MK_ABC(OP_RET, 0, 0, 0));
	pvi_proto *p = a.p;
	CHECK(pvi_verify(a.im, err, sizeof err) == 0);
	pvi_disasm(a.im, append, text);
	CHECKF(strstr(text, "XOP       r0 r1 r2 LADD") && strstr(text, "XOP       r0 r1 LNEG\n"),
	       "listing:\n%s", text);
	p->code[add + 1] = PV_XOP_N;
	CHECK(pvi_verify(a.im, err, sizeof err) != 0 && strstr(err, "unknown extended operation"));
	p->code[add + 1] = 0xffffffffu;
	CHECK(pvi_verify(a.im, err, sizeof err) != 0 && strstr(err, "unknown extended operation"));
	p->code[add + 1] = PV_XOP_NULLCHK; /* the last one */
	CHECK(pvi_verify(a.im, err, sizeof err) != 0 && strstr(err, "unused operand C"));
	p->code[add + 1] = PV_XOP_LADD;
	p->code[neg] = MK_ABC(OP_XOP, 0, 1, 1); /* LNEG has no C */
	CHECK(pvi_verify(a.im, err, sizeof err) != 0 && strstr(err, "unused operand C"));
	p->code[neg] = MK_ABC(OP_XOP, 0, 1, 3); /* and C is no register */
	CHECK(pvi_verify(a.im, err, sizeof err) != 0 && strstr(err, "register"));
	p->code[neg] = MK_ABC(OP_XOP, 0, 1, 0);
	p->lang = 2;
	CHECK(pvi_verify(a.im, err, sizeof err) != 0 && strstr(err, "bad language"));
	p->lang = PV_LANG_JAVA;
	/* the language through the byte format: bit 1 of the method byte */
	size_t len;
	uint8_t *buf = pva_bytes(&a, &len);
	REQUIRE(buf);
	pv_image *im = pvi_read(buf, len, err, sizeof err);
	CHECK(im && im->proto[0].lang == PV_LANG_JAVA && im->proto[0].is_method == 0);
	pvi_free(im);
	/* the flags byte: after the header and nstr (12 bytes), the strings,
	 * nproto (4), name and file (8), nparams nregs nupv nic (8) */
	size_t at = 12;
	for (uint32_t i = 0; i < a.im->nstr; i++)
		at += 4 + a.im->slen[i];
	at += 4 + 8 + 8;
	CHECK(buf[at] == 2);
	buf[at] = 4; /* language 2 */
	CHECK(refused(buf, len, "bad language"));
	free(buf);
	pva_free(&a);
}
