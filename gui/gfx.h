/*
 * gfx.h - pixel buffers and the drawing primitives every layer above uses.
 *
 * Pixels are 32-bit 0xAARRGGBB. In an opaque buffer A is ignored (XRGB8888,
 * the framebuffer's native layout); in a buffer with alpha, colours are NOT
 * premultiplied. Every primitive clips to the buffer and to an optional clip
 * rectangle, so no call can write outside its buffer.
 * Portable: built for the kernel and for the host.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gfx_rect {
	int x, y, w, h;
};

struct gfx_buf {
	uint32_t *px;
	int w, h;
	int stride; /* pixels per row, >= w */
};

#define GFX_RGB(r, g, b) \
	(0xFF000000u | ((uint32_t)(r) << 16) | ((uint32_t)(g) << 8) | (uint32_t)(b))
#define GFX_ARGB(a, r, g, b) \
	(((uint32_t)(a) << 24) | ((uint32_t)(r) << 16) | ((uint32_t)(g) << 8) | (uint32_t)(b))

/*
 * Rectangles are half-open: [x, x+w) x [y, y+h). A rectangle with w <= 0 or
 * h <= 0 is empty; operations return {0,0,0,0} for an empty result. Edges
 * are computed in 64 bits, so any int coordinates are safe.
 */
static inline struct gfx_rect
gfx_rect_make(int x, int y, int w, int h)
{
	return (struct gfx_rect){ x, y, w, h };
}

static inline bool
gfx_rect_empty(struct gfx_rect r)
{
	return r.w <= 0 || r.h <= 0;
}

static inline int64_t
gfx_rect_area(struct gfx_rect r)
{
	return gfx_rect_empty(r) ? 0 : (int64_t)r.w * r.h;
}

struct gfx_rect gfx_rect_intersect(struct gfx_rect a, struct gfx_rect b);
/* Bounding box; an empty operand is ignored. Saturates at INT_MAX. */
struct gfx_rect gfx_rect_union(struct gfx_rect a, struct gfx_rect b);
bool gfx_rect_overlaps(struct gfx_rect a, struct gfx_rect b);
/* Overlap or a shared edge (or corner): the two could merge. */
bool gfx_rect_touches(struct gfx_rect a, struct gfx_rect b);
/* inner lies wholly in outer; an empty inner is contained by anything. */
bool gfx_rect_contains(struct gfx_rect outer, struct gfx_rect inner);
bool gfx_rect_contains_pt(struct gfx_rect r, int x, int y);
/* a minus b as up to 4 disjoint rects (bands above, left, right, below). */
int gfx_rect_subtract(struct gfx_rect a, struct gfx_rect b, struct gfx_rect out[4]);
/* r limited to the buffer and to *clip (NULL: no clip). */
struct gfx_rect gfx_clip(const struct gfx_buf *b, const struct gfx_rect *clip, struct gfx_rect r);

/* Buffers: gfx_buf_alloc gives w*h pixels (stride w) from malloc, zeroed. */
bool gfx_buf_alloc(struct gfx_buf *b, int w, int h);
void gfx_buf_free(struct gfx_buf *b);

static inline uint32_t *
gfx_row(const struct gfx_buf *b, int x, int y)
{
	return b->px + (size_t)y * (size_t)b->stride + (size_t)x;
}

/*
 * One pixel of source-over: s (ARGB, not premultiplied) onto d. The colour
 * is interpolated as if d were opaque (exact for XRGB buffers, the common
 * case); the alpha becomes sa + da*(1-sa). Channels are rounded exactly
 * (x/255 to nearest), two channels per multiply.
 */
static inline uint32_t
gfx_blend(uint32_t d, uint32_t s)
{
	uint32_t a = s >> 24, ia = 255 - a;
	if (a == 255)
		return s;
	if (a == 0)
		return d;
	uint32_t rb = (s & 0xFF00FFu) * a + (d & 0xFF00FFu) * ia + 0x800080u;
	uint32_t ag =
		(((s >> 8) & 0xFFu) | 0xFF0000u) * a + ((d >> 8) & 0xFF00FFu) * ia + 0x800080u;
	rb = ((rb + ((rb >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
	ag = ((ag + ((ag >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
	return rb | (ag << 8);
}

/* Scale the alpha of c by cov/255 (coverage of anti-aliased edges). */
static inline uint32_t
gfx_alpha_scale(uint32_t c, unsigned cov)
{
	uint32_t a = ((c >> 24) * cov + 127) / 255;
	return (c & 0xFFFFFFu) | (a << 24);
}

/*
 * Drawing. clip may be NULL. Plain variants store the colour as given
 * (alpha byte included: gfx_fill with 0 clears an ARGB buffer); the _blend
 * variants and lines composite source-over with gfx_blend.
 */
void gfx_fill(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r, uint32_t c);
void gfx_fill_blend(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r,
                    uint32_t argb);
void gfx_hline(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, int w,
               uint32_t argb);
void gfx_vline(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, int h,
               uint32_t argb);
/* Both end points drawn; pixels exactly those of Bresenham's algorithm. */
void gfx_line(struct gfx_buf *dst, const struct gfx_rect *clip, int x0, int y0, int x1, int y1,
              uint32_t argb);
/*
 * Copy the part sr of src (NULL: all of src) so that sr's top-left lands on
 * (x, y) of dst. gfx_blit copies pixels as they are (src and dst may be the
 * same buffer, overlapping); gfx_blit_blend composites src's alpha
 * (src must not overlap dst).
 */
void gfx_blit(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y,
              const struct gfx_buf *src, const struct gfx_rect *sr);
void gfx_blit_blend(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y,
                    const struct gfx_buf *src, const struct gfx_rect *sr);
/* Filled, corners of the given radius anti-aliased (4x4 samples a pixel). */
void gfx_rounded_rect(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r,
                      int radius, uint32_t argb);
/* Vertical gradient from top to bottom colour, stored opaque. */
void gfx_gradient(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r, uint32_t top,
                  uint32_t bottom);
