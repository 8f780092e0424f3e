/*
 * test_errkinds.c - errors with a kind (pv_throw_k, vm.h) and what the
 * Java front end builds on them: the kind and numbers reach the error
 * hook from every site Java cares about (.ph code keeps its messages),
 * the hook's value is what is thrown, pv_java_frame tells a Java frame,
 * and pv_instanceof with interfaces drives INSTOF and CAST.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pvm/array.h"
#include "pvm/heap.h"
#include "pvm/lib.h"
#include "pvm/map.h"
#include "pvm/opcodes.h"
#include "pvm/str.h"
#include "pvm/thread.h"
#include "pvm/xops.h"
#include "tests/unit/test.h"
#include "pvasm.h"
#include "pvt.h"

static int kinds[16], nkinds, java[16];
static int32_t xs[16], ys[16];
static char msg0[200];
static pv_value replace; /* what the hook returns */

static pv_value
hook(pv_vm *vm, int kind, int32_t x, int32_t y, pv_value msg)
{
	if (nkinds == 0)
		snprintf(msg0, sizeof msg0, "%s", pv_is_str(msg) ? PV_STR(msg)->s : "?");
	if (nkinds < 16) {
		kinds[nkinds] = kind;
		xs[nkinds] = x;
		ys[nkinds] = y;
		java[nkinds] = pv_java_frame(vm);
		nkinds++;
	}
	return replace;
}

static void
hook_on(void)
{
	nkinds = 0;
	msg0[0] = 0;
	replace = 0;
	pv_error_hook = hook;
}

/* The message of main's uncaught error. */
static const char *
main_error(void)
{
	pv_value e = pvt_vm->main ? pvt_vm->main->exc : PV_NULL;
	if (pv_is(e, PV_K_INST) && ((pv_inst *)e)->n > 0)
		e = ((pv_inst *)e)->f[0];
	return pv_is_str(e) ? PV_STR(e)->s : "";
}

/* In a VM of its own, text's main() dies of an error of kind, x, y,
 * message msg (.ph's own). */
static int
ph_error(const char *text, int kind, int32_t x, int32_t y, const char *msg)
{
	if (!pvt_open())
		return 0;
	hook_on();
	int rc = pvt_run(text);
	pv_error_hook = NULL;
	int ok = rc == 1 && nkinds >= 1 && kinds[0] == kind && xs[0] == x && ys[0] == y &&
	         !java[0] && strcmp(msg0, msg) == 0 && strcmp(main_error(), msg) == 0;
	if (!ok)
		fprintf(stderr, "  rc %d, %d kinds: %d (%d, %d) '%s'; wanted %d (%d, %d) '%s'\n",
		        rc, nkinds, nkinds ? kinds[0] : -1, xs[0], ys[0], msg0, kind, x, y, msg);
	pvt_close();
	return ok;
}

TEST(errkind_ph_sites)
{
	CHECK(ph_error("def main() { var a = [1]; return a[5]; }", PV_E_INDEX, 5, 1,
	               "index 5 out of range (length 1)"));
	CHECK(ph_error("def main() { var a = [1, 2]; a[-1] = 0; }", PV_E_INDEX, -1, 2,
	               "index -1 out of range (length 2)"));
	CHECK(ph_error("def main() { return \"ab\"[2]; }", PV_E_INDEX, 2, 2,
	               "index 2 out of range (length 2)"));
	CHECK(ph_error("def main() { var z = 0; return 1 / z; }", PV_E_ARITH, 0, 0,
	               "division by zero"));
	CHECK(ph_error("def main() { var z = 0; return 1 % z; }", PV_E_ARITH, 0, 0,
	               "division by zero"));
	CHECK(ph_error("def main() { var n = null; return n.size(); }", PV_E_NULL, 0, 0,
	               "null receiver: cannot call size() on null"));
	CHECK(ph_error("def main() { var n = null; return n[0]; }", PV_E_NULL, 0, 0,
	               "null receiver: cannot index null"));
	CHECK(ph_error("def f(n) { return f(n + 1) + 1; }\ndef main() { return f(0); }", PV_E_STACK,
	               0, 0, "stack overflow"));
	CHECK(ph_error("def main() { return [1].get(3); }", PV_E_INDEX, 3, 1,
	               "index 3 out of range (length 1)"));
	CHECK(ph_error("def main() { return 1 + [1].nope(); }", PV_E_ERROR, 0, 0,
	               "no method nope() in class Array"));
	/* a program's own throw is no error of the VM's */
	REQUIRE(pvt_open());
	hook_on();
	CHECK(pvt_run("def main() { throw \"x\" + 1; }") == 1 && nkinds == 0);
	pv_error_hook = NULL;
	pvt_close();
}

