/*
 * frame.c - window decorations (see frame.h).
 *
 * Layout in frame coordinates (B = THEME_WIN_BORDER, T = THEME_WIN_TITLE_H,
 * W = THEME_WIN_BTN_W):
 *
 *   +--------------------------------------------------------+  border B
 *   | [icon] Title ...                    |  -  |  []  |  x  |  title bar T
 *   +--------------------------------------------------------+  (last row: rule)
 *   |                       client                           |
 *   +--------------------------------------------------------+  border B
 *
 * The caption buttons are W wide, right-aligned, T-1 high (the rule under
 * the title bar stays). Resize grips are edges_at(): the border plus
 * THEME_WIN_GRIP outside it, widened to both directions within
 * THEME_WIN_CORNER of a corner. The shadow is the frame, moved down by
 * THEME_SHADOW_DY, blurred by a box of THEME_SHADOW_R each way and smoothed
 * (separable: the alpha at a pixel is the product of a horizontal and a
 * vertical ramp); only what lies outside the frame is ever seen.
 * Portable: kernel and host.
 */
#include "frame.h"
#include "look.h"
#include "gui/theme.h"

#define B          THEME_WIN_BORDER
#define T          THEME_WIN_TITLE_H
#define GLYPH      THEME_WIN_GLYPH
#define TEXT_GAP   8   /* icon to title, title to the buttons */
#define CROSS_HALF 141 /* close cross: half its stroke plus half a pixel, 1/256 px */
#define INV_SQRT2  181 /* 256 / sqrt(2) */
#define CRASH_MARK " (crashed)"

/* ------------------------------------------------------------ geometry */

struct gfx_rect
wm_frame_around(struct gfx_rect c)
{
	return gfx_rect_make(c.x - B, c.y - B - T, c.w + 2 * B, c.h + 2 * B + T);
}

struct gfx_rect
wm_frame_inside(struct gfx_rect f)
{
	return gfx_rect_make(f.x + B, f.y + B + T, f.w - 2 * B, f.h - 2 * B - T);
}

struct gfx_rect
wm_frame_title(int fw)
{
	return gfx_rect_make(0, 0, fw, B + T);
}

struct gfx_rect
wm_frame_button(int fw, enum wm_part button)
{
	int right = fw - B;
	if (button == WM_PART_MAX)
		right -= THEME_WIN_BTN_W;
	else if (button == WM_PART_MIN)
		right -= 2 * THEME_WIN_BTN_W;
	else if (button != WM_PART_CLOSE)
		return gfx_rect_make(0, 0, 0, 0);
	return gfx_rect_make(right - THEME_WIN_BTN_W, B, THEME_WIN_BTN_W, T - 1);
}

static struct gfx_rect
grow(struct gfx_rect r, int by)
{
	return gfx_rect_make(r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by);
}

/* WM_EDGE_* of a point in the grip ring of frame f (0: not on an edge). */
static unsigned
edges_at(struct gfx_rect f, int x, int y)
{
	unsigned e = 0;
	if (x < f.x + B)
		e |= WM_EDGE_L;
	else if (x >= f.x + f.w - B)
		e |= WM_EDGE_R;
	if (y < f.y + B)
		e |= WM_EDGE_T;
	else if (y >= f.y + f.h - B)
		e |= WM_EDGE_B;
	if (e & (WM_EDGE_L | WM_EDGE_R)) {
		if (y < f.y + THEME_WIN_CORNER)
			e |= WM_EDGE_T;
		else if (y >= f.y + f.h - THEME_WIN_CORNER)
			e |= WM_EDGE_B;
	}
	if (e & (WM_EDGE_T | WM_EDGE_B)) {
		if (x < f.x + THEME_WIN_CORNER)
			e |= WM_EDGE_L;
		else if (x >= f.x + f.w - THEME_WIN_CORNER)
			e |= WM_EDGE_R;
	}
	return e;
}

