/*
 * str.h - immutable UTF-8 strings (str.c): creation, interning, hashing,
 * concatenation, and the text of simple values.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

pv_value pv_str_new(pv_vm *vm, const char *s, size_t n);
pv_value pv_str_cstr(pv_vm *vm, const char *s);
pv_value pv_str_fmt(pv_vm *vm, const char *fmt, ...);
pv_value pv_intern(pv_vm *vm, const char *s, size_t n);
pv_value pv_str_concat(pv_vm *vm, pv_value a, pv_value b);
uint32_t pv_str_hash(pv_str *s);
bool pv_str_eq(pv_str *a, pv_str *b);
pv_value pv_tostr_simple(pv_vm *vm, pv_value v); /* NULL: needs toString() */
void pv_fmt_float(double d, char *buf, size_t n);
/* Byte offset of code point i (i <= nchars). */
uint32_t pv_str_offset(pv_str *s, uint32_t i);
/* Code point i (< nchars) as a string; 0 when out of memory. */
pv_value pv_str_char(pv_vm *vm, pv_str *s, uint32_t i);
#define pv_is_str(v) pv_is(v, PV_K_STR)
#define PV_STR(v)    ((pv_str *)(v))
