/*
 * gfx.c - rectangle arithmetic and the pixel primitives (fill, blit, blend,
 * lines, rounded rectangles, gradients).
 *
 * Invariant: every primitive first reduces its target to
 * rect ∩ buffer ∩ clip (gfx_clip) and then touches only pixels inside it,
 * so no argument, however far off-screen or negative, writes outside the
 * buffer. Opaque paths work a row at a time with memcpy/memmove or a plain
 * store loop; only the alpha paths look at single pixels, through the
 * inline gfx_blend of gfx.h. Portable: kernel and host.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "gfx.h"

static const struct gfx_rect empty_rect = { 0, 0, 0, 0 };

static int64_t
right(struct gfx_rect r)
{
	return (int64_t)r.x + r.w;
}

static int64_t
bottom(struct gfx_rect r)
{
	return (int64_t)r.y + r.h;
}

static int64_t
max64(int64_t a, int64_t b)
{
	return a > b ? a : b;
}

static int64_t
min64(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

/*
 * Rect from 64-bit edges. Space beyond int coordinates holds no pixel, so
 * it is cut off: a rect starting past INT_MAX is empty, and sizes are
 * limited to INT_MAX.
 */
static struct gfx_rect
from_edges(int64_t x0, int64_t y0, int64_t x1, int64_t y1)
{
	x0 = max64(x0, INT_MIN);
	y0 = max64(y0, INT_MIN);
	if (x1 <= x0 || y1 <= y0 || x0 > INT_MAX || y0 > INT_MAX)
		return empty_rect;
	return (struct gfx_rect){ (int)x0, (int)y0, (int)min64(x1 - x0, INT_MAX),
		                  (int)min64(y1 - y0, INT_MAX) };
}

struct gfx_rect
gfx_rect_intersect(struct gfx_rect a, struct gfx_rect b)
{
	if (gfx_rect_empty(a) || gfx_rect_empty(b))
		return empty_rect;
	return from_edges(max64(a.x, b.x), max64(a.y, b.y), min64(right(a), right(b)),
	                  min64(bottom(a), bottom(b)));
}

struct gfx_rect
gfx_rect_union(struct gfx_rect a, struct gfx_rect b)
{
	if (gfx_rect_empty(a))
		return gfx_rect_empty(b) ? empty_rect : b;
	if (gfx_rect_empty(b))
		return a;
	int64_t x0 = min64(a.x, b.x), y0 = min64(a.y, b.y);
	int64_t x1 = min64(max64(right(a), right(b)), x0 + INT_MAX);
	int64_t y1 = min64(max64(bottom(a), bottom(b)), y0 + INT_MAX);
	return from_edges(x0, y0, x1, y1);
}

bool
gfx_rect_overlaps(struct gfx_rect a, struct gfx_rect b)
{
	return !gfx_rect_empty(gfx_rect_intersect(a, b));
}

bool
gfx_rect_touches(struct gfx_rect a, struct gfx_rect b)
{
	if (gfx_rect_empty(a) || gfx_rect_empty(b))
		return false;
	return a.x <= right(b) && b.x <= right(a) && a.y <= bottom(b) && b.y <= bottom(a);
}

bool
gfx_rect_contains(struct gfx_rect outer, struct gfx_rect inner)
{
	if (gfx_rect_empty(inner))
		return true;
	return inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) &&
	       bottom(inner) <= bottom(outer) && !gfx_rect_empty(outer);
}

bool
gfx_rect_contains_pt(struct gfx_rect r, int x, int y)
{
	return x >= r.x && y >= r.y && x < right(r) && y < bottom(r);
}

int
gfx_rect_subtract(struct gfx_rect a, struct gfx_rect b, struct gfx_rect out[4])
{
	struct gfx_rect in = gfx_rect_intersect(a, b);
	int n = 0;

	if (gfx_rect_empty(a))
		return 0;
	if (gfx_rect_empty(in)) {
		out[0] = a;
		return 1;
	}
	struct gfx_rect piece[4] = {
		from_edges(a.x, a.y, right(a), in.y),              /* above */
		from_edges(a.x, in.y, in.x, bottom(in)),           /* left */
		from_edges(right(in), in.y, right(a), bottom(in)), /* right */
		from_edges(a.x, bottom(in), right(a), bottom(a)),  /* below */
	};
	for (int i = 0; i < 4; i++)
		if (!gfx_rect_empty(piece[i]))
			out[n++] = piece[i];
	return n;
}

