/*
 * classimage.h - class images (.pvc): what the compiler produces and the loader
 * consumes, as a plain C structure (malloc'd, outside the arena) and as a
 * versioned byte format.
 *
 * Byte format, little-endian, version PVI_VERSION:
 *   "PVC\0" u16 version u16 0
 *   u32 nstr     { u32 len, bytes }                 string pool
 *   u32 nproto   { u32 name file; u16 nparams nregs nupv nic;
 *                  u8 flags (bit 0 is_method, bits 1.. lang);
 *                  u32 ncode; u32 code[ncode]; i32 line[ncode];
 *                  u32 nk { u8 kind; i32 | f64 | u32 string };
 *                  u32 nchild { u32 proto }; u8 upv[2 * nupv] }
 *   u32 nclass   { u32 name super super_nfields nfields; u32 field[nfields];
 *                  u32 nmethods { u32 name proto }; i32 finit }
 *   u32 nfunc    { u32 name proto }
 *   u32 nvar     { u32 name }
 *   u32 ninit    { u32 proto }                      module initialisers
 * Strings are referenced by pool index. A nested function's index is always
 * greater than its parent's, so the nesting is a tree.
 *
 * Invariant: pvi_read returns an image only after pvi_verify (verify.h)
 * accepted it, and the compiler's output goes through pvi_verify too:
 * nothing unverified reaches the interpreter.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "pvm/object.h"

#define PVI_VERSION 1
#define PVI_NONE    0xffffffffu

enum { PVI_KINT, PVI_KFLOAT, PVI_KSTR };

typedef struct pvi_const {
	uint8_t kind;
	int32_t i;
	double f;
	uint32_t s;
} pvi_const;

typedef struct pvi_proto {
	uint32_t name, file;
	uint16_t nparams, nregs, nupv, nic;
	uint8_t is_method;
	uint8_t lang; /* PV_LANG_* (object.h): the front end that made it */
	uint32_t ncode, nk, nchild;
	uint32_t *code;
	int32_t *lines;
	pvi_const *k;
	uint32_t *child;
	uint8_t *upv; /* per upvalue: 1 = parent's register, 0 = parent's upvalue; index */
} pvi_proto;

typedef struct pvi_pair {
	uint32_t name, proto;
} pvi_pair;

typedef struct pvi_class {
	uint32_t name, super, super_nfields, nfields, nmethods;
	uint32_t *fields;
	pvi_pair *methods;
	int32_t finit;
} pvi_class;

typedef struct pv_image {
	uint32_t nstr, nproto, nclass, nfunc, nvar, ninit;
	char **str;
	uint32_t *slen;
	pvi_proto *proto;
	pvi_class *cls;
	pvi_pair *func;
	uint32_t *var;
	uint32_t *init;
} pv_image;

pv_image *pvi_new(void);
void pvi_free(pv_image *im);
uint32_t pvi_str(pv_image *im, const char *s, size_t n);
/* Append s to the pool without looking for it (a front end that keeps its
 * own index of the pool). */
uint32_t pvi_str_add(pv_image *im, const char *s, size_t n);
int pvi_write(const pv_image *im, uint8_t **buf, size_t *len);
pv_image *pvi_read(const uint8_t *buf, size_t len, char *err, size_t errn);
