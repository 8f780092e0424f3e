/*
 * pvm/tests/unit.c - unit tests of the compiler (errors and their
 * positions), the class-image reader and verifier (malformed images,
 * mutation fuzzing), the collector (heap check after every test,
 * incremental steps against a mutating program) and the threads
 * (preemption). A {name, fn} table; each test returns 0 on success.
 * Run by `make pvm-test`; prints `N passed, N failed`.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/arena.h"
#include "pvm/lang/lang.h"
#include "pvm/classimage.h"
#include "pvm/compile.h"
#include "pvm/gc.h"
#include "pvm/lib.h"
#include "pvm/opcodes.h"
#include "pvm/thread.h"
#include "pvm/verify.h"
#include "pvm/vm.h"

#define CHECK(c)                                                                                \
	do {                                                                                    \
		if (!(c)) {                                                                     \
			fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
			return 1;                                                               \
		}                                                                               \
	} while (0)

static pv_vm *vm;

static pv_image *
compile(const char *text, char **errs, int *nerr)
{
	pv_env env;
	pv_env_init(&env, vm);
	pv_src src = { "t.ph", text, strlen(text) };
	return pv_compile(&src, 1, &env, errs, nerr);
}

/* Compile, expect failure, and that `want` (a "t.ph:L:C:" prefix) is
 * among the errors. */
static int
expect_error(const char *text, const char *want)
{
	char *errs = NULL;
	int n = 0;
	pv_image *im = compile(text, &errs, &n);
	int ok = !im && n > 0 && errs && strstr(errs, want);
	if (!ok)
		fprintf(stderr, "  wanted %s in:\n%s", want, errs ? errs : "(no errors)\n");
	pvi_free(im);
	free(errs);
	return ok ? 0 : 1;
}

static int
test_compile_errors(void)
{
	CHECK(!expect_error("def main() { var x = ; }", "t.ph:1:22:"));
	CHECK(!expect_error("def main() {\n  print(y);\n}", "t.ph:2:9: undefined name 'y'"));
	CHECK(!expect_error("def main() {\n\tbreak;\n}", "t.ph:2:2:"));
	CHECK(!expect_error("def main() { var s = \"abc; }", "t.ph:1:22: unterminated string"));
	CHECK(!expect_error("class A { var x; }\ndef f(a) { return a.x; }", "t.ph:2:21:"));
	CHECK(!expect_error("class A extends Nope { }", "unknown superclass 'Nope'"));
	CHECK(!expect_error("class A extends Array { }", "cannot extend the built-in class"));
	CHECK(!expect_error("def main() { 1 = 2; }", "t.ph:1:16: cannot assign"));
	CHECK(!expect_error("def main() { var a = 1; var a = 2; }", "already declared"));
	CHECK(!expect_error("def main() { x @ 1; }", "t.ph:1:16: unexpected character"));
	CHECK(!expect_error("def main() { return 99999999999; }",
	                    "t.ph:1:21: integer literal too large"));
	/* every error is reported, not just the first */
	char *errs = NULL;
	int n = 0;
	pv_image *im =
		compile("def a() { var = 1; }\ndef b() { return ); }\ndef c() { q(); }", &errs, &n);
	CHECK(!im && n >= 2 && strstr(errs, "t.ph:1:") && strstr(errs, "t.ph:2:"));
	free(errs);
	return 0;
}

