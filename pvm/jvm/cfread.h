/*
 * cfread.h - the class-file reader's state, shared by classfile.c (the
 * structure, members, attributes), cfpool.c (the constant pool, names,
 * descriptors) and cfcode.c (Code attributes and their checks).
 *
 * Reads are bounds-checked against lim (the file's end, or the end of the
 * attribute being read); the first failure is the one reported, it sets
 * bad and every later read returns 0, so a caller may read on and test
 * bad once. The error names the class, the member and the bytecode offset
 * known at the moment of failure.
 */
#pragma once
#include <stdarg.h>
#include "pvm/jvm/classfile.h"
#include "pvm/jvm/jvmops.h"

typedef struct cfr {
	const uint8_t *b;  /* the class's copy of the file */
	size_t n, at, lim; /* file length, read position, current bound */
	const char *attr;  /* the attribute being read (lim is its end), or NULL */
	jcf_class *c;
	const char *cls;     /* the class's name once known */
	const jcf_member *m; /* the member being read or checked, or NULL */
	int is_method;       /* m is a method */
	long pc;             /* bytecode offset in m's code, or -1 */
	char *err;
	size_t errn;
	int bad;
} cfr;

/* Record the error (the first only) with its context; returns -1. */
int cf_fail(cfr *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* n zeroed bytes owned by the class; NULL (and the error) when out of memory */
void *cf_alloc(cfr *r, size_t n);

uint8_t cf_u1(cfr *r);
uint16_t cf_u2(cfr *r);
uint32_t cf_u4(cfr *r);
/* 1 when k more bytes may be read, else the failure and 0 */
int cf_need(cfr *r, size_t k);

/* The constant pool (cfpool.c): read, then every cross-reference checked. */
int cf_read_cp(cfr *r);
int cf_check_cp(cfr *r);
/* Entry idx, which must have that tag; else NULL and the error "WHAT:
 * constant N is a X, not a Y" (or outside the pool). */
const jcf_cp *cf_want(cfr *r, uint16_t idx, uint8_t tag, const char *what);
const char *cf_tagname(uint8_t tag); /* "Methodref" */
/* Names (JVMS §4.2) of Utf8 entries; cf_plain: no NUL inside */
int cf_plain(const jcf_cp *e);
int cf_unqualified_ok(const jcf_cp *e);
int cf_method_name_ok(const jcf_cp *e);
int cf_class_name_ok(const jcf_cp *e);

/* The Code attribute of method m; the reader stands after its length,
 * lim at its end. cfcode.c. */
int cf_read_code(cfr *r, jcf_member *m);
/* The checks of m's code against the whole class (cfcode.c). */
int cf_check_code(cfr *r, const jcf_member *m);
/* A CONSTANT_Class that names an array: its dimensions, else 0. */
int cf_class_dims(const char *name);
