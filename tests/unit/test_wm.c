/*
 * test_wm.c - the window manager (wm/wm.h) driven by input, as a user
 * would: raise and focus, move, resize, maximise, minimise, the taskbar,
 * Alt+Tab, Alt+F4, the launcher, events to clients, minimal damage, and
 * a rebuild from the owner's truth. The owner (wmfix.c) learns everything
 * from the callbacks; fix_truth_matches() checks it never falls behind.
 * After most steps the incremental screen is compared with a full
 * recompose, so missing damage shows up as a failure.
 */
#include <stdlib.h>
#include <string.h>
#include "kernel/input.h"
#include "wm/frame.h"
#include "gui/theme.h"
#include "test.h"
#include "wmfix.h"

#define SW 640
#define SH 480

static void
centre(struct gfx_rect r, int *x, int *y)
{
	*x = r.x + r.w / 2;
	*y = r.y + r.h / 2;
}

static bool
rect_eq(struct gfx_rect a, struct gfx_rect b)
{
	return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

/* Compose; the screen must equal a full recompose of everything. */
static bool
consistent(struct fix *f)
{
	long bad = fix_unrepainted(f);
	return CHECKF(bad == 0, "%ld pixels were not repainted", bad);
}

/* The screen is the same after a rebuild from the owner's truth. */
static bool
same_after_rebuild(struct fix *f)
{
	struct gfx_buf before;
	long diff = 0;
	fix_compose(f);
	if (!gfx_buf_alloc(&before, f->w, f->h))
		return false;
	gfx_blit(&before, NULL, 0, 0, &f->vram, NULL);
	bool ok = fix_rebuild(f);
	for (int y = 0; y < f->h; y++)
		for (int x = 0; x < f->w; x++)
			diff += ((*gfx_row(&before, x, y) ^ *gfx_row(&f->vram, x, y)) & 0xFFFFFF) !=
			        0;
	gfx_buf_free(&before);
	return CHECKF(ok && diff == 0, "%ld pixels differ after the rebuild", diff);
}

/* The window's frame and shadow: everything it paints. */
static struct gfx_rect
outer(struct fix *f, int i)
{
	return wm_frame_shadow(wm_window_frame(f->win[i].w));
}

static bool
in_damage(const struct gfx_rect *d, int n, int x, int y)
{
	for (int i = 0; i < n; i++)
		if (gfx_rect_contains_pt(d[i], x, y))
			return true;
	return false;
}

/* Plain windows in distinct colours; returns the index. */
static int
add_plain(struct fix *f, const char *title, int x, int y, int w, int h, uint32_t rgb)
{
	int i = fix_add(f, title, gfx_rect_make(x, y, w, h), 0, FIX_PLAIN);
	if (i >= 0)
		fix_client_fill(f, i, gfx_rect_make(0, 0, w, h), rgb);
	return i;
}

static uint32_t
shown(struct fix *f, int x, int y)
{
	return *gfx_row(&f->vram, x, y) | 0xFF000000u;
}

/* ------------------------------------------------------------ focus */

TEST(wm_click_raises_and_focuses)
{
	struct fix f;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "A", 40, 60, 260, 180, GFX_RGB(200, 0, 0));
	int b = add_plain(&f, "B", 160, 120, 260, 180, GFX_RGB(0, 160, 0));
	int c = add_plain(&f, "C", 280, 180, 260, 180, GFX_RGB(0, 0, 220));
	REQUIRE(a >= 0 && b >= 0 && c >= 0);
	fix_focus(&f, c);
	CHECK(consistent(&f));
	CHECK_EQ(shown(&f, 200, 160), GFX_RGB(0, 160, 0)); /* B over A */

	fix_click(&f, 60, 100); /* A's client, partly covered */
	CHECK(wm_focused(f.wm) == f.win[a].w);
	CHECK_EQ(f.order[2], a);
	CHECK(f.log.restacked >= 1 && f.log.focused == 2); /* C lost it, A got it */
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	CHECK_EQ(shown(&f, 200, 160), GFX_RGB(200, 0, 0)); /* A now on top */

	fix_click(&f, 350, 130); /* B's client, between A and C */
	CHECK(wm_focused(f.wm) == f.win[b].w);
	CHECK_EQ(f.order[2], b);

	fix_click(&f, 600, 30); /* the desktop: nobody has focus */
	CHECK(wm_focused(f.wm) == NULL);
	CHECK_EQ(f.focus, -1);
	CHECK_EQ(f.order[2], b); /* and nothing moved */
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	fix_close(&f);
}

/* ------------------------------------------------------------ move */

