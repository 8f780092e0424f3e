/*
 * tcls.h - a small class-file writer for the reader's tests (tcls.c):
 * constants, fields, methods with code, the whole class as bytes; and
 * refused(), which checks that jcf_read refuses bytes with a message
 * containing a given text.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

typedef struct cw {
	uint8_t *b;
	size_t n, cap;
} cw;
typedef struct tcls { /* a class file under construction */
	cw cp, fields, methods, attrs;
	uint16_t ncp, nfields, nmethods, nattrs, flags, major, this_, super_;
	uint16_t iface;   /* one interface, or 0 */
	char *u[256];     /* Utf8 entries made so far */
	uint16_t ui[256]; /* ... and their indices */
	int nu;
} tcls;
typedef struct tcode {
	const uint8_t *code;
	uint32_t len;
	uint16_t max_stack, max_locals;
	const uint16_t *exc; /* start, end, handler, type */
	int nexc;
	const uint16_t *lines[2]; /* up to two LineNumberTables: pc, line pairs */
	int nlines[2];
} tcode;

void cw_put(cw *w, const void *p, size_t n);
void cw1(cw *w, unsigned v);
void cw2(cw *w, unsigned v);
void cw4(cw *w, uint32_t v);
uint16_t tk_utf8(tcls *t, const char *s);
uint16_t tk_raw(tcls *t, unsigned tag, unsigned a, long b);
uint16_t tk_class(tcls *t, const char *name);
uint16_t tk_string(tcls *t, const char *s);
uint16_t tk_nat(tcls *t, const char *name, const char *desc);
uint16_t tk_ref(tcls *t, unsigned tag, const char *cls, const char *name, const char *desc);
uint16_t tk_int(tcls *t, int32_t v);
uint16_t tk_long(tcls *t, int64_t v);
void t_init(tcls *t, const char *name, const char *super);
void t_field(tcls *t, unsigned flags, const char *name, const char *desc, uint16_t constval);
void t_method(tcls *t, unsigned flags, const char *name, const char *desc, const tcode *k);
void t_source(tcls *t, const char *file);
uint8_t *t_build(tcls *t, size_t *len);
int refused(const uint8_t *buf, size_t len, const char *want);
/* The valid class most tests start from (its bytes, malloc'd); F_LEN and
 * F_HANDLER: offsets into it that tests change. */
enum { F_LEN = 81, F_HANDLER = 77 };
uint8_t *valid_class(size_t *len);
