/*
 * test_compose.c - the compositor (wm/compose.c) against a memory screen.
 *
 * The flip callback copies into a separate "video memory" buffer and logs
 * every rect, so the tests see exactly what would reach the screen. The
 * reference is a naive full recompose: background, every visible surface
 * bottom to top, cursor.
 */
#include <stdlib.h>
#include <string.h>
#include "wm/compose.h"
#include "wm/cursor.h"
#include "test.h"

#define MAX_LOG 4096

struct vram {
	struct gfx_buf px;
	struct gfx_rect log[MAX_LOG];
	int nlog;
	long long pixels;
};

static void
vram_flip(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	struct vram *v = ctx;
	for (int y = 0; y < r->h; y++)
		memcpy(gfx_row(&v->px, r->x, r->y + y), src + (size_t)y * stride, (size_t)r->w * 4);
	if (v->nlog < MAX_LOG)
		v->log[v->nlog++] = *r;
	v->pixels += (long long)r->w * r->h;
}

static struct wm_screen *
vram_screen(struct vram *v, int w, int h)
{
	memset(v, 0, sizeof(*v));
	if (!gfx_buf_alloc(&v->px, w, h))
		return NULL;
	gfx_fill(&v->px, NULL, gfx_rect_make(0, 0, w, h), 0xDEADBEEFu);
	return wm_screen_create(w, h, vram_flip, v);
}

static void
vram_reset_log(struct vram *v)
{
	v->nlog = 0;
	v->pixels = 0;
}

/* What the screen must show, composed the slow obvious way. */
struct scene {
	struct wm_surface *z[16]; /* bottom to top, as the test believes */
	int n;
	uint32_t bg;
	const struct gfx_buf *cursor;
	int cx, cy; /* hotspot is (0, 0) */
	bool cursor_on;
};

static void
reference(const struct scene *sc, struct gfx_buf *out)
{
	gfx_fill(out, NULL, gfx_rect_make(0, 0, out->w, out->h), sc->bg);
	for (int i = 0; i < sc->n; i++) {
		struct wm_surface *s = sc->z[i];
		if (!s->visible)
			continue;
		for (int y = 0; y < s->buf.h; y++)
			for (int x = 0; x < s->buf.w; x++) {
				int X = s->x + x, Y = s->y + y;
				if (X < 0 || Y < 0 || X >= out->w || Y >= out->h)
					continue;
				uint32_t p = *gfx_row(&s->buf, x, y), *d = gfx_row(out, X, Y);
				*d = s->alpha ? gfx_blend(*d, p) : p;
			}
	}
	if (sc->cursor_on)
		gfx_blit_blend(out, NULL, sc->cx, sc->cy, sc->cursor, NULL);
}

/* First differing pixel (rgb only), or -1. */
static long
screen_diff(const struct gfx_buf *a, const struct gfx_buf *b)
{
	for (int y = 0; y < a->h; y++)
		for (int x = 0; x < a->w; x++)
			if ((*gfx_row(a, x, y) ^ *gfx_row(b, x, y)) & 0xFFFFFFu)
				return (long)y * a->w + x;
	return -1;
}

static void
random_fill(struct gfx_buf *b, uint32_t *st, bool alpha)
{
	for (int y = 0; y < b->h; y++)
		for (int x = 0; x < b->w; x++) {
			uint32_t p = test_rand(st);
			if (alpha && (x / 4 + y / 3) % 3 == 0)
				p |= 0xFF000000u; /* opaque runs */
			else if (alpha && (x / 5 + y) % 4 == 0)
				p &= 0x00FFFFFFu; /* clear runs */
			*gfx_row(b, x, y) = p;
		}
}

/* Alpha 255 wherever s's opaque hint says so (the hint's contract). */
static void
keep_opaque(struct wm_surface *s)
{
	struct gfx_rect o = gfx_rect_intersect(s->opaque, gfx_rect_make(0, 0, s->buf.w, s->buf.h));
	for (int y = o.y; y < o.y + o.h; y++)
		for (int x = o.x; x < o.x + o.w; x++)
			*gfx_row(&s->buf, x, y) |= 0xFF000000u;
}