TEST(wm_title_drag_moves_with_minimal_damage)
{
	struct fix f;
	const struct gfx_rect *d;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Mover", 100, 100, 240, 160, GFX_RGB(90, 90, 200));
	REQUIRE(a >= 0);
	fix_focus(&f, a);
	fix_title_point(&f, a, &x, &y);
	fix_pointer(&f, x, y, 0);
	fix_pointer(&f, x, y, WM_BTN_LEFT);
	CHECK(consistent(&f));

	struct gfx_rect old = outer(&f, a);
	fix_pointer(&f, x + 37, y + 23, WM_BTN_LEFT);
	struct gfx_rect now = outer(&f, a), both = gfx_rect_union(old, now);
	int n = wm_damage_rects(f.screen, &d);
	bool covers = true, inside = true;
	for (int yy = 0; yy < SH; yy++)
		for (int xx = 0; xx < SW; xx++) {
			bool want = gfx_rect_contains_pt(old, xx, yy) ||
			            gfx_rect_contains_pt(now, xx, yy);
			bool got = in_damage(d, n, xx, yy);
			covers &= !want || got;
			inside &= !got || gfx_rect_contains_pt(both, xx, yy);
		}
	CHECK(covers); /* old and new place repainted ... */
	CHECK(inside); /* ... and nothing else */
	fix_pointer(&f, x + 37, y + 23, 0);
	CHECK(rect_eq(wm_window_rect(f.win[a].w), gfx_rect_make(137, 123, 240, 160)));
	CHECK_EQ(f.log.placed, 1);
	CHECK_EQ(f.log.resized, 0);
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));

	/* the title bar cannot leave the screen: dragged far up it stops at the top */
	fix_title_point(&f, a, &x, &y);
	fix_drag(&f, x, y, x, -500, 3);
	CHECK_EQ(wm_window_frame(f.win[a].w).y, 0);
	fix_title_point(&f, a, &x, &y);
	fix_drag(&f, x, y, x, SH + 500, 3);
	CHECK(wm_window_frame(f.win[a].w).y + THEME_WIN_TITLE_H <= SH - THEME_TASKBAR_H);
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	fix_close(&f);
}

/* ------------------------------------------------------------ resize */

struct grip {
	int gx, gy; /* where on the frame, in halves: 0 left/top, 1 middle, 2 right/bottom */
	enum cursor_shape shape;
	int dx, dy;         /* pointer motion */
	int ex, ey, ew, eh; /* expected change of the rect */
};

static const struct grip grips[] = {
	{ 0, 1, CURSOR_RESIZE_EW, -30, 5, -30, 0, 30, 0 },
	{ 2, 1, CURSOR_RESIZE_EW, 25, 5, 0, 0, 25, 0 },
	{ 1, 0, CURSOR_RESIZE_NS, 5, -20, 0, -20, 0, 20 },
	{ 1, 2, CURSOR_RESIZE_NS, 5, 40, 0, 0, 0, 40 },
	{ 0, 0, CURSOR_RESIZE_NWSE, 15, 12, 15, 12, -15, -12 },
	{ 2, 2, CURSOR_RESIZE_NWSE, 33, 21, 0, 0, 33, 21 },
	{ 2, 0, CURSOR_RESIZE_NESW, -14, -9, 0, -9, -14, 9 },
	{ 0, 2, CURSOR_RESIZE_NESW, -11, 17, -11, 0, 11, 17 },
};

/* A point in the grip outside frame fr, at gx, gy. */
static void
grip_point(struct gfx_rect fr, int gx, int gy, int *x, int *y)
{
	int out = THEME_WIN_GRIP / 2;
	*x = gx == 0 ? fr.x - out : gx == 2 ? fr.x + fr.w - 1 + out : fr.x + fr.w / 2;
	*y = gy == 0 ? fr.y - out : gy == 2 ? fr.y + fr.h - 1 + out : fr.y + fr.h / 2;
}

TEST(wm_edges_and_corners_resize)
{
	struct fix f;
	struct gfx_rect start = gfx_rect_make(180, 120, 280, 200);
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Stretchy", start.x, start.y, start.w, start.h, GFX_RGB(0, 120, 120));
	REQUIRE(a >= 0);
	for (size_t k = 0; k < sizeof(grips) / sizeof(grips[0]); k++) {
		const struct grip *g = &grips[k];
		int x, y, resized = f.log.resized;
		wm_window_set_rect(f.win[a].w, start);
		f.win[a].rect = start;
		grip_point(wm_window_frame(f.win[a].w), g->gx, g->gy, &x, &y);
		fix_pointer(&f, x, y, 0);
		CHECKF(wm_pointer_shape(f.wm) == g->shape, "grip %zu: shape %d", k,
		       (int)wm_pointer_shape(f.wm));
		fix_drag(&f, x, y, x + g->dx, y + g->dy, 2);
		struct gfx_rect r = wm_window_rect(f.win[a].w);
		struct gfx_rect want = gfx_rect_make(start.x + g->ex, start.y + g->ey,
		                                     start.w + g->ew, start.h + g->eh);
		CHECKF(rect_eq(r, want), "grip %zu: %d,%d %dx%d, want %d,%d %dx%d", k, r.x, r.y,
		       r.w, r.h, want.x, want.y, want.w, want.h);
		CHECK(f.log.resized > resized);
		CHECK(f.win[a].buf.w == r.w && f.win[a].buf.h == r.h); /* the owner's new buffer */
		CHECK(fix_truth_matches(&f));
	}
	CHECK(consistent(&f));
	fix_close(&f);
}