enum wm_part
wm_frame_hit(struct gfx_rect f, bool resizable, int x, int y, unsigned *edges)
{
	static const enum wm_part buttons[] = { WM_PART_MIN, WM_PART_MAX, WM_PART_CLOSE };
	*edges = 0;
	if (!gfx_rect_contains_pt(resizable ? grow(f, THEME_WIN_GRIP) : f, x, y))
		return WM_PART_NONE;
	if (resizable && (*edges = edges_at(f, x, y)) != 0)
		return WM_PART_EDGE;
	if (gfx_rect_contains_pt(wm_frame_inside(f), x, y))
		return WM_PART_CLIENT;
	int lx = x - f.x, ly = y - f.y;
	for (int i = 0; i < 3; i++)
		if (gfx_rect_contains_pt(wm_frame_button(f.w, buttons[i]), lx, ly))
			return buttons[i];
	if (gfx_rect_contains_pt(wm_frame_title(f.w), lx, ly))
		return WM_PART_TITLE;
	return WM_PART_FRAME;
}

int
wm_frame_deco_rects(int fw, int fh, struct gfx_rect out[4])
{
	out[0] = wm_frame_title(fw);
	out[1] = gfx_rect_make(0, B + T, B, fh - 2 * B - T);
	out[2] = gfx_rect_make(fw - B, B + T, B, fh - 2 * B - T);
	out[3] = gfx_rect_make(0, fh - B, fw, B);
	return 4;
}

/* ------------------------------------------------------------ glyphs */

static void
glyph_square(struct gfx_buf *fb, int x, int y, int size, uint32_t c)
{
	gfx_hline(fb, NULL, x, y, size, c);
	gfx_hline(fb, NULL, x, y + size - 1, size, c);
	gfx_vline(fb, NULL, x, y + 1, size - 2, c);
	gfx_vline(fb, NULL, x + size - 1, y + 1, size - 2, c);
}

/* "Restore": a square in front of another, up and to the right. */
static void
glyph_restore(struct gfx_buf *fb, int x, int y, uint32_t c)
{
	int s = GLYPH - 2;
	glyph_square(fb, x, y + 2, s, c);
	gfx_hline(fb, NULL, x + 2, y, s, c);
	gfx_vline(fb, NULL, x + GLYPH - 1, y + 1, s - 1, c);
	gfx_vline(fb, NULL, x + 2, y + 1, 1, c);
	gfx_hline(fb, NULL, x + s, y + s - 1, 1, c);
}

static int
iabs(int v)
{
	return v < 0 ? -v : v;
}

/* An anti-aliased x filling the GLYPH box at (x, y). */
static void
glyph_cross(struct gfx_buf *fb, int x, int y, uint32_t c)
{
	for (int dy = 0; dy < GLYPH; dy++)
		for (int dx = 0; dx < GLYPH; dx++) {
			int d1 = iabs(dx - dy) * INV_SQRT2;
			int d2 = iabs(dx + dy + 1 - GLYPH) * INV_SQRT2;
			int cov = CROSS_HALF + 128 - (d1 < d2 ? d1 : d2);
			if (cov <= 0)
				continue;
			struct gfx_rect px = gfx_rect_make(x + dx, y + dy, 1, 1);
			gfx_fill_blend(fb, NULL, px, gfx_alpha_scale(c, cov > 255 ? 255 : cov));
		}
}

/* ------------------------------------------------------------ drawing */

static uint32_t
title_bg(const struct wm_frame_look *l)
{
	if (l->crashed)
		return THEME_TITLE_BG_CRASH;
	return l->focused ? THEME_TITLE_BG : THEME_TITLE_BG_OFF;
}

static void
draw_button(struct gfx_buf *fb, const struct wm_frame_look *l, enum wm_part b)
{
	struct gfx_rect r = wm_frame_button(fb->w, b);
	bool pressed = l->pressed == (int)b, hot = pressed || l->hover == (int)b;
	uint32_t ink = l->focused ? THEME_GLYPH : THEME_GLYPH_OFF;

	gfx_fill(fb, NULL, r, title_bg(l));
	if (hot && b == WM_PART_CLOSE) {
		gfx_fill(fb, NULL, r, pressed ? THEME_CLOSE_PRESS : THEME_CLOSE_HOVER);
		ink = GFX_RGB(0xFF, 0xFF, 0xFF);
	} else if (hot) {
		gfx_fill_blend(fb, NULL, r, pressed ? THEME_BTN_PRESS : THEME_BTN_HOVER);
	}
	int x = r.x + (r.w - GLYPH) / 2, y = r.y + (r.h - GLYPH) / 2;
	if (b == WM_PART_MIN)
		gfx_hline(fb, NULL, x, y + GLYPH / 2, GLYPH, ink);
	else if (b == WM_PART_MAX && l->maximised)
		glyph_restore(fb, x, y, ink);
	else if (b == WM_PART_MAX)
		glyph_square(fb, x, y, GLYPH, ink);
	else
		glyph_cross(fb, x, y, ink);
}

