/*
 * test_gfx.c - rectangle math and the drawing primitives of gui/gfx.c.
 *
 * Clipping is tested two ways: buffers of exact size (ASan reports any
 * stray write) and views into a larger buffer whose guard border must stay
 * untouched; results are compared with naive per-pixel reference code.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "gui/gfx.h"
#include "test.h"

#define GUARD  0xDEADBEEFu
#define BORDER 8

/* A w x h view into a buffer with a GUARD border of BORDER pixels. */
struct guarded {
	struct gfx_buf all, view;
};

static bool
guarded_alloc(struct guarded *g, int w, int h, uint32_t fill)
{
	if (!gfx_buf_alloc(&g->all, w + 2 * BORDER, h + 2 * BORDER))
		return false;
	gfx_fill(&g->all, NULL, gfx_rect_make(0, 0, g->all.w, g->all.h), GUARD);
	g->view = (struct gfx_buf){ gfx_row(&g->all, BORDER, BORDER), w, h, g->all.stride };
	gfx_fill(&g->view, NULL, gfx_rect_make(0, 0, w, h), fill);
	return true;
}

static bool
guard_intact(const struct guarded *g)
{
	for (int y = 0; y < g->all.h; y++)
		for (int x = 0; x < g->all.w; x++) {
			bool inside = x >= BORDER && y >= BORDER && x < BORDER + g->view.w &&
			              y < BORDER + g->view.h;
			if (!inside && *gfx_row(&g->all, x, y) != GUARD)
				return false;
		}
	return true;
}

static struct gfx_rect
random_rect(uint32_t *st, int lo, int hi)
{
	return gfx_rect_make(test_range(st, lo, hi), test_range(st, lo, hi),
	                     test_range(st, -5, hi - lo), test_range(st, -5, hi - lo));
}

/* ------------------------------------------------------------ rects */

TEST(rect_intersect_union)
{
	struct gfx_rect a = { 0, 0, 10, 10 }, b = { 5, 5, 10, 10 };
	struct gfx_rect i = gfx_rect_intersect(a, b), u = gfx_rect_union(a, b);
	CHECK(i.x == 5 && i.y == 5 && i.w == 5 && i.h == 5);
	CHECK(u.x == 0 && u.y == 0 && u.w == 15 && u.h == 15);
	CHECK(gfx_rect_empty(gfx_rect_intersect(a, gfx_rect_make(10, 0, 5, 5))));
	CHECK(gfx_rect_empty(gfx_rect_make(3, 3, 0, 5)));
	CHECK(gfx_rect_empty(gfx_rect_make(3, 3, -4, 5)));
	/* an empty operand does not stretch a union */
	u = gfx_rect_union(a, gfx_rect_make(100, 100, 0, 0));
	CHECK(u.x == 0 && u.w == 10 && u.h == 10);
	CHECK(gfx_rect_overlaps(a, b));
	CHECK(!gfx_rect_overlaps(a, gfx_rect_make(10, 0, 5, 5)));
	CHECK(gfx_rect_touches(a, gfx_rect_make(10, 0, 5, 5)));
	CHECK(!gfx_rect_touches(a, gfx_rect_make(11, 0, 5, 5)));
}

TEST(rect_contains)
{
	struct gfx_rect a = { -5, -5, 10, 10 };
	CHECK(gfx_rect_contains(a, gfx_rect_make(-5, -5, 10, 10)));
	CHECK(gfx_rect_contains(a, gfx_rect_make(0, 0, 5, 5)));
	CHECK(!gfx_rect_contains(a, gfx_rect_make(0, 0, 6, 5)));
	CHECK(gfx_rect_contains(a, gfx_rect_make(1000, 1000, 0, 0)));
	CHECK(gfx_rect_contains_pt(a, -5, 4));
	CHECK(!gfx_rect_contains_pt(a, 5, 0));
	CHECK(!gfx_rect_contains_pt(gfx_rect_make(0, 0, 0, 0), 0, 0));
}

TEST(rect_extremes_do_not_overflow)
{
	struct gfx_rect big = { INT_MAX - 1, INT_MAX - 1, INT_MAX, INT_MAX };
	struct gfx_rect neg = { INT_MIN, INT_MIN, INT_MAX, INT_MAX };
	struct gfx_rect i = gfx_rect_intersect(big, neg);
	CHECK(gfx_rect_empty(i));
	struct gfx_rect u = gfx_rect_union(big, neg);
	CHECK(u.x == INT_MIN && u.w == INT_MAX);
	CHECK(gfx_rect_contains_pt(neg, -2, -2) && !gfx_rect_contains_pt(neg, -1, -1));
	CHECK(gfx_rect_touches(neg, gfx_rect_make(-1, -1, 1, 1)));
	struct gfx_rect pieces[4];
	CHECK(gfx_rect_subtract(big, neg, pieces) == 1);
}