TEST(wm_resize_keeps_minimum_size)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Small", 200, 150, 260, 180, GFX_RGB(120, 0, 120));
	REQUIRE(a >= 0);
	/* the top-left corner dragged past the bottom-right one */
	grip_point(wm_window_frame(f.win[a].w), 0, 0, &x, &y);
	fix_drag(&f, x, y, x + 500, y + 400, 5);
	struct gfx_rect r = wm_window_rect(f.win[a].w);
	CHECK_EQ(r.w, THEME_WIN_MIN_W);
	CHECK_EQ(r.h, THEME_WIN_MIN_H);
	CHECK_EQ(r.x + r.w, 200 + 260); /* the opposite corner stayed */
	CHECK_EQ(r.y + r.h, 150 + 180);
	CHECK_EQ(f.log.last_cw, THEME_WIN_MIN_W);
	CHECK(fix_truth_matches(&f));
	/* the right edge dragged far left: the left edge stays */
	grip_point(wm_window_frame(f.win[a].w), 2, 1, &x, &y);
	fix_drag(&f, x, y, 0, y, 3);
	r = wm_window_rect(f.win[a].w);
	CHECK_EQ(r.w, THEME_WIN_MIN_W);
	CHECK_EQ(r.x, 200 + 260 - THEME_WIN_MIN_W);
	/* a window created too small is made the minimum */
	int b = fix_add(&f, "Tiny", gfx_rect_make(10, 40, 5, 5), 0, FIX_PLAIN);
	REQUIRE(b >= 0);
	r = wm_window_rect(f.win[b].w);
	CHECK(r.w == THEME_WIN_MIN_W && r.h == THEME_WIN_MIN_H);
	CHECK(consistent(&f));
	fix_close(&f);
}

/* Until the owner gives a buffer of the new size, the old one is clipped or padded. */
TEST(wm_old_buffer_shown_until_replaced)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Lazy", 100, 100, 240, 160, GFX_RGB(10, 20, 200));
	REQUIRE(a >= 0);
	f.answer_resize = false;
	grip_point(wm_window_frame(f.win[a].w), 2, 2, &x, &y);
	fix_drag(&f, x, y, x + 50, y + 40, 2);
	CHECK(consistent(&f));
	struct gfx_rect c = wm_window_client(f.win[a].w);
	CHECK(c.w == 290 && c.h == 200);
	CHECK_EQ(shown(&f, c.x + 10, c.y + 10), GFX_RGB(10, 20, 200)); /* old pixels */
	CHECK_EQ(shown(&f, c.x + 270, c.y + 10), THEME_WIN_BG);        /* padding */
	CHECK_EQ(shown(&f, c.x + 10, c.y + 190), THEME_WIN_BG);
	grip_point(wm_window_frame(f.win[a].w), 2, 2, &x, &y);
	fix_drag(&f, x, y, x - 120, y - 100, 2); /* smaller than the buffer: clipped */
	CHECK(consistent(&f));
	c = wm_window_client(f.win[a].w);
	CHECK_EQ(shown(&f, c.x + c.w - 1, c.y + c.h - 1), GFX_RGB(10, 20, 200));
	fix_close(&f);
}

/* ------------------------------------------------------------ states */

