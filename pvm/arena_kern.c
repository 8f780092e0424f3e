/*
 * arena_kern.c - arena.h inside Phantom: the arena at its fixed virtual
 * address in [ARENA_BASE, ARENA_END), backed by frames from pmm.
 *
 * The persistent world's arena is persist/'s (persist/persist_kern.c: pages on
 * demand, write-tracked, restored lazily); pvm/world_kern.c adopts it
 * here, and pv_arena_open then hands that out and pv_arena_close leaves it
 * mapped. Without it (the phantom.pvmtest self-test, which runs programs
 * in throwaway VMs) the whole arena is mapped eagerly, zero-filled, when
 * it is opened: the caller picks a size that RAM can hold (16-64 MiB).
 * Invariant: at most one arena is open; pages outside [base, base + size)
 * of the arena range stay unmapped, so a stray reference faults.
 */
#include <stdbool.h>
#include <string.h>
#include "kernel/arch.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"
#include "kernel/pmm.h"
#include "kernel/timer.h"
#include "arena.h"

#define KEEP_FREE_FRAMES 2048 /* leave 8 MiB of RAM to the rest of the kernel */

static bool arena_open;
static void *adopted;
static size_t adopted_size;

void
pv_arena_adopt(void *base, size_t size)
{
	adopted = base;
	adopted_size = size;
}

/* Map one zeroed frame at va; false when RAM is exhausted. */
static bool
map_page(uint32_t va)
{
	uint32_t flags = arch_irq_save(); /* pmm and the page tables are shared */
	uintptr_t f = pmm_alloc();
	if (f) {
		memset((void *)f, 0, PAGE_SIZE);
		arch_map(va, (uint32_t)f, PAGE_SIZE, ARCH_MAP_WRITE);
	}
	arch_irq_restore(flags);
	return f != 0;
}

void *
pv_arena_open(uintptr_t base, size_t size)
{
	if (adopted && (uintptr_t)adopted == base && adopted_size == size)
		return adopted;
	size = PAGE_ROUND_UP(size);
	if (arena_open || base < ARENA_BASE || base % PAGE_SIZE || size == 0 ||
	    size > ARENA_END - base) {
		klog("pvm: arena %p + %u MiB refused (already open, or outside the arena range)",
		     (void *)base, (unsigned)(size >> 20));
		return NULL;
	}
	if (size / PAGE_SIZE + KEEP_FREE_FRAMES > pmm_free_frames()) {
		klog("pvm: no RAM for a %u MiB arena (%u MiB free)", (unsigned)(size >> 20),
		     (unsigned)(pmm_free_frames() >> 8));
		return NULL;
	}
	uint64_t t0 = timer_us();
	for (size_t off = 0; off < size; off += PAGE_SIZE)
		if (!map_page((uint32_t)(base + off))) {
			arch_unmap((uint32_t)base, (uint32_t)off, true);
			klog("pvm: out of frames mapping the arena");
			return NULL;
		}
	arena_open = true;
	klog("pvm: arena %u MiB at %p mapped in %u ms", (unsigned)(size >> 20), (void *)base,
	     (unsigned)((timer_us() - t0) / 1000));
	return (void *)base;
}

void
pv_arena_close(void *base, size_t size)
{
	if (base == adopted)
		return; /* persist/ owns it */
	arch_unmap((uint32_t)(uintptr_t)base, (uint32_t)PAGE_ROUND_UP(size), true);
	arena_open = false;
}
