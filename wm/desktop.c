/*
 * desktop.c - the kernel's desktop: wallpaper, taskbar and pointer on the
 * boot framebuffer, run by the thread "wm".
 *
 * Setup builds a screen (compose.c) flipped with fb_blit, a wallpaper
 * surface (the "wallpaper.png" boot module scaled to cover the screen, or
 * a gradient), the taskbar (taskbar.c) and the arrow cursor, composes the
 * first full frame and logs "desktop ready". The loop then waits for input
 * at most IDLE_MS, drains every pending event, and composes once: pointer
 * motion is coalesced into one cursor move per frame. The clock is checked
 * every CLOCK_CHECK_MS and redrawn only when its minute changes.
 * Kernel only (KERNEL_ONLY in the Makefile).
 */
#include <stdlib.h>
#include "kernel/bootinfo.h"
#include "kernel/fb.h"
#include "kernel/initcall.h"
#include "kernel/input.h"
#include "kernel/klog.h"
#include "kernel/rtc.h"
#include "kernel/thread.h"
#include "kernel/timer.h"
#include "fonts/fonts.h"
#include "gui/image.h"
#include "compose.h"
#include "cursor.h"
#include "taskbar.h"
#include "theme.h"

#define IDLE_MS        250 /* longest wait for input */
#define CLOCK_CHECK_MS 500 /* RTC reads are slow port I/O: not per event */
#define DRAIN_MAX      128 /* events handled before a frame is composed */
#define FLASH_KEY      KEY_F12

struct desktop {
	struct wm_screen *screen;
	struct wm_surface wall;
	struct taskbar bar;
	int w, h;
	int cx, cy;             /* pointer, coalesced between frames */
	uint64_t clock_checked; /* timer_ms() of the last RTC read */
};

static struct desktop desk;

static void
flip_fb(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	fb_blit(src, (uint32_t)stride, r->x, r->y, r->w, r->h);
}

/* Decode and scale the wallpaper module into dst; false with a logged why. */
static bool
load_wallpaper(struct gfx_buf *dst)
{
	const struct boot_module *m = bootinfo_module("wallpaper.png");
	struct gfx_buf img;
	const char *why = "";

	if (!m) {
		klog("desktop: no wallpaper.png module; gradient wallpaper");
		return false;
	}
	if (!image_decode(m->data, m->len, &img, &why)) {
		klog("desktop: wallpaper.png: %s; gradient wallpaper", why);
		return false;
	}
	bool ok = image_scale_cover(&img, dst);
	if (ok)
		klog("desktop: wallpaper %dx%d scaled to %dx%d", img.w, img.h, dst->w, dst->h);
	else
		klog("desktop: wallpaper.png: cannot scale %dx%d to %dx%d; "
		     "gradient wallpaper",
		     img.w, img.h, dst->w, dst->h);
	image_free(&img);
	return ok;
}

static bool
setup_wallpaper(struct desktop *d)
{
	struct wm_surface *wall = &d->wall;
	if (!gfx_buf_alloc(&wall->buf, d->w, d->h))
		return false;
	if (!load_wallpaper(&wall->buf))
		gfx_gradient(&wall->buf, NULL, gfx_rect_make(0, 0, d->w, d->h), THEME_WALL_TOP,
		             THEME_WALL_BOTTOM);
	wall->alpha = false;
	wall->visible = true;
	wm_surface_add(d->screen, wall);
	return true;
}

static void
update_clock(struct desktop *d)
{
	struct rtc_time t;
	rtc_read(&t);
	taskbar_set_clock(&d->bar, t.hour, t.minute);
	d->clock_checked = timer_ms();
}

static bool
setup_taskbar(struct desktop *d)
{
	struct font *sans = fonts_get(FONTS_SANS, THEME_CLOCK_PX);
	struct font *bold = fonts_get(FONTS_SANS_BOLD, THEME_START_PX);
	if (!sans || !bold)
		klog("desktop: fonts missing (sans %s, bold %s); text left out",
		     sans ? "ok" : "none", bold ? "ok" : "none");
	if (!taskbar_init(&d->bar, d->w, d->h, sans, bold))
		return false;
	wm_surface_add(d->screen, &d->bar.surf);
	update_clock(d);
	return true;
}

static bool
setup(struct desktop *d, const struct fb *fb)
{
	int hx, hy;
	const struct gfx_buf *arrow = cursor_arrow(&hx, &hy);

	d->w = (int)fb->width;
	d->h = (int)fb->height;
	d->screen = wm_screen_create(d->w, d->h, flip_fb, d);
	if (!d->screen || !setup_wallpaper(d) || !setup_taskbar(d))
		return false;
	wm_screen_set_background(d->screen, THEME_DESKTOP_BG);
	d->cx = d->w / 2;
	d->cy = d->h / 2;
	wm_cursor_set(d->screen, arrow, hx, hy);
	wm_cursor_move(d->screen, d->cx, d->cy);
	return true;
}

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void
handle(struct desktop *d, const struct input_event *ev)
{
	switch (ev->type) {
	case INPUT_MOTION_ABS:
		d->cx = clamp((int)((int64_t)ev->x * d->w / 65536), 0, d->w - 1);
		d->cy = clamp((int)((int64_t)ev->y * d->h / 65536), 0, d->h - 1);
		break;
	case INPUT_MOTION_REL:
		d->cx = clamp(d->cx + ev->x, 0, d->w - 1);
		d->cy = clamp(d->cy + ev->y, 0, d->h - 1);
		break;
	case INPUT_KEY:
		if (ev->pressed && ev->keycode == FLASH_KEY) {
			wm_debug_flash = !wm_debug_flash;
			klog("desktop: damage flashing %s", wm_debug_flash ? "on" : "off");
		}
		break;
	default:
		break;
	}
}

/* Wait for input (or the idle timeout), drain it, compose one frame. */
static void
frame(struct desktop *d)
{
	struct input_event ev;
	bool got = input_wait_timeout(&ev, IDLE_MS);
	for (int n = 1; got; n++) {
		handle(d, &ev);
		got = n < DRAIN_MAX && input_wait_timeout(&ev, 0);
	}
	wm_cursor_move(d->screen, d->cx, d->cy);
	if (timer_ms() - d->clock_checked >= CLOCK_CHECK_MS)
		update_clock(d);
	if (wm_damage_pending(d->screen))
		wm_compose(d->screen);
}

static void
desktop_main(void *arg)
{
	struct desktop *d = arg;
	const struct fb *fb = fb_get();

	if (!fb || !fb->base) {
		klog("desktop: no framebuffer; no desktop");
		return;
	}
	if (!setup(d, fb)) {
		klog("desktop: out of memory for a %ux%u desktop", fb->width, fb->height);
		return;
	}
	uint64_t t0 = timer_ns();
	wm_damage_all(d->screen);
	wm_compose(d->screen);
	uint64_t us = (timer_ns() - t0) / 1000;
	klog("desktop: first frame %dx%d composed and flipped in %u.%03u ms", d->w, d->h,
	     (unsigned)(us / 1000), (unsigned)(us % 1000));
	klog("desktop ready");
	for (;;)
		frame(d);
}

static void
desktop_start(void)
{
	thread_create("wm", desktop_main, &desk);
}
INITCALL(desktop_start);
