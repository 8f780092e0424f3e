/*
 * module.h - library modules a program imports (`import gui;`): native
 * classes and functions from their own .def table, plus a part written in
 * the language, installed into a VM once, on its first import, and
 * persistent from then on like everything else in the arena.
 *
 * An upper layer registers its module at start-up (pv_module_register);
 * pvm knows none by name. A module's natives are numbered from its fixed
 * `base` (indices are stored in the arena: a module keeps its base and
 * only appends to its table, as natives.def does). A module without
 * classes and source (the Java runtime's natives, jvm/jnatives.c) is only
 * registered, for its numbers: its front end binds its natives, and an
 * import of it does nothing.
 */
#pragma once
#include "pvm/lang/lang.h"
#include "pvm/vm.h"

#define PV_MODULE_BASE0 4096u /* the first module's natives start here */
#define PV_MAX_MODULES  8

typedef struct pv_natdef { /* one native: natives.c and modules alike */
	int cls;           /* core: PV_C_*; module: index into its classes */
	const char *name;
	int arity, kind; /* kind: PV_NAT_M method, _S static, _G global, _C ctor */
	pv_cfn fn;
} pv_natdef;

enum { PV_NAT_M, PV_NAT_S, PV_NAT_G, PV_NAT_C };

typedef struct pv_modclass {
	const char *name;
	uint32_t nfields; /* hidden slots of each instance (natives' state) */
} pv_modclass;

typedef struct pv_module {
	const char *name; /* as imported */
	uint32_t base;    /* native index of natives[0] */
	const pv_natdef *natives;
	uint32_t nnatives;
	const pv_modclass *classes;
	uint32_t nclasses;
	const pv_src *src; /* the part in the language: files compiled together */
	int nsrc;
} pv_module;

void pv_module_register(const pv_module *m);
const pv_module *pv_module_find(const char *name);
/* Install m into vm unless it is there already: 0, or 1 with the
 * compile or load errors reported through pv_err. The initialisers of its
 * module variables are appended to *inits (an Array: they must run, on a
 * VM thread, before anything uses the module). */
int pv_module_import(pv_vm *vm, const pv_module *m, pv_array *inits);
bool pv_module_loaded(pv_vm *vm, const char *name);
/* Make vm->modules anew from the installed classes (a restore found it
 * damaged: roots.c); the names it holds, space-separated, into names. */
void pv_module_rebuild(pv_vm *vm, char *names, size_t n);
/* Past the comment or string literal that starts at p (p if none): source
 * scanners see only code. */
const char *pv_module_skip(const char *p, const char *end);
/* Import every registered module the sources name in an `import X;`
 * (before they are compiled: the compiler needs the modules' classes);
 * an unknown name is left to the compiler to report. */
int pv_module_import_for(pv_vm *vm, const pv_src *src, int n, pv_array *inits);
/* The module native with this index, and its module; NULL if none. */
const pv_natdef *pv_module_native(uint32_t index, const pv_module **owner);