TEST(wm_maximise_restore_round_trip)
{
	struct fix f;
	int x, y;
	struct gfx_buf before;
	REQUIRE(fix_open(&f, SW, SH));
	REQUIRE(gfx_buf_alloc(&before, SW, SH));
	int a = fix_add(&f, "Notes", gfx_rect_make(120, 90, 300, 200), 0, FIX_NOTES);
	int b = add_plain(&f, "Behind", 60, 60, 250, 150, GFX_RGB(200, 100, 0));
	REQUIRE(a >= 0 && b >= 0);
	wm_raise(f.win[a].w);
	f.order[0] = b, f.order[1] = a;
	fix_focus(&f, a);
	fix_pointer(&f, 600, 20, 0);
	CHECK(consistent(&f));
	gfx_blit(&before, NULL, 0, 0, &f.vram, NULL);

	fix_button_point(&f, a, WM_PART_MAX, &x, &y);
	fix_click(&f, x, y);
	struct gfx_rect work = wm_work_area(f.wm), c = wm_window_client(f.win[a].w);
	CHECK_EQ(wm_window_flags(f.win[a].w), WM_MAXIMISED);
	CHECK(rect_eq(wm_window_frame(f.win[a].w), work));
	CHECK(rect_eq(wm_window_rect(f.win[a].w), gfx_rect_make(120, 90, 300, 200)));
	CHECK(f.log.last_cw == c.w && f.log.last_ch == c.h);
	CHECK(f.win[a].buf.w == c.w && f.win[a].buf.h == c.h);
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	/* maximised: the title bar does not move it, edges do not resize it */
	fix_title_point(&f, a, &x, &y);
	fix_drag(&f, x, y, x + 40, y + 40, 2);
	CHECK(rect_eq(wm_window_frame(f.win[a].w), work));
	fix_pointer(&f, work.x + work.w - 1, work.y + work.h / 2, 0);
	CHECK(wm_pointer_shape(f.wm) == CURSOR_ARROW);

	fix_button_point(&f, a, WM_PART_MAX, &x, &y); /* now "restore" */
	fix_click(&f, x, y);
	CHECK_EQ(wm_window_flags(f.win[a].w), 0);
	CHECK(rect_eq(wm_window_client(f.win[a].w), gfx_rect_make(120, 90, 300, 200)));
	CHECK(f.win[a].buf.w == 300 && f.win[a].buf.h == 200);
	CHECK_EQ(f.log.state, 2);
	fix_pointer(&f, 600, 20, 0);
	CHECK(consistent(&f));
	long diff = 0;
	for (int yy = 0; yy < SH; yy++)
		for (int xx = 0; xx < SW; xx++)
			diff += ((*gfx_row(&before, xx, yy) ^ *gfx_row(&f.vram, xx, yy)) &
			         0xFFFFFF) != 0;
	CHECKF(diff == 0, "%ld pixels differ after maximise and restore", diff);
	gfx_buf_free(&before);
	fix_close(&f);
}

TEST(wm_minimise_then_taskbar_restores)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Under", 80, 80, 260, 180, GFX_RGB(0, 150, 0));
	int b = add_plain(&f, "Over", 120, 110, 260, 180, GFX_RGB(150, 0, 0));
	REQUIRE(a >= 0 && b >= 0);
	fix_focus(&f, b);
	CHECK(consistent(&f));
	CHECK_EQ(shown(&f, 200, 200), GFX_RGB(150, 0, 0));

	fix_button_point(&f, b, WM_PART_MIN, &x, &y);
	fix_click(&f, x, y);
	CHECK_EQ(wm_window_flags(f.win[b].w), WM_MINIMISED);
	CHECK(wm_focused(f.wm) == f.win[a].w); /* focus passed on */
	CHECK_EQ(f.order[0], b);               /* to the bottom */
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	CHECK_EQ(shown(&f, 200, 200), GFX_RGB(0, 150, 0));

	centre(wm_window_button(f.win[b].w), &x, &y);
	fix_click(&f, x, y);
	CHECK_EQ(wm_window_flags(f.win[b].w), 0);
	CHECK(wm_focused(f.wm) == f.win[b].w);
	CHECK_EQ(f.order[1], b);
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	CHECK_EQ(shown(&f, 200, 200), GFX_RGB(150, 0, 0));
	fix_pointer(&f, 600, 20, 0);
	CHECK(same_after_rebuild(&f)); /* no trace of the pressed button */

	centre(wm_window_button(f.win[b].w), &x, &y);
	fix_click(&f, x, y); /* the focused window's button minimises it */
	CHECK_EQ(wm_window_flags(f.win[b].w), WM_MINIMISED);
	centre(wm_window_button(f.win[a].w), &x, &y);
	fix_click(&f, x, y); /* a focused, shown window: minimised too */
	CHECK_EQ(wm_window_flags(f.win[a].w), WM_MINIMISED);
	CHECK(wm_focused(f.wm) == NULL);
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	/* a maximised window minimised comes back maximised */
	centre(wm_window_button(f.win[a].w), &x, &y);
	fix_click(&f, x, y);
	wm_window_set_flags(f.win[a].w, WM_MAXIMISED);
	f.win[a].flags = WM_MAXIMISED;
	fix_click(&f, x, y);
	CHECK_EQ(wm_window_flags(f.win[a].w), WM_MAXIMISED | WM_MINIMISED);
	fix_click(&f, x, y);
	CHECK_EQ(wm_window_flags(f.win[a].w), WM_MAXIMISED);
	CHECK(rect_eq(wm_window_frame(f.win[a].w), wm_work_area(f.wm)));
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	fix_close(&f);
}

/* ------------------------------------------------------------ keys */

