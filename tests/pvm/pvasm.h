/*
 * pvasm.h - a class image of one function, assembled word by word (for
 * the tests of instructions no compiler emits yet: XOP). pva_load writes
 * the image, reads it back (so the reader and the verifier see it, as any
 * image) and links it into a VM as the global function `name`.
 */
#pragma once
#include <stdint.h>
#include "pvm/classimage.h"
#include "pvm/vm.h"

typedef struct pva {
	pv_image *im;
	pvi_proto *p;
	uint32_t cap, kcap;
} pva;

/* A function `name` of nregs registers, no parameters, front end lang. */
void pva_begin(pva *a, const char *name, int nregs, int lang);
uint32_t pva_kint(pva *a, int32_t i);
uint32_t pva_kfloat(pva *a, double f);
/* Append a word; its pc. */
uint32_t pva_emit(pva *a, uint32_t word);
/* pva_emit of an XOP: R[dst] = xop (R[b], R[c]). */
uint32_t pva_xop(pva *a, int dst, int b, int c, uint32_t xop);
/* The image as bytes (free it), or NULL. */
uint8_t *pva_bytes(pva *a, size_t *len);
/* Write, read back, load into vm: the function, or PV_NULL (err says why). */
pv_value pva_load(pva *a, pv_vm *vm, char *err, size_t errn);
void pva_free(pva *a);
