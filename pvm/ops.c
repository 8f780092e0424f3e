/*
 * ops.c - the interpreter's out-of-line slow paths: arithmetic on floats,
 * boxed integers and strings, comparisons, indexing, iteration, method
 * lookup and error texts. Each returns 0 on success or throws (sets the
 * thread's error) and returns -1; arith returns 1 when `+` needs toString()
 * on an object (the interpreter then runs the prelude's __concat) and 2
 * when it must wait for a collection and run again (pv_oom).
 */
#include <math.h>
#include <string.h>
#include "array.h"
#include "gc.h"
#include "heap.h"
#include "long.h"
#include "map.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"

static int
bad_operands(pv_vm *vm, const char *op, pv_value b, pv_value c)
{
	pv_throw(vm, "bad operands for %s: %s and %s", op, pv_typename(vm, b), pv_typename(vm, c));
	return -1;
}

static int
int_arith(pv_vm *vm, int op, int32_t x, int32_t y, pv_value *out)
{
	uint32_t ux = (uint32_t)x, uy = (uint32_t)y;
	int32_t r;
	switch (op) {
	case OP_ADD:
		r = (int32_t)(ux + uy);
		break;
	case OP_SUB:
		r = (int32_t)(ux - uy);
		break;
	case OP_MUL:
		r = (int32_t)(uint32_t)((uint64_t)ux * uy);
		break;
	case OP_DIV:
	case OP_MOD:
		if (y == 0) {
			pv_throw_k(vm, PV_E_ARITH, 0, 0, "division by zero");
			return -1;
		}
		if (y == -1)
			r = op == OP_DIV ? (int32_t)(0u - ux) : 0;
		else
			r = op == OP_DIV ? x / y : x % y;
		break;
	case OP_BAND:
		r = x & y;
		break;
	case OP_BOR:
		r = x | y;
		break;
	case OP_BXOR:
		r = x ^ y;
		break;
	case OP_SHL:
		r = (int32_t)(ux << (uy & 31));
		break;
	default:
		r = x >> (uy & 31);
		break; /* OP_SHR: arithmetic */
	}
	*out = pv_int(vm, r);
	return 0;
}

static int
float_arith(pv_vm *vm, int op, double x, double y, pv_value *out)
{
	double r;
	switch (op) {
	case OP_ADD:
		r = x + y;
		break;
	case OP_SUB:
		r = x - y;
		break;
	case OP_MUL:
		r = x * y;
		break;
	case OP_DIV:
		r = x / y;
		break;
	case OP_MOD:
		r = fmod(x, y);
		break;
	default:
		return -2;
	}
	*out = pv_float_new(vm, r);
	return 0;
}

static int
concat(pv_vm *vm, pv_value b, pv_value c, pv_value *out)
{
	if (pv_is(b, PV_K_INST) || pv_is(c, PV_K_INST) || pv_is(b, PV_K_ARRAY) ||
	    pv_is(c, PV_K_ARRAY) || pv_is(b, PV_K_MAP) || pv_is(c, PV_K_MAP))
		return 1;
	pv_value x = pv_tostr_simple(vm, b), y = pv_tostr_simple(vm, c);
	pv_value r = pv_str_concat(vm, x, y);
	if (!r)
		return pv_oom(vm) == PV_BLOCK ? 2 : -1;
	*out = r;
	return 0;
}

static const char *const opname[] = { "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>" };

int
pv_arith(pv_vm *vm, int op, pv_value b, pv_value c, pv_value *out)
{
	if (pv_isint(b) && pv_isint(c))
		return int_arith(vm, op, pv_toint(b), pv_toint(c), out);
	if (op == OP_ADD && (pv_is_str(b) || pv_is_str(c)))
		return concat(vm, b, c, out);
	if (pv_isnum(b) && pv_isnum(c) && float_arith(vm, op, pv_tonum(b), pv_tonum(c), out) == 0)
		return 0;
	return bad_operands(vm, opname[op - OP_ADD], b, c);
}

int
pv_unary(pv_vm *vm, int op, pv_value b, pv_value *out)
{
	if (op == OP_NEG && pv_isint(b)) {
		*out = pv_int(vm, (int32_t)(0u - (uint32_t)pv_toint(b)));
		return 0;
	}
	if (op == OP_NEG && pv_isnum(b)) {
		*out = pv_float_new(vm, -pv_tonum(b));
		return 0;
	}
	if (op == OP_BNOT && pv_isint(b)) {
		*out = pv_int(vm, ~pv_toint(b));
		return 0;
	}
	pv_throw(vm, "bad operand for %s: %s", op == OP_NEG ? "-" : "~", pv_typename(vm, b));
	return -1;
}

/* b compared with c, one of them a Long, the other a number: -1, 0, 1,
 * or 2 (unordered: a NaN). */
static int
compare_long(pv_value b, pv_value c)
{
	if (pv_islong(b) && pv_islong(c)) {
		int64_t x = pv_tolong(b), y = pv_tolong(c);
		return x < y ? -1 : x > y;
	}
	if (pv_islong(b))
		return pv_long_cmp_double(pv_tolong(b), pv_tonum(c));
	int r = pv_long_cmp_double(pv_tolong(c), pv_tonum(b));
	return r == 2 ? 2 : -r;
}

