/*
 * disasm.h - a readable listing of a class image (disasm.c), one line at
 * a time through out.
 */
#pragma once
#include "pvm/classimage.h"

void pvi_disasm(const pv_image *im, void (*out)(const char *s, void *ctx), void *ctx);
