/*
 * jnlang.c - the natives of java.lang.Object, Class, System, Throwable,
 * java.io.PrintStream and phantom.jrt.Rt (jnatives.def).
 *
 * Invariant: identity is the object's address (the pvm heap never moves
 * an object and a world is restored at its address), so identity hash
 * codes are stable for an object's whole life, across snapshots.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "pvm/gc.h"
#include "pvm/platform.h"
#include "jnatives.h"
#include "jnum.h"
#include "jthrow.h"
#include "jtrace.h"

/* ---------------------------------------------------------------- Object */

/* Identity by address; an int or a double seen as an Object (an element of
 * a primitive array read through Object[]) hashes as its box would. */
static int32_t
identity_hash(pv_value v)
{
	if (!v)
		return 0;
	if (pv_isint(v))
		return pv_toint(v);
	if (pv_is(v, PV_K_FLOAT)) {
		double d = ((pv_float *)v)->v;
		uint64_t u;
		if (d != d)
			d = NAN;
		memcpy(&u, &d, sizeof u);
		return (int32_t)(u ^ (u >> 32));
	}
	uint64_t x = (uint64_t)(uintptr_t)v;
	uint32_t h = (uint32_t)(x >> 3) ^ (uint32_t)(x >> 35);
	h *= 0x9e3779b1u;
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	return (int32_t)(h & 0x7fffffff);
}

int
jn_obj_getclass(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_val(pv_class_of(vm, a[0]));
	return PV_OK;
}

int
jn_obj_hashcode(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, identity_hash(a[0]));
}

int
jn_obj_hashcode_static(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, identity_hash(a[1]));
}

/* ---------------------------------------------------------------- Class */

/* The Java name of a pvm class: built-ins by their Java names, others
 * their internal name with dots. */
static void
java_name(pv_vm *vm, pv_class *c, char *buf, size_t n)
{
	static const struct {
		int cid;
		const char *name;
	} builtin[] = {
		{ PV_C_OBJECT, "java.lang.Object" }, { PV_C_STRING, "java.lang.String" },
		{ PV_C_CLASS, "java.lang.Class" },   { PV_C_ARRAY, "[Ljava.lang.Object;" },
		{ PV_C_INT, "java.lang.Integer" },   { PV_C_FLOAT, "java.lang.Double" },
		{ PV_C_BOOL, "java.lang.Boolean" },  { PV_C_THREAD, "java.lang.Thread" },
	};
	for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		if (c == vm->cls[builtin[i].cid]) {
			snprintf(buf, n, "%s", builtin[i].name);
			return;
		}
	snprintf(buf, n, "%s", c->name ? c->name->s : "?");
	for (char *p = buf; *p; p++)
		if (*p == '/')
			*p = '.';
}

int
jn_cls_getname(pv_vm *vm, pv_value *a, int n)
{
	char buf[300];
	if (!pv_is(a[0], PV_K_CLASS))
		return jn_npe(vm);
	java_name(vm, (pv_class *)a[0], buf, sizeof buf);
	return jn_ret(vm, a, pv_str_cstr(vm, buf));
}

int
jn_cls_getsuperclass(pv_vm *vm, pv_value *a, int n)
{
	pv_class *c = pv_is(a[0], PV_K_CLASS) ? (pv_class *)a[0] : NULL;
	a[0] = c && c->super ? pv_val(c->super) : PV_NULL;
	return PV_OK;
}

int
jn_cls_isarray(pv_vm *vm, pv_value *a, int n)
{
	pv_class *c = (pv_class *)a[0];
	return jn_reti(vm, a, c->ikind == PV_K_ARRAY);
}

/* ---------------------------------------------------------------- System */

/* HotSpot names the array in its messages by element type; a pvm Array
 * does not know it, so it is guessed from the first element. */
static const char *
array_kind(pv_array *x)
{
	for (uint32_t i = 0; i < x->len; i++) {
		pv_value v = x->items->v[i];
		if (pv_isint(v))
			return "int";
		if (pv_is(v, PV_K_FLOAT))
			return "double";
		if (v)
			return "object array";
	}
	return x->len ? "object array" : "int";
}