static void
alt_tab(struct fix *f, int tabs, unsigned extra)
{
	fix_key(f, WM_KEY_LALT, WM_MOD_ALT, true);
	for (int i = 0; i < tabs; i++)
		fix_tap(f, WM_KEY_TAB, WM_MOD_ALT | extra);
	fix_key(f, WM_KEY_LALT, 0, false);
}

TEST(wm_alt_tab_most_recent_first)
{
	struct fix f;
	int w[4];
	REQUIRE(fix_open(&f, SW, SH));
	for (int i = 0; i < 4; i++) {
		char t[8] = { (char)('A' + i), 0 };
		w[i] = add_plain(&f, t, 40 + 60 * i, 40 + 40 * i, 240, 160,
		                 GFX_RGB(60 * i, 40, 200 - 40 * i));
		REQUIRE(w[i] >= 0);
	}
	fix_focus(&f, w[3]); /* z: A B C D, D focused */

	alt_tab(&f, 1, 0);
	CHECK(wm_focused(f.wm) == f.win[w[2]].w); /* C, the next most recent */
	CHECK_EQ(f.order[3], w[2]);
	alt_tab(&f, 1, 0);
	CHECK(wm_focused(f.wm) == f.win[w[3]].w); /* back to D */
	alt_tab(&f, 2, 0);
	CHECK(wm_focused(f.wm) == f.win[w[1]].w); /* D C B: B */
	CHECK(fix_truth_matches(&f));
	/* order now B D C A: Shift+Tab goes backwards, to the least recent */
	alt_tab(&f, 1, WM_MOD_SHIFT);
	CHECK(wm_focused(f.wm) == f.win[w[0]].w);
	/* Esc cancels: nothing changes */
	fix_key(&f, WM_KEY_LALT, WM_MOD_ALT, true);
	fix_tap(&f, WM_KEY_TAB, WM_MOD_ALT);
	fix_tap(&f, WM_KEY_ESC, WM_MOD_ALT);
	fix_key(&f, WM_KEY_LALT, 0, false);
	CHECK(wm_focused(f.wm) == f.win[w[0]].w);
	/* a minimised window comes last, and is restored when picked */
	wm_window_set_flags(f.win[w[1]].w, WM_MINIMISED);
	f.win[w[1]].flags = WM_MINIMISED;
	CHECK(wm_focused(f.wm) == f.win[w[0]].w);
	alt_tab(&f, 3, 0); /* A D C B */
	CHECK(wm_focused(f.wm) == f.win[w[1]].w);
	CHECK_EQ(wm_window_flags(f.win[w[1]].w), 0);
	CHECK(fix_truth_matches(&f));
	CHECK(consistent(&f));
	/* keys meanwhile go to the focused window, the wm's own do not */
	int before = f.log.input;
	fix_tap(&f, 'x', 0);
	CHECK_EQ(f.log.input, before + 2);
	CHECK(f.log.in_win[before] == &f.win[w[1]] && f.log.in[before].key == 'x');
	CHECK(f.log.in[before].ch == 'x' && f.log.in[before].pressed);
	fix_close(&f);
}

TEST(wm_alt_f4_and_close_button_request_close)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "One", 50, 60, 240, 160, GFX_RGB(1, 2, 3));
	int b = add_plain(&f, "Two", 250, 160, 240, 160, GFX_RGB(4, 5, 6));
	REQUIRE(a >= 0 && b >= 0);
	fix_focus(&f, b);
	fix_tap(&f, WM_KEY_F4, WM_MOD_ALT);
	CHECK_EQ(f.log.close, 1);
	CHECK(f.log.closed == &f.win[b]);
	CHECK(wm_focused(f.wm) == f.win[b].w); /* only asked: the owner decides */
	/* the owner agrees: focus passes to the next window, reported */
	wm_window_destroy(f.win[b].w);
	f.win[b].w = NULL;
	CHECK(wm_focused(f.wm) == f.win[a].w);
	CHECK_EQ(f.focus, a);
	CHECK(consistent(&f));
	fix_button_point(&f, a, WM_PART_CLOSE, &x, &y);
	fix_pointer(&f, x, y, WM_BTN_LEFT);
	fix_pointer(&f, x - 200, y + 100, WM_BTN_LEFT); /* let go elsewhere: no close */
	fix_pointer(&f, x - 200, y + 100, 0);
	CHECK_EQ(f.log.close, 1);
	fix_click(&f, x, y);
	CHECK_EQ(f.log.close, 2);
	CHECK(f.log.closed == &f.win[a]);
	wm_window_destroy(f.win[a].w);
	f.win[a].w = NULL;
	CHECK(wm_focused(f.wm) == NULL);
	fix_tap(&f, WM_KEY_F4, WM_MOD_ALT); /* nothing focused: nothing asked */
	CHECK_EQ(f.log.close, 2);
	CHECK(consistent(&f));
	f.n = 0; /* nothing left to rebuild or free but buffers */
	gfx_buf_free(&f.win[a].buf);
	gfx_buf_free(&f.win[b].buf);
	fix_close(&f);
}

