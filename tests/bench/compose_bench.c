/*
 * compose_bench.c - the compositor (wm/compose.c) against memcpy, 1024x768.
 *
 * (a) full screen: damage everything and compose + flip a wallpaper, the
 *     translucent taskbar and the cursor; reference: one memcpy of the whole
 *     back buffer to a separate "screen" buffer.
 * (b) window drag: an opaque 400x300 window moved across the screen in 8px
 *     steps, compose + flip of each step's damage; reference: memcpy, row by
 *     row, of exactly the rects the compositor flipped.
 * (c) window manager drag: a desktop of 10 decorated windows (wm/wm.h:
 *     frames, shadows, taskbar buttons), and an 11th, with a 400x300
 *     client, dragged by its title bar across them in 8px steps through
 *     wm_input(); compose + flip of each step; reference: memcpy, row by
 *     row, of exactly the rects the compositor flipped.
 * Each case is timed RUNS times, compositor and reference alternating so
 * both see the same machine state; the table gives medians and ratios.
 * The references copy real pixels: each screen is first composed once
 * all through its back buffer (prime_back()), as a back buffer never
 * written is still the kernel's shared zero page, read at cache speed.
 * Host only (build/host/bench, -O2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "gui/font.h"
#include "bench.h"
#include "wm/compose.h"
#include "wm/cursor.h"
#include "wm/taskbar.h"
#include "gui/theme.h"
#include "wm/wm.h"

#define W         1024
#define H         768
#define RUNS      31
#define FULL_OPS  20 /* full frames per timed run */
#define WIN_W     400
#define WIN_H     300
#define STEP      8
#define DRAG_Y    200
#define MAX_RECTS 4096
#define SANS_TTF  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

struct vram {
	uint32_t *px;
};

static struct vram vram;

static void
flip_mem(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	struct vram *v = ctx;
	for (int y = 0; y < r->h; y++)
		memcpy(v->px + (size_t)(r->y + y) * W + r->x, src + (size_t)y * stride,
		       (size_t)r->w * 4);
}

/* A wallpaper that is not one flat colour: gradient plus a noise pattern. */
static bool
make_wallpaper(struct wm_surface *wall)
{
	uint32_t seed = 1;
	if (!gfx_buf_alloc(&wall->buf, W, H))
		return false;
	gfx_gradient(&wall->buf, NULL, gfx_rect_make(0, 0, W, H), THEME_WALL_TOP,
	             THEME_WALL_BOTTOM);
	for (int i = 0; i < W * H; i++) {
		seed = seed * 1103515245u + 12345u;
		wall->buf.px[i] ^= (seed >> 16) & 0x070707u;
	}
	wall->visible = true;
	return true;
}

