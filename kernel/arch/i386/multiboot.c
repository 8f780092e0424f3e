/*
 * multiboot.c - turn the Multiboot2 boot information into struct bootinfo.
 *
 * This is the only file that knows the Multiboot2 layout. GRUB may place its
 * info block right after our image, so everything we keep is copied into
 * `boot` (a .bss struct), and reserved_end is raised past the info block and
 * every module so the frame allocator never hands them out.
 * Tag layout: u32 total_size, u32 reserved, then 8-aligned tags of
 * {u32 type, u32 size, payload}. Framebuffer colour info starts at +32.
 */
#include <string.h>
#include "kernel/arch.h"
#include "kernel/bootinfo.h"
#include "kernel/klog.h"
#include "kernel/memlayout.h"

#define MB2_BOOT_MAGIC 0x36D76289u

enum {
	TAG_END = 0,
	TAG_CMDLINE = 1,
	TAG_MODULE = 3,
	TAG_MMAP = 6,
	TAG_FRAMEBUFFER = 8,
};

struct tag {
	uint32_t type, size;
};

extern char _kernel_end[];

static void
raise_reserved(struct bootinfo *bi, uint32_t end)
{
	end = PAGE_ROUND_UP(end);
	if (end > bi->reserved_end)
		bi->reserved_end = end;
}

static void
parse_mmap(struct bootinfo *bi, const struct tag *t)
{
	const uint8_t *p = (const uint8_t *)t;
	uint32_t entry_size = *(const uint32_t *)(p + 8);
	for (uint32_t off = 16; off + entry_size <= t->size; off += entry_size) {
		if (bi->nmmap == PARAM_MAX_MMAP)
			break;
		const uint8_t *e = p + off;
		struct boot_mmap *m = &bi->mmap[bi->nmmap++];
		m->base = *(const uint64_t *)e;
		m->len = *(const uint64_t *)(e + 8);
		m->usable = *(const uint32_t *)(e + 16) == 1;
	}
}

static void
parse_module(struct bootinfo *bi, const struct tag *t)
{
	const uint32_t *w = (const uint32_t *)t;
	if (bi->nmodules == PARAM_MAX_MODULES)
		return;
	struct boot_module *m = &bi->modules[bi->nmodules++];
	m->data = (const void *)(uintptr_t)w[2];
	m->len = w[3] - w[2];
	m->name = (const char *)(w + 4); /* kept: below reserved_end */
	raise_reserved(bi, w[3]);
}

static void
parse_fb(struct bootinfo *bi, const struct tag *t)
{
	const uint8_t *p = (const uint8_t *)t;
	struct boot_fb *fb = &bi->fb;
	uint64_t addr = *(const uint64_t *)(p + 8);
	if (addr >> 32 || p[29] != 1) /* type 1 = direct RGB */
		return;
	fb->phys = (uint32_t)addr;
	fb->pitch = *(const uint32_t *)(p + 16);
	fb->width = *(const uint32_t *)(p + 20);
	fb->height = *(const uint32_t *)(p + 24);
	fb->bpp = p[28];
	fb->red_pos = p[32];
	fb->red_size = p[33];
	fb->green_pos = p[34];
	fb->green_size = p[35];
	fb->blue_pos = p[36];
	fb->blue_size = p[37];
}

void
arch_parse_boot(uint32_t magic, uint32_t info, struct bootinfo *bi)
{
	if (magic != MB2_BOOT_MAGIC)
		panic("not booted by a Multiboot2 loader (magic 0x%x)", magic);
	uint32_t total = *(const uint32_t *)info;
	bi->reserved_end = PAGE_ROUND_UP((uint32_t)_kernel_end);
	raise_reserved(bi, info + total);
	for (uint32_t off = 8; off + 8 <= total;) {
		const struct tag *t = (const struct tag *)(info + off);
		if (t->type == TAG_END)
			break;
		if (t->type == TAG_CMDLINE)
			strncpy(bi->cmdline, (const char *)(t + 1), sizeof bi->cmdline - 1);
		else if (t->type == TAG_MODULE)
			parse_module(bi, t);
		else if (t->type == TAG_MMAP)
			parse_mmap(bi, t);
		else if (t->type == TAG_FRAMEBUFFER)
			parse_fb(bi, t);
		off += (t->size + 7) & ~7u;
	}
}
