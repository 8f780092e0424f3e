/*
 * jnarray.c - the natives of Java's typed arrays: a Java array is a pvm
 * Array whose class is its Java type ([I, [Ljava/lang/String;, made by
 * jv_array_class), so getClass, instanceof and casts tell int[] from
 * long[] and String[] from Object[]. Here: multi-dimensional arrays, an
 * empty array of another's type, and the store check of arraycopy.
 */
#include <stdio.h>
#include <string.h>
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/jvm/jnatives.h"
#include "pvm/jvm/jthrow.h"
#include "pvm/jvm/jvm.h"
#include "pvm/map.h"

/* A new array of class c and length n, elements as its type says. */
static pv_array *
typed(pv_vm *vm, pv_class *c, uint32_t n)
{
	const char *d = c->name->s[0] == '['
	                        ? c->name->s
	                        : strchr(c->name->s, '['); /* after a namespace, if any */
	char e = d && d[1] ? d[1] : 'L';
	pv_value v = e == 'F' || e == 'D'   ? pv_float_new(vm, 0.0)
	             : e == 'L' || e == '[' ? PV_NULL
	                                    : pv_mkint(0);
	pv_array *a = jn_array(vm, n, v);
	if (a)
		a->h.cls = c;
	return a;
}

static pv_value
make(pv_vm *vm, pv_array *dims, uint32_t level, pv_class *c)
{
	int32_t n = pv_toint(dims->items->v[level]);
	pv_array *a = typed(vm, c, (uint32_t)n);
	if (!a || level + 1 == dims->len)
		return pv_val(a);
	pv_class *ec = (pv_class *)pv_map_cget(c->statics, "<elem>"); /* an array class */
	for (int32_t i = 0; i < n; i++) {
		pv_value e = make(vm, dims, level + 1, ec);
		if (!e)
			return PV_NULL;
		PV_SET(vm, a->items, a->items->v[i], e);
	}
	return pv_val(a);
}

/* Rt.multiNewArray(int[] dims, Class arrayType) */
int
jn_rt_multinewarray(pv_vm *vm, pv_value *a, int n)
{
	pv_array *dims = jn_arr(a[1]);
	if (!dims || !pv_is(a[2], PV_K_CLASS) || dims->len == 0)
		return jn_npe(vm);
	for (uint32_t i = 0; i < dims->len; i++)
		if (pv_toint(dims->items->v[i]) < 0)
			return pv_jthrow(vm, "java/lang/NegativeArraySizeException", "%d",
			                 pv_toint(dims->items->v[i]));
	return jn_ret(vm, a, make(vm, dims, 0, (pv_class *)a[2]));
}

/* Rt.newArrayLike(Object[] a, int n): a new array of a's type. */
int
jn_rt_newarraylike(pv_vm *vm, pv_value *a, int n)
{
	pv_array *x = jn_arr(a[1]);
	int32_t len = pv_toint(a[2]);
	if (!x)
		return jn_npe(vm);
	if (len < 0)
		return pv_jthrow(vm, "java/lang/NegativeArraySizeException", "%d", len);
	return jn_ret(vm, a, pv_val(typed(vm, pv_obj(x)->cls, (uint32_t)len)));
}

/* The class a reference array of class c holds, or NULL (Object: any):
 * its "<elem>" (jlink.c's jv_array_class). */
pv_class *
jn_array_element(pv_vm *vm, pv_class *c)
{
	pv_value k = c->statics ? pv_map_cget(c->statics, "<elem>") : PV_NULL;
	return pv_is(k, PV_K_CLASS) ? (pv_class *)k : NULL;
}

/* Rt.asObjects(Object a): a itself, any array seen as Object[]. */
int
jn_rt_asobjects(pv_vm *vm, pv_value *a, int n)
{
	if (!jn_arr(a[1]))
		return jn_npe(vm);
	a[0] = a[1];
	return PV_OK;
}

/* Rt.primitiveClass("int"): the Class of a primitive type (int.class is
 * Integer.TYPE), one per world, under the global "#prim.NAME". */
int
jn_rt_primitiveclass(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]) || PV_STR(a[1])->len > 16)
		return jn_npe(vm);
	char g[32];
	snprintf(g, sizeof g, "#prim.%s", PV_STR(a[1])->s);
	pv_value c = pv_global_get(vm, g);
	if (!pv_is(c, PV_K_CLASS)) {
		pv_class *k = pv_class_new(vm, pv_intern(vm, PV_STR(a[1])->s, PV_STR(a[1])->len),
		                           vm->cls[PV_C_OBJECT]);
		k->cflags |= PV_CF_NATIVE;
		pv_map_put(vm, k->statics, pv_intern(vm, "<prim>", 6), PV_TRUE);
		c = pv_val(k);
		pv_global_set(vm, pv_intern(vm, g, strlen(g)), c);
	}
	a[0] = c;
	return PV_OK;
}

/* Rt.isPrimitiveClass(Class c) */
int
jn_rt_isprimitiveclass(pv_vm *vm, pv_value *a, int n)
{
	pv_class *c = pv_is(a[1], PV_K_CLASS) ? (pv_class *)a[1] : NULL;
	a[0] = pv_mkint(c && c->statics && pv_map_cget(c->statics, "<prim>") == PV_TRUE);
	return PV_OK;
}

/* String.copy0(s): a String equal to s but not the same object (new
 * String(s) is never a literal). */
int
jn_str_copy0(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is_str(a[1]))
		return jn_npe(vm);
	pv_str *s = PV_STR(a[1]);
	pv_value c = pv_str_new(vm, s->s, s->len);
	if (c == a[1] || !c)
		return c ? (a[0] = c, PV_OK) : pv_oom(vm);
	a[0] = c;
	return PV_OK;
}

/* String.intern(): the one interned copy, the one literals are. */
int
jn_str_intern(pv_vm *vm, pv_value *a, int n)
{
	pv_str *s = PV_STR(a[0]);
	pv_value c = pv_intern(vm, s->s, s->len);
	return c ? (a[0] = c, PV_OK) : pv_oom(vm);
}
