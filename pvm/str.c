/*
 * str.c - immutable UTF-8 strings: creation, interning, hashing,
 * concatenation, and the conversion of simple values to text.
 *
 * nchars caches the number of code points; nchars == len means ASCII, so
 * indexing is O(1) for the common case. Interned strings (names used by
 * the VM: methods, globals, classes) are unique per content.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "heap.h"
#include "map.h"
#include "str.h"

static uint32_t
count_chars(const char *s, size_t n)
{
	uint32_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

pv_value
pv_str_new(pv_vm *vm, const char *s, size_t n)
{
	if (n > (256u << 20))
		return PV_NULL;
	pv_str *o = pv_alloc_raw(vm, PV_K_STR, sizeof(pv_str) + n + 1, vm->cls[PV_C_STRING],
	                         sizeof(pv_str));
	if (!o)
		return PV_NULL;
	o->len = (uint32_t)n;
	if (s)
		memcpy(o->s, s, n);
	o->s[n] = 0;
	o->nchars = s ? count_chars(s, n) : (uint32_t)n;
	return pv_val(o);
}

pv_value
pv_str_cstr(pv_vm *vm, const char *s)
{
	return pv_str_new(vm, s, strlen(s));
}

pv_value
pv_str_fmt(pv_vm *vm, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof buf)
		n = sizeof buf - 1;
	return pv_str_new(vm, buf, (size_t)n);
}

uint32_t
pv_str_hash(pv_str *s)
{
	if (s->h.flags & 1)
		return s->hash;
	uint32_t h = 2166136261u;
	for (uint32_t i = 0; i < s->len; i++)
		h = (h ^ (unsigned char)s->s[i]) * 16777619u;
	s->hash = h;
	s->h.flags |= 1;
	return h;
}

bool
pv_str_eq(pv_str *a, pv_str *b)
{
	return a == b || (a->len == b->len && pv_str_hash(a) == pv_str_hash(b) &&
	                  memcmp(a->s, b->s, a->len) == 0);
}

pv_value
pv_intern(pv_vm *vm, const char *s, size_t n)
{
	pv_value tmp = pv_str_new(vm, s, n), found;
	if (pv_map_get(vm->interned, tmp, &found))
		return found;
	pv_map_put(vm, vm->interned, tmp, tmp);
	return tmp;
}

pv_value
pv_str_concat(pv_vm *vm, pv_value a, pv_value b)
{
	pv_str *x = PV_STR(a), *y = PV_STR(b);
	size_t n = (size_t)x->len + y->len;
	pv_value r = pv_str_new(vm, NULL, n);
	if (!r)
		return PV_NULL;
	pv_str *z = PV_STR(r);
	memcpy(z->s, x->s, x->len);
	memcpy(z->s + x->len, y->s, y->len);
	z->nchars = x->nchars + y->nchars;
	return r;
}

/* Shortest text that reads back as the same double; always looks like a
 * float ("1.0", "0.5", "1e+30", "inf", "nan"). */
void
pv_fmt_float(double d, char *buf, size_t n)
{
	if (isnan(d)) {
		snprintf(buf, n, "nan");
		return;
	}
	if (isinf(d)) {
		snprintf(buf, n, d > 0 ? "inf" : "-inf");
		return;
	}
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(buf, n, "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	if (!strpbrk(buf, ".eni"))
		strncat(buf, ".0", n - strlen(buf) - 1);
}

/* Text of a value that needs no method call, or PV_NULL if it does (an
 * instance of a language class, whose toString() is bytecode). */
pv_value
pv_tostr_simple(pv_vm *vm, pv_value v)
{
	char buf[64];
	if (v == PV_NULL)
		return pv_str_cstr(vm, "null");
	if (v == PV_TRUE)
		return pv_str_cstr(vm, "true");
	if (v == PV_FALSE)
		return pv_str_cstr(vm, "false");
	if (pv_isint(v)) {
		snprintf(buf, sizeof buf, "%d", pv_toint(v));
		return pv_str_cstr(vm, buf);
	}
	switch (pv_kind(v)) {
	case PV_K_STR:
		return v;
	case PV_K_FLOAT:
		pv_fmt_float(((pv_float *)v)->v, buf, sizeof buf);
		return pv_str_cstr(vm, buf);
	case PV_K_LONG:
		snprintf(buf, sizeof buf, "%lld", (long long)((pv_longobj *)v)->v);
		return pv_str_cstr(vm, buf);
	case PV_K_CLASS:
		return pv_val(((pv_class *)v)->name);
	case PV_K_INST:
	case PV_K_ARRAY:
	case PV_K_MAP:
		return PV_NULL;
	default: {
		pv_class *c = pv_obj(v)->cls;
		snprintf(buf, sizeof buf, "%s@%x", c ? c->name->s : "object",
		         (unsigned)(pv_hash(v) & 0xffffff));
		return pv_str_cstr(vm, buf);
	}
	}
}

/* Byte offset of code point i (i <= nchars). */
uint32_t
pv_str_offset(pv_str *s, uint32_t i)
{
	if (s->nchars == s->len)
		return i;
	uint32_t b = 0;
	for (uint32_t c = 0; b < s->len; b++)
		if (((unsigned char)s->s[b] & 0xc0) != 0x80 && c++ == i)
			return b;
	return s->len;
}

pv_value
pv_str_char(pv_vm *vm, pv_str *s, uint32_t i)
{
	uint32_t b = pv_str_offset(s, i), e = pv_str_offset(s, i + 1);
	return pv_str_new(vm, s->s + b, e - b);
}
