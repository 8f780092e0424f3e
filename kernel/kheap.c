/*
 * kheap.c - the kernel heap: boundary tags, an address-unordered free
 * list, first fit, immediate coalescing.
 *
 * Block: [u32 size|USED][u32 magic][prev][next] payload ... [u32 size|USED]
 * Sizes include header and footer and are multiples of 16, so payloads are
 * 16-aligned. A used footer sits before the first block and a used header
 * after the last, so coalescing needs no bounds checks.
 * Invariant: two free blocks are never adjacent; every block's header and
 * footer agree; magic is KHEAP_MAGIC (checked on free, so double frees and
 * wild frees panic instead of corrupting the heap).
 * All entry points run with interrupts off: short, and IRQ-safe.
 */
#include <string.h>
#include "arch.h"
#include "kheap.h"
#include "klog.h"

#define USED        1u
#define HDR         16u
#define FTR         4u
#define MINBLK      32u
#define KHEAP_MAGIC 0x4B48504Du

struct blk {
	uint32_t size, magic;
	struct blk *prev, *next;
};

static struct blk *free_list;
static uintptr_t heap_lo, heap_hi;
static size_t used_bytes;

static uint32_t *
footer(struct blk *b)
{
	return (uint32_t *)((char *)b + (b->size & ~USED) - FTR);
}

static void
set_block(struct blk *b, uint32_t size, uint32_t used)
{
	b->size = size | used;
	b->magic = KHEAP_MAGIC;
	*footer(b) = size | used;
}

static void
list_remove(struct blk *b)
{
	if (b->prev)
		b->prev->next = b->next;
	else
		free_list = b->next;
	if (b->next)
		b->next->prev = b->prev;
}

static void
list_push(struct blk *b)
{
	b->prev = NULL;
	b->next = free_list;
	if (free_list)
		free_list->prev = b;
	free_list = b;
}

void
kheap_init(uintptr_t start, size_t len)
{
	start = (start + 15) & ~15u;
	len &= ~15u;
	heap_lo = start;
	heap_hi = start + len;
	*(uint32_t *)(start + HDR - FTR) = USED; /* left sentinel */
	struct blk *b = (struct blk *)(start + HDR);
	set_block(b, len - 2 * HDR, 0);
	((struct blk *)(heap_hi - HDR))->size = USED; /* right sentinel */
	free_list = NULL;
	list_push(b);
	klog("kheap: %u KiB at 0x%x", (unsigned)(len >> 10), (unsigned)start);
}

/* Carve [b, b+need) out of free block b, returning the rest to the list. */
static void *
take(struct blk *b, uint32_t need)
{
	uint32_t size = b->size;
	list_remove(b);
	if (size - need >= MINBLK) {
		struct blk *rest = (struct blk *)((char *)b + need);
		set_block(rest, size - need, 0);
		list_push(rest);
		size = need;
	}
	set_block(b, size, USED);
	used_bytes += size;
	return (char *)b + HDR;
}

/* The block size holding n bytes, or 0 if n is absurd. */
static uint32_t
block_size(size_t n)
{
	if (n > (1u << 30))
		return 0;
	uint32_t need = (n + HDR + FTR + 15) & ~15u;
	return need < MINBLK ? MINBLK : need;
}

void *
kmalloc_aligned(size_t n, size_t align)
{
	uint32_t need = block_size(n);
	if (!need || align & (align - 1))
		return NULL;
	uint32_t f = arch_irq_save();
	void *p = NULL;
	for (struct blk *b = free_list; b && !p; b = b->next) {
		uintptr_t pay = (uintptr_t)b + HDR;
		uintptr_t want = align <= 16 ? pay : (pay + align - 1) & ~(align - 1);
		uint32_t lead = want - pay;
		if (lead && lead < MINBLK) {
			want += (MINBLK - lead + align - 1) / align * align;
			lead = want - pay;
		}
		if (lead + need > b->size)
			continue;
		if (lead) { /* split off a free leading block */
			uint32_t size = b->size;
			set_block(b, lead, 0);
			struct blk *nb = (struct blk *)((char *)b + lead);
			set_block(nb, size - lead, 0);
			list_push(nb);
			b = nb;
		}
		p = take(b, need);
	}
	arch_irq_restore(f);
	return p;
}

void *
kmalloc(size_t n)
{
	return kmalloc_aligned(n, 16);
}

void *
kcalloc(size_t n, size_t size)
{
	if (size && n > (1u << 30) / size)
		return NULL;
	void *p = kmalloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

static struct blk *
checked_block(void *p)
{
	struct blk *b = (struct blk *)((char *)p - HDR);
	if ((uintptr_t)p < heap_lo || (uintptr_t)p >= heap_hi || b->magic != KHEAP_MAGIC ||
	    !(b->size & USED) || *footer(b) != b->size)
		panic("kfree: bad or freed pointer %p", p);
	return b;
}

void
kfree(void *p)
{
	if (!p)
		return;
	uint32_t f = arch_irq_save();
	struct blk *b = checked_block(p);
	uint32_t size = b->size & ~USED;
	used_bytes -= size;
	struct blk *next = (struct blk *)((char *)b + size);
	if (!(next->size & USED)) {
		list_remove(next);
		size += next->size;
	}
	uint32_t left = *(uint32_t *)((char *)b - FTR);
	if (!(left & USED)) {
		struct blk *prev = (struct blk *)((char *)b - left);
		list_remove(prev);
		size += left;
		b = prev;
	}
	set_block(b, size, 0);
	list_push(b);
	arch_irq_restore(f);
}

void *
krealloc(void *p, size_t n)
{
	if (!p)
		return kmalloc(n);
	if (!n) {
		kfree(p);
		return NULL;
	}
	size_t have = (checked_block(p)->size & ~USED) - HDR - FTR;
	if (n <= have)
		return p;
	void *q = kmalloc(n);
	if (q) {
		memcpy(q, p, have);
		kfree(p);
	}
	return q;
}

size_t
kheap_used(void)
{
	return used_bytes;
}
