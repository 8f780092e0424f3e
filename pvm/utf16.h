/*
 * utf16.h - pvm strings as Java sees them (utf16.c): sequences of UTF-16
 * code units over pvm's UTF-8. A code point below U+10000 is one unit, one
 * above is two (a surrogate pair); a lone surrogate is stored as its own
 * 3-byte sequence and is one unit. ASCII strings (nchars == len) index in
 * O(1); others are walked, from the last position asked of the same string
 * when that is nearer (a one-entry cache, ephemeral), so a loop of
 * charAt(i) is linear. Also Java's String.hashCode and the case mapping of
 * one code point.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

/* The code point of the UTF-8 sequence at p (n bytes left, n > 0) and its
 * length; a stray byte is itself (one byte). */
uint32_t pv_u8_decode(const unsigned char *p, uint32_t n, int32_t *cp);
/* Encode cp (< 0x110000; surrogates as 3 bytes) into b: its length. */
int pv_u8_encode(int32_t cp, char *b);

/* Units in s. */
uint32_t pv_u16_len(pv_vm *vm, pv_str *s);
/* Unit i (< pv_u16_len). */
int32_t pv_u16_at(pv_vm *vm, pv_str *s, uint32_t i);
/* Byte offset of unit i (<= pv_u16_len); *mid set when unit i is the low
 * half of a pair (the offset is then the pair's). */
uint32_t pv_u16_offset(pv_vm *vm, pv_str *s, uint32_t i, int *mid);
/* Unit index of byte offset b (at a sequence start). */
uint32_t pv_u16_index(pv_vm *vm, pv_str *s, uint32_t b);
/* Units [b, e) as a new string (a pair cut in two leaves lone
 * surrogates); 0 when out of memory. */
pv_value pv_u16_substr(pv_vm *vm, pv_str *s, uint32_t b, uint32_t e);
/* A string of n units given by get(src, i): pairs joined, lone surrogates
 * as 3-byte sequences; 0 when out of memory. */
pv_value pv_u16_make(pv_vm *vm, const void *src, size_t n, int32_t (*get)(const void *, size_t));
pv_value pv_u16_from(pv_vm *vm, const uint16_t *u, size_t n);
/* The units of s into out (at most max); returns how many s has. */
size_t pv_u16_to(pv_vm *vm, pv_str *s, uint16_t *out, size_t max);
/* Java's String.hashCode: s[0]*31^(n-1) + ... + s[n-1] over the units. */
int32_t pv_u16_hash(pv_str *s);
/* Simple (one to one) case mapping of a code point, Java 17's
 * Character.toUpperCase/toLowerCase for the whole BMP (supplementary code
 * points map to themselves). */
int32_t pv_u16_upper(int32_t cp);
int32_t pv_u16_lower(int32_t cp);
