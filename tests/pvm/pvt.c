/*
 * pvt.c - the fixture of pvm's unit tests (pvt.h): one VM per test, with
 * the library open, checked and closed at the end of the test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/arena.h"
#include "pvm/compile.h"
#include "pvm/gc.h"
#include "pvm/lib.h"
#include "pvm/thread.h"
#include "tests/unit/test.h"
#include "pvt.h"

#define PVT_ARENA (64u << 20)

pv_vm *pvt_vm;

bool
pvt_open(void)
{
	if (pvt_vm) /* a test that stopped at a REQUIRE left it */
		pv_vm_close(pvt_vm);
	pvt_vm = pv_vm_open(PV_ARENA_BASE, PVT_ARENA);
	if (pvt_vm && pv_openlibs(pvt_vm) != 0) {
		pv_vm_close(pvt_vm);
		pvt_vm = NULL;
	}
	return pvt_vm != NULL;
}

void
pvt_close(void)
{
	char why[300];
	pv_gc_full(pvt_vm);
	CHECKF(pv_gc_check(pvt_vm, why, sizeof why) == 0, "heap check: %s", why);
	pv_vm_close(pvt_vm);
	pvt_vm = NULL;
}

pv_image *
pvt_compile(const char *text, char **errs, int *nerr)
{
	pv_env env;
	pv_env_init(&env, pvt_vm);
	pv_src src = { "t.ph", text, strlen(text) };
	return pv_compile(&src, 1, &env, errs, nerr);
}

/* Compile, expect failure, and that `want` (a "t.ph:L:C:" prefix) is
 * among the errors. */
int
pvt_expect_error(const char *text, const char *want)
{
	char *errs = NULL;
	int n = 0;
	pv_image *im = pvt_compile(text, &errs, &n);
	int ok = !im && n > 0 && errs && strstr(errs, want);
	if (!ok)
		fprintf(stderr, "  wanted %s in:\n%s", want, errs ? errs : "(no errors)\n");
	pvi_free(im);
	free(errs);
	return ok ? 0 : 1;
}

/* Run a program's main(); returns the exit status. */
int
pvt_run(const char *text)
{
	pv_src src = { "t.ph", text, strlen(text) };
	pv_value inits;
	int rc = pv_compile_load(pvt_vm, &src, 1, &inits);
	if (rc)
		return rc;
	pvt_vm->main = pv_main_start(pvt_vm, inits, pv_global_get(pvt_vm, "main"));
	return pv_schedule(pvt_vm);
}
