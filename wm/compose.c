/*
 * compose.c - the compositor (see compose.h for the model).
 *
 * Invariants:
 * - Damage is a list of at most WM_DAMAGE_MAX rects inside the screen. A
 *   new rect swallows every pending rect it touches when their bounding box
 *   costs no more pixels than painting both apart; past the cap the whole
 *   list collapses to its bounding box. So nothing damaged is ever lost,
 *   only sometimes over-painted.
 * - A damaged rect is shown band by band (bands of rows small enough to
 *   stay in the cache). show() walks the surfaces from the top down: where
 *   the first surface met is opaque, has no cursor over it and nothing
 *   translucent above, its pixels are flipped straight from its own buffer
 *   (wm_direct_flip: one copy per pixel, as cheap as a memcpy); everything
 *   else is painted into the back buffer (paint()) and flipped from there.
 * - paint() also walks top down: the first opaque surface met is copied and
 *   only the parts of the rect it does not cover continue downwards, so a
 *   pixel hidden under an opaque surface is never touched; an alpha
 *   surface first lets everything below paint the rect, then blends itself
 *   on top. The cursor is blended last, just before the flip.
 * - An alpha surface's opaque hint is treated, in both walks, as an opaque
 *   surface of its own: its part of the rect is copied (or flipped
 *   directly) and the rest of the rect walks on from the same surface,
 *   which then no longer meets the hint.
 * - The back buffer is scratch: it is read only by the flip, and only
 *   inside rects painted in the same wm_compose(). It holds the frame only
 *   where the frame had to be composed; the screen always shows exactly the
 *   last composition of each pixel.
 * Portable: kernel and host.
 */
#include <stdlib.h>
#include <string.h>
#include "compose.h"

#define FLASH_TINT GFX_ARGB(0x80, 0xFF, 0x00, 0xFF)
#define BAND_BYTES (64 * 1024) /* back-buffer rows composed per flip */

bool wm_debug_flash;
bool wm_direct_flip = true;

struct damage {
	struct gfx_rect r[WM_DAMAGE_MAX];
	int n;
};

struct cursor {
	const struct gfx_buf *img;
	int hot_x, hot_y;
	int x, y;
	bool visible;
};

struct wm_screen {
	struct gfx_buf back;
	struct gfx_rect bounds;
	wm_flip_fn flip;
	void *ctx;
	uint32_t bg;
	struct wm_surface *bottom, *top;
	struct damage damage;
	struct damage flashed; /* tinted last frame: repaint clean now */
	struct cursor cur;
	struct wm_stats stats;
};

/* ------------------------------------------------------------ damage */

static void
damage_add(struct damage *d, struct gfx_rect bounds, struct gfx_rect r)
{
	r = gfx_rect_intersect(r, bounds);
	if (gfx_rect_empty(r))
		return;
	for (int i = 0; i < d->n; i++) {
		if (gfx_rect_contains(d->r[i], r))
			return;
		struct gfx_rect u = gfx_rect_union(d->r[i], r);
		if (gfx_rect_touches(d->r[i], r) &&
		    gfx_rect_area(u) <= gfx_rect_area(d->r[i]) + gfx_rect_area(r)) {
			d->r[i] = d->r[--d->n]; /* take it out, retry the union */
			r = u;
			i = -1;
		}
	}
	if (d->n == WM_DAMAGE_MAX) {
		for (int i = 0; i < d->n; i++)
			r = gfx_rect_union(r, d->r[i]);
		d->n = 0;
	}
	d->r[d->n++] = r;
}

void
wm_damage(struct wm_screen *s, struct gfx_rect r)
{
	damage_add(&s->damage, s->bounds, r);
}

void
wm_damage_all(struct wm_screen *s)
{
	s->damage.r[0] = s->bounds;
	s->damage.n = 1;
}

bool
wm_damage_pending(const struct wm_screen *s)
{
	return s->damage.n > 0 || s->flashed.n > 0;
}

int
wm_damage_rects(const struct wm_screen *s, const struct gfx_rect **out)
{
	*out = s->damage.r;
	return s->damage.n;
}

/* ------------------------------------------------------------ screen */

struct wm_screen *
wm_screen_create(int w, int h, wm_flip_fn flip, void *ctx)
{
	struct wm_screen *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	if (!gfx_buf_alloc(&s->back, w, h)) {
		free(s);
		return NULL;
	}
	s->bounds = gfx_rect_make(0, 0, w, h);
	s->flip = flip;
	s->ctx = ctx;
	s->bg = GFX_RGB(0, 0, 0);
	wm_damage_all(s);
	return s;
}