static bool
make_surface(struct wm_surface *s, int x, int y, int w, int h, bool alpha, uint32_t colour)
{
	memset(s, 0, sizeof(*s));
	if (!gfx_buf_alloc(&s->buf, w, h))
		return false;
	gfx_fill(&s->buf, NULL, gfx_rect_make(0, 0, w, h), colour);
	s->x = x;
	s->y = y;
	s->alpha = alpha;
	s->visible = true;
	return true;
}

/* ------------------------------------------------------------ damage */

static bool
damage_covers(struct wm_screen *s, struct gfx_rect r)
{
	const struct gfx_rect *d;
	int n = wm_damage_rects(s, &d);
	for (int y = r.y; y < r.y + r.h; y++)
		for (int x = r.x; x < r.x + r.w; x++) {
			bool in = false;
			for (int i = 0; i < n && !in; i++)
				in = gfx_rect_contains_pt(d[i], x, y);
			if (!in)
				return false;
		}
	return true;
}

TEST(damage_merges_overlapping_and_adjacent)
{
	struct wm_screen *s = wm_screen_create(200, 200, NULL, NULL);
	const struct gfx_rect *d;
	REQUIRE(s);
	wm_compose(s);
	CHECK_EQ(wm_damage_rects(s, &d), 0);
	wm_damage(s, gfx_rect_make(10, 10, 20, 20));
	wm_damage(s, gfx_rect_make(25, 10, 20, 20)); /* overlaps */
	REQUIRE(wm_damage_rects(s, &d) == 1);
	CHECK(d[0].x == 10 && d[0].y == 10 && d[0].w == 35 && d[0].h == 20);
	wm_damage(s, gfx_rect_make(100, 100, 10, 10)); /* apart */
	CHECK_EQ(wm_damage_rects(s, &d), 2);
	wm_damage(s, gfx_rect_make(30, 12, 5, 5)); /* inside */
	CHECK_EQ(wm_damage_rects(s, &d), 2);
	wm_damage(s, gfx_rect_make(45, 10, 10, 20)); /* adjacent */
	REQUIRE(wm_damage_rects(s, &d) == 2);
	CHECK(d[0].w == 45 || d[1].w == 45);
	/* a corner contact would paint much more as one box: kept apart */
	wm_damage(s, gfx_rect_make(110, 110, 30, 30));
	CHECK_EQ(wm_damage_rects(s, &d), 3);
	/* a rect bridging two merges all three */
	wm_damage(s, gfx_rect_make(0, 0, 200, 200));
	REQUIRE(wm_damage_rects(s, &d) == 1);
	CHECK(d[0].w == 200 && d[0].h == 200);
	wm_screen_destroy(s);
}

TEST(damage_clipped_to_screen)
{
	struct wm_screen *s = wm_screen_create(50, 40, NULL, NULL);
	const struct gfx_rect *d;
	REQUIRE(s);
	wm_compose(s);
	wm_damage(s, gfx_rect_make(-100, -100, 50, 50));
	wm_damage(s, gfx_rect_make(60, 0, 50, 50));
	CHECK_EQ(wm_damage_rects(s, &d), 0);
	wm_damage(s, gfx_rect_make(-10, 30, 20, 50));
	REQUIRE(wm_damage_rects(s, &d) == 1);
	CHECK(d[0].x == 0 && d[0].y == 30 && d[0].w == 10 && d[0].h == 10);
	wm_screen_destroy(s);
}