static struct font *
load_font(void **data)
{
	FILE *f = fopen(SANS_TTF, "rb");
	long n;
	*data = NULL;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	*data = malloc((size_t)n);
	if (!*data || fread(*data, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		return NULL;
	}
	fclose(f);
	return font_open(*data, (size_t)n, THEME_CLOCK_PX);
}

/*
 * Compose the whole screen once through the back buffer, so every page of
 * it holds pixels. Direct flips leave most of it unwritten, and the
 * reference memcpy reading untouched pages (all mapped to the zero page,
 * always cached) measured about half the cost of copying a frame.
 */
static void
prime_back(struct wm_screen *s)
{
	bool direct = wm_direct_flip;
	wm_direct_flip = false;
	wm_damage_all(s);
	wm_compose(s);
	wm_direct_flip = direct;
}

/* ------------------------------------------------------------ (a) */

static double
run_full(struct wm_screen *s)
{
	double t = bench_now();
	for (int i = 0; i < FULL_OPS; i++) {
		wm_damage_all(s);
		wm_compose(s);
	}
	return (bench_now() - t) / FULL_OPS;
}

static double
run_full_memcpy(struct wm_screen *s)
{
	const struct gfx_buf *back = wm_screen_back(s);
	double t = bench_now();
	for (int i = 0; i < FULL_OPS; i++)
		memcpy(vram.px, back->px, (size_t)W * H * 4);
	return (bench_now() - t) / FULL_OPS;
}

/* ------------------------------------------------------------ (b) */

static int
drag_steps(void)
{
	return (W - WIN_W) / STEP + 1;
}

/* Step i of the sweep: the window and the pointer holding its title bar. */
static void
drag_to(struct wm_screen *s, struct wm_surface *win, int i)
{
	wm_surface_move(win, i * STEP, DRAG_Y);
	wm_cursor_move(s, i * STEP + 40, DRAG_Y + 10);
}

/* One sweep left to right; returns seconds per step. */
static double
run_drag(struct wm_screen *s, struct wm_surface *win)
{
	int n = drag_steps();
	drag_to(s, win, 0);
	wm_compose(s);
	double t = bench_now();
	for (int i = 1; i < n; i++) {
		drag_to(s, win, i);
		wm_compose(s);
	}
	return (bench_now() - t) / (n - 1);
}

/* The damage of every step of one sweep, recorded in damage[]. */
static struct gfx_rect damage[MAX_RECTS];
static int ndamage;

static long long
record_drag(struct wm_screen *s, struct wm_surface *win)
{
	const struct gfx_rect *d;
	long long bytes = 0;
	drag_to(s, win, 0);
	wm_compose(s);
	ndamage = 0;
	for (int i = 1; i < drag_steps(); i++) {
		drag_to(s, win, i);
		int n = wm_damage_rects(s, &d);
		for (int k = 0; k < n && ndamage < MAX_RECTS; k++) {
			damage[ndamage++] = d[k];
			bytes += (long long)d[k].w * d[k].h * 4;
		}
		wm_compose(s);
	}
	return bytes;
}

/* The same damaged rects copied from the back buffer with row memcpy. */
static double
run_drag_memcpy(struct wm_screen *s)
{
	const struct gfx_buf *back = wm_screen_back(s);
	double t = bench_now();
	for (int i = 0; i < ndamage; i++) {
		const struct gfx_rect *r = &damage[i];
		for (int y = r->y; y < r->y + r->h; y++)
			memcpy(vram.px + (size_t)y * W + r->x, gfx_row(back, r->x, y),
			       (size_t)r->w * 4);
	}
	return (bench_now() - t) / (drag_steps() - 1);
}

/* ------------------------------------------------------------ (c) */

struct result {
	double op, ref, ratio; /* medians: time per op, its memcpy, op/ref */
};


#define DESK_WINDOWS 10
#define WM_DRAG_Y    230 /* client top of the dragged window */

struct wmdesk {
	struct wm_screen *s;
	struct wm_surface wall; /* shares (a)'s wallpaper pixels */
	struct wm *wm;
	struct wm_window *win[DESK_WINDOWS + 1]; /* the last is dragged */
	struct gfx_buf buf[DESK_WINDOWS + 1];
	int gx, gy; /* the pointer on the dragged title bar, at the start */
};

static void
wm_pointer(struct wm *wm, int x, int y, unsigned buttons)
{
	struct wm_input ev = { .type = WM_IN_POINTER, .buttons = (uint8_t)buttons, .x = x, .y = y };
	wm_input(wm, &ev);
}

/* Client pixels that are not flat: rows of two colours. */
static bool
client_buf(struct gfx_buf *b, int w, int h, int seed)
{
	if (!gfx_buf_alloc(b, w, h))
		return false;
	for (int y = 0; y < h; y++)
		gfx_hline(b, NULL, 0, y, w,
		          (y / 8 + seed) % 2 ? GFX_RGB(0xf4, 0xf4, 0xf0)
		                             : GFX_RGB(0xe0, 0xe6, 0xee));
	return true;
}

static bool
desk_window(struct wmdesk *d, int i, struct gfx_rect r)
{
	char title[32];
	snprintf(title, sizeof(title), "Window %d", i + 1);
	if (!client_buf(&d->buf[i], r.w, r.h, i))
		return false;
	struct wm_window_spec spec = { title, r, 0, d->buf[i], NULL };
	return (d->win[i] = wm_window_create(d->wm, &spec)) != NULL;
}

static bool
desk_setup(struct wmdesk *d, const struct gfx_buf *wallpaper, struct font *sans)
{
	struct wm_fonts fonts = { sans, sans, sans, sans };
	memset(d, 0, sizeof(*d));
	d->s = wm_screen_create(W, H, flip_mem, &vram);
	if (!d->s)
		return false;
	d->wall.buf = *wallpaper;
	d->wall.visible = true;
	wm_surface_add(d->s, &d->wall);
	if (!(d->wm = wm_create(d->s, &fonts, NULL, NULL)))
		return false;
	wm_set_clock(d->wm, 12, 34);
	for (int i = 0; i < DESK_WINDOWS; i++) {
		struct gfx_rect r = gfx_rect_make(20 + (i % 5) * 195,
		                                  50 + (i / 5) * 330 + (i % 2) * 40, 300, 220);
		if (!desk_window(d, i, r))
			return false;
	}
	if (!desk_window(d, DESK_WINDOWS, gfx_rect_make(1, WM_DRAG_Y, WIN_W, WIN_H)))
		return false;
	wm_focus(d->wm, d->win[DESK_WINDOWS]);
	struct gfx_rect f = wm_window_frame(d->win[DESK_WINDOWS]);
	d->gx = f.x + 60;
	d->gy = f.y + THEME_WIN_TITLE_H / 2;
	return true;
}

static void
desk_free(struct wmdesk *d)
{
	wm_destroy(d->wm);
	wm_screen_destroy(d->s);
	for (int i = 0; i <= DESK_WINDOWS; i++)
		gfx_buf_free(&d->buf[i]);
}

/* The dragged window back at the start, its title bar held; composed. */
static void
desk_reset(struct wmdesk *d)
{
	wm_pointer(d->wm, d->gx, d->gy, 0);
	wm_window_set_rect(d->win[DESK_WINDOWS], gfx_rect_make(1, WM_DRAG_Y, WIN_W, WIN_H));
	wm_pointer(d->wm, d->gx, d->gy, WM_BTN_LEFT);
	wm_compose(d->s);
}

static double
run_desk_drag(struct wmdesk *d)
{
	int n = drag_steps();
	desk_reset(d);
	double t = bench_now();
	for (int i = 1; i < n; i++) {
		wm_pointer(d->wm, d->gx + i * STEP, d->gy, WM_BTN_LEFT);
		wm_compose(d->s);
	}
	return (bench_now() - t) / (n - 1);
}

static long long
record_desk_drag(struct wmdesk *d)
{
	const struct gfx_rect *r;
	long long bytes = 0;
	desk_reset(d);
	ndamage = 0;
	for (int i = 1; i < drag_steps(); i++) {
		wm_pointer(d->wm, d->gx + i * STEP, d->gy, WM_BTN_LEFT);
		int n = wm_damage_rects(d->s, &r);
		for (int k = 0; k < n && ndamage < MAX_RECTS; k++) {
			damage[ndamage++] = r[k];
			bytes += (long long)r[k].w * r[k].h * 4;
		}
		wm_compose(d->s);
	}
	return bytes;
}

static struct result
measure_desk(struct wmdesk *d)
{
	double op[RUNS], ref[RUNS], ratio[RUNS];
	for (int r = 0; r < RUNS; r++) {
		op[r] = run_desk_drag(d);
		ref[r] = run_drag_memcpy(d->s);
		ratio[r] = op[r] / ref[r];
	}
	return (struct result){ bench_median(op, RUNS), bench_median(ref, RUNS),
		                bench_median(ratio, RUNS) };
}

/* ------------------------------------------------------------ main */

/* Alternate op and reference RUNS times; medians of times and ratios. */
static struct result
measure(struct wm_screen *s, struct wm_surface *win, bool drag)
{
	double op[RUNS], ref[RUNS], ratio[RUNS];
	for (int r = 0; r < RUNS; r++) {
		op[r] = drag ? run_drag(s, win) : run_full(s);
		ref[r] = drag ? run_drag_memcpy(s) : run_full_memcpy(s);
		ratio[r] = op[r] / ref[r];
	}
	return (struct result){ bench_median(op, RUNS), bench_median(ref, RUNS),
		                bench_median(ratio, RUNS) };
}

static void
row(const char *name, struct result r)
{
	printf("  %-40s %9.1f us %9.1f us %7.2fx\n", name, r.op * 1e6, r.ref * 1e6, r.ratio);
}

static bool
setup(struct wm_screen *s, struct wm_surface *wall, struct taskbar *bar, struct font *sans)
{
	int hx, hy;
	const struct gfx_buf *arrow = cursor_arrow(&hx, &hy);
	if (!make_wallpaper(wall) || !taskbar_init(bar, W, H, sans, sans))
		return false;
	wm_surface_add(s, wall);
	wm_surface_add(s, &bar->surf);
	taskbar_set_clock(bar, 12, 34);
	wm_cursor_set(s, arrow, hx, hy);
	wm_cursor_move(s, W / 2, H / 2);
	return true;
}

static bool
make_window(struct wm_surface *win)
{
	if (!gfx_buf_alloc(&win->buf, WIN_W, WIN_H))
		return false;
	gfx_fill(&win->buf, NULL, gfx_rect_make(0, 0, WIN_W, WIN_H), GFX_RGB(0xf0, 0xf0, 0xe8));
	gfx_fill(&win->buf, NULL, gfx_rect_make(0, 0, WIN_W, 24), GFX_RGB(0x2a, 0x5d, 0x9c));
	win->visible = true;
	return true;
}

int
main(void)
{
	struct wm_surface wall = { 0 }, win = { 0 };
	struct taskbar bar;
	struct result full, full_back, drag, drag_back, desk_drag, desk_back;
	struct wmdesk desk;
	void *fontdata;

	vram.px = calloc((size_t)W * H, 4);
	struct wm_screen *s = wm_screen_create(W, H, flip_mem, &vram);
	struct font *sans = load_font(&fontdata);
	if (!vram.px || !s || !setup(s, &wall, &bar, sans) || !make_window(&win)) {
		fprintf(stderr, "bench: out of memory\n");
		return 1;
	}
	prime_back(s);
	full = measure(s, NULL, false);
	wm_direct_flip = false;
	full_back = measure(s, NULL, false);
	wm_direct_flip = true;

	wm_surface_add(s, &win);
	long long bytes = record_drag(s, &win);
	drag = measure(s, &win, true);
	wm_direct_flip = false;
	drag_back = measure(s, &win, true);
	wm_direct_flip = true;

	if (!desk_setup(&desk, &wall.buf, sans)) {
		fprintf(stderr, "bench: out of memory\n");
		return 1;
	}
	prime_back(desk.s);
	long long desk_bytes = record_desk_drag(&desk);
	desk_drag = measure_desk(&desk);
	wm_direct_flip = false;
	desk_back = measure_desk(&desk);
	wm_direct_flip = true;

	printf("compositor bench: %dx%d XRGB, medians of %d runs%s\n", W, H, RUNS,
	       sans ? "" : " (no font: taskbar without text)");
	printf("  %-40s %12s %12s %8s\n", "case (time per op)", "compose+flip", "memcpy", "ratio");
	row("(a) full screen: wallpaper, bar, cursor", full);
	row("    same, all through the back buffer", full_back);
	row("(b) 400x300 window drag, 8px steps", drag);
	row("    same, all through the back buffer", drag_back);
	row("(c) wm: 400x300 window over 10 windows", desk_drag);
	row("    same, all through the back buffer", desk_back);
	printf("  bytes per op: (a) %.2f MiB, (b) %.2f MiB, (c) %.2f MiB damaged per step "
	       "(%d steps)\n",
	       W * H * 4 / 1048576.0, bytes / (double)(drag_steps() - 1) / 1048576.0,
	       desk_bytes / (double)(drag_steps() - 1) / 1048576.0, drag_steps() - 1);
	printf("ratio full-screen: %.2fx (target <= 1.5x)\n", full.ratio);
	printf("ratio window-drag: %.2fx (target <= 1.5x)\n", drag.ratio);
	printf("ratio wm-drag: %.2fx (decorated, over 10 windows)\n", desk_drag.ratio);
	desk_free(&desk);
	wm_screen_destroy(s);
	taskbar_free(&bar);
	gfx_buf_free(&wall.buf);
	gfx_buf_free(&win.buf);
	if (sans)
		font_close(sans);
	free(fontdata);
	free(vram.px);
	return 0;
}
