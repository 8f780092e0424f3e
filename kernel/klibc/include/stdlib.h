/*
 * stdlib.h - allocation, conversions and sorting of the kernel's mini libc.
 *
 * malloc and friends are the kernel heap (kernel/kheap.h) under their ISO
 * names, so FreeType and stb_image link unchanged. strtod (fltconv.c) is
 * exact: it returns the double nearest the text, as glibc does. There is
 * no exit(): abort() panics with the caller's address.
 */
#pragma once
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX     0x7fffffff

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);

int abs(int v);
long labs(long v);
long long llabs(long long v);
long strtol(const char *restrict s, char **restrict end, int base);
unsigned long strtoul(const char *restrict s, char **restrict end, int base);
long long strtoll(const char *restrict s, char **restrict end, int base);
unsigned long long strtoull(const char *restrict s, char **restrict end, int base);
double strtod(const char *restrict s, char **restrict end); /* correctly rounded */
double atof(const char *s);
int atoi(const char *s);
long atol(const char *s);

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *));

/* Deterministic pseudo-random numbers (not for anything secret). */
int rand(void);
void srand(unsigned seed);

char *getenv(const char *name); /* always NULL: no environment */
void abort(void) __attribute__((noreturn));