static void
draw_title_bar(struct gfx_buf *fb, const struct wm_frame_look *l)
{
	struct gfx_rect bar = gfx_rect_make(B, B, fb->w - 2 * B, T);
	int icon_x = B + THEME_WIN_TITLE_PAD, icon_y = B + (T - 1 - THEME_WIN_ICON) / 2;
	int text_x = icon_x + THEME_WIN_ICON + TEXT_GAP;
	int text_w = wm_frame_button(fb->w, WM_PART_MIN).x - TEXT_GAP - text_x;

	gfx_fill(fb, NULL, bar, title_bg(l));
	gfx_hline(fb, NULL, B, B + T - 1, bar.w, THEME_TITLE_RULE);
	int base = wm_look_baseline(l->font, B, T - 1);
	int mark = l->crashed && l->font ? font_measure(l->font, CRASH_MARK) : 0;

	wm_look_icon(fb, &bar, icon_x, icon_y, THEME_WIN_ICON, l->title, l->font);
	text_x = wm_look_text(fb, &bar, l->font, text_x, base, text_w - mark, l->title,
	                      l->focused ? THEME_TITLE_TEXT : THEME_TITLE_TEXT_OFF);
	if (mark)
		wm_look_text(fb, &bar, l->font, text_x, base, mark, CRASH_MARK, THEME_TITLE_CRASH);
	draw_button(fb, l, WM_PART_MIN);
	draw_button(fb, l, WM_PART_MAX);
	draw_button(fb, l, WM_PART_CLOSE);
}

static void
frame_draw(struct gfx_buf *fb, const struct wm_frame_look *look, bool client)
{
	uint32_t edge = look->focused ? THEME_WIN_EDGE : THEME_WIN_EDGE_OFF;
	int w = fb->w, h = fb->h;

	if (client)
		gfx_fill(fb, NULL, wm_frame_inside(gfx_rect_make(0, 0, w, h)), THEME_WIN_BG);
	draw_title_bar(fb, look);
	gfx_fill(fb, NULL, gfx_rect_make(0, 0, w, B), edge);
	gfx_fill(fb, NULL, gfx_rect_make(0, h - B, w, B), edge);
	gfx_fill(fb, NULL, gfx_rect_make(0, 0, B, h), edge);
	gfx_fill(fb, NULL, gfx_rect_make(w - B, 0, B, h), edge);
}

/* ------------------------------------------------------------ shadow */

#define R THEME_SHADOW_R

/* The frame's shadow before blurring. */
static struct gfx_rect
caster(struct gfx_rect f)
{
	return gfx_rect_make(f.x, f.y + THEME_SHADOW_DY, f.w, f.h);
}

struct gfx_rect
wm_frame_shadow(struct gfx_rect f)
{
	return gfx_rect_union(f, grow(caster(f), R));
}

/*
 * How much (0..256) of a box 2R wide centred on pixel t lies in [a, b),
 * smoothed (3v^2 - 2v^3). Half-pixel units keep it exact in integers.
 */
static int
ramp(int t, int a, int b)
{
	int lo = 2 * t + 1 - 2 * R, hi = 2 * t + 1 + 2 * R;
	lo = lo > 2 * a ? lo : 2 * a;
	hi = hi < 2 * b ? hi : 2 * b;
	if (hi <= lo)
		return 0;
	int v = (hi - lo) * 256 / (4 * R);
	return v * v * (768 - 2 * v) / 65536;
}