void
wm_screen_destroy(struct wm_screen *s)
{
	if (!s)
		return;
	while (s->top)
		wm_surface_remove(s->top);
	gfx_buf_free(&s->back);
	free(s);
}

const struct gfx_buf *
wm_screen_back(const struct wm_screen *s)
{
	return &s->back;
}

void
wm_screen_set_background(struct wm_screen *s, uint32_t rgb)
{
	s->bg = rgb | 0xFF000000u;
	wm_damage_all(s);
}

const struct wm_stats *
wm_screen_stats(const struct wm_screen *s)
{
	return &s->stats;
}

/* ------------------------------------------------------------ surfaces */

struct gfx_rect
wm_surface_rect(const struct wm_surface *sf)
{
	return gfx_rect_make(sf->x, sf->y, sf->buf.w, sf->buf.h);
}

static void
damage_surface(struct wm_surface *sf)
{
	if (sf->screen && sf->visible)
		wm_damage(sf->screen, wm_surface_rect(sf));
}

static void
link_top(struct wm_screen *s, struct wm_surface *sf)
{
	sf->above = NULL;
	sf->below = s->top;
	if (s->top)
		s->top->above = sf;
	else
		s->bottom = sf;
	s->top = sf;
}

static void
unlink_surface(struct wm_screen *s, struct wm_surface *sf)
{
	if (sf->above)
		sf->above->below = sf->below;
	else
		s->top = sf->below;
	if (sf->below)
		sf->below->above = sf->above;
	else
		s->bottom = sf->above;
	sf->above = sf->below = NULL;
}

void
wm_surface_add(struct wm_screen *s, struct wm_surface *sf)
{
	sf->screen = s;
	link_top(s, sf);
	damage_surface(sf);
}

static void
link_below(struct wm_screen *s, struct wm_surface *sf, struct wm_surface *ref)
{
	sf->above = ref;
	sf->below = ref->below;
	if (ref->below)
		ref->below->above = sf;
	else
		s->bottom = sf;
	ref->below = sf;
}

void
wm_surface_add_below(struct wm_screen *s, struct wm_surface *sf, struct wm_surface *ref)
{
	if (ref == sf || (ref && ref->screen != s))
		return;
	if (sf->screen) {
		damage_surface(sf); /* what it covered where it was */
		unlink_surface(sf->screen, sf);
	}
	sf->screen = s;
	if (ref)
		link_below(s, sf, ref);
	else
		link_top(s, sf);
	damage_surface(sf);
}

void
wm_surface_set_buf(struct wm_surface *sf, const struct gfx_buf *buf)
{
	damage_surface(sf);
	sf->buf = *buf;
	damage_surface(sf);
}

void
wm_surface_remove(struct wm_surface *sf)
{
	struct wm_screen *s = sf->screen;
	if (!s)
		return;
	damage_surface(sf);
	unlink_surface(s, sf);
	sf->screen = NULL;
}

void
wm_surface_move(struct wm_surface *sf, int x, int y)
{
	if (sf->x == x && sf->y == y)
		return;
	damage_surface(sf);
	sf->x = x;
	sf->y = y;
	damage_surface(sf);
}

void
wm_surface_raise(struct wm_surface *sf)
{
	struct wm_screen *s = sf->screen;
	if (!s || s->top == sf)
		return;
	unlink_surface(s, sf);
	link_top(s, sf);
	damage_surface(sf);
}

void
wm_surface_show(struct wm_surface *sf, bool visible)
{
	if (sf->visible == visible)
		return;
	if (!visible)
		damage_surface(sf);
	sf->visible = visible;
	damage_surface(sf);
}

void
wm_surface_damage(struct wm_surface *sf, const struct gfx_rect *r)
{
	if (!sf->screen || !sf->visible)
		return;
	struct gfx_rect all = gfx_rect_make(0, 0, sf->buf.w, sf->buf.h);
	struct gfx_rect d = r ? gfx_rect_intersect(*r, all) : all;
	if (gfx_rect_empty(d))
		return;
	d.x += sf->x;
	d.y += sf->y;
	wm_damage(sf->screen, d);
}

