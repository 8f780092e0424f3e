/*
 * fb.h - the linear framebuffer the boot loader set up.
 *
 * Pixels are 32 bits; the colour layout is the loader's (fb_native() tells
 * whether it is the gui's XRGB8888, so the flip can be a plain row copy).
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

struct fb {
	volatile uint32_t *base; /* mapped, uncached, write-only to us */
	uint32_t width, height;
	uint32_t pitch;           /* bytes per row */
	uint8_t rpos, gpos, bpos; /* bit positions of 8-bit channels */
};

bool fb_init(void); /* false when there is no usable fb */
const struct fb *fb_get(void);
bool fb_native(void); /* layout is XRGB8888 */
/* Copy a w x h XRGB8888 rect to screen (x, y); src points at its top-left
 * pixel, rows src_stride pixels apart. Clipped to the screen. */
void fb_blit(const uint32_t *src, uint32_t src_stride, int x, int y, int w, int h);
