/*
 * classfile.h - a JVM class file, read and checked (classfile.c reads the
 * structure and constant pool, cfcode.c the Code attributes).
 *
 * Invariant: a jcf_class that jcf_read returned is consistent. Every
 * constant-pool cross-reference is in range and of the right tag, every
 * name and descriptor is well-formed, and every method's code decodes into
 * known instructions whose branch targets, switch tables, exception ranges
 * and handlers land on instruction starts inside the code, whose constant
 * operands have the right tags and whose locals are below max_locals; no
 * code falls off its end and none uses jsr/ret. So the translator may read
 * any of it without checking again. All strings and arrays belong to the
 * class (one allocation arena, freed by jcf_free).
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

/* Constant-pool tags */
enum {
	JCF_UTF8 = 1,
	JCF_INTEGER = 3,
	JCF_FLOAT = 4,
	JCF_LONG = 5,
	JCF_DOUBLE = 6,
	JCF_CLASS = 7,
	JCF_STRING = 8,
	JCF_FIELDREF = 9,
	JCF_METHODREF = 10,
	JCF_IMETHODREF = 11,
	JCF_NAMETYPE = 12,
	JCF_MHANDLE = 15,
	JCF_MTYPE = 16,
	JCF_DYNAMIC = 17,
	JCF_INDY = 18,
	JCF_MODULE = 19,
	JCF_PACKAGE = 20,
};

/* Access flags (classes, fields, methods share the bits) */
enum {
	JCF_ACC_PUBLIC = 0x0001,
	JCF_ACC_PRIVATE = 0x0002,
	JCF_ACC_PROTECTED = 0x0004,
	JCF_ACC_STATIC = 0x0008,
	JCF_ACC_FINAL = 0x0010,
	JCF_ACC_SUPER = 0x0020,        /* classes */
	JCF_ACC_SYNCHRONIZED = 0x0020, /* methods */
	JCF_ACC_VOLATILE = 0x0040,     /* fields */
	JCF_ACC_BRIDGE = 0x0040,       /* methods */
	JCF_ACC_TRANSIENT = 0x0080,    /* fields */
	JCF_ACC_VARARGS = 0x0080,      /* methods */
	JCF_ACC_NATIVE = 0x0100,
	JCF_ACC_INTERFACE = 0x0200,
	JCF_ACC_ABSTRACT = 0x0400,
	JCF_ACC_STRICT = 0x0800,
	JCF_ACC_SYNTHETIC = 0x1000,
	JCF_ACC_ANNOTATION = 0x2000,
	JCF_ACC_ENUM = 0x4000,
	JCF_ACC_MODULE = 0x8000,
};

/* The newest class-file version read (Java 17) and the oldest (1.1). */
#define JCF_MAJOR_MAX 61
#define JCF_MAJOR_MIN 45

/* One constant-pool entry (index 0 and the second slot of long/double: tag 0).
 * a, b: Class: a=name utf8; String: a=utf8; *ref: a=class, b=nameandtype;
 * NameAndType: a=name, b=desc; MethodHandle: a=kind, b=ref; MethodType:
 * a=desc; InvokeDynamic/Dynamic: a=bsm index, b=nameandtype;
 * Module/Package: a=name utf8.
 * s: Utf8: the text converted from modified UTF-8 to standard UTF-8 (a
 * 0xC0 0x80 pair becomes NUL, surrogate pairs become 4-byte sequences,
 * lone surrogates stay 3-byte), NUL-terminated; NULL for other tags. */
typedef struct jcf_cp {
	uint8_t tag; /* JVM CONSTANT_* tag (JCF_UTF8 ...) */
	uint16_t a, b;
	int32_t i;     /* Integer */
	int64_t l;     /* Long */
	float f;       /* Float */
	double d;      /* Double */
	const char *s; /* Utf8 */
	uint32_t slen; /* its length in bytes */
} jcf_cp;

typedef struct jcf_exc {
	uint16_t start, end, handler, type; /* type 0 = any */
} jcf_exc;

typedef struct jcf_line {
	uint16_t pc, line;
} jcf_line;

typedef struct jcf_code {
	uint16_t max_stack, max_locals;
	uint32_t len;
	const uint8_t *code; /* points into the class's own copy of the bytes */
	uint16_t nexc;
	jcf_exc *exc;
	uint16_t nlines;
	jcf_line *lines; /* LineNumberTable(s), concatenated, sorted by pc */
	uint8_t *starts; /* len bytes: 1 where an instruction starts */
} jcf_code;

