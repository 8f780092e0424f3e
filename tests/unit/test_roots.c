/*
 * test_roots.c - the VM's roots (pvm/roots.def) are the collector's, the
 * heap check's and the restore's one list.
 *
 * roots_declared reads pvm/vm.h: every field of struct pv_vm that holds a
 * heap reference (a pv_value, or a pointer to a pv_ object type) must be
 * in roots.def, and every field of pv_heap that does must be one the
 * collector keeps itself. A reference field added outside the list fails
 * here, before it can be collected while in use.
 * The other tests are the regression of a world's fifth-app panic: the
 * module registry survives collections, a dangling root is caught by the
 * heap check, and a restore rebuilds a freed registry or refuses a world
 * whose other roots are damaged.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/arena.h"
#include "pvm/array.h"
#include "pvm/gc.h"
#include "pvm/lib.h"
#include "pvm/map.h"
#include "pvm/module.h"
#include "pvm/roots.h"
#include "pvm/str.h"
#include "pvm/vm.h"
#include "test.h"

/* The body of `typedef struct NAME {` ... `} NAME;` in src, or NULL. */
static char *
struct_body(const char *src, const char *name)
{
	char open[80], close[80];
	snprintf(open, sizeof open, "typedef struct %s {", name);
	snprintf(close, sizeof close, "} %s;", name);
	const char *a = strstr(src, open), *b = a ? strstr(a, close) : NULL;
	if (!b)
		return NULL;
	a += strlen(open);
	return strndup(a, (size_t)(b - a));
}

/* Whether `word` appears as a whole word in list. */
static bool
has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = strstr(list, word); p; p = strstr(p + 1, word)) {
		bool left = p == list ||
		            !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') ||
		              (p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= '0' && p[-1] <= '9'));
		char r = p[n];
		bool right = !(r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
		               (r >= '0' && r <= '9'));
		if (left && right)
			return true;
	}
	return false;
}

/* The reference-typed fields declared in body that are not words of
 * `allowed`, space-separated, into out; returns how many reference fields
 * were seen. */
static int
check_fields(const char *body, const char *allowed, char *out, size_t n)
{
	out[0] = 0;
	regex_t decl, name;
	regcomp(&decl,
	        "^[ \t]*(volatile[ \t]+)?(pv_value|(struct[ \t]+)?pv_[a-z_]+[ \t]*\\*)[ \t]*([^;]*);",
	        REG_EXTENDED | REG_NEWLINE);
	regcomp(&name, "[A-Za-z_][A-Za-z0-9_]*", REG_EXTENDED);
	int seen = 0;
	regmatch_t m[5];
	for (const char *p = body; regexec(&decl, p, 5, m, p == body ? 0 : REG_NOTBOL) == 0;
	     p += m[0].rm_eo) {
		char list[200];
		snprintf(list, sizeof list, "%.*s", (int)(m[4].rm_eo - m[4].rm_so), p + m[4].rm_so);
		/* "a, *b, c[N]": each declarator's name */
		for (char *d = strtok(list, ","); d; d = strtok(NULL, ",")) {
			regmatch_t nm;
			if (regexec(&name, d, 1, &nm, 0) != 0)
				continue;
			char field[64];
			snprintf(field, sizeof field, "%.*s", (int)(nm.rm_eo - nm.rm_so),
			         d + nm.rm_so);
			seen++;
			if (!has_word(allowed, field))
				snprintf(out + strlen(out), n - strlen(out), "%s%s",
				         out[0] ? " " : "", field);
		}
	}
	regfree(&decl);
	regfree(&name);
	return seen;
}

TEST(roots_declared)
{
	char *vmh = test_read_file("pvm/vm.h", NULL), *def = test_read_file("pvm/roots.def", NULL);
	REQUIRE(vmh && def);
	char *vm = struct_body(vmh, "pv_vm"), *heap = struct_body(vmh, "pv_heap");
	REQUIRE(vm && heap);
	/* roots.def's entries, as a list of words (comments dropped) */
	char *entries = strstr(def, "*/");
	REQUIRE(entries);
	char bad[200];
	int n = check_fields(vm, entries, bad, sizeof bad);
	CHECKF(n >= 13, "only %d reference fields found in struct pv_vm: the parser is off", n);
	CHECKF(!bad[0], "struct pv_vm holds heap references that pvm/roots.def does not list: %s",
	       bad);
	/* the collector's own: the gray stack and the free lists */
	CHECK(check_fields(heap, "gray small big run", bad, sizeof bad) >= 4);
	CHECKF(!bad[0], "pv_heap holds heap references the collector does not keep: %s", bad);
	/* and the parser sees a field added outside the list, in each form */
	check_fields("\tuint32_t n;\n\tpv_map *apps;\n\tpv_value a, b;\n\tstruct pv_class *c[4];\n",
	             entries, bad, sizeof bad);
	CHECKF(strcmp(bad, "apps a b c") == 0, "probe found: '%s'", bad);
	free(vm);
	free(heap);
	free(vmh);
	free(def);
}