struct wm_surface *
wm_surface_at(struct wm_screen *s, int x, int y)
{
	for (struct wm_surface *sf = s->top; sf; sf = sf->below)
		if (sf->visible && gfx_rect_contains_pt(wm_surface_rect(sf), x, y))
			return sf;
	return NULL;
}

/* ------------------------------------------------------------ cursor */

static struct gfx_rect
cursor_rect(const struct wm_screen *s)
{
	const struct cursor *c = &s->cur;
	if (!c->img || !c->visible)
		return gfx_rect_make(0, 0, 0, 0);
	return gfx_rect_make(c->x - c->hot_x, c->y - c->hot_y, c->img->w, c->img->h);
}

void
wm_cursor_set(struct wm_screen *s, const struct gfx_buf *img, int hot_x, int hot_y)
{
	wm_damage(s, cursor_rect(s));
	s->cur.img = img;
	s->cur.hot_x = hot_x;
	s->cur.hot_y = hot_y;
	s->cur.visible = true;
	wm_damage(s, cursor_rect(s));
}

void
wm_cursor_move(struct wm_screen *s, int x, int y)
{
	if (s->cur.x == x && s->cur.y == y)
		return;
	wm_damage(s, cursor_rect(s));
	s->cur.x = x;
	s->cur.y = y;
	wm_damage(s, cursor_rect(s));
}

void
wm_cursor_show(struct wm_screen *s, bool visible)
{
	wm_damage(s, cursor_rect(s));
	s->cur.visible = visible;
	wm_damage(s, cursor_rect(s));
}

void
wm_cursor_pos(const struct wm_screen *s, int *x, int *y)
{
	*x = s->cur.x;
	*y = s->cur.y;
}

/* ------------------------------------------------------------ composing */

/* The part of r that sf's opaque hint covers (screen coordinates). */
static struct gfx_rect
opaque_part(const struct wm_surface *sf, struct gfx_rect r)
{
	struct gfx_rect o = sf->opaque;
	if (!sf->alpha || gfx_rect_empty(o))
		return gfx_rect_make(0, 0, 0, 0);
	o.x += sf->x;
	o.y += sf->y;
	return gfx_rect_intersect(gfx_rect_intersect(o, wm_surface_rect(sf)), r);
}

/* Blend (or, !blend, copy) the part `in` (screen coordinates) of sf into the back. */
static void
put_surface(struct wm_screen *s, struct wm_surface *sf, struct gfx_rect in, bool blend)
{
	struct gfx_rect sr = gfx_rect_make(in.x - sf->x, in.y - sf->y, in.w, in.h);
	if (blend)
		gfx_blit_blend(&s->back, NULL, in.x, in.y, &sf->buf, &sr);
	else
		gfx_blit(&s->back, NULL, in.x, in.y, &sf->buf, &sr);
	s->stats.pixels += gfx_rect_area(in);
}

/*
 * Paint r from the surfaces at and below `from`. Recursion goes strictly
 * downwards, so its depth is bounded by the number of surfaces.
 */
static void
paint(struct wm_screen *s, struct gfx_rect r, struct wm_surface *from)
{
	struct gfx_rect rest[4];
	for (struct wm_surface *sf = from; sf; sf = sf->below) {
		if (!sf->visible)
			continue;
		struct gfx_rect in = gfx_rect_intersect(r, wm_surface_rect(sf));
		if (gfx_rect_empty(in))
			continue;
		struct gfx_rect o = opaque_part(sf, in);
		if (!gfx_rect_empty(o)) { /* copied; the rest from sf again */
			put_surface(s, sf, o, false);
			int n = gfx_rect_subtract(r, o, rest);
			for (int i = 0; i < n; i++)
				paint(s, rest[i], sf);
			return;
		}
		if (sf->alpha) {
			paint(s, r, sf->below);
			put_surface(s, sf, in, true);
			return;
		}
		put_surface(s, sf, in, false);
		int n = gfx_rect_subtract(r, in, rest);
		for (int i = 0; i < n; i++)
			paint(s, rest[i], sf->below);
		return;
	}
	gfx_fill(&s->back, NULL, r, s->bg);
	s->stats.pixels += gfx_rect_area(r);
}

static void
paint_cursor(struct wm_screen *s, struct gfx_rect r)
{
	struct gfx_rect cr = cursor_rect(s);
	if (!gfx_rect_overlaps(cr, r))
		return;
	gfx_blit_blend(&s->back, &r, cr.x, cr.y, s->cur.img, NULL);
}

