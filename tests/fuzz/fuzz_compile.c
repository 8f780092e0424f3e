/*
 * fuzz_compile.c - libFuzzer target: bytes as one .ph source file, through
 * the path `pvm run X.ph` takes (pv_compile against the VM's env, pv_load,
 * then main() under a slice budget).
 *
 * Oracles, besides the sanitizers and the heap check after every run: the
 * compiler returns an image exactly when it reports no error; every error
 * line reads "fuzz.ph:LINE:COL: message" with a line and column inside the
 * input; no error is an internal compiler error (compiled code the
 * verifier refused); the image survives a write/read round trip (the
 * reader verifies it again). Invariant: no source crashes or hangs the
 * compiler, and what it accepts runs without a crash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/classimage.h"
#include "pvm/lang/lang.h"
#include "pvm/compile.h"
#include "pvm/load.h"
#include "fuzz_vm.h"

#define SRCNAME "fuzz.ph"

static int
count_lines(const char *s, size_t n)
{
	int lines = 1;
	for (size_t i = 0; i < n; i++)
		lines += s[i] == '\n';
	return lines;
}

/* One "fuzz.ph:LINE:COL: message" line; returns the start of the next. */
static const char *
check_error_line(const char *e, int maxline)
{
	int line, col, used = 0;
	const char *nl = strchr(e, '\n');
	if (sscanf(e, SRCNAME ":%d:%d: %n", &line, &col, &used) != 2 || used == 0)
		fz_fail("compile error not in file:line:col: form", e);
	if (line < 1 || line > maxline || col < 1)
		fz_fail("compile error position outside the source", e);
	if (strncmp(e + used, "internal compiler error", 23) == 0)
		fz_fail("internal compiler error", e);
	return nl ? nl + 1 : e + strlen(e);
}

static void
check_errors(const char *errors, int nerr, const char *text, size_t len)
{
	if (nerr <= 0 || !errors || !errors[0])
		fz_fail("compile failed without an error message", NULL);
	int maxline = count_lines(text, len);
	for (const char *e = errors; *e;)
		e = check_error_line(e, maxline);
}

static void
check_roundtrip(const pv_image *im)
{
	char err[300] = "";
	uint8_t *buf;
	size_t len;
	pvi_write(im, &buf, &len);
	pv_image *back = pvi_read(buf, len, err, sizeof err);
	free(buf);
	if (!back)
		fz_fail("compiled image refused when read back", err);
	pvi_free(back);
}

static void
load_and_run(pv_vm *vm, pv_image *im)
{
	char err[300] = "";
	pv_value inits = PV_NULL;
	check_roundtrip(im);
	if (pv_load(vm, im, &inits, err, sizeof err) == 0)
		fz_run_main(vm, inits);
	else if (!err[0])
		fz_fail("load refused without an error message", NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = 0;
	pv_src src = { SRCNAME, text, size };
	pv_vm *vm = fz_vm_open();
	pv_env env;
	pv_env_init(&env, vm);
	char *errors = NULL;
	int nerr = 0;
	pv_image *im = pv_compile(&src, 1, &env, &errors, &nerr);
	if (!im)
		check_errors(errors, nerr, text, size);
	else if (nerr)
		fz_fail("compiler returned an image and errors", errors);
	free(errors);
	if (im)
		load_and_run(vm, im);
	pvi_free(im);
	fz_vm_close(vm);
	free(text);
	return 0;
}
