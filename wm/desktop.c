/*
 * desktop.c - the kernel's desktop, run by the thread "wm": the boot
 * framebuffer, the wallpaper, and the desk (wm/desk.c) that shows the
 * persistent world's windows with the window manager's frames, taskbar,
 * launcher and cursor.
 *
 * Setup builds a screen (compose.c) flipped with fb_blit, a wallpaper
 * surface (the "wallpaper.png" boot module scaled to cover the screen, or
 * a gradient) and the desk, whose launcher lists the apps of apps.tar.
 * The world binds to the desk from its own thread before any VM thread
 * runs (world_on_start -> bind): a restored world's windows come back as
 * they were. The loop waits for input at most IDLE_MS, turns the drained
 * events into wm input (pointer motion coalesced into one move per frame),
 * and composes once; all of that under the world lock, because the desk
 * writes Events into the arena and the compositor reads window surfaces
 * from it. If the world cannot start (a foreign or damaged disk) its
 * reason is shown in a notice in the middle of the screen.
 * Kernel only (KERNEL_ONLY in the Makefile).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
#include "gui/theme.h"
#include "pvm/world.h"
#include "compose.h"
#include "desk.h"

#define IDLE_MS        250 /* longest wait for input */
#define CLOCK_CHECK_MS 500 /* RTC reads are slow port I/O: not per event */
#define DRAIN_MAX      128 /* events handled before a frame is composed */
#define BIND_WAIT_MS   5000
#define MAX_APPS       24
#define NOTICE_W       640
#define NOTICE_H       150
#define WARN_MS        15000 /* a warning (world_warning) stays this long */

struct desktop {
	struct wm_screen *screen;
	struct wm_surface wall, notice;
	struct desk *desk;
	int w, h;
	int cx, cy;             /* pointer */
	unsigned buttons;       /* held */
	bool moved;             /* a motion not yet given to the desk */
	uint64_t clock_checked; /* timer_ms() of the last RTC read */
	bool noticed;
	uint64_t warned_ms;                     /* a warning is up since (0: none shown; 1: gone) */
	const char *warned;                     /* the last world_warning() shown */
	uint32_t synced;                        /* the last sync answered (world_synced) */
	struct font *notice_bold, *notice_text; /* opened (pinned) before the VM draws */
	struct world_app apps[MAX_APPS];
	int napps;
	/* frames composed while a button is held and the pointer moves (a
	 * window dragged or resized): logged as frames per second on release */
	int drag_frames;
	uint64_t drag_t0;
};

static struct desktop desk_state;
static struct sem desk_ready; /* posted once: the desk exists (or never will) */
static volatile bool no_desk;

static void
flip_fb(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	fb_blit(src, (uint32_t)stride, r->x, r->y, r->w, r->h);
}

/* ---------------------------------------------------------------- setup */

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
		klog("desktop: wallpaper.png: cannot scale %dx%d to %dx%d; gradient wallpaper",
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
	desk_set_clock(d->desk, t.hour, t.minute);
	d->clock_checked = timer_ms();
}

/* The launcher shows the apps' titles; the world starts them by file. */
static void
launch(void *ctx, const char *title)
{
	struct desktop *d = ctx;
	for (int i = 0; i < d->napps; i++)
		if (strcmp(d->apps[i].title, title) == 0) {
			klog("desktop: launching %s", d->apps[i].file);
			world_launch(d->apps[i].file);
		}
}

static bool
setup_desk(struct desktop *d)
{
	struct wm_fonts fonts = { fonts_get(FONTS_SANS_BOLD, THEME_TITLE_PX),
		                  fonts_get(FONTS_SANS, THEME_TEXT_PX),
		                  fonts_get(FONTS_SANS, THEME_CLOCK_PX),
		                  fonts_get(FONTS_SANS_BOLD, THEME_START_PX) };
	if (!fonts.title || !fonts.text)
		klog("desktop: fonts missing; text left out");
	d->notice_bold = fonts_get(FONTS_SANS_BOLD, 16);
	d->notice_text = fonts_get(FONTS_SANS, 14);
	d->desk = desk_create(d->screen, &fonts);
	if (!d->desk)
		return false;
	desk_on_wake(d->desk, world_wake);
	const char *titles[MAX_APPS];
	d->napps = world_apps(d->apps, MAX_APPS);
	for (int i = 0; i < d->napps; i++)
		titles[i] = d->apps[i].title;
	desk_set_apps(d->desk, titles, d->napps, launch, d);
	klog("desktop: %d apps in the launcher", d->napps);
	update_clock(d);
	return true;
}