/* ------------------------------------------------------------ clients */

TEST(wm_client_input_in_client_coordinates)
{
	struct fix f;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Target", 100, 100, 240, 160, GFX_RGB(9, 9, 9));
	REQUIRE(a >= 0);
	struct gfx_rect c = wm_window_client(f.win[a].w);
	fix_pointer(&f, c.x + 15, c.y + 9, 0);
	CHECK_EQ(f.log.input, 1); /* hover motion */
	fix_pointer(&f, c.x + 15, c.y + 9, WM_BTN_LEFT);
	fix_pointer(&f, c.x - 30, c.y + 300, WM_BTN_LEFT); /* dragged out: still ours */
	fix_pointer(&f, c.x - 30, c.y + 300, 0);
	REQUIRE(f.log.input >= 5);
	struct wm_input *in = f.log.in;
	CHECK(in[1].type == WM_IN_POINTER && in[1].x == 15 && in[1].y == 9);
	CHECK_EQ(in[1].buttons, WM_BTN_LEFT);
	CHECK(in[2].x == -30 && in[2].y == 300 && in[2].buttons == WM_BTN_LEFT);
	CHECK(in[3].x == -30 && in[3].buttons == 0);
	CHECK_EQ(in[4].type, WM_IN_LEAVE); /* released outside: it left */
	CHECK(wm_focused(f.wm) == f.win[a].w);
	/* right button and the wheel */
	int n = f.log.input;
	struct wm_input wheel = { .type = WM_IN_POINTER, .x = c.x + 5, .y = c.y + 6, .dz = -2 };
	wm_input(f.wm, &wheel);
	fix_pointer(&f, c.x + 7, c.y + 8, WM_BTN_RIGHT);
	fix_pointer(&f, c.x + 7, c.y + 8, 0);
	CHECK(in[n].dz == -2 && in[n].x == 5 && in[n].y == 6);
	CHECK(in[n + 1].buttons == WM_BTN_RIGHT && in[n + 1].x == 7);
	/* the title bar and the frame are the wm's: nothing reaches the client */
	n = f.log.input;
	int x, y;
	fix_title_point(&f, a, &x, &y);
	fix_click(&f, x, y);
	CHECK_EQ(f.log.input, n + 1); /* only the leave */
	CHECK_EQ(in[n].type, WM_IN_LEAVE);
	fix_close(&f);
}

TEST(wm_client_damage_is_minimal)
{
	struct fix f;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Busy", 100, 100, 240, 160, GFX_RGB(200, 200, 200));
	int b = add_plain(&f, "Top", 300, 200, 240, 160, GFX_RGB(50, 50, 50));
	REQUIRE(a >= 0 && b >= 0);
	fix_focus(&f, b);
	fix_pointer(&f, 600, 20, 0);
	CHECK(consistent(&f));
	fix_client_fill(&f, b, gfx_rect_make(20, 30, 10, 10), GFX_RGB(255, 0, 0));
	fix_compose(&f);
	const struct wm_stats *st = wm_screen_stats(f.screen);
	CHECK_EQ(f.flipped, 100);
	CHECK_EQ(st->rects, 1);
	CHECK_EQ(st->pixels + st->direct, 100);
	CHECK_EQ(st->direct, 100); /* straight from the client's own buffer */
	struct gfx_rect c = wm_window_client(f.win[b].w);
	CHECK_EQ(shown(&f, c.x + 25, c.y + 35), GFX_RGB(255, 0, 0));
	/* a lower window's client: the same */
	fix_client_fill(&f, a, gfx_rect_make(0, 0, 10, 10), GFX_RGB(0, 0, 255));
	fix_compose(&f);
	CHECK_EQ(f.flipped, 100);
	/* focus changes repaint decorations and taskbar buttons only */
	fix_focus(&f, a);
	fix_compose(&f);
	struct gfx_rect fr = wm_window_frame(f.win[a].w);
	long long deco = 2LL * (fr.w * (THEME_WIN_TITLE_H + 2) + 2 * fr.h);
	CHECK(f.flipped > 0 && f.flipped <= deco + SW * THEME_TASKBAR_H);
	CHECK(consistent(&f));
	fix_close(&f);
}

/* ------------------------------------------------------------ launcher */