/* The hook's value is the error thrown; without a hook, an Error. */
TEST(errkind_hook_replaces_the_error)
{
	REQUIRE(pvt_open());
	pvt_vm->cur = pv_thread_new(pvt_vm, PV_NULL);
	hook_on();
	replace = pv_str_cstr(pvt_vm, "replaced");
	CHECK(pv_throw_k(pvt_vm, PV_E_CAST, 7, 8, "c %d", 42) == PV_ERR);
	CHECK(pvt_vm->cur->exc == replace);
	CHECK(nkinds == 1 && kinds[0] == PV_E_CAST && xs[0] == 7 && ys[0] == 8 &&
	      strcmp(msg0, "c 42") == 0 && !java[0]);
	replace = 0;
	CHECK(pv_throw(pvt_vm, "plain %s", "one") == PV_ERR);
	CHECK(nkinds == 2 && kinds[1] == PV_E_ERROR);
	pv_value e = pvt_vm->cur->exc;
	CHECK(pv_is(e, PV_K_INST) && pv_obj(e)->cls == pvt_vm->cls[PV_C_ERROR] &&
	      strcmp(PV_STR(((pv_inst *)e)->f[0])->s, "plain one") == 0);
	pv_error_hook = NULL;
	CHECK(pv_oom(pvt_vm) == PV_BLOCK);
	hook_on();
	CHECK(pv_oom(pvt_vm) == PV_ERR && nkinds == 1 && kinds[0] == PV_E_OOM);
	pv_error_hook = NULL;
	pvt_vm->cur = NULL;
	pvt_close();
}

/* A Java function that reads field 0 of null (GETF), or writes it (SETF),
 * or calls a method on null (CALLM), or divides a long by zero (XOP). */
static pv_value
java_fn(int what, int lang)
{
	pva a;
	char err[300] = "";
	pva_begin(&a, "jf", 4, lang);
	if (what == 0)
		pva_emit(&a, MK_ABC(OP_GETF, 0, 1, 0));
	else if (what == 1)
		pva_emit(&a, MK_ABC(OP_SETF, 1, 0, 0));
	else if (what == 2) {
		a.p->nic = 1;
		uint32_t k = (uint32_t)a.p->nk;
		pvi_const c = { .kind = PVI_KSTR, .s = pvi_str(a.im, "size", 4) };
		a.p->k = realloc(a.p->k, (k + 1) * sizeof(pvi_const));
		a.p->k[k] = c;
		a.p->nk = k + 1;
		pva_emit(&a, MK_ABC(OP_CALLM, 1, 0, 0));
		pva_emit(&a, k);
	} else {
		pva_emit(&a, MK_ABx(OP_LOADI, 2, 1));
		pva_emit(&a, MK_ABx(OP_LOADI, 3, 0));
		pva_xop(&a, 0, 2, 3, PV_XOP_LDIV);
	}
	pva_emit(&a, MK_ABC(OP_RET, 0, 0, 0));
	pv_value fn = pva_load(&a, pvt_vm, err, sizeof err);
	CHECKF(fn, "load: %s", err);
	pva_free(&a);
	return fn;
}

static int
java_error(int what, int lang, int kind, const char *msg)
{
	if (!pvt_open())
		return 0;
	pv_value fn = java_fn(what, lang);
	if (!fn) {
		pvt_close();
		return 0;
	}
	hook_on();
	replace = pv_str_cstr(pvt_vm, "NPE");
	pvt_vm->main = pv_main_start(pvt_vm, PV_NULL, fn);
	int rc = pv_schedule(pvt_vm);
	pv_error_hook = NULL;
	int ok = rc == 1 && nkinds == 1 && kinds[0] == kind && java[0] == (lang == PV_LANG_JAVA) &&
	         strcmp(msg0, msg) == 0 && pvt_vm->main->exc == replace;
	if (!ok)
		fprintf(stderr, "  rc %d, %d kinds: %d java %d '%s'\n", rc, nkinds,
		        nkinds ? kinds[0] : -1, nkinds ? java[0] : -1, msg0);
	pvt_close();
	return ok;
}

TEST(errkind_java_frames)
{
	CHECK(java_error(0, PV_LANG_JAVA, PV_E_NULL, "null receiver: cannot read field of null"));
	CHECK(java_error(1, PV_LANG_JAVA, PV_E_NULL, "null receiver: cannot write field of null"));
	CHECK(java_error(2, PV_LANG_JAVA, PV_E_NULL, "null receiver: cannot call size() on null"));
	CHECK(java_error(3, PV_LANG_JAVA, PV_E_ARITH, "/ by zero"));
	CHECK(java_error(0, PV_LANG_PH, PV_E_NULL, "null receiver: cannot read field of null"));
}