static bool
setup(struct desktop *d, const struct fb *fb)
{
	d->w = (int)fb->width;
	d->h = (int)fb->height;
	d->screen = wm_screen_create(d->w, d->h, flip_fb, d);
	if (!d->screen || !setup_wallpaper(d))
		return false;
	wm_screen_set_background(d->screen, THEME_DESKTOP_BG);
	d->cx = d->w / 2;
	d->cy = d->h / 2;
	return setup_desk(d);
}

/* The world's thread, lock held, before any VM thread runs. */
static void
bind(pv_vm *vm)
{
	if (!no_desk && !sem_wait_timeout(&desk_ready, BIND_WAIT_MS))
		klog("desktop: not ready after %u ms; the world runs without windows",
		     BIND_WAIT_MS);
	if (desk_state.desk)
		desk_attach(desk_state.desk, vm);
}

/* ---------------------------------------------------------------- the notice */

/* The world's failure (or warning), in a box in the middle of the screen. */
static void
show_notice(struct desktop *d, const char *title, const char *why)
{
	struct wm_surface *n = &d->notice;
	struct font *bold = d->notice_bold, *text = d->notice_text;
	if (!gfx_buf_alloc(&n->buf, NOTICE_W, NOTICE_H))
		return;
	struct gfx_rect all = gfx_rect_make(0, 0, NOTICE_W, NOTICE_H);
	gfx_fill(&n->buf, NULL, all, 0);
	gfx_rounded_rect(&n->buf, NULL, all, THEME_MENU_RADIUS, THEME_MENU_BG | 0xFF000000u);
	int y = 20;
	if (bold) {
		font_draw(&n->buf, NULL, bold, 24, y + font_ascent(bold), title, THEME_TEXT);
		y += font_height(bold) + 10;
	}
	for (const char *p = why; text && *p && y < NOTICE_H - 20;) {
		int fit = font_fit(text, p, NOTICE_W - 48);
		if (fit <= 0)
			break;
		char line[200];
		int k = fit < (int)sizeof line - 1 ? fit : (int)sizeof line - 1;
		if (p[k]) /* break at a space */
			for (int j = k; j > k / 2; j--)
				if (p[j] == ' ') {
					k = j;
					break;
				}
		memcpy(line, p, (size_t)k);
		line[k] = 0;
		font_draw(&n->buf, NULL, text, 24, y + font_ascent(text), line, THEME_TEXT);
		y += font_height(text) + 4;
		p += k;
		while (*p == ' ')
			p++;
	}
	n->alpha = true;
	n->visible = true;
	n->x = (d->w - NOTICE_W) / 2;
	n->y = (d->h - NOTICE_H) / 2;
	wm_surface_add(d->screen, n);
}

/* ---------------------------------------------------------------- input */

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void
pointer(struct desktop *d, int dz)
{
	struct wm_input in = { .type = WM_IN_POINTER,
		               .buttons = (uint8_t)d->buttons,
		               .x = d->cx,
		               .y = d->cy,
		               .dz = dz };
	desk_input(d->desk, &in);
	d->moved = false;
}

/* handle() hands the driver's bits on as they are. */
_Static_assert(INPUT_MOD_SHIFT == WM_MOD_SHIFT && INPUT_MOD_CTRL == WM_MOD_CTRL &&
                       INPUT_MOD_ALT == WM_MOD_ALT && INPUT_MOD_CAPS == WM_MOD_CAPS,
               "kernel and wm modifier bits differ");
_Static_assert(INPUT_BTN_LEFT == WM_BTN_LEFT && INPUT_BTN_RIGHT == WM_BTN_RIGHT &&
                       INPUT_BTN_MIDDLE == WM_BTN_MIDDLE,
               "kernel and wm button bits differ");

/* One driver event; motion is only noted, and given to the desk before
 * anything else or at the end of the frame. */
