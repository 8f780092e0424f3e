/*
 * image.h - PNG and JPEG decoding by stb_image into gfx buffers.
 *
 * Decoded pixels are 0xAARRGGBB in memory from malloc; the caller frees
 * them with image_free(). Malformed data gives NULL and a reason, never a
 * crash. Portable: built for the kernel and for the host.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include "gfx.h"

/* Decode into *out (px allocated); false and *why set on failure. */
bool image_decode(const void *data, size_t len, struct gfx_buf *out, const char **why);
void image_free(struct gfx_buf *img);
/*
 * Fill all of dst (dst->px allocated by the caller) with src scaled
 * bilinearly to cover it, keeping the aspect ratio and cropping the excess
 * equally on both sides. Integer-only. False if either buffer is empty or
 * larger than 16384 on a side.
 */
bool image_scale_cover(const struct gfx_buf *src, struct gfx_buf *dst);