TEST(wm_launcher_lists_and_reports)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	centre(wm_start_button(f.wm), &x, &y);
	fix_click(&f, x, y);
	CHECK(wm_launcher_shown(f.wm));
	CHECK(consistent(&f));
	int ix, iy;
	centre(wm_launcher_item(f.wm, 3), &ix, &iy);
	fix_pointer(&f, ix, iy, 0);
	CHECK(consistent(&f)); /* hover highlight */
	fix_click(&f, ix, iy);
	CHECK_EQ(f.log.launch, 1);
	CHECK_EQ(f.log.launched, 3);
	CHECK(!wm_launcher_shown(f.wm));
	CHECK(consistent(&f));
	/* the start button toggles; a click elsewhere closes without acting */
	fix_click(&f, x, y);
	fix_click(&f, x, y);
	CHECK(!wm_launcher_shown(f.wm));
	fix_click(&f, x, y);
	fix_click(&f, 500, 100);
	CHECK(!wm_launcher_shown(f.wm));
	CHECK_EQ(f.log.launch, 1);
	/* keys: Meta opens, arrows move, Enter launches, Esc closes */
	fix_tap(&f, WM_KEY_LMETA, 0);
	CHECK(wm_launcher_shown(f.wm));
	fix_tap(&f, WM_KEY_DOWN, 0); /* the first */
	fix_tap(&f, WM_KEY_UP, 0);
	fix_tap(&f, WM_KEY_ENTER, 0);
	CHECK_EQ(f.log.launch, 2);
	CHECK_EQ(f.log.launched, 4); /* wrapped round to the last */
	fix_tap(&f, WM_KEY_LMETA, 0);
	fix_tap(&f, WM_KEY_ESC, 0);
	CHECK(!wm_launcher_shown(f.wm));
	CHECK(consistent(&f));
	fix_close(&f);
}

/* ------------------------------------------------------------ rebuild */

/* One random user action somewhere on the desktop. */
static void
random_action(struct fix *f, uint32_t *st)
{
	int i = test_range(st, 0, f->n - 1), x, y;
	struct gfx_rect fr = wm_window_frame(f->win[i].w);
	static const int parts[] = { WM_PART_MIN, WM_PART_MAX, WM_PART_CLOSE };
	switch (test_range(st, 0, 9)) {
	case 0:
		fix_title_point(f, i, &x, &y);
		fix_drag(f, x, y, x + test_range(st, -200, 200), y + test_range(st, -150, 150), 3);
		break;
	case 1:
		grip_point(fr, test_range(st, 0, 2), test_range(st, 0, 2), &x, &y);
		fix_drag(f, x, y, x + test_range(st, -120, 120), y + test_range(st, -90, 90), 2);
		break;
	case 2:
		fix_button_point(f, i, parts[test_range(st, 0, 1)], &x, &y);
		fix_click(f, x, y);
		break;
	case 3:
		centre(wm_window_button(f->win[i].w), &x, &y);
		fix_click(f, x, y);
		break;
	case 4:
		alt_tab(f, test_range(st, 1, 4), 0);
		break;
	case 5:
		fix_click(f, test_range(st, 0, f->w - 1), test_range(st, 0, f->h - 1));
		break;
	case 6:
		fix_pointer(f, test_range(st, 0, f->w - 1), test_range(st, 0, f->h - 1), 0);
		break;
	case 7:
		fix_tap(f, test_range(st, 0, 1) ? WM_KEY_F4 : 'q', WM_MOD_ALT);
		break;
	case 8:
		centre(wm_start_button(f->wm), &x, &y);
		fix_click(f, x, y);
		if (test_range(st, 0, 1))
			centre(wm_launcher_item(f->wm, test_range(st, 0, 4)), &x, &y);
		fix_pointer(f, x, y, 0);
		break;
	default:
		fix_client_fill(f, i,
		                gfx_rect_make(test_range(st, 0, 200), test_range(st, 0, 100),
		                              test_range(st, 1, 60), test_range(st, 1, 60)),
		                test_rand(st) | 0xFF000000u);
		break;
	}
}

/* Random use: the screen always equals a full recompose; a rebuild is identical. */
static void
random_use(uint32_t st)
{
	struct fix f;
	struct gfx_buf before;
	REQUIRE(fix_open(&f, SW, SH));
	REQUIRE(gfx_buf_alloc(&before, SW, SH));
	static const enum fix_kind kinds[] = { FIX_FILES, FIX_NOTES, FIX_PAINT, FIX_TERM,
		                               FIX_PLAIN };
	for (int i = 0; i < 5; i++) {
		char t[16] = "Window 1";
		t[7] = (char)('1' + i);
		REQUIRE(fix_add(&f, t, gfx_rect_make(30 + 70 * i, 30 + 50 * i, 220, 150), 0,
		                kinds[i]) >= 0);
	}
	for (int step = 0; step < 300; step++) {
		random_action(&f, &st);
		if (step % 2 == 0 && !CHECKF(consistent(&f), "step %d", step))
			break;
		if (!CHECKF(fix_truth_matches(&f), "step %d: the owner's truth is stale", step))
			break;
	}
	if (wm_launcher_shown(f.wm))
		fix_tap(&f, WM_KEY_ESC, 0); /* not part of the truth */
	fix_compose(&f);
	gfx_blit(&before, NULL, 0, 0, &f.vram, NULL);
	REQUIRE(fix_rebuild(&f));
	long diff = 0;
	for (int y = 0; y < SH; y++)
		for (int x = 0; x < SW; x++)
			diff += ((*gfx_row(&before, x, y) ^ *gfx_row(&f.vram, x, y)) & 0xFFFFFF) !=
			        0;
	CHECKF(diff == 0, "%ld pixels differ after the rebuild", diff);
	CHECK(fix_truth_matches(&f));
	gfx_buf_free(&before);
	fix_close(&f);
}

