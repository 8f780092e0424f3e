/*
 * load.h - linking class images into a VM, and the compiler's view of the
 * VM (a pv_env answering which globals, classes and modules exist).
 */
#pragma once
#include "pvm/image.h"
#include "pvm/lang/lang.h"
#include "pvm/vm.h"

/* Define the image's classes, functions and variables; *inits is an Array
 * of the module initialisers to run, in order. -1 with err on refusal. */
int pv_load(pv_vm *vm, const pv_image *im, pv_value *inits, char *err, size_t errn);
/* The same in namespace ns (NULL: none): see load.c. */
int pv_load_ns(pv_vm *vm, const pv_image *im, const char *ns, pv_value *inits, char *err,
               size_t errn);

/* A pv_env over vm (envvm.c). */
void pv_env_init(pv_env *env, pv_vm *vm);

/* Compile sources and load them; returns 0, or 2 with errors printed
 * (compile errors) or 1 (load refused). */
int pv_compile_load(pv_vm *vm, const pv_src *src, int n, pv_value *inits);
/* The same in namespace ns (NULL: none; see load.c), and: the functions
 * the sources define (plain name -> closure) into funcs (may be NULL);
 * compile or load errors as malloc'd text in *errtext instead of reported
 * (errtext NULL: reported through pv_err). */
int pv_compile_into(pv_vm *vm, const pv_src *src, int n, const char *ns, pv_value *inits,
                    pv_map *funcs, char **errtext);