/* interfaces I, J, K; A implements I; B extends A implements J (its list:
 * I and J, as the front end stores it) */
TEST(errkind_instanceof_and_cast)
{
	REQUIRE(pvt_open());
	pv_vm *vm = pvt_vm;
	pv_class *obj = vm->cls[PV_C_OBJECT];
	pv_class *ci = pv_class_new(vm, pv_intern(vm, "p/I", 3), obj);
	pv_class *cj = pv_class_new(vm, pv_intern(vm, "p/J", 3), obj);
	pv_class *ck = pv_class_new(vm, pv_intern(vm, "p/K", 3), obj);
	ci->cflags = cj->cflags = ck->cflags = PV_CF_IFACE;
	pv_class *ca = pv_class_new(vm, pv_intern(vm, "p/A", 3), obj);
	pv_class *cb = pv_class_new(vm, pv_intern(vm, "java/lang/B", 11), ca);
	pv_array *la = pv_array_new(vm, 1);
	pv_array_push(vm, la, pv_val(ci));
	pv_map_put(vm, ca->statics, pv_intern(vm, "<ifaces>", 8), pv_val(la));
	pv_vals *lb = pv_vals_new(vm, 2);
	lb->v[0] = pv_val(ci);
	lb->v[1] = pv_val(cj);
	pv_map_put(vm, cb->statics, pv_intern(vm, "<ifaces>", 8), pv_val(lb));
	pv_global_set(vm, pv_str_cstr(vm, "keepclasses"), pv_val(pv_array_new(vm, 0)));
	pv_array *keep = (pv_array *)pv_global_get(vm, "keepclasses");
	pv_class *all[] = { ci, cj, ck, ca, cb };
	for (int i = 0; i < 5; i++)
		pv_array_push(vm, keep, pv_val(all[i]));
	pv_value a = pv_val(pv_inst_new(vm, ca)), b = pv_val(pv_inst_new(vm, cb));
	CHECK(pv_instanceof(vm, b, cb) && pv_instanceof(vm, b, ca) && pv_instanceof(vm, b, obj));
	CHECK(pv_instanceof(vm, b, ci) && pv_instanceof(vm, b, cj) && !pv_instanceof(vm, b, ck));
	CHECK(pv_instanceof(vm, a, ca) && pv_instanceof(vm, a, ci) && !pv_instanceof(vm, a, cb));
	CHECK(!pv_instanceof(vm, a, cj));
	CHECK(!pv_instanceof(vm, PV_NULL, obj) && !pv_instanceof(vm, PV_NULL, ca));
	CHECK(pv_instanceof(vm, pv_mkint(3), obj) && !pv_instanceof(vm, pv_mkint(3), ca));
	CHECK(pv_instanceof(vm, pv_mkint(3), vm->cls[PV_C_INT]));
	CHECK(!pv_instanceof(vm, pv_str_cstr(vm, "s"), ci)); /* String has no list */
	/* the XOPs */
	vm->cur = pv_thread_new(vm, PV_NULL);
	pv_value r = PV_FALSE;
	CHECK(pv_xop(vm, PV_XOP_INSTOF, b, pv_val(cj), &r) == 0 && r == pv_mkint(1));
	CHECK(pv_xop(vm, PV_XOP_INSTOF, a, pv_val(cj), &r) == 0 && r == pv_mkint(0));
	CHECK(pv_xop(vm, PV_XOP_INSTOF, PV_NULL, pv_val(obj), &r) == 0 && r == pv_mkint(0));
	CHECK(pv_xop(vm, PV_XOP_CAST, b, pv_val(ci), &r) == 0 && r == b);
	CHECK(pv_xop(vm, PV_XOP_CAST, PV_NULL, pv_val(cb), &r) == 0 && r == PV_NULL);
	hook_on();
	r = PV_FALSE;
	CHECK(pv_xop(vm, PV_XOP_CAST, a, pv_val(cb), &r) == -1 && r == PV_FALSE);
	CHECKF(nkinds == 1 && kinds[0] == PV_E_CAST &&
	               strcmp(msg0, "class p.A cannot be cast to class java.lang.B") == 0,
	       "cast: %s", msg0);
	hook_on();
	CHECK(pv_xop(vm, PV_XOP_INSTOF, a, pv_mkint(1), &r) == -1);
	CHECK(nkinds == 1 && kinds[0] == PV_E_ERROR &&
	      strcmp(msg0, "INSTOF: Int is not a class") == 0);
	hook_on();
	CHECK(pv_xop(vm, PV_XOP_CAST, PV_NULL, PV_NULL, &r) == -1);
	CHECK(nkinds == 1 && strcmp(msg0, "CAST: Null is not a class") == 0);
	pv_error_hook = NULL;
	vm->cur = NULL;
	pvt_close();
}
