/*
 * jvm.h - the converter's shared state: the classes it knows (read from a
 * class path through a reader callback, parsed once, cached), their
 * resolved layouts, and the class image a batch is being converted into.
 *
 * Invariant: a jv_class is created only from a class file jcf_read
 * accepted; its super and interfaces are resolved before its layout, so a
 * class's instance-field slots are its superclass's followed by its own, as
 * the pvm loader lays them out. Every error is written once into ctx->err
 * (the first wins) and makes every later step a no-op.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "pvm/classimage.h"
#include "pvm/jvm/classfile.h"
#include "pvm/vm.h"

#include "pvm/jvm/jload.h"

typedef struct jv_class {
	char *name;    /* internal name */
	char *pvname;  /* the pvm global it is: "Object", "String", "Class" or name */
	jcf_class *cf; /* its class file */
	struct jv_class *super;
	struct jv_class **ifaces;
	uint32_t nslots; /* instance fields incl. the superclass's */
	uint32_t nbase;  /* the superclass's */
	char **slots;    /* per slot: the field name in the pvm layout */
	char **slotdesc; /* per slot: the field's descriptor */
	char **slotowner;
	uint8_t laid, batch, order, builtin; /* builtin: instances are pvm values */
	uint8_t synth;                       /* a lambda's class: no class file */
	uint8_t foreign;  /* a phantom/ph stub: the .ph class pvname, never converted */
	uint32_t pvclass; /* index of its pvi_class, or PVI_NONE */
} jv_class;

typedef struct jv_ctx {
	pv_vm *vm;
	const char *ns;   /* the program's namespace (load.h), or NULL */
	jv_source src[2]; /* [0] the runtime, [1] the program's class path */
	int nsrc;
	jv_class **cls;
	uint32_t ncls, cap;
	pv_image *im;
	uint32_t *strhash; /* open-addressed: image string index + 1 */
	uint32_t strcap;
	char *err;
	size_t errn;
	int failed;
	uint32_t nlambda;
	char **arrays; /* the array types the batch's code names ([I, [[Ljava/lang/String; ...) */
	uint32_t narrays;
	jv_class **batch; /* the classes being converted, supers first */
	uint32_t nbatch, batchcap;
} jv_ctx;

/* jclass.c */
/* Stubs of .ph classes: phantom/ph/X is the .ph class X (xlate_call.c);
 * the static methods of phantom/ph/Lib are the .ph functions of their
 * names. */
#define JV_FOREIGN     "phantom/ph/"
#define JV_FOREIGN_LIB "phantom/ph/Lib"
bool jv_foreign_name(const char *name);
void jv_ctx_free(jv_ctx *x);
/* The global that g (c's name, "C.key", "C.<ready>" ...) of class c is
 * in the VM: "NS.g" for a class of the program loaded into namespace NS
 * (its classes, their lambdas), else g. malloc'd. */
char *jv_global(const jv_ctx *x, const jv_class *c, const char *g);
/* The same for array type desc: "NS.[LC;" when its innermost element is
 * a class of the program in NS (jv_array_class takes both). */
char *jv_array_global(jv_ctx *x, const char *desc);
int jv_fail(jv_ctx *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
jv_class *jv_class_get(jv_ctx *x, const char *name);
bool jv_is_subclass(jv_class *c, jv_class *of);
bool jv_is_iface(const jv_class *c);
/* The instance field `name` of class c or its superclasses: its slot, or -1. */
int jv_field_slot(jv_ctx *x, jv_class *c, const char *name, const char *desc);
/* The class declaring static field name:desc seen from c (c, its
 * interfaces, its superclasses: JVM resolution order), or NULL. */
jv_class *jv_static_owner(jv_ctx *x, jv_class *c, const char *name, const char *desc);
/* The method name:desc seen from c (c, superclasses, then interfaces), or
 * NULL; *owner is the class declaring it. */
jcf_member *jv_method_find(jv_ctx *x, jv_class *c, const char *name, const char *desc,
                           jv_class **owner);
/* Array type desc (and its element's, if an array) is used by the batch:
 * jv_link makes its class. */
void jv_array_use(jv_ctx *x, const char *desc);
/* The pvm key of a method: "name(desc)" (the full descriptor). */
char *jv_key(const char *name, const char *desc);
/* The global naming a member of class c: "C.key", "C.field", "C.<ready>". */
char *jv_gname(const jv_class *c, const char *member);
uint32_t jv_str(jv_ctx *x, const char *s);

/* xlate.c: method m of class c into a new proto of x->im; its index, or
 * PVI_NONE after jv_fail. */
uint32_t jv_xlate(jv_ctx *x, jv_class *c, jcf_member *m);

/* jimage.c: the classes of x->batch into x->im (class entries, field
 * initialisers, class initialisers, every method). */
int jv_image(jv_ctx *x);
/* Append a proto shell to x->im: its index. */
uint32_t jv_proto_new(jv_ctx *x, const char *name, const char *file, int is_method,
                      uint16_t nparams);
/* The function "<jmain>": main's class initialised, then main(the global
 * "<jargs>"); an uncaught Throwable goes to phantom/jrt/Rt.uncaught. */
void jv_gen_main(jv_ctx *x, jv_class *main);
/* The function "App.<japp>": app's class initialised, an instance made by its
 * constructor of no arguments, its run() called (a desktop app). */
void jv_gen_app(jv_ctx *x, jv_class *app);

void jv_batch_add(jv_ctx *x, jv_class *c);
/* A lambda site's class (jlambda.c): its pvi_class index; its methods. */
uint32_t jv_lambda_class(jv_ctx *x, const char *name, jv_class *iface, const char *const *cap,
                         int ncap);
jv_class *jv_lambda_cls(jv_ctx *x, uint32_t ci);
void jv_lambda_method(jv_ctx *x, uint32_t ci, const char *name, const char *desc, uint32_t proto);

/* jlink.c: after pv_load, the links of x->batch (see jlink.c). */
int jv_link(jv_ctx *x);
