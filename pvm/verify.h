/*
 * verify.h - the class-image verifier (verify.c): every image the loader
 * is given, read from bytes or made by the compiler, passes it first.
 */
#pragma once
#include <stddef.h>
#include "pvm/classimage.h"

/* 0 if im is safe to load and run; else -1 with why in err. */
int pvi_verify(const pv_image *im, char *err, size_t errn);