/* *out = b < c (le: b <= c). */
int
pv_compare(pv_vm *vm, int le, pv_value b, pv_value c, int *out)
{
	if (pv_isint(b) && pv_isint(c)) {
		int32_t x = pv_toint(b), y = pv_toint(c);
		*out = le ? x <= y : x < y;
		return 0;
	}
	if ((pv_is(b, PV_K_LONG) || pv_is(c, PV_K_LONG)) && (pv_isnum(b) || pv_islong(b)) &&
	    (pv_isnum(c) || pv_islong(c))) {
		int r = compare_long(b, c);
		*out = le ? r <= 0 : r < 0;
		return 0;
	}
	if (pv_isnum(b) && pv_isnum(c)) {
		double x = pv_tonum(b), y = pv_tonum(c);
		*out = le ? x <= y : x < y;
		return 0;
	}
	if (pv_is_str(b) && pv_is_str(c)) {
		pv_str *x = PV_STR(b), *y = PV_STR(c);
		uint32_t n = x->len < y->len ? x->len : y->len;
		int r = memcmp(x->s, y->s, n);
		if (r == 0)
			r = x->len < y->len ? -1 : x->len > y->len;
		*out = le ? r <= 0 : r < 0;
		return 0;
	}
	pv_throw(vm, "cannot compare %s and %s", pv_typename(vm, b), pv_typename(vm, c));
	return -1;
}

static int
index_error(pv_vm *vm, int32_t i, uint32_t len)
{
	pv_throw_k(vm, PV_E_INDEX, i, (int32_t)len, "index %d out of range (length %u)", i, len);
	return -1;
}

int
pv_index_get(pv_vm *vm, pv_value o, pv_value k, pv_value *out)
{
	if (pv_is(o, PV_K_ARRAY) && pv_isint(k)) {
		pv_array *a = (pv_array *)o;
		int32_t i = pv_toint(k);
		if (i < 0 || (uint32_t)i >= a->len)
			return index_error(vm, i, a->len);
		*out = a->items->v[i];
		return 0;
	}
	if (pv_is(o, PV_K_MAP)) {
		*out = PV_NULL;
		pv_map_get((pv_map *)o, k, out);
		return 0;
	}
	if (pv_is_str(o) && pv_isint(k)) {
		pv_str *s = PV_STR(o);
		int32_t i = pv_toint(k);
		if (i < 0 || (uint32_t)i >= s->nchars)
			return index_error(vm, i, s->nchars);
		*out = pv_str_char(vm, s, (uint32_t)i);
		return *out ? 0 : (pv_oom(vm), -1);
	}
	if (o == PV_NULL)
		pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: cannot index null");
	else
		pv_throw(vm, "cannot index %s with %s", pv_typename(vm, o), pv_typename(vm, k));
	return -1;
}

int
pv_index_set(pv_vm *vm, pv_value o, pv_value k, pv_value v)
{
	if (pv_is(o, PV_K_ARRAY) && pv_isint(k)) {
		pv_array *a = (pv_array *)o;
		int32_t i = pv_toint(k);
		if (i < 0 || (uint32_t)i >= a->len)
			return index_error(vm, i, a->len);
		PV_SET(vm, a->items, a->items->v[i], v);
		return 0;
	}
	if (pv_is(o, PV_K_MAP)) {
		pv_map_put(vm, (pv_map *)o, k, v);
		return 0;
	}
	if (o == PV_NULL)
		pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: cannot index null");
	else
		pv_throw(vm, "cannot assign an element of %s", pv_typename(vm, o));
	return -1;
}

/* for (x in v): arrays iterate live, maps over a snapshot of their keys. */
int
pv_iter_prep(pv_vm *vm, pv_value v, pv_value *out)
{
	if (pv_is(v, PV_K_ARRAY)) {
		*out = v;
		return 0;
	}
	if (pv_is(v, PV_K_MAP)) {
		pv_array *keys = pv_map_items(vm, (pv_map *)v, 0);
		*out = pv_val(keys);
		return keys ? 0 : (pv_oom(vm), -1);
	}
	pv_throw(vm, "cannot iterate over %s", v == PV_NULL ? "null" : pv_typename(vm, v));
	return -1;
}

/* The method `name` for receiver v of class c, or 0 after throwing. */
pv_value
pv_find_method(pv_vm *vm, pv_value v, pv_class *c, pv_value name, int nargs)
{
	pv_value m;
	int other;
	if (pv_is(v, PV_K_CLASS) && pv_map_get(((pv_class *)v)->statics, name, &m))
		return m;
	if ((m = pv_method_get(c->methods, name, nargs, &other)) != 0)
		return m;
	if (other)
		pv_throw(vm, "wrong argument count: no %s.%s() takes %d", c->name->s,
		         PV_STR(name)->s, nargs);
	else if (v == PV_NULL)
		pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: cannot call %s() on null",
		           PV_STR(name)->s);
	else
		pv_throw(vm, "no method %s() in class %s", PV_STR(name)->s, c->name->s);
	return 0;
}

/* An Array of n values from src (a NEWARR). */
pv_value
pv_array_from(pv_vm *vm, pv_value *src, uint32_t n)
{
	pv_array *a = pv_array_new(vm, n);
	memcpy(a->items->v, src, n * sizeof(pv_value));
	a->len = n;
	return pv_val(a);
}

/* A Map of n key/value pairs from src (a NEWMAP). */
pv_value
pv_map_from(pv_vm *vm, pv_value *src, uint32_t n)
{
	pv_map *m = pv_map_new(vm);
	for (uint32_t i = 0; i < n; i++)
		pv_map_put(vm, m, src[2 * i], src[2 * i + 1]);
	return pv_val(m);
}