/* Random damage: never more than the cap, never a damaged pixel lost. */
TEST(damage_cap_keeps_coverage)
{
	uint32_t st = 2024;
	struct wm_screen *s = wm_screen_create(300, 200, NULL, NULL);
	const struct gfx_rect *d;
	REQUIRE(s);
	for (int round = 0; round < 40; round++) {
		struct gfx_rect added[100];
		int n = test_range(&st, 1, 100);
		wm_compose(s);
		for (int i = 0; i < n; i++) {
			added[i] =
				gfx_rect_make(test_range(&st, -10, 300), test_range(&st, -10, 200),
			                      test_range(&st, 1, 25), test_range(&st, 1, 25));
			wm_damage(s, added[i]);
		}
		CHECK(wm_damage_rects(s, &d) <= WM_DAMAGE_MAX);
		for (int i = 0; i < n; i++)
			if (!CHECKF(damage_covers(
					    s, gfx_rect_intersect(added[i],
			                                          gfx_rect_make(0, 0, 300, 200))),
			            "round %d: rect %d lost", round, i))
				goto out;
	}
out:
	wm_screen_destroy(s);
}

/* ------------------------------------------------------------ composing */

/* Pixels written to the back buffer plus pixels flipped directly. */
static long long
touched(struct wm_screen *s)
{
	return wm_screen_stats(s)->pixels + wm_screen_stats(s)->direct;
}

static void
occlusion(bool direct)
{
	struct vram v;
	struct wm_screen *s = vram_screen(&v, 120, 90);
	struct wm_surface a, b, c;
	REQUIRE(s);
	wm_direct_flip = direct;
	REQUIRE(make_surface(&a, 0, 0, 120, 90, false, GFX_RGB(10, 20, 30)));
	REQUIRE(make_surface(&b, 20, 10, 60, 50, false, GFX_RGB(200, 0, 0)));
	REQUIRE(make_surface(&c, 50, 30, 60, 50, false, GFX_RGB(0, 200, 0)));
	wm_surface_add(s, &a);
	wm_surface_add(s, &b);
	wm_surface_add(s, &c);
	wm_damage_all(s);
	wm_compose(s);
	CHECK_EQ(touched(s), 120 * 90); /* no overdraw */
	CHECK_EQ(wm_screen_stats(s)->direct, direct ? 120 * 90 : 0);
	CHECK_EQ(*gfx_row(&v.px, 60, 40), GFX_RGB(0, 200, 0));
	CHECK_EQ(*gfx_row(&v.px, 25, 15), GFX_RGB(200, 0, 0));
	CHECK_EQ(*gfx_row(&v.px, 5, 5), GFX_RGB(10, 20, 30));
	/* an alpha surface on top makes what it covers paint twice */
	c.alpha = true;
	wm_damage_all(s);
	wm_compose(s);
	CHECK_EQ(touched(s), 120 * 90 + 60 * 50);
	CHECK_EQ(wm_screen_stats(s)->pixels, direct ? 2 * 60 * 50 : 120 * 90 + 60 * 50);
	/* a hidden surface costs nothing */
	wm_surface_show(&b, false);
	c.alpha = false;
	wm_damage_all(s);
	wm_compose(s);
	CHECK_EQ(touched(s), 120 * 90);
	CHECK_EQ(*gfx_row(&v.px, 25, 15), GFX_RGB(10, 20, 30));
	wm_direct_flip = true;
	wm_screen_destroy(s);
	gfx_buf_free(&a.buf);
	gfx_buf_free(&b.buf);
	gfx_buf_free(&c.buf);
	gfx_buf_free(&v.px);
}

TEST(occlusion_paints_each_pixel_once)
{
	occlusion(true);
	occlusion(false);
}

