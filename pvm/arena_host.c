/*
 * arena_host.c - the host's arena: one anonymous mapping at a fixed address.
 *
 * MAP_FIXED_NOREPLACE makes the address exact or the open fails; it is never
 * silently moved, because every reference inside is an absolute pointer.
 * With --store, persist/ maps it instead and adopts it here.
 * MAP_NORESERVE keeps a big arena cheap until pages are touched.
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include "arena.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

static void *adopted;
static size_t adopted_size;

void
pv_arena_adopt(void *base, size_t size)
{
	adopted = base;
	adopted_size = size;
}

void *
pv_arena_open(uintptr_t base, size_t size)
{
	if (adopted && (uintptr_t)adopted == base && adopted_size == size)
		return adopted;
	void *p = mmap((void *)base, size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	if ((uintptr_t)p != base) {
		munmap(p, size);
		return NULL;
	}
	return p;
}

void
pv_arena_close(void *base, size_t size)
{
	if (base == adopted)
		return; /* persist/ owns it */
	munmap(base, size);
}
