/*
 * fb.c - the boot loader's linear framebuffer.
 *
 * Mapped at its physical address. fb_blit() is the only writer: the
 * compositor never reads video memory. When the colour layout is the gui's
 * XRGB8888 a row is one memcpy; otherwise each pixel is repacked.
 */
#include <string.h>
#include "arch.h"
#include "bootinfo.h"
#include "fb.h"
#include "klog.h"
#include "memlayout.h"

static struct fb fb;
static bool native;

bool
fb_init(void)
{
	const struct boot_fb *b = &boot.fb;
	if (!b->phys || b->bpp != 32) {
		klog("fb: no 32-bit linear framebuffer from the boot loader");
		return false;
	}
	uint32_t len = PAGE_ROUND_UP(b->pitch * b->height);
	arch_map(b->phys, b->phys, len, ARCH_MAP_WRITE);
	fb = (struct fb){ (volatile uint32_t *)b->phys,
		          b->width,
		          b->height,
		          b->pitch,
		          b->red_pos,
		          b->green_pos,
		          b->blue_pos };
	native = b->red_pos == 16 && b->green_pos == 8 && b->blue_pos == 0 && b->red_size == 8 &&
	         b->green_size == 8 && b->blue_size == 8;
	klog("fb: %ux%ux%u at 0x%x pitch %u, rgb at %u/%u/%u%s", b->width, b->height, b->bpp,
	     b->phys, b->pitch, b->red_pos, b->green_pos, b->blue_pos, native ? "" : " (repacked)");
	return true;
}

const struct fb *
fb_get(void)
{
	return fb.base ? &fb : NULL;
}

bool
fb_native(void)
{
	return native;
}

static uint32_t
repack(uint32_t p)
{
	return ((p >> 16 & 0xFF) << fb.rpos) | ((p >> 8 & 0xFF) << fb.gpos) |
	       ((p & 0xFF) << fb.bpos);
}

void
fb_blit(const uint32_t *src, uint32_t src_stride, int x, int y, int w, int h)
{
	if (!fb.base)
		return;
	if (x < 0)
		src += -x, w += x, x = 0;
	if (y < 0)
		src += (size_t)-y * src_stride, h += y, y = 0;
	if (x + w > (int)fb.width)
		w = (int)fb.width - x;
	if (y + h > (int)fb.height)
		h = (int)fb.height - y;
	if (w <= 0 || h <= 0)
		return;
	for (int row = 0; row < h; row++) {
		const uint32_t *s = src + (size_t)row * src_stride;
		uint32_t *d = (uint32_t *)((uintptr_t)fb.base + (y + row) * fb.pitch) + x;
		if (native) {
			memcpy(d, s, (size_t)w * 4);
			continue;
		}
		for (int i = 0; i < w; i++)
			d[i] = repack(s[i]);
	}
}
