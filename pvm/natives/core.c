/*
 * natives/core.c - Object's methods, print, Math and System.
 *
 * Object.toString on an array or map, and print of anything whose text
 * needs a toString() in bytecode, redirect to the prelude (lib.c), so
 * user toString methods run as ordinary frames.
 */
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "persist/snap.h"
#include "pvm/arena.h"
#include "pvm/compile.h"
#include "pvm/load.h"
#include "pvm/natives.h"
#include "pvm/platform.h"

int (*pv_snap_stats)(struct snap_stats *out, int max, uint32_t *commits);

int
nat_obj_tostring(pv_vm *vm, pv_value *a, int n)
{
	if (pv_is(a[0], PV_K_ARRAY))
		return pv_redirect(vm, "__arraystr");
	if (pv_is(a[0], PV_K_MAP))
		return pv_redirect(vm, "__mapstr");
	pv_value s = pv_tostr_simple(vm, a[0]);
	if (!s) {
		pv_class *c = pv_obj(a[0])->cls;
		s = pv_str_fmt(vm, "%s@%x", c->name->s, (unsigned)(pv_hash(a[0]) & 0xffffff));
	}
	a[0] = s;
	return PV_OK;
}

int
nat_obj_equals(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_bool(pv_equal(a[0], a[1]));
	return PV_OK;
}

int
nat_obj_hashcode(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint((int32_t)(pv_hash(a[0]) >> 2));
	return PV_OK;
}

int
nat_obj_classname(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_val(pv_class_of(vm, a[0])->name);
	return PV_OK;
}

static void
out_line(pv_str *s)
{
	pv_out(s->s, s->len);
	pv_out("\n", 1);
}

int
nat_print(pv_vm *vm, pv_value *a, int n)
{
	pv_value s = pv_is(a[1], PV_K_INST) || pv_is(a[1], PV_K_ARRAY) || pv_is(a[1], PV_K_MAP)
	                     ? PV_NULL
	                     : pv_tostr_simple(vm, a[1]);
	if (!s)
		return pv_redirect(vm, "__print");
	out_line(PV_STR(s));
	a[0] = PV_NULL;
	return PV_OK;
}

int
nat_out(pv_vm *vm, pv_value *a, int n)
{
	pv_value s = pv_tostr_simple(vm, a[1]);
	if (!s)
		return pv_throw(vm, "toString() returned %s, not a string", pv_typename(vm, a[1]));
	out_line(PV_STR(s));
	a[0] = PV_NULL;
	return PV_OK;
}

/* __strcat(x, y): both already converted by toString(). */
int
nat_strcat(pv_vm *vm, pv_value *a, int n)
{
	for (int i = 1; i <= 2; i++) {
		pv_value s = pv_is(a[i], PV_K_INST) ? PV_NULL : pv_tostr_simple(vm, a[i]);
		if (!s)
			return pv_throw(vm, "toString() returned %s, not a string",
			                pv_typename(vm, a[i]));
		a[i] = s;
	}
	pv_value r = pv_str_concat(vm, a[1], a[2]);
	if (!r)
		return pv_oom(vm);
	a[0] = r;
	return PV_OK;
}

/* ---------------------------------------------------------------- Math */

static int
num_result(pv_vm *vm, pv_value *a, double d)
{
	a[0] = pv_float_new(vm, d);
	return PV_OK;
}

int
nat_math_abs(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	if (pv_isint(a[1])) {
		int32_t x = pv_toint(a[1]);
		a[0] = pv_int(vm, x < 0 ? (int32_t)(0u - (uint32_t)x) : x);
		return PV_OK;
	}
	double d = pv_check_num(vm, a, 1, &err);
	return err ? PV_ERR : num_result(vm, a, fabs(d));
}

static int
minmax(pv_vm *vm, pv_value *a, int want_max)
{
	int err = 0;
	double x = pv_check_num(vm, a, 1, &err), y = err ? 0 : pv_check_num(vm, a, 2, &err);
	if (err)
		return PV_ERR;
	int pick_y = want_max ? y > x : y < x;
	a[0] = pick_y ? a[2] : a[1];
	if (!pv_isint(a[1]) || !pv_isint(a[2]))
		return num_result(vm, a, pick_y ? y : x);
	return PV_OK;
}