TEST(cursor_drawn_last_and_moves_cheaply)
{
	struct vram v;
	struct wm_screen *s = vram_screen(&v, 100, 80);
	struct wm_surface top;
	int hx, hy;
	const struct gfx_buf *arrow = cursor_arrow(&hx, &hy);
	REQUIRE(s);
	REQUIRE(make_surface(&top, 0, 0, 100, 80, false, GFX_RGB(0, 0, 255)));
	wm_cursor_set(s, arrow, hx, hy);
	wm_cursor_move(s, 40, 30);
	wm_surface_add(s, &top); /* added after the cursor, still below */
	wm_compose(s);
	CHECK_EQ(*gfx_row(&v.px, 40, 30), GFX_RGB(0, 0, 0));       /* tip */
	CHECK_EQ(*gfx_row(&v.px, 41, 33), GFX_RGB(255, 255, 255)); /* fill */
	CHECK_EQ(*gfx_row(&v.px, 39, 30), GFX_RGB(0, 0, 255));
	/* moving damages the old and new cursor rects and nothing else */
	wm_cursor_move(s, 60, 50);
	const struct gfx_rect *d;
	int n = wm_damage_rects(s, &d);
	long long area = 0;
	for (int i = 0; i < n; i++)
		area += gfx_rect_area(d[i]);
	CHECK(n >= 1 && n <= 2);
	CHECK(area <= 2 * arrow->w * arrow->h);
	vram_reset_log(&v);
	wm_compose(s);
	CHECK(v.pixels <= 2 * arrow->w * arrow->h);
	CHECK_EQ(*gfx_row(&v.px, 40, 30), GFX_RGB(0, 0, 255)); /* restored */
	CHECK_EQ(*gfx_row(&v.px, 60, 50), GFX_RGB(0, 0, 0));
	/* hidden: gone from the screen */
	wm_cursor_show(s, false);
	wm_compose(s);
	CHECK_EQ(*gfx_row(&v.px, 60, 50), GFX_RGB(0, 0, 255));
	wm_screen_destroy(s);
	gfx_buf_free(&top.buf);
	gfx_buf_free(&v.px);
}

/* Only damaged pixels are flipped, each exactly once per damage rect. */
TEST(flip_only_damaged_rows)
{
	struct vram v;
	struct wm_screen *s = vram_screen(&v, 640, 480);
	struct wm_surface w;
	REQUIRE(s);
	REQUIRE(make_surface(&w, 100, 100, 300, 200, false, GFX_RGB(9, 9, 9)));
	wm_surface_add(s, &w);
	wm_compose(s);
	CHECK_EQ(v.pixels, 640 * 480);
	vram_reset_log(&v);
	CHECK_EQ(wm_compose(s), 0); /* nothing pending */
	CHECK_EQ(v.nlog, 0);
	struct gfx_rect part = { 10, 20, 50, 30 };
	gfx_fill(&w.buf, NULL, part, GFX_RGB(255, 255, 0));
	wm_surface_damage(&w, &part);
	wm_surface_move(&w, 108, 100);
	const struct gfx_rect *d;
	struct gfx_rect pending[WM_DAMAGE_MAX];
	int n = wm_damage_rects(s, &d);
	long long area = 0;
	memcpy(pending, d, (size_t)n * sizeof(*d));
	for (int i = 0; i < n; i++)
		area += gfx_rect_area(pending[i]);
	wm_compose(s);
	CHECK_EQ(v.pixels, area);
	for (int i = 0; i < v.nlog; i++) {
		bool inside = false;
		for (int j = 0; j < n && !inside; j++)
			inside = gfx_rect_contains(pending[j], v.log[i]);
		CHECKF(inside, "flip %d,%d %dx%d outside the damage", v.log[i].x, v.log[i].y,
		       v.log[i].w, v.log[i].h);
	}
	CHECK_EQ(*gfx_row(&v.px, 118 + 10, 120), GFX_RGB(255, 255, 0));
	CHECK_EQ(*gfx_row(&v.px, 104, 150), GFX_RGB(0, 0, 0));
	wm_screen_destroy(s);
	gfx_buf_free(&w.buf);
	gfx_buf_free(&v.px);
}

TEST(debug_flash_tints_one_frame)
{
	struct vram v;
	struct wm_screen *s = vram_screen(&v, 64, 48);
	struct gfx_buf want;
	struct scene sc = { .bg = GFX_RGB(0, 0, 0) };
	REQUIRE(s && gfx_buf_alloc(&want, 64, 48));
	wm_compose(s);
	wm_debug_flash = true;
	wm_damage(s, gfx_rect_make(8, 8, 16, 16));
	wm_compose(s);
	wm_debug_flash = false;
	CHECK(*gfx_row(&v.px, 10, 10) != GFX_RGB(0, 0, 0)); /* tinted */
	CHECK_EQ(*gfx_row(&v.px, 30, 30), GFX_RGB(0, 0, 0));
	CHECK(wm_damage_pending(s)); /* clean-up is due */
	wm_compose(s);
	reference(&sc, &want);
	CHECK_EQ(screen_diff(&v.px, &want), -1);
	CHECK(!wm_damage_pending(s));
	wm_screen_destroy(s);
	gfx_buf_free(&want);
	gfx_buf_free(&v.px);
}

