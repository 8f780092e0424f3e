/*
 * jload.h - loading Java classes into a VM: the runtime (once per world),
 * then a program's classes, each batch converted into one class image,
 * verified, loaded and linked. Compiled for the host and the kernel: class
 * files come through a reader callback (a directory on the host, the
 * boot image in the kernel).
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "pvm/vm.h"

/* Reads the class file of internal name `name` ("java/util/ArrayList"):
 * malloc'd bytes, or NULL if the path has no such class. */
typedef uint8_t *(*jv_readfn)(void *ctx, const char *name, size_t *len);

typedef struct jv_source {
	jv_readfn read;
	void *ctx;
} jv_source;

/* The runtime's classes into vm, unless it has them already; list is
 * its classes.list (len bytes: every class of the runtime, one internal
 * name a line, written by the build beside the class files). The number
 * of classes converted (0: the VM had them), or -1 with the reason in
 * err. */
int pv_java_load_runtime(pv_vm *vm, const jv_source *rt, const char *list, size_t len, char *err,
                         size_t errn);
/* Class `main` and every class of the path cp it reaches into vm (the
 * runtime loaded first), in namespace ns (NULL: none; load.h: its
 * classes, methods and fields are the globals "NS.name", so two versions
 * of a program live side by side); *jmain: the function that runs
 * main(args), with args in the global "<jargs>" (in ns). 0, or -1 with
 * the reason in err. */
int pv_java_load_main(pv_vm *vm, const jv_source *rt, const jv_source *cp, const char *main,
                      const char *ns, pv_value *jmain, char *err, size_t errn);
/* The same for a desktop app: *japp (the global "APP.<japp>", made once)
 * runs `new APP().run()` for class app (a phantom/gui/App with a
 * constructor of no arguments). */
int pv_java_load_app(pv_vm *vm, const jv_source *rt, const jv_source *cp, const char *app,
                     const char *ns, pv_value *japp, char *err, size_t errn);
/* The pvm class of Java array type desc ("[I", "[Ljava/lang/String;"),
 * made (and its superclass: Object[] for arrays of references, else
 * Array) if it does not exist yet (jlink.c). desc may have a namespace
 * before it ("NS.[LC;", an array of a program's class C in NS). */
pv_class *jv_array_class(pv_vm *vm, const char *desc);

/* Called with every converted image before it is verified (the host
 * runner's PVM_JDISASM=1 disassembles them). */
struct pv_image;
extern void (*pv_java_dump)(const struct pv_image *im);