struct gfx_rect
gfx_clip(const struct gfx_buf *b, const struct gfx_rect *clip, struct gfx_rect r)
{
	r = gfx_rect_intersect(r, gfx_rect_make(0, 0, b->w, b->h));
	return clip ? gfx_rect_intersect(r, *clip) : r;
}

bool
gfx_buf_alloc(struct gfx_buf *b, int w, int h)
{
	*b = (struct gfx_buf){ NULL, 0, 0, 0 };
	if (w <= 0 || h <= 0 || (size_t)w > SIZE_MAX / 4 / (size_t)h)
		return false;
	b->px = calloc((size_t)w * (size_t)h, sizeof(uint32_t));
	if (!b->px)
		return false;
	b->w = b->stride = w;
	b->h = h;
	return true;
}

void
gfx_buf_free(struct gfx_buf *b)
{
	free(b->px);
	*b = (struct gfx_buf){ NULL, 0, 0, 0 };
}

/* ------------------------------------------------------------ fills */

static void
store_row(uint32_t *p, int n, uint32_t c)
{
	if (c == 0) {
		memset(p, 0, (size_t)n * 4);
		return;
	}
	for (int i = 0; i < n; i++)
		p[i] = c;
}

/*
 * Source-over of one translucent colour c (0 < alpha < 255) onto n pixels:
 * gfx_blend with c's half of the products computed once, which leaves two
 * multiplies a pixel and no branch (uniform translucent areas - bars,
 * panels, shadows - are the common alpha case).
 */