TEST(surface_at_and_stacking)
{
	struct wm_screen *s = wm_screen_create(100, 100, NULL, NULL);
	struct wm_surface a, b;
	REQUIRE(s);
	REQUIRE(make_surface(&a, 0, 0, 50, 50, false, 0));
	REQUIRE(make_surface(&b, 25, 25, 50, 50, true, 0));
	wm_surface_add(s, &a);
	wm_surface_add(s, &b);
	CHECK(wm_surface_at(s, 30, 30) == &b);
	CHECK(wm_surface_at(s, 10, 10) == &a);
	CHECK(wm_surface_at(s, 90, 10) == NULL);
	wm_surface_raise(&a);
	CHECK(wm_surface_at(s, 30, 30) == &a);
	wm_surface_show(&a, false);
	CHECK(wm_surface_at(s, 30, 30) == &b);
	wm_surface_remove(&b);
	CHECK(wm_surface_at(s, 30, 30) == NULL);
	CHECK(b.screen == NULL);
	wm_screen_destroy(s);
	gfx_buf_free(&a.buf);
	gfx_buf_free(&b.buf);
}

/* Restacking and new pixels damage exactly the surface's old and new rects. */
TEST(surface_add_below_and_set_buf)
{
	struct wm_screen *s = wm_screen_create(100, 100, NULL, NULL);
	struct wm_surface a, b, c;
	struct gfx_buf big;
	const struct gfx_rect *d;
	REQUIRE(s);
	REQUIRE(make_surface(&a, 0, 0, 40, 40, false, 0));
	REQUIRE(make_surface(&b, 20, 20, 40, 40, false, 0));
	REQUIRE(make_surface(&c, 50, 50, 20, 20, false, 0));
	REQUIRE(gfx_buf_alloc(&big, 30, 30));
	wm_surface_add(s, &a);
	wm_surface_add(s, &b);
	wm_surface_add_below(s, &c, &a); /* new, at the bottom */
	CHECK(c.screen == s && wm_surface_at(s, 55, 55) == &b);
	wm_surface_add_below(s, &b, &a); /* moved below a */
	CHECK(wm_surface_at(s, 30, 30) == &a);
	CHECK(wm_surface_at(s, 55, 55) == &b);
	wm_surface_add_below(s, &c, NULL); /* on top */
	CHECK(wm_surface_at(s, 55, 55) == &c);
	wm_compose(s);
	struct gfx_buf small = c.buf;
	wm_surface_set_buf(&c, &big);
	REQUIRE(wm_damage_rects(s, &d) == 1);
	CHECK(d[0].x == 50 && d[0].y == 50 && d[0].w == 30 && d[0].h == 30);
	CHECK(wm_surface_at(s, 75, 75) == &c);
	wm_screen_destroy(s);
	gfx_buf_free(&a.buf);
	gfx_buf_free(&b.buf);
	gfx_buf_free(&small);
	gfx_buf_free(&big);
}

/* ------------------------------------------------------------ property */

static void
scene_raise(struct scene *sc, int i)
{
	struct wm_surface *s = sc->z[i];
	memmove(&sc->z[i], &sc->z[i + 1], (size_t)(sc->n - i - 1) * sizeof(s));
	sc->z[sc->n - 1] = s;
}

/* The model of wm_surface_add_below: z[i] goes just below z[j]. */
static void
scene_below(struct scene *sc, int i, int j)
{
	struct wm_surface *s = sc->z[i];
	memmove(&sc->z[i], &sc->z[i + 1], (size_t)(sc->n - i - 1) * sizeof(s));
	j -= j > i;
	memmove(&sc->z[j + 1], &sc->z[j], (size_t)(sc->n - 1 - j) * sizeof(s));
	sc->z[j] = s;
}

