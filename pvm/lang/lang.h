/*
 * lang.h - the Phantom-language compiler: .ph source in, class image out.
 *
 * The compiler never touches the VM heap: it asks a pv_env about names the
 * VM already holds (the core library, classes loaded earlier) and returns a
 * malloc'd pv_image, which the caller verifies and loads like any image.
 * Errors are collected, not stopped at: each is one "file:line:col: message"
 * line in the returned text.
 */
#pragma once
#include <stddef.h>
#include "pvm/classimage.h"

typedef struct pv_src {
	const char *name;
	const char *text;
	size_t len;
} pv_src;

/* A class already in the VM, as the compiler needs to see it. */
typedef struct pv_envclass {
	int nfields, nmethods;
	const char **fields;  /* in slot order, inherited ones first */
	const char **methods; /* instance methods, inherited ones too */
	int sealed;           /* a native class: cannot be extended */
} pv_envclass;

typedef struct pv_env {
	void *ctx;
	int (*global)(void *ctx, const char *name);                  /* 1: a known global */
	int (*klass)(void *ctx, const char *name, pv_envclass *out); /* 1: known */
	int (*module)(void *ctx, const char *name);                  /* 1: importable */
	/* 1: a definition of name here would clash with one the VM holds
	 * (NULL: any known global clashes; a namespace allows more). */
	int (*taken)(void *ctx, const char *name);
	/* 1: name is a module variable the VM holds already, which the
	 * program may assign (NULL: none is; only its own `var`s). */
	int (*variable)(void *ctx, const char *name);
} pv_env;

/* Returns the image, or NULL with *errors set (malloc'd, one error a line)
 * and *nerrors counted. */
pv_image *pv_compile(const pv_src *src, int nsrc, const pv_env *env, char **errors, int *nerrors);