static inline uint32_t
blend_pre(uint32_t d, uint32_t rb_s, uint32_t ag_s, uint32_t ia)
{
	uint32_t rb = rb_s + (d & 0xFF00FFu) * ia;
	uint32_t ag = ag_s + ((d >> 8) & 0xFF00FFu) * ia;
	rb = ((rb + ((rb >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
	ag = ((ag + ((ag >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
	return rb | (ag << 8);
}

/* Pixels per block: fixed-count inner loops vectorise at -O2 on the host. */
#define BLOCK 64

static void
blend_row(uint32_t *p, int n, uint32_t c)
{
	uint32_t a = c >> 24, ia = 255 - a;
	uint32_t rb_s = (c & 0xFF00FFu) * a + 0x800080u;
	uint32_t ag_s = (((c >> 8) & 0xFFu) | 0xFF0000u) * a + 0x800080u;
	int i = 0;
	for (; i + BLOCK <= n; i += BLOCK)
		for (int k = 0; k < BLOCK; k++)
			p[i + k] = blend_pre(p[i + k], rb_s, ag_s, ia);
	for (; i < n; i++)
		p[i] = blend_pre(p[i], rb_s, ag_s, ia);
}

void
gfx_fill(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r, uint32_t c)
{
	r = gfx_clip(dst, clip, r);
	if (gfx_rect_empty(r))
		return;
	uint32_t *first = gfx_row(dst, r.x, r.y);
	store_row(first, r.w, c);
	for (int y = 1; y < r.h; y++) /* copying a filled row is faster */
		memcpy(first + (size_t)y * dst->stride, first, (size_t)r.w * 4);
}

void
gfx_fill_blend(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r, uint32_t argb)
{
	if ((argb >> 24) == 255) {
		gfx_fill(dst, clip, r, argb);
		return;
	}
	r = gfx_clip(dst, clip, r);
	if (gfx_rect_empty(r) || (argb >> 24) == 0)
		return;
	for (int y = 0; y < r.h; y++)
		blend_row(gfx_row(dst, r.x, r.y + y), r.w, argb);
}

void
gfx_hline(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, int w, uint32_t argb)
{
	gfx_fill_blend(dst, clip, gfx_rect_make(x, y, w, 1), argb);
}

void
gfx_vline(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, int h, uint32_t argb)
{
	gfx_fill_blend(dst, clip, gfx_rect_make(x, y, 1, h), argb);
}

void
gfx_gradient(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r, uint32_t top,
             uint32_t bottom_c)
{
	struct gfx_rect c = gfx_clip(dst, clip, r);
	if (gfx_rect_empty(c))
		return;
	int64_t span = r.h > 1 ? r.h - 1 : 1;
	for (int y = c.y; y < c.y + c.h; y++) {
		/* weight of the bottom colour, 0..255, from the row in r */
		uint32_t a = (uint32_t)(((int64_t)(y - r.y) * 255 + span / 2) / span);
		uint32_t px = gfx_blend(top, (bottom_c & 0xFFFFFFu) | a << 24);
		store_row(gfx_row(dst, c.x, y), c.w, px | 0xFF000000u);
	}
}

/* ------------------------------------------------------------ blits */

/*
 * Reduce a blit to matching rectangles: *d in dst, and the source origin
 * (*sx, *sy) of d's top-left. False when nothing is visible.
 */
static bool
blit_rects(const struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y,
           const struct gfx_buf *src, const struct gfx_rect *sr, struct gfx_rect *d, int *sx,
           int *sy)
{
	struct gfx_rect s = gfx_rect_make(0, 0, src->w, src->h);
	if (sr)
		s = gfx_rect_intersect(s, *sr);
	if (gfx_rect_empty(s))
		return false;
	/* where s lands in dst: sr's origin goes to (x, y) */
	int64_t ox = (int64_t)x - (sr ? sr->x : 0);
	int64_t oy = (int64_t)y - (sr ? sr->y : 0);
	int64_t dx0 = ox + s.x, dy0 = oy + s.y;
	struct gfx_rect vis = gfx_rect_make(0, 0, dst->w, dst->h);
	if (clip)
		vis = gfx_rect_intersect(vis, *clip);
	*d = from_edges(max64(dx0, vis.x), max64(dy0, vis.y), min64(dx0 + s.w, right(vis)),
	                min64(dy0 + s.h, bottom(vis)));
	if (gfx_rect_empty(*d))
		return false;
	*sx = (int)(d->x - ox);
	*sy = (int)(d->y - oy);
	return true;
}

void
gfx_blit(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, const struct gfx_buf *src,
         const struct gfx_rect *sr)
{
	struct gfx_rect d;
	int sx, sy;
	if (!blit_rects(dst, clip, x, y, src, sr, &d, &sx, &sy))
		return;
	const uint32_t *s0 = gfx_row(src, sx, sy);
	uint32_t *d0 = gfx_row(dst, d.x, d.y);
	size_t n = (size_t)d.w * 4;
	/* rows in the order that never overwrites a source row still unread */
	bool up = (uintptr_t)d0 > (uintptr_t)s0;
	for (int i = 0; i < d.h; i++) {
		int row = up ? d.h - 1 - i : i;
		memmove(d0 + (size_t)row * dst->stride, s0 + (size_t)row * src->stride, n);
	}
}

/* gfx_blend without its shortcuts: exact for every alpha, branch-free. */
static inline uint32_t
blend_any(uint32_t d, uint32_t s)
{
	uint32_t a = s >> 24;
	uint32_t rb_s = (s & 0xFF00FFu) * a + 0x800080u;
	uint32_t ag_s = (((s >> 8) & 0xFFu) | 0xFF0000u) * a + 0x800080u;
	return blend_pre(d, rb_s, ag_s, 255 - a);
}

/*
 * Source-over of one row, a block of BLOCK pixels at a time: a block is
 * first classified by its lowest and highest alpha and whether it is one
 * colour (a fixed-count loop: vector code on the host), then copied
 * (all opaque), skipped (all clear), blended with one colour's products
 * precomputed, or blended pixel by pixel.
 */
static void
blend_span(uint32_t *d, const uint32_t *s, int n)
{
	int i = 0;
	for (; i + BLOCK <= n; i += BLOCK) {
		uint32_t lo = 255, hi = 0, same = 1, p = s[i];
		for (int k = 0; k < BLOCK; k++) {
			uint32_t a = s[i + k] >> 24;
			lo = a < lo ? a : lo;
			hi = a > hi ? a : hi;
			same &= s[i + k] == p;
		}
		if (lo == 255) {
			memcpy(d + i, s + i, BLOCK * 4);
		} else if (same && hi != 0) {
			uint32_t a = p >> 24, ia = 255 - a;
			uint32_t rb_s = (p & 0xFF00FFu) * a + 0x800080u;
			uint32_t ag_s = (((p >> 8) & 0xFFu) | 0xFF0000u) * a + 0x800080u;
			for (int k = 0; k < BLOCK; k++)
				d[i + k] = blend_pre(d[i + k], rb_s, ag_s, ia);
		} else if (hi != 0) {
			uint32_t t[BLOCK]; /* no aliasing doubts: vector code */
			for (int k = 0; k < BLOCK; k++)
				t[k] = blend_any(d[i + k], s[i + k]);
			memcpy(d + i, t, sizeof(t));
		}
	}
	for (; i < n; i++)
		d[i] = gfx_blend(d[i], s[i]);
}

void
gfx_blit_blend(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y,
               const struct gfx_buf *src, const struct gfx_rect *sr)
{
	struct gfx_rect d;
	int sx, sy;
	if (!blit_rects(dst, clip, x, y, src, sr, &d, &sx, &sy))
		return;
	for (int i = 0; i < d.h; i++)
		blend_span(gfx_row(dst, d.x, d.y + i), gfx_row(src, sx, sy + i), d.w);
}

/* ------------------------------------------------------------ lines */

/* Lines longer than this are halved first so the int64 math cannot overflow. */
#define LINE_MAX_SPAN (1 << 26)

static void
plot(struct gfx_buf *dst, struct gfx_rect vis, int64_t x, int64_t y, uint32_t argb)
{
	if (x >= vis.x && y >= vis.y && x < right(vis) && y < bottom(vis)) {
		uint32_t *p = gfx_row(dst, (int)x, (int)y);
		*p = gfx_blend(*p, argb);
	}
}

/*
 * Bresenham by formula: step i along the major axis has minor offset
 * floor((2*i*amin + amaj) / (2*amaj)), the midpoint rule. Computing it for
 * the first visible step lets us skip everything outside vis, so the work
 * is bounded by the visible length.
 */
static void
line_major(struct gfx_buf *dst, struct gfx_rect vis, int64_t maj0, int64_t maj1, int64_t min0,
           int64_t min1, bool xmajor, uint32_t argb)
{
	int64_t amaj = maj1 > maj0 ? maj1 - maj0 : maj0 - maj1;
	int64_t amin = min1 > min0 ? min1 - min0 : min0 - min1;
	int smaj = maj1 >= maj0 ? 1 : -1, smin = min1 >= min0 ? 1 : -1;
	int64_t lo = xmajor ? vis.x : vis.y, hi = xmajor ? right(vis) : bottom(vis);
	/* visible range of i: maj0 + smaj*i in [lo, hi) */
	int64_t i0 = smaj > 0 ? lo - maj0 : maj0 - (hi - 1);
	int64_t i1 = smaj > 0 ? hi - 1 - maj0 : maj0 - lo;
	i0 = max64(i0, 0);
	i1 = min64(i1, amaj);
	if (amaj == 0 || i0 > i1)
		return;
	int64_t den = 2 * amaj, num = 2 * i0 * amin + amaj;
	int64_t q = num / den, r = num % den;
	for (int64_t i = i0; i <= i1; i++) {
		int64_t a = maj0 + smaj * i, b = min0 + smin * q;
		plot(dst, vis, xmajor ? a : b, xmajor ? b : a, argb);
		r += 2 * amin;
		if (r >= den) {
			r -= den;
			q++;
		}
	}
}

static void
line_clipped(struct gfx_buf *dst, struct gfx_rect vis, int64_t x0, int64_t y0, int64_t x1,
             int64_t y1, uint32_t argb)
{
	if (max64(x0, x1) < vis.x || min64(x0, x1) >= right(vis) || max64(y0, y1) < vis.y ||
	    min64(y0, y1) >= bottom(vis))
		return;
	int64_t dx = x1 - x0, dy = y1 - y0;
	if (dx > LINE_MAX_SPAN || -dx > LINE_MAX_SPAN || dy > LINE_MAX_SPAN ||
	    -dy > LINE_MAX_SPAN) {
		int64_t mx = x0 + dx / 2, my = y0 + dy / 2;
		line_clipped(dst, vis, x0, y0, mx, my, argb);
		line_clipped(dst, vis, mx, my, x1, y1, argb);
		return;
	}
	if (dx == 0 && dy == 0)
		plot(dst, vis, x0, y0, argb);
	else if ((dx < 0 ? -dx : dx) >= (dy < 0 ? -dy : dy))
		line_major(dst, vis, x0, x1, y0, y1, true, argb);
	else
		line_major(dst, vis, y0, y1, x0, x1, false, argb);
}

void
gfx_line(struct gfx_buf *dst, const struct gfx_rect *clip, int x0, int y0, int x1, int y1,
         uint32_t argb)
{
	struct gfx_rect vis = gfx_clip(dst, clip, gfx_rect_make(0, 0, dst->w, dst->h));
	if (gfx_rect_empty(vis) || (argb >> 24) == 0)
		return;
	if (y0 == y1) { /* the common case: one row span */
		int64_t lo = max64(min64(x0, x1), vis.x);
		int64_t hi = min64(max64(x0, x1) + 1, right(vis));
		gfx_fill_blend(dst, &vis, from_edges(lo, y0, hi, (int64_t)y0 + 1), argb);
		return;
	}
	line_clipped(dst, vis, x0, y0, x1, y1, argb);
}

/* ------------------------------------------------------------ rounded rect */

#define MAX_RADIUS (1 << 20) /* keeps the squared distances in int64 */

/*
 * Coverage (0..255) of pixel (px, py) by a disc of radius rad centred at
 * (cx, cy), all in pixels; 16 samples at 1/8-pixel offsets.
 */
static unsigned
disc_coverage(int64_t px, int64_t py, int64_t cx, int64_t cy, int64_t rad)
{
	int64_t r2 = rad * 8 * rad * 8, in = 0;
	for (int j = 0; j < 4; j++) {
		int64_t sy = py * 8 + 2 * j + 1 - cy * 8;
		for (int i = 0; i < 4; i++) {
			int64_t sx = px * 8 + 2 * i + 1 - cx * 8;
			in += sx * sx + sy * sy <= r2;
		}
	}
	return (unsigned)(in * 255 / 16);
}

/* One row of a corner band: anti-aliased ends, a blended middle. */
static void
corner_row(struct gfx_buf *dst, struct gfx_rect vis, struct gfx_rect r, int rad, int64_t y,
           int64_t cy, uint32_t argb)
{
	int64_t lcx = (int64_t)r.x + rad, rcx = right(r) - rad;
	for (int64_t x = max64(r.x, vis.x); x < min64(lcx, right(vis)); x++) {
		unsigned cov = disc_coverage(x, y, lcx, cy, rad);
		if (cov)
			plot(dst, vis, x, y, gfx_alpha_scale(argb, cov));
	}
	for (int64_t x = max64(rcx, vis.x); x < min64(right(r), right(vis)); x++) {
		unsigned cov = disc_coverage(x, y, rcx, cy, rad);
		if (cov)
			plot(dst, vis, x, y, gfx_alpha_scale(argb, cov));
	}
	struct gfx_rect mid = from_edges(lcx, y, rcx, y + 1);
	gfx_fill_blend(dst, &vis, mid, argb);
}

void
gfx_rounded_rect(struct gfx_buf *dst, const struct gfx_rect *clip, struct gfx_rect r, int radius,
                 uint32_t argb)
{
	struct gfx_rect vis = gfx_clip(dst, clip, r);
	if (gfx_rect_empty(vis))
		return;
	int rad = radius < 0 ? 0 : radius > MAX_RADIUS ? MAX_RADIUS : radius;
	if (rad > r.w / 2)
		rad = r.w / 2;
	if (rad > r.h / 2)
		rad = r.h / 2;
	int64_t tcy = (int64_t)r.y + rad, bcy = bottom(r) - rad;
	for (int64_t y = max64(r.y, vis.y); y < min64(tcy, bottom(vis)); y++)
		corner_row(dst, vis, r, rad, y, tcy, argb);
	gfx_fill_blend(dst, &vis, from_edges(r.x, tcy, right(r), bcy), argb);
	for (int64_t y = max64(bcy, vis.y); y < min64(bottom(r), bottom(vis)); y++)
		corner_row(dst, vis, r, rad, y, bcy, argb);
}