/* Every point of a is in exactly one of (a ∩ b, pieces of a - b). */
TEST(rect_subtract_partitions)
{
	uint32_t st = 12345;
	for (int n = 0; n < 2000; n++) {
		struct gfx_rect a = random_rect(&st, -4, 12);
		struct gfx_rect b = random_rect(&st, -4, 12), p[4];
		int k = gfx_rect_subtract(a, b, p);
		CHECK(k >= 0 && k <= 4);
		for (int y = -6; y < 30; y++)
			for (int x = -6; x < 30; x++) {
				int hits = gfx_rect_contains_pt(gfx_rect_intersect(a, b), x, y);
				for (int i = 0; i < k; i++)
					hits += gfx_rect_contains_pt(p[i], x, y);
				if (!CHECKF(hits == gfx_rect_contains_pt(a, x, y),
				            "point %d,%d covered %d times", x, y, hits))
					return;
			}
	}
}

TEST(clip_to_buffer_and_clip)
{
	struct gfx_buf b = { NULL, 100, 50, 100 };
	struct gfx_rect clip = { 10, 10, 20, 20 };
	struct gfx_rect r = gfx_clip(&b, NULL, gfx_rect_make(-10, -10, 200, 200));
	CHECK(r.x == 0 && r.y == 0 && r.w == 100 && r.h == 50);
	r = gfx_clip(&b, &clip, gfx_rect_make(-10, -10, 200, 200));
	CHECK(r.x == 10 && r.y == 10 && r.w == 20 && r.h == 20);
	r = gfx_clip(&b, &clip, gfx_rect_make(35, 0, 5, 5));
	CHECK(gfx_rect_empty(r));
}

/* ------------------------------------------------------------ pixels */

/* gfx_blend rounds every channel to nearest: exhaustive over a, s, d. */
TEST(blend_rounding_exact)
{
	for (uint32_t a = 0; a < 256; a++)
		for (uint32_t s = 0; s < 256; s += 3)
			for (uint32_t d = 0; d < 256; d++) {
				uint32_t out = gfx_blend(d * 0x010101u, a << 24 | s * 0x010101u);
				uint32_t want = (s * a + d * (255 - a) + 127) / 255;
				if (a == 0)
					want = d;
				if (!CHECKF((out & 0xFF) == want && (out >> 8 & 0xFF) == want &&
				                    (out >> 16 & 0xFF) == want,
				            "a=%u s=%u d=%u gave %08x want %02x", a, s, d, out,
				            want))
					return;
			}
}

TEST(blend_alpha_union)
{
	CHECK_EQ(gfx_blend(0x00000000u, 0x80FFFFFFu) >> 24, 0x80);
	CHECK_EQ(gfx_blend(0xFF000000u, 0x80FFFFFFu) >> 24, 0xFF);
	CHECK_EQ(gfx_blend(0x80000000u, 0x80FFFFFFu) >> 24, 0xC0);
	CHECK_EQ(gfx_blend(0x12345678u, 0x00FFFFFFu), 0x12345678u);
	CHECK_EQ(gfx_blend(0x12345678u, 0xFFABCDEFu), 0xFFABCDEFu);
	CHECK_EQ(gfx_alpha_scale(0xFF102030u, 128), 0x80102030u);
}

TEST(fill_clips_everywhere)
{
	struct guarded g;
	uint32_t st = 99;
	REQUIRE(guarded_alloc(&g, 37, 23, 0));
	for (int n = 0; n < 3000; n++) {
		struct gfx_rect r = random_rect(&st, -60, 60);
		struct gfx_rect c = random_rect(&st, -20, 40);
		uint32_t colour = test_rand(&st);
		if (n % 3 == 0)
			gfx_fill(&g.view, n & 1 ? &c : NULL, r, colour);
		else if (n % 3 == 1)
			gfx_fill_blend(&g.view, &c, r, colour);
		else
			gfx_rounded_rect(&g.view, &c, r, test_range(&st, -2, 30), colour);
	}
	CHECK(guard_intact(&g));
	/* and far off: nothing written, no overflow */
	gfx_fill(&g.view, NULL, gfx_rect_make(INT_MIN, INT_MIN, INT_MAX, INT_MAX), 1);
	gfx_fill(&g.view, NULL, gfx_rect_make(INT_MAX, 0, INT_MAX, 5), 1);
	gfx_rounded_rect(&g.view, NULL, gfx_rect_make(INT_MAX - 10, INT_MAX - 10, INT_MAX, INT_MAX),
	                 50, ~0u);
	gfx_hline(&g.view, NULL, INT_MIN, 3, INT_MAX, ~0u);
	gfx_vline(&g.view, NULL, 3, INT_MAX, INT_MAX, ~0u);
	CHECK(guard_intact(&g));
	gfx_buf_free(&g.all);
}