void
wm_frame_shadow_paint(struct gfx_buf *b, struct gfx_rect s, struct gfx_rect f)
{
	struct gfx_rect c = caster(f);
	for (int y = 0; y < b->h && y < s.h; y++) {
		int gy = ramp(s.y + y, c.y, c.y + c.h);
		uint32_t *row = gfx_row(b, 0, y);
		for (int x = 0; x < b->w && x < s.w; x++) {
			int gx = ramp(s.x + x, c.x, c.x + c.w);
			row[x] = (uint32_t)(THEME_SHADOW_ALPHA * gx * gy / 65536) << 24;
		}
	}
}

/* ------------------------------------------------------------ deco */

#define RAD THEME_WIN_RADIUS

/* Coverage (0..255) of pixel (x, y) by the disc of radius r at (cx, cy); 4x4 samples. */
static unsigned
disc(int x, int y, int cx, int cy, int r)
{
	int in = 0;
	for (int j = 0; j < 4; j++)
		for (int i = 0; i < 4; i++) {
			int sx = x * 8 + 2 * i + 1 - cx * 8, sy = y * 8 + 2 * j + 1 - cy * 8;
			in += sx * sx + sy * sy <= r * r * 64;
		}
	return (unsigned)(in * 255 / 16);
}

/* Channel by channel, (a * wa + b * wb) / (wa + wb); wa + wb > 0. */
static uint32_t
mix(uint32_t a, uint32_t b, unsigned wa, unsigned wb)
{
	uint32_t out = 0;
	for (int sh = 0; sh < 24; sh += 8) {
		unsigned c = (((a >> sh) & 0xFF) * wa + ((b >> sh) & 0xFF) * wb) / (wa + wb);
		out |= c << sh;
	}
	return out;
}

/*
 * A pixel of a rounded corner: the frame's own pixel px inside the border's
 * arc, the edge colour on it, the shadow (alpha sa, black) outside; as a
 * non-premultiplied ARGB pixel.
 */
static uint32_t
corner_px(uint32_t px, uint32_t edge, unsigned outer, unsigned inner, unsigned sa)
{
	if (outer == 0)
		return sa << 24;
	uint32_t c = mix(px, edge, inner, outer - inner);
	unsigned a = outer + sa * (255 - outer) / 255;
	return (uint32_t)a << 24 | mix(c, 0, outer, a - outer);
}

/* Round the frame's top corners in b (which shows screen rect d; frame f). */
static void
round_corners(struct gfx_buf *b, struct gfx_rect d, struct gfx_rect f, uint32_t edge, bool shadow)
{
	struct gfx_rect c = caster(f);
	for (int y = 0; y < RAD && y < f.h; y++)
		for (int x = 0; x < RAD && 2 * x < f.w; x++) {
			unsigned outer = disc(x, y, RAD, RAD, RAD);
			unsigned inner = disc(x, y, RAD, RAD, RAD - B);
			int gy = shadow ? ramp(f.y + y, c.y, c.y + c.h) : 0;
			for (int side = 0; side < 2; side++) {
				int fx = side ? f.w - 1 - x : x; /* mirrored */
				int sa = THEME_SHADOW_ALPHA * gy * ramp(f.x + fx, c.x, c.x + c.w) /
				         65536;
				uint32_t *p = gfx_row(b, f.x - d.x + fx, f.y - d.y + y);
				*p = corner_px(*p, edge, outer, inner, (unsigned)sa);
			}
		}
}

struct gfx_rect
wm_frame_opaque(struct gfx_rect d, struct gfx_rect f, bool rounded)
{
	int top = rounded ? RAD : 0;
	return gfx_rect_make(f.x - d.x, f.y - d.y + top, f.w, f.h - top);
}

void
wm_frame_paint(struct gfx_buf *b, struct gfx_rect d, struct gfx_rect f,
               const struct wm_frame_look *look, bool full)
{
	struct gfx_buf fv = { gfx_row(b, f.x - d.x, f.y - d.y), f.w, f.h, b->stride };
	bool shadow = d.w != f.w || d.h != f.h;

	if (full && shadow)
		wm_frame_shadow_paint(b, d, f);
	frame_draw(&fv, look, full);
	if (!look->maximised)
		round_corners(b, d, f, look->focused ? THEME_WIN_EDGE : THEME_WIN_EDGE_OFF, shadow);
}
