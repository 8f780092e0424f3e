/*
 * test_compiler.c - pvm's compiler: errors and their positions, mutation
 * fuzzing (damaged programs get errors, never a crash: ASan/UBSan watch),
 * long operator chains, and concurrent compiles.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/classimage.h"
#include "pvm/lang/lang.h"
#include "pvm/vm.h"
#include "tests/unit/test.h"
#include "pvt.h"

TEST(compile_errors)
{
	REQUIRE(pvt_open());
	CHECK(!pvt_expect_error("def main() { var x = ; }", "t.ph:1:22:"));
	CHECK(!pvt_expect_error("def main() {\n  print(y);\n}", "t.ph:2:9: undefined name 'y'"));
	CHECK(!pvt_expect_error("def main() {\n\tbreak;\n}", "t.ph:2:2:"));
	CHECK(!pvt_expect_error("def main() { var s = \"abc; }", "t.ph:1:22: unterminated string"));
	CHECK(!pvt_expect_error("class A { var x; }\ndef f(a) { return a.x; }", "t.ph:2:21:"));
	CHECK(!pvt_expect_error("class A extends Nope { }", "unknown superclass 'Nope'"));
	CHECK(!pvt_expect_error("class A extends Array { }", "cannot extend the built-in class"));
	CHECK(!pvt_expect_error("def main() { 1 = 2; }", "t.ph:1:16: cannot assign"));
	CHECK(!pvt_expect_error("def main() { var a = 1; var a = 2; }", "already declared"));
	CHECK(!pvt_expect_error("def main() { x @ 1; }", "t.ph:1:16: unexpected character"));
	CHECK(!pvt_expect_error("def main() { return 99999999999; }",
	                        "t.ph:1:21: integer literal too large"));
	/* every error is reported, not just the first */
	char *errs = NULL;
	int n = 0;
	pv_image *im = pvt_compile("def a() { var = 1; }\ndef b() { return ); }\ndef c() { q(); }",
	                           &errs, &n);
	CHECK(!im && n >= 2 && strstr(errs, "t.ph:1:") && strstr(errs, "t.ph:2:"));
	free(errs);
	pvt_close();
}

/* Mutation fuzzing of the compiler: damaged programs get errors, never a
 * crash (ASan/UBSan watch). */
TEST(compiler_fuzz)
{
	REQUIRE(pvt_open());
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
		pv_image *im = pvt_compile(buf, &errs, &n);
		pvi_free(im);
		free(errs);
	}
	pvt_close();
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
TEST(long_chains)
{
	REQUIRE(pvt_open());
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
	pv_image *im = pvt_compile(src, &errs, &n);
	if (!im)
		fprintf(stderr, "  %s", errs ? errs : "(no errors)\n");
	REQUIRE(im);
	for (uint32_t i = 0; i < im->nproto; i++)
		CHECK(im->proto[i].nregs < 16);
	pvi_free(im);
	free(errs);
	CHECK(pvt_run(src) == 0);
	pv_value s = pv_global_get(pvt_vm, "r1");
	CHECK(pv_is(s, PV_K_STR) && ((pv_str *)pv_obj(s))->len == 2 * N);
	CHECK(pv_toint(pv_global_get(pvt_vm, "r2")) == 1 + N);
	CHECK(pv_toint(pv_global_get(pvt_vm, "r3")) == 2 + 2 * N);
	CHECK(pv_global_get(pvt_vm, "r4") == PV_TRUE);
	CHECK(pv_toint(pv_global_get(pvt_vm, "r5")) == 3);
	CHECK(pv_toint(pv_global_get(pvt_vm, "r6")) == 1 - N);
	/* real nesting keeps its bound */
	p = src + sprintf(src, "def main() { return ");
	p = repeat(p, "(1 + ", 200);
	p += sprintf(p, "1");
	p = repeat(p, ")", 200);
	sprintf(p, "; }");
	CHECK(!pvt_expect_error(src, "program nested too deeply"));
	free(src);
	pvt_close();
}

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

TEST(concurrent_compiles)
{
	REQUIRE(pvt_open());
	enum { NT = 4 };
	char *src = malloc(64 * 200), *p = src;
	for (int i = 0; i < 64; i++) /* syntax errors on every line, at varying columns */
		p += sprintf(p, "def f%d() { var = %d; return (%*s; x @ 1; if () {} }\n", i, i,
		             i % 7, "");
	pv_src s = { "t.ph", src, strlen(src) };
	char *want = NULL;
	int n = 0;
	REQUIRE(!pv_compile(&s, 1, NULL, &want, &n) && want && n > 64);
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
	pvt_close();
}
