/*
 * paging.c - the kernel's page directory.
 *
 * The low 4 MiB use a page table so page 0 stays unmapped (null pointers
 * fault); the rest of RAM up to idmap_end is identity-mapped with 4 MiB
 * pages (PSE) for TLB reach. arch_map() adds further ranges (the
 * framebuffer; later the arena's pages) with 4 MiB pages where aligned and
 * 4 KiB page tables from the frame allocator elsewhere.
 * Pages of the arena can be hidden (a frame kept, every access faulting)
 * and read-only pages bind the kernel too (CR0.WP): persist/ tracks writes
 * and loads pages lazily through arch_page_get/set and the fault hook.
 * Invariant: nothing is mapped in [ARENA_BASE, ARENA_END) except by persist.
 */
#include <string.h>
#include "kernel/arch.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"
#include "kernel/pmm.h"
#include "gdt.h"

#define PTE_P      0x001u
#define PTE_W      0x002u
#define PTE_PWT    0x008u
#define PTE_PCD    0x010u
#define PTE_PS     0x080u
#define BIG        (4u << 20)
/* A hidden page keeps its frame in the PTE with P clear and HIDDEN (an
 * available bit) set; arch_unmap frees its frame like a present one's. */
#define PTE_HIDDEN 0x200u

static uint32_t page_dir[1024] __attribute__((aligned(4096)));
static uint32_t low_table[1024] __attribute__((aligned(4096)));

static uint32_t
pte_flags(unsigned flags)
{
	uint32_t f = PTE_P;
	if (flags & ARCH_MAP_WRITE)
		f |= PTE_W;
	if (flags & ARCH_MAP_NOCACHE)
		f |= PTE_PCD | PTE_PWT;
	return f;
}

static uint32_t *
table_for(uint32_t virt)
{
	uint32_t *pde = &page_dir[virt >> 22];
	if (*pde & PTE_P) {
		if (*pde & PTE_PS)
			panic("arch_map: 0x%x is inside a 4 MiB mapping", virt);
		return (uint32_t *)(*pde & ~0xFFFu);
	}
	uintptr_t t = pmm_alloc();
	if (!t)
		panic("arch_map: out of frames for a page table");
	memset((void *)t, 0, PAGE_SIZE);
	*pde = t | PTE_P | PTE_W;
	return (uint32_t *)t;
}

static void
invlpg(uint32_t va)
{
	__asm__ volatile("invlpg (%0)" ::"r"(va) : "memory");
}

void
arch_map(uint32_t virt, uint32_t phys, uint32_t len, unsigned flags)
{
	uint32_t f = pte_flags(flags);
	uint64_t v = virt, end = (uint64_t)virt + len;
	while (v < end) {
		virt = (uint32_t)v;
		if (!(virt % BIG) && !(phys % BIG) && end - v >= BIG &&
		    !(page_dir[virt >> 22] & PTE_P)) {
			page_dir[virt >> 22] = phys | f | PTE_PS;
			invlpg(virt);
			v += BIG, phys += BIG;
			continue;
		}
		table_for(virt)[(virt >> 12) & 1023] = phys | f;
		invlpg(virt);
		v += PAGE_SIZE, phys += PAGE_SIZE;
	}
}

void
arch_unmap(uint32_t virt, uint32_t len, bool free_frames)
{
	for (uint32_t va = virt; va - virt < len; va += PAGE_SIZE) {
		uint32_t pde = page_dir[va >> 22];
		if (!(pde & PTE_P) || (pde & PTE_PS))
			continue;
		uint32_t *pte = &((uint32_t *)(pde & ~0xFFFu))[(va >> 12) & 1023];
		if ((*pte & (PTE_P | PTE_HIDDEN)) && free_frames)
			pmm_free(*pte & ~0xFFFu);
		*pte = 0;
		invlpg(va);
	}
}

/* The PTE for virt, or NULL when no page table covers it. */
static uint32_t *
pte_of(uint32_t virt)
{
	uint32_t pde = page_dir[virt >> 22];
	if (!(pde & PTE_P) || (pde & PTE_PS))
		return NULL;
	return &((uint32_t *)(pde & ~0xFFFu))[(virt >> 12) & 1023];
}


uint32_t
arch_page_get(uint32_t virt, unsigned *flags)
{
	uint32_t *pte = pte_of(virt);
	*flags = 0;
	if (!pte || !(*pte & (PTE_P | PTE_HIDDEN)))
		return 0;
	if (*pte & PTE_W)
		*flags |= ARCH_MAP_WRITE;
	if (!(*pte & PTE_P))
		*flags |= ARCH_PAGE_HIDDEN;
	return *pte & ~0xFFFu;
}

void
arch_page_set(uint32_t virt, uint32_t frame, unsigned flags)
{
	uint32_t e = 0;
	if (frame) {
		e = frame | (flags & ARCH_PAGE_HIDDEN ? PTE_HIDDEN : PTE_P);
		if (flags & ARCH_MAP_WRITE)
			e |= PTE_W;
	}
	uint32_t *pte = e ? &table_for(virt)[(virt >> 12) & 1023] : pte_of(virt);
	if (!pte)
		return;
	*pte = e;
	invlpg(virt);
}

void
arch_paging_init(uint32_t idmap_end)
{
	for (uint32_t i = 1; i < 1024; i++)
		low_table[i] = (i << 12) | PTE_P | PTE_W;
	page_dir[0] = (uint32_t)low_table | PTE_P | PTE_W;
	for (uint32_t va = BIG; va < idmap_end; va += BIG)
		page_dir[va >> 22] = va | PTE_P | PTE_W | PTE_PS;
	uint32_t cr4, cr0;
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	__asm__ volatile("mov %0, %%cr4" ::"r"(cr4 | 0x10)); /* PSE */
	__asm__ volatile("mov %0, %%cr3" ::"r"(page_dir));
	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	/* PG, and WP: read-only pages bind ring 0 too (persist tracks writes) */
	__asm__ volatile("mov %0, %%cr0" ::"r"(cr0 | 0x80010000u) : "memory");
	arch_double_fault_init();
}
