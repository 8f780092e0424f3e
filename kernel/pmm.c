/*
 * pmm.c - the physical frame allocator: one bit per 4 KiB frame.
 *
 * Invariant: a frame is free in the bitmap only if the boot memory map says
 * it is usable RAM, it lies below KERNEL_IDMAP_END (so it is identity-mapped
 * and the kernel can touch it), and it is above boot.reserved_end (kernel
 * image, boot info, modules). Frame 0 is never handed out.
 */
#include <string.h>
#include "bootinfo.h"
#include "klog.h"
#include "memlayout.h"
#include "pmm.h"

#define NFRAMES (KERNEL_IDMAP_END / PAGE_SIZE)

static uint32_t bitmap[NFRAMES / 32]; /* 1 = used */
static size_t nfree;
static uint32_t hint;

static void
mark_free(uint32_t f)
{
	if (bitmap[f / 32] & (1u << (f % 32))) {
		bitmap[f / 32] &= ~(1u << (f % 32));
		nfree++;
	}
}

void
pmm_init(void)
{
	memset(bitmap, 0xFF, sizeof bitmap);
	for (int i = 0; i < boot.nmmap; i++) {
		const struct boot_mmap *m = &boot.mmap[i];
		if (!m->usable)
			continue;
		uint64_t lo = PAGE_ROUND_UP(m->base), hi = m->base + m->len;
		if (lo < boot.reserved_end)
			lo = boot.reserved_end;
		if (hi > KERNEL_IDMAP_END)
			hi = KERNEL_IDMAP_END;
		for (uint64_t a = lo; a + PAGE_SIZE <= hi; a += PAGE_SIZE)
			mark_free(a / PAGE_SIZE);
	}
	klog("pmm: %u KiB free in %u frames above 0x%x", (unsigned)(nfree * 4), (unsigned)nfree,
	     boot.reserved_end);
}

static bool
is_free(uint32_t f)
{
	return !(bitmap[f / 32] & (1u << (f % 32)));
}

uintptr_t
pmm_alloc_contig(size_t frames)
{
	uint32_t run = 0;
	for (uint32_t f = 1; f < NFRAMES; f++) {
		run = is_free(f) ? run + 1 : 0;
		if (run < frames)
			continue;
		uint32_t first = f + 1 - frames;
		for (uint32_t g = first; g <= f; g++)
			bitmap[g / 32] |= 1u << (g % 32);
		nfree -= frames;
		return (uintptr_t)first * PAGE_SIZE;
	}
	return 0;
}

uintptr_t
pmm_alloc(void)
{
	for (uint32_t i = 0; i < NFRAMES / 32; i++) {
		uint32_t w = (hint + i) % (NFRAMES / 32);
		if (bitmap[w] == 0xFFFFFFFFu)
			continue;
		int b = __builtin_ctz(~bitmap[w]);
		bitmap[w] |= 1u << b;
		nfree--;
		hint = w;
		return ((uintptr_t)w * 32 + b) * PAGE_SIZE;
	}
	return 0;
}

void
pmm_free(uintptr_t frame)
{
	uint32_t f = frame / PAGE_SIZE;
	if (!f || f >= NFRAMES || is_free(f))
		panic("pmm_free: bad frame 0x%lx", (unsigned long)frame);
	mark_free(f);
}

size_t
pmm_free_frames(void)
{
	return nfree;
}
