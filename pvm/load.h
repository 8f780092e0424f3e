/*
 * load.h - linking a verified class image into a VM (load.c).
 */
#pragma once
#include "pvm/classimage.h"
#include "pvm/vm.h"

/* Define the image's classes, functions and variables; *inits is an Array
 * of the module initialisers to run, in order. -1 with err on refusal. */
int pv_load(pv_vm *vm, const pv_image *im, pv_value *inits, char *err, size_t errn);
/* The same in namespace ns (NULL: none): see load.c. */
int pv_load_ns(pv_vm *vm, const pv_image *im, const char *ns, pv_value *inits, char *err,
               size_t errn);