/* A VM with its libraries; one a time (a test that stopped early left
 * its VM open: it is closed here). */
static pv_vm *last;

static void
close_vm(void)
{
	if (last)
		pv_vm_close(last);
	last = NULL;
}

static pv_vm *
open_vm(void)
{
	close_vm();
	last = pv_vm_open(PV_ARENA_BASE, 32u << 20);
	if (last && pv_openlibs(last) != 0)
		close_vm();
	return last;
}

static int
import_gui(pv_vm *vm)
{
	const pv_module *m = pv_module_find("gui");
	if (!m)
		return -1;
	return pv_module_import(vm, m, pv_array_new(vm, 0));
}

/* Collections must keep the module registry: before roots.def, it was
 * freed by the first full cycle and the next import read freed memory. */
TEST(roots_registry_survives_collections)
{
	pv_vm *vm = open_vm();
	REQUIRE(vm);
	REQUIRE(import_gui(vm) == 0);
	pv_map *reg = vm->modules;
	REQUIRE(reg);
	for (int i = 0; i < 3; i++) {
		for (int j = 0; j < 2000; j++)
			pv_str_fmt(vm, "garbage %d", j);
		pv_gc_full(vm);
	}
	char why[240];
	CHECKF(pv_gc_check(vm, why, sizeof why) == 0, "heap check: %s", why);
	/* the registry and its table are still objects of the heap */
	uint8_t *starts = pv_gc_starts(vm, why, sizeof why);
	REQUIRE(starts);
	CHECK(vm->modules == reg);
	CHECK(pv_gc_root_fault(vm, starts, pv_val(reg), PV_K_MAP) == NULL);
	CHECK(pv_gc_root_fault(vm, starts, pv_val(reg->ent), PV_K_VALS) == NULL);
	free(starts);
	CHECK(pv_module_loaded(vm, "gui"));
	close_vm();
}

/* A root left pointing at a freed object is a heap-check failure that
 * names the root. */
TEST(roots_dangling_root_is_caught)
{
	pv_vm *vm = open_vm();
	REQUIRE(vm);
	pv_value lost = pv_val(pv_map_new(vm)); /* held by nothing the GC sees */
	pv_str_cstr(vm, "after it");            /* so the heap's tail is not given back */
	pv_gc_full(vm);
	REQUIRE((uintptr_t)lost < vm->heap.bump);
	vm->redirect = lost;
	char why[240];
	CHECK(pv_gc_check(vm, why, sizeof why) != 0);
	CHECKF(strstr(why, "root 'redirect'") != NULL, "why: %s", why);
	vm->redirect = PV_NULL;
	close_vm();
}

/* A world saved with a freed registry: the restore rebuilds it from the
 * installed classes; a damaged root it cannot rebuild refuses the world. */
TEST(roots_restore_rebuilds_registry)
{
	pv_vm *vm = open_vm();
	REQUIRE(vm);
	REQUIRE(import_gui(vm) == 0);
	pv_map *old = vm->modules;
	/* what the old collector did: the registry unmarked, then swept; and
	 * the world is one that collector saved */
	vm->modules = NULL;
	pv_gc_full(vm);
	vm->modules = old;
	vm->heap.rootsrev = 0;
	char msg[300];
	CHECK(pv_roots_restore(vm, msg, sizeof msg) == 1);
	CHECKF(strstr(msg, "module registry"), "msg: %s", msg);
	CHECK(vm->modules == NULL);
	char names[80];
	pv_module_rebuild(vm, names, sizeof names);
	CHECKF(strcmp(names, "gui") == 0, "rebuilt: %s", names);
	CHECK(vm->modules != old && pv_module_loaded(vm, "gui"));
	char why[240];
	CHECKF(pv_gc_check(vm, why, sizeof why) == 0, "heap check: %s", why);
	CHECK(pv_roots_restore(vm, msg, sizeof msg) == 0); /* sound now */
	/* a second import changes nothing: the classes are not made twice */
	uint32_t globals = vm->nglobals;
	REQUIRE(import_gui(vm) == 0);
	CHECK_EQ(vm->nglobals, globals);

	pv_vals *g = vm->globals;
	vm->globals = (pv_vals *)old; /* a freed chunk, in an old world */
	vm->heap.rootsrev = 0;
	CHECK(pv_roots_restore(vm, msg, sizeof msg) == -1);
	CHECKF(strstr(msg, "'globals'") != NULL, "msg: %s", msg);
	vm->globals = g;
	close_vm();
}
