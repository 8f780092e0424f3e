/*
 * kstack.c - kernel thread stacks with guard pages.
 *
 * Stacks live in their own virtual window [KSTACK_BASE, KSTACK_END), one
 * KSTACK_SLOT per thread: the lowest PAGE_SIZE of a slot is never mapped
 * (the guard), the PARAM_KSTACK_SIZE above it are backed by frames. A
 * thread that overflows its stack faults on the guard page, and the page
 * fault handler names the thread (kstack_guard_hit) instead of letting it
 * silently overwrite its neighbour.
 */
#include "arch.h"
#include "klog.h"
#include "kstack.h"
#include "memlayout.h"
#include "param.h"
#include "pmm.h"

#define NSLOTS ((KSTACK_END - KSTACK_BASE) / KSTACK_SLOT)

static uint8_t slot_used[NSLOTS];

static uint32_t
slot_base(int i)
{
	return KSTACK_BASE + (uint32_t)i * KSTACK_SLOT;
}

void *
kstack_alloc(void)
{
	int i;
	for (i = 0; i < (int)NSLOTS && slot_used[i]; i++)
		;
	if (i == (int)NSLOTS)
		return NULL;
	uint32_t lo = slot_base(i) + PAGE_SIZE;
	for (uint32_t va = lo; va < lo + PARAM_KSTACK_SIZE; va += PAGE_SIZE) {
		uintptr_t f = pmm_alloc();
		if (!f) {
			arch_unmap(lo, va - lo, true);
			return NULL;
		}
		arch_map(va, f, PAGE_SIZE, ARCH_MAP_WRITE);
	}
	slot_used[i] = 1;
	return (void *)lo;
}

void
kstack_free(void *stack)
{
	uint32_t lo = (uint32_t)stack;
	int i = (lo - PAGE_SIZE - KSTACK_BASE) / KSTACK_SLOT;
	arch_unmap(lo, PARAM_KSTACK_SIZE, true);
	slot_used[i] = 0;
}

bool
kstack_guard_hit(uintptr_t addr)
{
	if (addr < KSTACK_BASE || addr >= KSTACK_END)
		return false;
	return (addr - KSTACK_BASE) % KSTACK_SLOT < PAGE_SIZE;
}
