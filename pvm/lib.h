/*
 * lib.h - the library above the core (lib.c), as luaL_openlibs is above
 * lua_newstate: pv_vm_open (vm.h) makes a VM that runs class images;
 * pv_openlibs opens the core library in it - the natives of natives.def
 * and the prelude, the part written in the language (Error, sort, join,
 * __run) - which needs the compiler. Every program's VM is opened with
 * both; a restored one gets only pv_libs_bind.
 */
#pragma once
#include "pvm/object.h"
#include "pvm/vm.h"

/* Install the natives and compile the prelude into a new VM, and bind
 * the natives' C functions; 0, or -1 if the prelude did not compile. */
int pv_openlibs(pv_vm *vm);
/* Bind the natives' C functions to their numbers for this process: done
 * by pv_openlibs, and needed alone by a VM restored from a snapshot (its
 * classes and globals already hold the natives). */
void pv_libs_bind(void);
/* Start a program: a thread that runs the module initialisers inits (an
 * Array, or null) and then mainfn, a closure of no parameters, through the
 * prelude's __run. NULL (nothing started) if mainfn is not such a closure.
 * The caller sets vm->main when the program is the VM's main. */
pv_thread *pv_main_start(pv_vm *vm, pv_value inits, pv_value mainfn);
