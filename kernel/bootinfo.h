/*
 * bootinfo.h - what the boot loader told us, in a neutral form.
 *
 * arch_parse_boot() fills this from Multiboot2 (kernel/arch/i386/multiboot.c)
 * and it is read-only afterwards. All strings and module bytes are copied
 * or reserved so nothing points into memory the frame allocator may reuse.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "param.h"

struct boot_mmap {
	uint64_t base, len;
	bool usable;
};

struct boot_module {
	const char *name; /* the module's command line (e.g. "wallpaper.png") */
	const void *data; /* physical == virtual (identity-mapped) */
	size_t len;
};

struct boot_fb {
	uint32_t phys; /* 0 when the loader gave no linear framebuffer */
	uint32_t width, height, pitch, bpp;
	uint8_t red_pos, red_size, green_pos, green_size, blue_pos, blue_size;
};

struct bootinfo {
	char cmdline[PARAM_CMDLINE_MAX];
	struct boot_mmap mmap[PARAM_MAX_MMAP];
	int nmmap;
	struct boot_module modules[PARAM_MAX_MODULES];
	int nmodules;
	struct boot_fb fb;
	uint32_t reserved_end; /* first byte above kernel, boot data, modules */
};

extern struct bootinfo boot;

const struct boot_module *bootinfo_module(const char *name);
/* Value of "key=value" on the command line, or NULL; "key" alone gives "". */
const char *bootinfo_arg(const char *key, char *buf, size_t bufsz);
bool bootinfo_flag(const char *key); /* key present and not "=0" */