static void
handle(struct desktop *d, const struct input_event *ev)
{
	switch (ev->type) {
	case INPUT_MOTION_ABS:
		d->cx = clamp((int)((int64_t)ev->x * d->w / 65536), 0, d->w - 1);
		d->cy = clamp((int)((int64_t)ev->y * d->h / 65536), 0, d->h - 1);
		d->moved = true;
		return;
	case INPUT_MOTION_REL:
		d->cx = clamp(d->cx + ev->x, 0, d->w - 1);
		d->cy = clamp(d->cy + ev->y, 0, d->h - 1);
		d->moved = true;
		return;
	default:
		break;
	}
	if (d->moved)
		pointer(d, 0);
	if (ev->type == INPUT_BUTTONS) {
		d->buttons = ev->buttons;
		pointer(d, 0);
	} else if (ev->type == INPUT_WHEEL)
		pointer(d, ev->dz);
	else if (ev->type == INPUT_SYNC && ev->x > 0)
		world_sync_request((uint32_t)ev->x); /* after every event before it */
	else if (ev->type == INPUT_KEY) {
		struct wm_input in = { .type = WM_IN_KEY,
			               .pressed = ev->pressed,
			               .mods = ev->mods,
			               .key = ev->keycode,
			               .ch = ev->ch };
		desk_input(d->desk, &in);
	}
}

static void
count_drag_frame(struct desktop *d, bool dragging)
{
	if (!dragging)
		return;
	if (d->drag_frames++ == 0)
		d->drag_t0 = timer_us();
}

/* The drag ended: how smooth was it? */
static void
log_drag(struct desktop *d)
{
	uint64_t us = timer_us() - d->drag_t0;
	if (d->drag_frames > 1 && us > 0)
		klog("desktop: drag: %d frames in %u ms: %u.%u fps", d->drag_frames,
		     (unsigned)(us / 1000), (unsigned)(d->drag_frames * 1000000ull / us),
		     (unsigned)(d->drag_frames * 10000000ull / us % 10));
	d->drag_frames = 0;
}

/* A sync the world has committed is answered once the screen shows it
 * too (this frame composed what the apps drew before it). */
static void
answer_sync(struct desktop *d)
{
	uint64_t gen;
	uint32_t id = world_synced(&gen);
	if (id == d->synced)
		return;
	d->synced = id;
	klog("sync %u: committed gen=%llu", id, (unsigned long long)gen);
}

/* Wait for input (or the idle timeout), hand it to the desk, compose. */
static void
frame(struct desktop *d)
{
	struct input_event ev;
	bool got = input_wait_timeout(&ev, IDLE_MS);
	world_lock();
	for (int n = 1; got; n++) {
		handle(d, &ev);
		got = n < DRAIN_MAX && input_wait_timeout(&ev, 0);
	}
	bool dragging = d->moved && d->buttons;
	if (d->moved)
		pointer(d, 0);
	if (timer_ms() - d->clock_checked >= CLOCK_CHECK_MS)
		update_clock(d);
	if (d->desk)
		desk_tick(d->desk);
	const char *why = world_failure();
	if (why && !d->noticed) {
		d->noticed = true;
		show_notice(d, "The persistent world cannot start", why);
	}
	const char *title = NULL, *warn = why ? NULL : world_warning(&title);
	if (warn && warn != d->warned) { /* each warning shown once a boot, for WARN_MS */
		d->warned = warn;
		d->warned_ms = timer_ms() | 1;
		show_notice(d, title, warn);
	} else if (d->warned_ms > 1 && timer_ms() - d->warned_ms > WARN_MS) {
		d->warned_ms = 1;
		wm_surface_remove(&d->notice);
	}
	if (wm_damage_pending(d->screen)) {
		wm_compose(d->screen);
		count_drag_frame(d, dragging);
	}
	if (!d->buttons && d->drag_frames)
		log_drag(d);
	answer_sync(d);
	world_unlock();
}

static void
desktop_main(void *arg)
{
	struct desktop *d = arg;
	const struct fb *fb = fb_get();

	if (!fb || !fb->base) {
		klog("desktop: no framebuffer; no desktop");
		no_desk = true;
		sem_post(&desk_ready);
		return;
	}
	bool ok = setup(
		d, fb); /* touches no arena: no lock (the world may hold it, waiting in bind) */
	sem_post(&desk_ready);
	if (!ok) {
		klog("desktop: out of memory for a %ux%u desktop", fb->width, fb->height);
		return;
	}
	uint64_t t0 = timer_ns();
	world_lock();
	pointer(d, 0); /* the cursor starts in the middle */
	wm_damage_all(d->screen);
	wm_compose(d->screen);
	world_unlock();
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
	world_on_start(bind);
	thread_create("wm", desktop_main, &desk_state);
}
INITCALL(desktop_start);