TEST(wm_random_use_then_rebuild)
{
	random_use(0x5EED);
	random_use(0xC0FFEE);
	random_use(77);
}

/* ------------------------------------------------------------ odds and ends */

TEST(wm_destroy_during_drag_and_cascade)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Doomed", 100, 100, 240, 160, GFX_RGB(7, 7, 7));
	REQUIRE(a >= 0);
	fix_title_point(&f, a, &x, &y);
	fix_pointer(&f, x, y, WM_BTN_LEFT);
	fix_pointer(&f, x + 10, y, WM_BTN_LEFT);
	wm_window_destroy(f.win[a].w); /* mid-drag */
	f.win[a].w = NULL;
	fix_pointer(&f, x + 20, y, WM_BTN_LEFT);
	fix_pointer(&f, x + 20, y, 0);
	CHECK(consistent(&f));
	/* wm_place cascades and keeps frames in the work area */
	struct gfx_rect work = wm_work_area(f.wm), prev = { 0, 0, 0, 0 };
	for (int i = 0; i < 10; i++) {
		struct gfx_rect r = wm_place(f.wm, 400, 300);
		struct gfx_rect fr = wm_frame_around(r);
		CHECK(gfx_rect_contains(work, fr));
		CHECK(i == 0 || i == 8 || r.x != prev.x || r.y != prev.y);
		prev = r;
	}
	f.n = 0;
	gfx_buf_free(&f.win[a].buf);
	fix_close(&f);
}

/* The portable input codes are the kernel's, so desktop.c copies fields. */
TEST(wm_input_codes_match_the_kernel)
{
	CHECK_EQ(WM_KEY_ESC, KEY_ESC);
	CHECK_EQ(WM_KEY_BACKSPACE, KEY_BACKSPACE);
	CHECK_EQ(WM_KEY_TAB, KEY_TAB);
	CHECK_EQ(WM_KEY_ENTER, KEY_ENTER);
	CHECK_EQ(WM_KEY_F1, KEY_F1);
	CHECK_EQ(WM_KEY_F4, KEY_F4);
	CHECK_EQ(WM_KEY_F12, KEY_F12);
	CHECK_EQ(WM_KEY_UP, KEY_UP);
	CHECK_EQ(WM_KEY_DELETE, KEY_DELETE);
	CHECK_EQ(WM_KEY_LALT, KEY_LALT);
	CHECK_EQ(WM_KEY_RALT, KEY_RALT);
	CHECK_EQ(WM_KEY_LMETA, KEY_LMETA);
	CHECK_EQ(WM_KEY_MENU, KEY_MENU);
	CHECK_EQ(WM_MOD_SHIFT, INPUT_MOD_SHIFT);
	CHECK_EQ(WM_MOD_CTRL, INPUT_MOD_CTRL);
	CHECK_EQ(WM_MOD_ALT, INPUT_MOD_ALT);
	CHECK_EQ(WM_MOD_CAPS, INPUT_MOD_CAPS);
	CHECK_EQ(WM_BTN_LEFT, INPUT_BTN_LEFT);
	CHECK_EQ(WM_BTN_RIGHT, INPUT_BTN_RIGHT);
	CHECK_EQ(WM_BTN_MIDDLE, INPUT_BTN_MIDDLE);
}

TEST(wm_flash_key_toggles_damage_flashing)
{
	struct fix f;
	REQUIRE(fix_open(&f, SW, SH));
	int a = add_plain(&f, "Any", 100, 100, 240, 160, GFX_RGB(1, 1, 1));
	REQUIRE(a >= 0);
	fix_focus(&f, a);
	bool was = wm_debug_flash;
	int inputs = f.log.input;
	fix_tap(&f, WM_FLASH_KEY, 0);
	CHECK(wm_debug_flash != was);
	CHECK_EQ(f.log.input, inputs + 1); /* the release only: the press is the wm's */
	fix_tap(&f, WM_FLASH_KEY, 0);
	CHECK(wm_debug_flash == was);
	wm_debug_flash = was;
	fix_close(&f);
}