static void
random_op(struct scene *sc, struct wm_screen *scr, uint32_t *st)
{
	int i = test_range(st, 0, sc->n - 1);
	struct wm_surface *s = sc->z[i];
	switch (test_range(st, 0, 8)) {
	case 0:
	case 1:
		wm_surface_move(s, test_range(st, -60, 170), test_range(st, -60, 130));
		break;
	case 2:
		wm_surface_raise(s);
		scene_raise(sc, i);
		break;
	case 3:
		wm_surface_show(s, !s->visible);
		break;
	case 4: {
		struct gfx_rect r =
			gfx_rect_make(test_range(st, -10, s->buf.w), test_range(st, -10, s->buf.h),
		                      test_range(st, 0, 40), test_range(st, 0, 40));
		gfx_fill(&s->buf, NULL, r, test_rand(st));
		keep_opaque(s);
		wm_surface_damage(s, &r);
		break;
	}
	case 5:
	case 6:
		sc->cx = test_range(st, -20, 170);
		sc->cy = test_range(st, -25, 130);
		wm_cursor_move(scr, sc->cx, sc->cy);
		break;
	case 7: {
		int j = test_range(st, 0, sc->n - 1);
		if (j != i) {
			wm_surface_add_below(scr, s, sc->z[j]);
			scene_below(sc, i, j);
		}
		break;
	}
	default:
		wm_surface_remove(s); /* and back: now on top */
		wm_surface_add(scr, s);
		scene_raise(sc, i);
		break;
	}
}

static void
recompose_property(uint32_t st)
{
	struct vram v;
	struct wm_screen *scr = vram_screen(&v, 160, 120);
	struct wm_surface surf[6];
	struct gfx_buf want;
	struct scene sc = { .n = 6, .bg = GFX_RGB(30, 60, 90), .cursor_on = true };
	int hx, hy, composes = 0;

	REQUIRE(scr && gfx_buf_alloc(&want, 160, 120));
	sc.cursor = cursor_arrow(&hx, &hy);
	wm_screen_set_background(scr, sc.bg);
	wm_cursor_set(scr, sc.cursor, hx, hy);
	for (int i = 0; i < sc.n; i++) {
		bool alpha = i % 2;
		REQUIRE(make_surface(&surf[i], test_range(&st, -30, 150), test_range(&st, -30, 110),
		                     test_range(&st, 5, 110), test_range(&st, 5, 90), alpha, 0));
		random_fill(&surf[i].buf, &st, alpha);
		if (i >= 3 && alpha) /* an opaque part, maybe past the edges */
			surf[i].opaque =
				gfx_rect_make(test_range(&st, -10, 40), test_range(&st, -10, 40),
			                      test_range(&st, 0, 90), test_range(&st, 0, 70));
		keep_opaque(&surf[i]);
		wm_surface_add(scr, &surf[i]);
		sc.z[i] = &surf[i];
	}
	for (int step = 0; step < 3000; step++) {
		random_op(&sc, scr, &st);
		if (test_range(&st, 0, 2))
			continue;
		wm_compose(scr);
		composes++;
		reference(&sc, &want);
		long at = screen_diff(&v.px, &want);
		if (!CHECKF(at < 0, "step %d: pixel %ld,%ld differs", step, at % 160, at / 160))
			break;
	}
	CHECK(composes > 500);
	wm_direct_flip = true;
	wm_screen_destroy(scr);
	for (int i = 0; i < sc.n; i++)
		gfx_buf_free(&surf[i].buf);
	gfx_buf_free(&want);
	gfx_buf_free(&v.px);
}

/* Through the back buffer only, and with direct flips (the default). */
TEST(compose_equals_full_recompose)
{
	wm_direct_flip = false;
	recompose_property(0xC0FFEE);
	wm_direct_flip = true;
	recompose_property(0xBEEF01);
}