TEST(fill_exact_pixels)
{
	struct gfx_buf b;
	REQUIRE(gfx_buf_alloc(&b, 8, 6));
	struct gfx_rect clip = { 2, 0, 4, 6 };
	gfx_fill(&b, &clip, gfx_rect_make(-3, 1, 7, 2), 0xFF00FF00u);
	for (int y = 0; y < 6; y++)
		for (int x = 0; x < 8; x++) {
			bool in = x >= 2 && x < 4 && y >= 1 && y < 3;
			CHECKF(*gfx_row(&b, x, y) == (in ? 0xFF00FF00u : 0), "pixel %d,%d", x, y);
		}
	gfx_fill_blend(&b, NULL, gfx_rect_make(0, 0, 8, 6), 0x80FF0000u);
	CHECK_EQ(*gfx_row(&b, 0, 0), 0x80800000u);
	CHECK_EQ(*gfx_row(&b, 2, 1), 0xFF807F00u);
	gfx_buf_free(&b);
}

static uint32_t
ref_pixel(const struct gfx_buf *src, int x, int y)
{
	return *gfx_row(src, x, y);
}

/* Naive blit: every dst pixel inside dst/clip whose source is inside sr. */
static void
ref_blit(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, const struct gfx_buf *src,
         const struct gfx_rect *sr, bool blend)
{
	struct gfx_rect s = sr ? *sr : gfx_rect_make(0, 0, src->w, src->h);
	for (int dy = 0; dy < dst->h; dy++)
		for (int dx = 0; dx < dst->w; dx++) {
			long long sx = (long long)dx - x + s.x, sy = (long long)dy - y + s.y;
			if (clip && !gfx_rect_contains_pt(*clip, dx, dy))
				continue;
			if (sx < 0 || sy < 0 || sx >= src->w || sy >= src->h)
				continue;
			if (!gfx_rect_contains_pt(s, (int)sx, (int)sy))
				continue;
			uint32_t p = ref_pixel(src, (int)sx, (int)sy);
			uint32_t *d = gfx_row(dst, dx, dy);
			*d = blend ? gfx_blend(*d, p) : p;
		}
}

static void
random_pixels(struct gfx_buf *b, uint32_t *st)
{
	for (int y = 0; y < b->h; y++)
		for (int x = 0; x < b->w; x++) {
			uint32_t p = test_rand(st);
			int k = test_range(st, 0, 3); /* runs of 0 and 255 */
			if (k == 0)
				p |= 0xFF000000u;
			else if (k == 1)
				p &= 0x00FFFFFFu;
			*gfx_row(b, x, y) = p;
		}
}

static bool
bufs_equal(const struct gfx_buf *a, const struct gfx_buf *b)
{
	for (int y = 0; y < a->h; y++)
		if (memcmp(gfx_row(a, 0, y), gfx_row(b, 0, y), (size_t)a->w * 4))
			return false;
	return true;
}