typedef struct jcf_member {
	uint16_t flags; /* ACC_* */
	const char *name, *desc;
	jcf_code *code;    /* methods: NULL when abstract or native */
	uint16_t constval; /* static fields: ConstantValue cp index, or 0 (others: ignored) */
	uint16_t nparams;  /* methods: parameter count from desc (not counting this) */
	uint16_t argslots; /* methods: parameter slots (long/double = 2), not counting this */
} jcf_member;

typedef struct jcf_bsm { /* BootstrapMethods */
	uint16_t mh;
	uint16_t nargs;
	uint16_t *args;
} jcf_bsm;

typedef struct jcf_inner { /* InnerClasses (cp indices, 0 = none) */
	uint16_t inner, outer, name, flags;
} jcf_inner;

typedef struct jcf_class {
	uint16_t minor, major, flags;
	const char *name;  /* internal form: java/lang/String */
	const char *super; /* NULL only for java/lang/Object */
	uint16_t nifaces;
	const char **ifaces;
	uint16_t ncp;
	jcf_cp *cp;
	uint16_t nfields;
	jcf_member *fields;
	uint16_t nmethods;
	jcf_member *methods;
	uint16_t nbsm;
	jcf_bsm *bsm;
	uint16_t ninner;
	jcf_inner *inner;
	const char *source;           /* SourceFile, or NULL */
	const char *nest_host;        /* NestHost class name, or NULL */
	uint16_t this_idx, super_idx; /* their CONSTANT_Class indices (super 0 for Object) */
	struct jcf_mem *mem;          /* private: every allocation of the class */
} jcf_class;

/* Parse and check a class file. On error: NULL and err holds one line
 * naming the class (when known), the method (name+descriptor) and the
 * bytecode offset where that applies, e.g. "Foo: method bar(I)V: bytecode
 * 12: jump to 99 outside the code". buf is copied: the caller may free it. */
jcf_class *jcf_read(const uint8_t *buf, size_t len, char *err, size_t errn);
void jcf_free(jcf_class *c);

/* Checked accessors: NULL / 0 when idx is out of range or of the wrong tag. */
const char *jcf_utf8(const jcf_class *c, uint16_t idx);
const char *jcf_classname(const jcf_class *c, uint16_t idx); /* CONSTANT_Class -> its name */
/* Field/Method/InterfaceMethodref: 0 ok, -1 bad */
int jcf_ref(const jcf_class *c, uint16_t idx, const char **cls, const char **name,
            const char **desc);
int jcf_nametype(const jcf_class *c, uint16_t idx, const char **name, const char **desc);
/* The entry idx if it has that tag, else NULL (an addition). */
const jcf_cp *jcf_entry(const jcf_class *c, uint16_t idx, uint8_t tag);
/* The member with that name and descriptor, or NULL (an addition). */
const jcf_member *jcf_find_method(const jcf_class *c, const char *name, const char *desc);
const jcf_member *jcf_find_field(const jcf_class *c, const char *name, const char *desc);

/* Descriptor helpers */
int jcf_desc_params(const char *desc, uint16_t *nparams,
                    uint16_t *slots); /* method descriptor: -1 if malformed */
char jcf_desc_ret(
	const char *desc); /* 'V','I','J','F','D','Z','B','C','S','L','[', or 0 if malformed */
int jcf_field_desc_ok(const char *d); /* a valid field descriptor */
/* Slots a field descriptor's value takes: 2 for J and D, else 1 (an addition) */
int jcf_desc_slots(const char *d);

/* The length of the instruction at pc (handles tableswitch/lookupswitch
 * padding and wide), or 0 if it is malformed or runs past len. */
uint32_t jvm_insn_len(const uint8_t *code, uint32_t pc, uint32_t len);
/* The local variable the instruction at pc (a well-formed one) loads,
 * stores or increments, in *idx: 2 for long/double, 1 for the others, 0
 * when it names no local (an addition). */
int jvm_insn_local(const uint8_t *code, uint32_t pc, uint32_t *idx);
/* Source line for pc, or 0 */
uint16_t jcf_line_of(const jcf_code *k, uint32_t pc);
