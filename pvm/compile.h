/*
 * compile.h - compiling Phantom sources into a VM (compile.c): the
 * compiler's view of a VM (a pv_env answering which globals, classes and
 * modules exist) and compile-then-load. Above the core: the VM runs class
 * images without it.
 */
#pragma once
#include "pvm/lang/lang.h"
#include "pvm/vm.h"

/* A pv_env over vm. */
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