static void
blit_against_reference(bool blend)
{
	uint32_t st = blend ? 777 : 778;
	struct guarded got, want;
	struct gfx_buf src;
	REQUIRE(guarded_alloc(&got, 29, 17, 0x11223344u));
	REQUIRE(guarded_alloc(&want, 29, 17, 0x11223344u));
	REQUIRE(gfx_buf_alloc(&src, 13, 11));
	for (int n = 0; n < 3000; n++) {
		random_pixels(&src, &st);
		struct gfx_rect sr = random_rect(&st, -8, 16), clip = random_rect(&st, -8, 30);
		int x = test_range(&st, -20, 35), y = test_range(&st, -20, 25);
		bool use_sr = n & 1, use_clip = n & 2;
		const struct gfx_rect *psr = use_sr ? &sr : NULL;
		const struct gfx_rect *pc = use_clip ? &clip : NULL;
		if (blend)
			gfx_blit_blend(&got.view, pc, x, y, &src, psr);
		else
			gfx_blit(&got.view, pc, x, y, &src, psr);
		ref_blit(&want.view, pc, x, y, &src, psr, blend);
		if (!CHECKF(bufs_equal(&got.view, &want.view), "case %d: at %d,%d sr %d,%d %dx%d",
		            n, x, y, sr.x, sr.y, sr.w, sr.h))
			break;
	}
	CHECK(guard_intact(&got));
	gfx_blit(&got.view, NULL, INT_MIN, INT_MAX, &src, NULL);
	gfx_blit(&got.view, NULL, INT_MAX, INT_MIN, &src,
	         &(struct gfx_rect){ INT_MIN, INT_MIN, INT_MAX, INT_MAX });
	gfx_blit_blend(&got.view, NULL, -3, -3, &src,
	               &(struct gfx_rect){ INT_MAX - 2, 0, INT_MAX, 5 });
	CHECK(guard_intact(&got));
	gfx_buf_free(&got.all);
	gfx_buf_free(&want.all);
	gfx_buf_free(&src);
}

TEST(blit_clips_like_reference)
{
	blit_against_reference(false);
}

TEST(blit_blend_clips_like_reference)
{
	blit_against_reference(true);
}

/* A blit within one buffer behaves as if the source were copied first. */
TEST(blit_overlapping_same_buffer)
{
	uint32_t st = 4242;
	struct gfx_buf b, copy, want;
	REQUIRE(gfx_buf_alloc(&b, 31, 19));
	REQUIRE(gfx_buf_alloc(&copy, 31, 19));
	REQUIRE(gfx_buf_alloc(&want, 31, 19));
	for (int n = 0; n < 500; n++) {
		random_pixels(&b, &st);
		memcpy(copy.px, b.px, 31 * 19 * 4);
		memcpy(want.px, b.px, 31 * 19 * 4);
		struct gfx_rect sr = random_rect(&st, -3, 25);
		int x = test_range(&st, -5, 30), y = test_range(&st, -5, 20);
		gfx_blit(&b, NULL, x, y, &b, &sr);
		ref_blit(&want, NULL, x, y, &copy, &sr, false);
		if (!CHECKF(bufs_equal(&b, &want), "case %d", n))
			break;
	}
	gfx_buf_free(&b);
	gfx_buf_free(&copy);
	gfx_buf_free(&want);
}

/* ------------------------------------------------------------ lines */

static void
ref_line(struct gfx_buf *b, const struct gfx_rect *clip, int x0, int y0, int x1, int y1, uint32_t c)
{
	long long dx = (long long)x1 - x0, dy = (long long)y1 - y0;
	long long adx = dx < 0 ? -dx : dx, ady = dy < 0 ? -dy : dy;
	bool xmaj = adx >= ady;
	long long amaj = xmaj ? adx : ady, amin = xmaj ? ady : adx;
	int smaj = (xmaj ? dx : dy) < 0 ? -1 : 1, smin = (xmaj ? dy : dx) < 0 ? -1 : 1;
	for (long long i = 0; i <= amaj; i++) {
		long long m = amaj ? (2 * i * amin + amaj) / (2 * amaj) : 0;
		long long x = xmaj ? x0 + smaj * i : x0 + smin * m;
		long long y = xmaj ? y0 + smin * m : y0 + smaj * i;
		if (x < 0 || y < 0 || x >= b->w || y >= b->h)
			continue;
		if (clip && !gfx_rect_contains_pt(*clip, (int)x, (int)y))
			continue;
		*gfx_row(b, (int)x, (int)y) = gfx_blend(*gfx_row(b, (int)x, (int)y), c);
	}
}

TEST(line_matches_reference)
{
	uint32_t st = 31337;
	struct gfx_buf got, want;
	REQUIRE(gfx_buf_alloc(&got, 40, 30));
	REQUIRE(gfx_buf_alloc(&want, 40, 30));
	for (int n = 0; n < 3000; n++) {
		int x0 = test_range(&st, -30, 70), y0 = test_range(&st, -30, 60);
		int x1 = test_range(&st, -30, 70), y1 = test_range(&st, -30, 60);
		struct gfx_rect clip = random_rect(&st, -5, 35);
		const struct gfx_rect *pc = n & 1 ? &clip : NULL;
		uint32_t c = test_rand(&st) | 0xFF000000u;
		gfx_line(&got, pc, x0, y0, x1, y1, c);
		ref_line(&want, pc, x0, y0, x1, y1, c);
		if (!CHECKF(bufs_equal(&got, &want), "line %d,%d-%d,%d", x0, y0, x1, y1))
			break;
	}
	gfx_buf_free(&got);
	gfx_buf_free(&want);
}