int
nat_math_min(pv_vm *vm, pv_value *a, int n)
{
	return minmax(vm, a, 0);
}

int
nat_math_max(pv_vm *vm, pv_value *a, int n)
{
	return minmax(vm, a, 1);
}

#define MATH1(name, expr)                                      \
	int name(pv_vm *vm, pv_value *a, int n)                \
	{                                                      \
		int err = 0;                                   \
		double x = pv_check_num(vm, a, 1, &err);       \
		return err ? PV_ERR : num_result(vm, a, expr); \
	}
MATH1(nat_math_sqrt, sqrt(x))
MATH1(nat_math_sin, sin(x))
MATH1(nat_math_cos, cos(x))

static int
round_to_int(pv_vm *vm, pv_value *a, double (*f)(double))
{
	int err = 0;
	if (pv_isint(a[1])) {
		a[0] = a[1];
		return PV_OK;
	}
	double x = f(pv_check_num(vm, a, 1, &err));
	if (err)
		return PV_ERR;
	if (!(x >= -2147483648.0 && x <= 2147483647.0))
		return pv_throw(vm, "Math: %g does not fit an integer", x);
	a[0] = pv_int(vm, (int32_t)x);
	return PV_OK;
}

int
nat_math_floor(pv_vm *vm, pv_value *a, int n)
{
	return round_to_int(vm, a, floor);
}

int
nat_math_ceil(pv_vm *vm, pv_value *a, int n)
{
	return round_to_int(vm, a, ceil);
}

int
nat_math_pow(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	double x = pv_check_num(vm, a, 1, &err), y = err ? 0 : pv_check_num(vm, a, 2, &err);
	return err ? PV_ERR : num_result(vm, a, pow(x, y));
}