/* Flip r from buf, whose pixel (0, 0) shows at screen (ox, oy). */
static void
flip_out(struct wm_screen *s, const struct gfx_buf *buf, int ox, int oy, struct gfx_rect r)
{
	if (s->flip)
		s->flip(s->ctx, gfx_row(buf, r.x - ox, r.y - oy), buf->stride, &r);
	s->stats.flips++;
}

/* Finish r in the back buffer (cursor, tint) and flip it from there. */
static void
flip_back(struct wm_screen *s, struct gfx_rect r, bool tint)
{
	paint_cursor(s, r);
	if (tint)
		gfx_fill_blend(&s->back, NULL, r, FLASH_TINT);
	flip_out(s, &s->back, 0, 0, r);
}

/* Flip the part `in` of an opaque surface straight from its pixels. */
static void
flip_surface(struct wm_screen *s, struct wm_surface *sf, struct gfx_rect in)
{
	flip_out(s, &sf->buf, sf->x, sf->y, in);
	s->stats.direct += gfx_rect_area(in);
}

/* Part `in` of opaque sf, nothing above it: direct, except under the cursor. */
static void
show_opaque(struct wm_screen *s, struct wm_surface *sf, struct gfx_rect in)
{
	struct gfx_rect cur = gfx_rect_intersect(in, cursor_rect(s)), rest[4];
	if (gfx_rect_empty(cur)) {
		flip_surface(s, sf, in);
		return;
	}
	put_surface(s, sf, cur, false);
	flip_back(s, cur, false);
	int n = gfx_rect_subtract(in, cur, rest);
	for (int i = 0; i < n; i++)
		flip_surface(s, sf, rest[i]);
}

/*
 * Show r, which no visible surface above `from` touches. Where one opaque
 * surface is all there is (nothing translucent over it, not the cursor)
 * its pixels are flipped directly; the rest is composed in the back
 * buffer. With the debug tint, or wm_direct_flip off, all of r is.
 */
static void
show(struct wm_screen *s, struct gfx_rect r, struct wm_surface *from, bool tint)
{
	struct gfx_rect rest[4];
	if (tint || !wm_direct_flip) {
		paint(s, r, from);
		flip_back(s, r, tint);
		return;
	}
	for (struct wm_surface *sf = from; sf; sf = sf->below) {
		if (!sf->visible)
			continue;
		struct gfx_rect in = gfx_rect_intersect(r, wm_surface_rect(sf));
		if (gfx_rect_empty(in))
			continue;
		struct gfx_rect o = opaque_part(sf, in);
		if (!gfx_rect_empty(o)) { /* direct; the rest from sf again */
			show_opaque(s, sf, o);
			int n = gfx_rect_subtract(r, o, rest);
			for (int i = 0; i < n; i++)
				show(s, rest[i], sf, false);
			return;
		}
		if (sf->alpha) {
			paint(s, in, sf);
			flip_back(s, in, false);
		} else {
			show_opaque(s, sf, in);
		}
		int n = gfx_rect_subtract(r, in, rest);
		for (int i = 0; i < n; i++)
			show(s, rest[i], sf->below, false);
		return;
	}
	paint(s, r, NULL); /* the background */
	flip_back(s, r, false);
}

/* Show r band by band, so back-buffer rows are flipped while cached. */
static void
compose_rect(struct wm_screen *s, struct gfx_rect r, bool tint)
{
	int rows = BAND_BYTES / (r.w * 4);
	if (rows < 1)
		rows = 1;
	for (int y = r.y; y < r.y + r.h; y += rows) {
		int h = r.y + r.h - y < rows ? r.y + r.h - y : rows;
		show(s, gfx_rect_make(r.x, y, r.w, h), s->top, tint);
	}
	s->stats.rects++;
}

int
wm_compose(struct wm_screen *s)
{
	struct damage clean = s->flashed, todo = s->damage;
	bool tint = wm_debug_flash;

	s->flashed.n = 0;
	s->damage.n = 0;
	s->stats = (struct wm_stats){ 0, 0, 0, 0 };
	for (int i = 0; i < clean.n; i++)
		compose_rect(s, clean.r[i], false);
	for (int i = 0; i < todo.n; i++) {
		compose_rect(s, todo.r[i], tint);
		if (tint)
			damage_add(&s->flashed, s->bounds, todo.r[i]);
	}
	return s->stats.rects;
}
