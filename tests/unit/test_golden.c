/*
 * test_golden.c - a small desktop composed on the host and compared with
 * a checked-in image: gradient wallpaper, an opaque window, a translucent
 * one over it, the taskbar (wm/taskbar.c) with its clock, and the cursor,
 * with text by gui/font.c from DejaVu when the font is installed
 * (golden "desktop"; without it "desktop-nofont").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gui/font.h"
#include "wm/compose.h"
#include "wm/cursor.h"
#include "wm/taskbar.h"
#include "gui/theme.h"
#include "test.h"

#define SANS_TTF "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define BOLD_TTF "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
#define SCREEN_W 320
#define SCREEN_H 240

struct fontfile {
	void *data;
	size_t len;
	struct font *font;
};

static void
font_load(struct fontfile *ff, const char *path, int px)
{
	FILE *f = fopen(path, "rb");
	memset(ff, 0, sizeof(*ff));
	if (!f)
		return;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	ff->data = n > 0 ? malloc((size_t)n) : NULL;
	if (ff->data && fread(ff->data, 1, (size_t)n, f) == (size_t)n) {
		ff->len = (size_t)n;
		ff->font = font_open(ff->data, ff->len, px);
	}
	fclose(f);
}

static void
font_unload(struct fontfile *ff)
{
	if (ff->font)
		font_close(ff->font);
	free(ff->data);
}

static void
text(struct gfx_buf *b, struct font *f, int x, int y, const char *s, uint32_t rgb)
{
	if (f)
		font_draw(b, NULL, f, x, y + font_ascent(f), s, rgb);
}

/* An opaque window: frame, title bar, a few lines of body. */
static void
draw_window(struct gfx_buf *b, struct font *bold, struct font *sans)
{
	struct gfx_rect all = { 0, 0, b->w, b->h };
	gfx_fill(b, NULL, all, GFX_RGB(0xf4, 0xf4, 0xf0));
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, 22), GFX_RGB(0x2a, 0x5d, 0x9c));
	text(b, bold, 8, 3, "Notes", GFX_RGB(255, 255, 255));
	gfx_rounded_rect(b, NULL, gfx_rect_make(b->w - 18, 5, 12, 12), 6,
	                 GFX_RGB(0xe0, 0x50, 0x40));
	text(b, sans, 8, 30, "Hello, Phantom!", GFX_RGB(0x20, 0x20, 0x20));
	for (int i = 0; i < 4; i++)
		gfx_hline(b, NULL, 8, 58 + 8 * i, b->w - 16 - 20 * i, GFX_RGB(0x90, 0x90, 0xa0));
	gfx_line(b, NULL, 8, b->h - 8, b->w - 8, 60, GFX_ARGB(0xA0, 0xd0, 0x30, 0x30));
	gfx_vline(b, NULL, 0, 0, b->h, GFX_RGB(0x40, 0x40, 0x40));
	gfx_vline(b, NULL, b->w - 1, 0, b->h, GFX_RGB(0x40, 0x40, 0x40));
	gfx_hline(b, NULL, 0, b->h - 1, b->w, GFX_RGB(0x40, 0x40, 0x40));
}

/* A translucent panel with rounded corners and text. */
static void
draw_panel(struct gfx_buf *b, struct font *sans)
{
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), 0);
	gfx_rounded_rect(b, NULL, gfx_rect_make(0, 0, b->w, b->h), 10,
	                 GFX_ARGB(0xB0, 0x18, 0x20, 0x30));
	gfx_rounded_rect(b, NULL, gfx_rect_make(10, 40, b->w - 20, 30), 8,
	                 GFX_ARGB(0x60, 0xff, 0xff, 0xff));
	text(b, sans, 12, 10, "Translucent", GFX_RGB(0xff, 0xff, 0xff));
}

struct golden_scene {
	struct wm_surface wall, win, panel;
	struct taskbar bar;
};

static bool
build_scene(struct golden_scene *g, struct wm_screen *s, struct font *sans, struct font *bold)
{
	int hx, hy;
	memset(g, 0, sizeof(*g));
	if (!gfx_buf_alloc(&g->wall.buf, SCREEN_W, SCREEN_H) ||
	    !gfx_buf_alloc(&g->win.buf, 170, 110) || !gfx_buf_alloc(&g->panel.buf, 150, 90) ||
	    !taskbar_init(&g->bar, SCREEN_W, SCREEN_H, sans, bold))
		return false;
	gfx_gradient(&g->wall.buf, NULL, gfx_rect_make(0, 0, SCREEN_W, SCREEN_H), THEME_WALL_TOP,
	             THEME_WALL_BOTTOM);
	draw_window(&g->win.buf, bold, sans);
	draw_panel(&g->panel.buf, sans);
	g->wall.visible = g->win.visible = g->panel.visible = true;
	g->panel.alpha = true;
	g->win.x = 24;
	g->win.y = 20;
	g->panel.x = 150;
	g->panel.y = 90;
	wm_surface_add(s, &g->wall);
	wm_surface_add(s, &g->win);
	wm_surface_add(s, &g->panel);
	wm_surface_add(s, &g->bar.surf);
	taskbar_set_clock(&g->bar, 9, 41);
	const struct gfx_buf *arrow = cursor_arrow(&hx, &hy);
	wm_cursor_set(s, arrow, hx, hy);
	wm_cursor_move(s, 200, 120);
	return true;
}

static void
free_scene(struct golden_scene *g)
{
	gfx_buf_free(&g->wall.buf);
	gfx_buf_free(&g->win.buf);
	gfx_buf_free(&g->panel.buf);
	gfx_buf_free(&g->bar.surf.buf);
}

static void
flip_copy(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	struct gfx_buf *screen = ctx;
	for (int y = 0; y < r->h; y++)
		memcpy(gfx_row(screen, r->x, r->y + y), src + (size_t)y * stride, (size_t)r->w * 4);
}

TEST(golden_desktop)
{
	struct fontfile sans, bold;
	struct gfx_buf screen;
	struct golden_scene g;
	struct wm_screen *s;

	font_load(&sans, SANS_TTF, THEME_CLOCK_PX);
	font_load(&bold, BOLD_TTF, THEME_START_PX);
	REQUIRE(gfx_buf_alloc(&screen, SCREEN_W, SCREEN_H));
	s = wm_screen_create(SCREEN_W, SCREEN_H, flip_copy, &screen);
	if (CHECK(s) && CHECK(build_scene(&g, s, sans.font, bold.font))) {
		wm_compose(s);
		/* move the window away and back: damage paths give the same image */
		wm_surface_move(&g.win, 60, 60);
		wm_compose(s);
		wm_surface_move(&g.win, 24, 20);
		wm_compose(s);
		test_golden(sans.font && bold.font ? "desktop" : "desktop-nofont", &screen);
		wm_screen_destroy(s);
		free_scene(&g);
	}
	gfx_buf_free(&screen);
	font_unload(&sans);
	font_unload(&bold);
}