static uint8_t *
good_image(size_t *len)
{
	char *errs = NULL;
	int n = 0;
	pv_image *im = compile(
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

static int
test_verifier(void)
{
	size_t len;
	uint8_t *buf = good_image(&len);
	char err[300];
	CHECK(buf);
	pv_image *im = pvi_read(buf, len, err, sizeof err);
	CHECK(im);
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
	return 0;
}

/* Mutation fuzzing of the reader: flip bytes, never crash. */
static int
test_verifier_fuzz(void)
{
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
	return 0;
}

/* Mutation fuzzing of the compiler: damaged programs get errors, never a
 * crash (ASan/UBSan watch). */
static int
test_compiler_fuzz(void)
{
	static const char good[] =
		"import gui;\nvar g = [1, 2.5, \"s\\n\", {\"k\": null}];\n"
		"class A extends Object { var x = 1; def init(a) { x = a; } def m() { return x + this.x; } }\n"
		"class B extends A { def m() { return super.m() * 2; } }\n"
		"def f(n) { var c = fn(k) { return n + k; }; if (n < 2) { return c(1); } else { return f(n - 1); } }\n"
		"def main() { for (x in g) { try { throw x; } catch (e) { print(e); } }\n"
		"  var i = 0; while (i < 3 && !false) { i += 1; if (i == 2) { continue; } } return new B(3).m(); }\n";
	char buf[sizeof good];
	uint32_t x = 777;
	const char alphabet[] = "{}()[];,.=+-*/%<>!&|^~\"\\ \nabcxyz019_#@";
	for (int round = 0; round < 3000; round++) {
		memcpy(buf, good, sizeof good);
		for (int k = 0; k < 1 + round % 5; k++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			uint32_t at = x % (sizeof good - 1);
			if (x & 0x10000)
				buf[at] = alphabet[(x >> 20) % (sizeof alphabet - 1)];
			else
				memmove(buf + at, buf + at + 1, sizeof good - at - 1); /* delete */
		}
		char *errs = NULL;
		int n = 0;
		if (getenv("PVM_FUZZ_VERBOSE"))
			fprintf(stderr, "round %d: %s\n", round, buf);
		pv_image *im = compile(buf, &errs, &n);
		pvi_free(im);
		free(errs);
	}
	return 0;
}

/* Run a program's main(); returns the exit status. */
static int
run(const char *text)
{
	pv_src src = { "t.ph", text, strlen(text) };
	pv_value inits;
	int rc = pv_compile_load(vm, &src, 1, &inits);
	if (rc)
		return rc;
	vm->main = pv_main_start(vm, inits, pv_global_get(vm, "main"));
	return pv_schedule(vm);
}

static int
test_run_result(void)
{
	CHECK(run("var result;\n"
	          "class A { var n = 2; def init(k) { n = n * k; } def n() { return n; } }\n"
	          "def main() { var a = new A(21); var m = {\"k\": [1, 2, a.n()]}; result = m[\"k\"][2]; }") ==
	      0);
	CHECK(pv_toint(pv_global_get(vm, "result")) == 42);
	return 0;
}

static int
test_gc_incremental(void)
{
	/* small steps at every allocation while the program builds and drops
	 * trees: the invariant is checked after every step */
	vm->heap.stress = 4 | 8;
	CHECK(run("var keep;\n"
	          "class T { var l; var r; def init(l, r) { this.l = l; this.r = r; } def sum() {\n"
	          "  var s = 1; if (l != null) { s += l.sum(); } if (r != null) { s += r.sum(); } return s; } }\n"
	          "def build(d) { if (d == 0) { return null; } return new T(build(d - 1), build(d - 1)); }\n"
	          "def main() { keep = []; for (var i = 0; i < 30; i += 1) { var t = build(6);\n"
	          "  if (i % 3 == 0) { keep.push(t); } var m = {}; m[i] = t; }\n"
	          "  var s = 0; for (t in keep) { s += t.sum(); } if (s != 10 * 63) { throw \"bad sum\"; } }") ==
	      0);
	CHECK(vm->heap.cycles > 0);
	vm->heap.stress = 0;
	return 0;
}

static int
test_gc_full_frees(void)
{
	CHECK(run("var big;\ndef main() { big = []; for (var i = 0; i < 20000; i += 1) { big.push(\"s\" + i); } big = null; }") ==
	      0);
	pv_gc_full(vm);
	size_t live1 = vm->heap.live;
	CHECK(live1 < (2u << 20));
	return 0;
}

static int
test_threads_preempt(void)
{
	/* an endless loop in one thread must not starve main */
	CHECK(run("var n = 0;\n"
	          "def main() { var t = new Thread(fn() { while (true) { n += 1; } });\n"
	          "  Thread.sleep(20); if (n == 0) { throw \"not preempted\"; } }") == 0);
	return 0;
}

static int
test_uncaught_status(void)
{
	CHECK(run("def main() { var a = [1]; return a[5]; }") == 1);
	return 0;
}

static int
test_compile_error_status(void)
{
	CHECK(run("def main() { return 1 +; }") == 2);
	return 0;
}

/* n copies of s at p; returns the new end. */
static char *
repeat(char *p, const char *s, int n)
{
	size_t len = strlen(s);
	while (n-- > 0) {
		memcpy(p, s, len);
		p += len;
	}
	*p = 0;
	return p;
}

/* A chain of binary operators is not nesting (pvm/lang/parse.c): 2000
 * terms compile, in a few registers, and run; parentheses still count. */
static int
test_long_chains(void)
{
	enum { N = 2000 };
	char *src = malloc(N * 200), *p = src;
	p += sprintf(p, "var r1; var r2; var r3; var r4; var r5; var r6;\n"
	                "def main() { var x = 1; var t = true; var f = false;\n  r1 = \"\"");
	p = repeat(p, " + \"ab\"", N);
	p += sprintf(p, ";\n  r2 = x");
	p = repeat(p, " + 1", N);
	p += sprintf(p, ";\n  r3 = x * 2");
	p = repeat(p, " + x * 3 - x", N);
	p += sprintf(p, ";\n  r4 = f");
	p = repeat(p, " || f && t", N);
	p += sprintf(p, " || t;\n  r5 = 0; if (t");
	p = repeat(p, " && t || f", N);
	p += sprintf(p, ") { r5 = 1; } while (r5 < 3");
	p = repeat(p, " && t", N);
	p += sprintf(p, ") { r5 += 1; }\n  r6 = fn() { return x");
	p = repeat(p, " - x", N);
	p += sprintf(p, "; }();\n}\n");
	char *errs = NULL;
	int n = 0;
	pv_image *im = compile(src, &errs, &n);
	if (!im)
		fprintf(stderr, "  %s", errs ? errs : "(no errors)\n");
	CHECK(im);
	for (uint32_t i = 0; i < im->nproto; i++)
		CHECK(im->proto[i].nregs < 16);
	pvi_free(im);
	free(errs);
	CHECK(run(src) == 0);
	pv_value s = pv_global_get(vm, "r1");
	CHECK(pv_is(s, PV_K_STR) && ((pv_str *)pv_obj(s))->len == 2 * N);
	CHECK(pv_toint(pv_global_get(vm, "r2")) == 1 + N);
	CHECK(pv_toint(pv_global_get(vm, "r3")) == 2 + 2 * N);
	CHECK(pv_global_get(vm, "r4") == PV_TRUE);
	CHECK(pv_toint(pv_global_get(vm, "r5")) == 3);
	CHECK(pv_toint(pv_global_get(vm, "r6")) == 1 - N);
	/* real nesting keeps its bound */
	p = src + sprintf(src, "def main() { return ");
	p = repeat(p, "(1 + ", 200);
	p += sprintf(p, "1");
	p = repeat(p, ")", 200);
	sprintf(p, "; }");
	CHECK(!expect_error(src, "program nested too deeply"));
	free(src);
	return 0;
}

/* Two compilations at once (kernel threads may compile concurrently): the
 * compiler keeps no state outside its own struct comp, so each reports
 * exactly the errors it reports alone. */
typedef struct compile_job {
	const char *src, *want;
	int rounds, bad;
} compile_job;

static void *
compile_rounds(void *arg)
{
	compile_job *j = arg;
	pv_src src = { "t.ph", j->src, strlen(j->src) };
	for (int i = 0; i < j->rounds; i++) {
		char *errs = NULL;
		int n = 0;
		pv_image *im = pv_compile(&src, 1, NULL, &errs, &n); /* no VM: pure compiler */
		j->bad += im != NULL || !errs || strcmp(errs, j->want) != 0;
		pvi_free(im);
		free(errs);
	}
	return NULL;
}

static int
test_concurrent_compiles(void)
{
	enum { NT = 4 };
	char *src = malloc(64 * 200), *p = src;
	for (int i = 0; i < 64; i++) /* syntax errors on every line, at varying columns */
		p += sprintf(p, "def f%d() { var = %d; return (%*s; x @ 1; if () {} }\n", i, i,
		             i % 7, "");
	pv_src s = { "t.ph", src, strlen(src) };
	char *want = NULL;
	int n = 0;
	CHECK(!pv_compile(&s, 1, NULL, &want, &n) && want && n > 64);
	compile_job jobs[NT];
	pthread_t th[NT];
	for (int i = 0; i < NT; i++) {
		jobs[i] = (compile_job){ src, want, 200, 0 };
		CHECK(pthread_create(&th[i], NULL, compile_rounds, &jobs[i]) == 0);
	}
	int bad = 0;
	for (int i = 0; i < NT; i++) {
		pthread_join(th[i], NULL);
		bad += jobs[i].bad;
	}
	free(want);
	free(src);
	CHECK(bad == 0);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(void);
} tests[] = {
	{ "compile errors", test_compile_errors },
	{ "verifier", test_verifier },
	{ "verifier fuzz", test_verifier_fuzz },
	{ "compiler fuzz", test_compiler_fuzz },
	{ "run result", test_run_result },
	{ "gc incremental + invariant", test_gc_incremental },
	{ "gc full frees", test_gc_full_frees },
	{ "threads preempt", test_threads_preempt },
	{ "uncaught status", test_uncaught_status },
	{ "compile error status", test_compile_error_status },
	{ "long operator chains", test_long_chains },
	{ "concurrent compiles", test_concurrent_compiles },
};

int
main(void)
{
	int pass = 0, fail = 0;
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		vm = pv_vm_open(PV_ARENA_BASE, 64u << 20);
		if (!vm || pv_openlibs(vm) != 0) {
			fprintf(stderr, "cannot open a VM\n");
			return 1;
		}
		int bad = tests[i].fn();
		char why[300];
		pv_gc_full(vm);
		if (!bad && pv_gc_check(vm, why, sizeof why) != 0) {
			fprintf(stderr, "  heap check: %s\n", why);
			bad = 1;
		}
		printf("%s %s\n", bad ? "FAIL" : "ok  ", tests[i].name);
		bad ? fail++ : pass++;
		pv_vm_close(vm);
	}
	printf("unit: %d passed, %d failed\n", pass, fail);
	return fail != 0;
}