int
jn_sys_arraycopy(pv_vm *vm, pv_value *a, int n)
{
	static const char *AIOOBE = "java/lang/ArrayIndexOutOfBoundsException";
	if (!a[1] || !a[3])
		return jn_npe(vm);
	pv_array *src = jn_arr(a[1]), *dst = jn_arr(a[3]);
	char tn[300];
	if (!src || !dst) {
		java_name(vm, pv_class_of(vm, !src ? a[1] : a[3]), tn, sizeof tn);
		return pv_jthrow(vm, "java/lang/ArrayStoreException",
		                 "arraycopy: %s type %s is not an array",
		                 !src ? "source" : "destination", tn);
	}
	int32_t sp = jn_int(a[2]), dp = jn_int(a[4]), len = jn_int(a[5]);
	if (sp < 0)
		return pv_jthrow(vm, AIOOBE, "arraycopy: source index %d out of bounds for %s[%u]",
		                 sp, array_kind(src), src->len);
	if (dp < 0)
		return pv_jthrow(vm, AIOOBE,
		                 "arraycopy: destination index %d out of bounds for %s[%u]", dp,
		                 array_kind(dst), dst->len);
	if (len < 0)
		return pv_jthrow(vm, AIOOBE, "arraycopy: length %d is negative", len);
	if ((uint32_t)sp + (uint32_t)len > src->len)
		return pv_jthrow(vm, AIOOBE,
		                 "arraycopy: last source index %u out of bounds for %s[%u]",
		                 (uint32_t)sp + (uint32_t)len, array_kind(src), src->len);
	if ((uint32_t)dp + (uint32_t)len > dst->len)
		return pv_jthrow(vm, AIOOBE,
		                 "arraycopy: last destination index %u out of bounds for %s[%u]",
		                 (uint32_t)dp + (uint32_t)len, array_kind(dst), dst->len);
	/* the store check: primitive arrays of one type only; references
	 * of the destination's element class (those before a misfit are
	 * copied, as the JVM does) */
	const char *sn = pv_obj(src)->cls->name->s, *dn = pv_obj(dst)->cls->name->s;
	int sprim = sn[0] == '[' && sn[1] != 'L' && sn[1] != '[';
	int dprim = dn[0] == '[' && dn[1] != 'L' && dn[1] != '[';
	if ((sprim || dprim) && strcmp(sn, dn) != 0 && sn[0] == '[' && dn[0] == '[')
		return pv_jthrow(vm, "java/lang/ArrayStoreException",
		                 "arraycopy: type mismatch: can not copy %s into %s", sn, dn);
	pv_class *el = jn_array_element(vm, pv_obj(dst)->cls);
	int32_t fit = len;
	for (int32_t i = 0; el && i < len; i++) {
		pv_value v = src->items->v[sp + i];
		if (v && !pv_instanceof(vm, v, el)) {
			fit = i;
			break;
		}
	}
	pv_value *to = &dst->items->v[dp];
	memmove(to, &src->items->v[sp], (size_t)fit * sizeof(pv_value));
	if (fit < len) {
		char en[300];
		java_name(vm, pv_class_of(vm, src->items->v[sp + fit]), en, sizeof en);
		for (int32_t i = 0; i < fit; i++)
			PV_WB(vm, dst->items, to[i]);
		return pv_jthrow(
			vm, "java/lang/ArrayStoreException",
			"arraycopy: element type mismatch: can not cast one of the elements of %s to the type of the destination array, %s",
			sn, en);
	}
	if (vm->heap.phase == PV_GC_MARK)
		for (int32_t i = 0; i < len; i++)
			PV_WB(vm, dst->items, to[i]);
	a[0] = PV_NULL;
	return PV_OK;
}

int
jn_sys_currenttimemillis(pv_vm *vm, pv_value *a, int n)
{
	return jn_retl(vm, a, pv_time_ms());
}

int
jn_sys_nanotime(pv_vm *vm, pv_value *a, int n)
{
	return jn_retl(vm, a, (int64_t)pv_clock_ns());
}

int
jn_sys_exit(pv_vm *vm, pv_value *a, int n)
{
	int32_t status = jn_int(a[1]);
	pv_exit(status);
	return pv_throw(vm, "System.exit(%d)", status);
}

int
jn_sys_gc(pv_vm *vm, pv_value *a, int n)
{
	vm->heap.stress |= 2; /* a full collection at the next boundary */
	vm->trap = 1;
	a[0] = PV_NULL;
	return PV_OK;
}

/* ---------------------------------------------------------------- PrintStream */

/* s's bytes to fd; a lone surrogate (its own 3-byte sequence) prints as
 * '?', as Java's UTF-8 encoder does. */
int
jn_ps_write(pv_vm *vm, pv_value *a, int n)
{
	int fd = jn_int(a[1]) == 2 ? 2 : 1;
	if (!pv_is_str(a[2]))
		return jn_npe(vm);
	pv_str *s = PV_STR(a[2]);
	const unsigned char *p = (const unsigned char *)s->s;
	uint32_t from = 0;
	for (uint32_t i = 0; i + 2 < s->len; i++)
		if (p[i] == 0xed && p[i + 1] >= 0xa0 && p[i + 1] <= 0xbf) {
			pv_write(fd, s->s + from, i - from);
			pv_write(fd, "?", 1);
			i += 2;
			from = i + 1;
		}
	pv_write(fd, s->s + from, s->len - from);
	a[0] = PV_NULL;
	return PV_OK;
}