TEST(line_far_endpoints_stay_inside_and_finish)
{
	struct guarded g;
	REQUIRE(guarded_alloc(&g, 50, 40, 0));
	gfx_line(&g.view, NULL, INT_MIN, INT_MIN, INT_MAX, INT_MAX, ~0u);
	gfx_line(&g.view, NULL, INT_MAX, INT_MIN, INT_MIN, INT_MAX, ~0u);
	gfx_line(&g.view, NULL, INT_MIN, 20, INT_MAX, 20, ~0u);
	gfx_line(&g.view, NULL, 10, INT_MIN, 10, INT_MAX, ~0u);
	gfx_line(&g.view, NULL, -1000000000, 5, 1000000000, 35, ~0u);
	CHECK(guard_intact(&g));
	CHECK_EQ(*gfx_row(&g.view, 7, 20), ~0u);
	CHECK_EQ(*gfx_row(&g.view, 10, 3), ~0u);
	CHECK_EQ(*gfx_row(&g.view, 25, 25), ~0u); /* on the diagonal */
	gfx_buf_free(&g.all);
}

/* ------------------------------------------------------------ shapes */

TEST(rounded_rect_shape)
{
	struct gfx_buf b;
	REQUIRE(gfx_buf_alloc(&b, 40, 30));
	gfx_rounded_rect(&b, NULL, gfx_rect_make(5, 5, 30, 20), 8, 0xFFFFFFFFu);
	CHECK_EQ(*gfx_row(&b, 5, 5) >> 24, 0);       /* corner is cut */
	CHECK_EQ(*gfx_row(&b, 20, 15), 0xFFFFFFFFu); /* middle solid */
	CHECK_EQ(*gfx_row(&b, 5, 15), 0xFFFFFFFFu);  /* straight edge */
	CHECK_EQ(*gfx_row(&b, 4, 15), 0);            /* outside */
	unsigned a = *gfx_row(&b, 7, 7) >> 24;
	CHECKF(a > 0 && a < 255, "corner edge alpha %u", a); /* anti-aliased */
	for (int y = 0; y < 30; y++)                         /* symmetric */
		for (int x = 0; x < 40; x++)
			if (!CHECKF(*gfx_row(&b, x, y) == *gfx_row(&b, 39 - x, y) &&
			                    *gfx_row(&b, x, y) == *gfx_row(&b, x, 29 - y),
			            "asymmetry at %d,%d", x, y))
				goto out;
	/* radius 0 is a plain fill */
	struct gfx_buf c;
	REQUIRE(gfx_buf_alloc(&c, 40, 30));
	gfx_fill(&b, NULL, gfx_rect_make(0, 0, 40, 30), 0);
	gfx_rounded_rect(&b, NULL, gfx_rect_make(3, 4, 10, 9), 0, 0xFF123456u);
	gfx_fill(&c, NULL, gfx_rect_make(3, 4, 10, 9), 0xFF123456u);
	CHECK(bufs_equal(&b, &c));
	gfx_buf_free(&c);
out:
	gfx_buf_free(&b);
}

TEST(gradient_ends)
{
	struct gfx_buf b;
	REQUIRE(gfx_buf_alloc(&b, 4, 11));
	gfx_gradient(&b, NULL, gfx_rect_make(0, 0, 4, 11), GFX_RGB(0, 0, 0), GFX_RGB(200, 100, 50));
	CHECK_EQ(*gfx_row(&b, 0, 0), GFX_RGB(0, 0, 0));
	CHECK_EQ(*gfx_row(&b, 3, 10), GFX_RGB(200, 100, 50));
	CHECK_EQ(*gfx_row(&b, 2, 5), GFX_RGB(100, 50, 25));
	/* clipped: rows keep the colour of the full gradient */
	gfx_fill(&b, NULL, gfx_rect_make(0, 0, 4, 11), 0);
	gfx_gradient(&b, &(struct gfx_rect){ 0, 5, 4, 1 }, gfx_rect_make(0, 0, 4, 11),
	             GFX_RGB(0, 0, 0), GFX_RGB(200, 100, 50));
	CHECK_EQ(*gfx_row(&b, 2, 5), GFX_RGB(100, 50, 25));
	CHECK_EQ(*gfx_row(&b, 2, 4), 0);
	gfx_buf_free(&b);
}