/* random(n): an integer in [0, n), xorshift32 seeded per VM. */
int
nat_math_random(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t lim = pv_check_int(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	if (lim <= 0)
		return pv_throw(vm, "Math.random: bound must be positive, not %d", lim);
	uint32_t x = vm->rng;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	vm->rng = x;
	a[0] = pv_int(vm, (int32_t)(x % (uint32_t)lim));
	return PV_OK;
}

/* ---------------------------------------------------------------- System */

static int
ms_result(pv_vm *vm, pv_value *a, int64_t ms)
{
	a[0] = pv_float_new(vm, (double)ms);
	if (ms >= -2147483647 && ms <= 2147483647)
		a[0] = pv_int(vm, (int32_t)ms);
	return PV_OK;
}

int
nat_sys_time(pv_vm *vm, pv_value *a, int n)
{
	return ms_result(vm, a, pv_time_ms());
}

int
nat_sys_uptime(pv_vm *vm, pv_value *a, int n)
{
	return ms_result(vm, a, pv_uptime_ms());
}

int
nat_sys_boots(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint((int32_t)vm->boots);
	return PV_OK;
}

/* A count or figure into a Map: an integer, or a float past 2^31 - 1. */
static void
put_count(pv_vm *vm, pv_map *m, const char *key, uint64_t v)
{
	pv_value x = v > INT32_MAX ? pv_float_new(vm, (double)v) : pv_int(vm, (int32_t)v);
	pv_map_put(vm, m, pv_str_cstr(vm, key), x);
}

/* One commit's figures as a Map. */
static pv_map *
commit_map(pv_vm *vm, const struct snap_stats *st)
{
	pv_map *m = pv_map_new(vm);
	put_count(vm, m, "gen", st->gen);
	put_count(vm, m, "pages", st->pages);
	put_count(vm, m, "kib", (uint64_t)st->blocks * (SNAP_PAGE / 1024));
	put_count(vm, m, "pauseUs", st->pause_us);
	put_count(vm, m, "writeMs", st->write_ms);
	return m;
}

/* The last commit's figures (gen pages kib pauseUs writeMs), "commits"
 * since this boot and "recent": the last few commits as Maps, newest
 * first. An empty Map where nothing snapshots (the plain host runner). */
int
nat_sys_snapshotstats(pv_vm *vm, pv_value *a, int n)
{
	struct snap_stats st[SNAP_RECENT];
	uint32_t commits = 0;
	int k = pv_snap_stats ? pv_snap_stats(st, SNAP_RECENT, &commits) : 0;
	pv_map *m = k ? commit_map(vm, &st[0]) : pv_map_new(vm);
	a[0] = pv_val(m);
	if (!pv_snap_stats)
		return PV_OK;
	put_count(vm, m, "commits", commits);
	pv_array *r = pv_array_new(vm, (uint32_t)k);
	pv_map_put(vm, m, pv_str_cstr(vm, "recent"), pv_val(r));
	for (int i = 0; i < k; i++)
		pv_array_push(vm, r, pv_val(commit_map(vm, &st[i])));
	return PV_OK;
}

/* Incremental steps (steps maxPauseUs totalPauseUs) and full collections
 * (fulls fullMaxPauseUs fullTotalPauseUs) are timed apart (gc.c). */
int
nat_sys_gcstats(pv_vm *vm, pv_value *a, int n)
{
	pv_map *m = pv_map_new(vm);
	a[0] = pv_val(m);
	pv_heap *h = &vm->heap;
	put_count(vm, m, "cycles", h->cycles);
	put_count(vm, m, "live", h->live);
	put_count(vm, m, "objects", h->objects);
	put_count(vm, m, "heap", h->bump - h->start); /* live and garbage not yet swept */
	put_count(vm, m, "maxPauseUs", h->pause_max_ns / 1000);
	put_count(vm, m, "steps", h->steps);
	put_count(vm, m, "totalPauseUs", h->pause_total_ns / 1000);
	put_count(vm, m, "fulls", h->fulls);
	put_count(vm, m, "fullMaxPauseUs", h->full_max_ns / 1000);
	put_count(vm, m, "fullTotalPauseUs", h->full_total_ns / 1000);
	return PV_OK;
}

/* Ask for a snapshot at the next safepoint (not waiting for it); nothing
 * where nothing snapshots. */
int
nat_sys_snapshot(pv_vm *vm, pv_value *a, int n)
{
	if (pv_snap_hook) {
		pv_snap_request = 1;
		vm->trap = 1;
	}
	a[0] = PV_NULL;
	return PV_OK;
}

int
nat_sys_gc(pv_vm *vm, pv_value *a, int n)
{
	vm->heap.stress |= 2; /* a full collection at the next boundary */
	vm->trap = 1;
	a[0] = PV_NULL;
	return PV_OK;
}

/* System.compile(space, name, source): compile source as a file called
 * name into this VM, in the namespace `space` (a String; definitions of
 * earlier compiles in the same space are seen, pvm/load.c), and return a
 * Map: "inits", the Array of initialisers to run, in order, and
 * "functions", name -> the function, for each `def` in it. Compile errors
 * throw an Error whose message lists them (file:line:col: ...). The live
 * console (apps/shell.ph) is built on it. */
int
nat_sys_compile(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value space = pv_check_str(vm, a, 1, &err);
	pv_value name = err ? PV_NULL : pv_check_str(vm, a, 2, &err);
	pv_value text = err ? PV_NULL : pv_check_str(vm, a, 3, &err);
	if (err)
		return PV_ERR;
	const char *ns = PV_STR(space)->len ? PV_STR(space)->s : NULL;
	pv_src src = { PV_STR(name)->s, PV_STR(text)->s, PV_STR(text)->len };
	pv_map *funcs = pv_map_new(vm), *out = pv_map_new(vm);
	pv_value inits = PV_NULL;
	char *errors = NULL;
	if (!funcs || !out)
		return pv_oom(vm);
	a[0] = pv_val(out); /* a root for what follows */
	if (pv_compile_into(vm, &src, 1, ns, &inits, funcs, &errors) != 0) {
		size_t len = errors ? strlen(errors) : 0;
		while (len > 0 && errors[len - 1] == '\n')
			errors[--len] = 0;
		int rc = pv_throw(vm, "%s", errors && *errors ? errors : "cannot compile");
		free(errors);
		return rc;
	}
	pv_map_put(vm, out, pv_str_cstr(vm, "inits"), inits);
	pv_map_put(vm, out, pv_str_cstr(vm, "functions"), pv_val(funcs));
	return PV_OK;
}