int
jn_ps_writebytes(pv_vm *vm, pv_value *a, int n)
{
	int fd = jn_int(a[1]) == 2 ? 2 : 1;
	pv_array *b = jn_arr(a[2]);
	int32_t off = jn_int(a[3]), len = jn_int(a[4]);
	if (!b)
		return jn_npe(vm);
	if (off < 0 || len < 0 || (uint32_t)off + (uint32_t)len > b->len)
		return pv_jthrow(vm, "java/lang/IndexOutOfBoundsException",
		                 "Range [%d, %d + %d) out of bounds for length %u", off, off, len,
		                 b->len);
	char buf[256];
	size_t k = 0;
	for (int32_t i = 0; i < len; i++) {
		buf[k++] = (char)jn_int(b->items->v[off + i]);
		if (k == sizeof buf) {
			pv_write(fd, buf, k);
			k = 0;
		}
	}
	pv_write(fd, buf, k);
	a[0] = PV_NULL;
	return PV_OK;
}

/* ---------------------------------------------------------------- Throwable */

int
jn_thr_fillinstacktrace(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is(a[0], PV_K_INST) || ((pv_inst *)a[0])->n < 3)
		return jn_npe(vm);
	pv_value t = pv_jvm_trace(vm, 0);
	if (!t)
		return pv_oom(vm);
	PV_SET(vm, (pv_inst *)a[0], ((pv_inst *)a[0])->f[2], t);
	a[0] = PV_NULL;
	return PV_OK;
}

/* ---------------------------------------------------------------- Rt */

static pv_value
array_copy(pv_vm *vm, pv_array *x)
{
	pv_array *r = pv_array_new(vm, x->len);
	if (!r)
		return PV_NULL;
	memcpy(r->items->v, x->items->v, x->len * sizeof(pv_value));
	r->len = x->len;
	r->h.cls = x->h.cls; /* int[] stays int[] */
	return pv_val(r);
}

int
jn_rt_arrayclone(pv_vm *vm, pv_value *a, int n)
{
	pv_array *x = jn_arr(a[1]);
	if (!x)
		return jn_npe(vm);
	return jn_ret(vm, a, array_copy(vm, x));
}

int
jn_rt_shallowclone(pv_vm *vm, pv_value *a, int n)
{
	pv_value v = a[1];
	if (!v)
		return jn_npe(vm);
	if (pv_is(v, PV_K_ARRAY))
		return jn_ret(vm, a, array_copy(vm, (pv_array *)v));
	if (pv_is(v, PV_K_INST)) {
		pv_inst *o = (pv_inst *)v;
		pv_inst *r = pv_inst_new(vm, pv_obj(v)->cls);
		if (!r)
			return pv_oom(vm);
		memcpy(r->f, o->f, (r->n < o->n ? r->n : o->n) * sizeof(pv_value));
		a[0] = pv_val(r);
		return PV_OK;
	}
	a[0] = v; /* immutable built-ins: strings, classes */
	return PV_OK;
}

int
jn_rt_isarray(pv_vm *vm, pv_value *a, int n)
{
	return jn_reti(vm, a, pv_is(a[1], PV_K_ARRAY));
}

/* The global name a class is defined under ("Color", "NS.Color"). */
static const char *
global_name_of(pv_vm *vm, pv_class *c)
{
	if (c->name && pv_global_get(vm, c->name->s) == pv_val(c))
		return c->name->s;
	for (uint32_t i = 0; i < vm->nglobals; i++)
		if (vm->globals->v[i] == pv_val(c) && pv_is_str(vm->gnames->v[i]))
			return PV_STR(vm->gnames->v[i])->s;
	return NULL;
}

int
jn_rt_enumvalues(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is(a[1], PV_K_CLASS))
		return jn_npe(vm);
	const char *g = global_name_of(vm, (pv_class *)a[1]);
	char buf[300];
	pv_value v = PV_NULL;
	if (g && (size_t)snprintf(buf, sizeof buf, "%s.$VALUES", g) < sizeof buf)
		v = pv_global_get(vm, buf);
	a[0] = pv_is(v, PV_K_ARRAY) ? v : PV_NULL;
	return PV_OK;
}

int
jn_rt_formatdouble(pv_vm *vm, pv_value *a, int n)
{
	char buf[400];
	int32_t conv = jn_int(a[2]), prec = jn_int(a[3]);
	double d = jn_num(a[1]);
	int len = pv_jnum_format(d, (char)conv, prec, buf, sizeof buf);
	if ((size_t)len < sizeof buf)
		return jn_ret(vm, a, pv_str_cstr(vm, buf));
	pv_value r = pv_str_new(vm, NULL, (size_t)len); /* ASCII: nchars == len */
	if (!r)
		return pv_oom(vm);
	pv_jnum_format(d, (char)conv, prec, PV_STR(r)->s, (size_t)len + 1);
	a[0] = r;
	return PV_OK;
}

int
jn_rt_scalarstring(pv_vm *vm, pv_value *a, int n)
{
	char buf[PV_JNUM_MAX];
	pv_value v = a[1];
	if (pv_isint(v))
		snprintf(buf, sizeof buf, "%d", (int)pv_toint(v));
	else if (pv_is(v, PV_K_FLOAT))
		pv_jnum_dtoa(((pv_float *)v)->v, buf);
	else {
		a[0] = PV_NULL;
		return PV_OK;
	}
	return jn_ret(vm, a, pv_str_cstr(vm, buf));
}
