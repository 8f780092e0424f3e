/*
 * compose.h - the compositor: surfaces in z-order, damage, cursor, flip.
 *
 * A screen owns an XRGB back buffer. Surfaces (window contents, the
 * wallpaper, the taskbar) are buffers placed on the screen, bottom to top.
 * Changes are reported as damage (screen rectangles); wm_compose() redraws
 * only the damaged rectangles into the back buffer, bottom to top with the
 * cursor last, and hands each to the flip callback, which copies it to the
 * real screen. A part that one opaque surface shows unobscured is flipped
 * straight from that surface instead (see wm_direct_flip), so a frame costs
 * about one copy per damaged pixel. Video memory is never read.
 * Portable: the kernel flips to the framebuffer, host tests to memory.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "gui/gfx.h"

#define WM_DAMAGE_MAX 32 /* more rects than this become one bounding box */

/*
 * Copy rect r (screen coordinates) to the screen. src points at the pixel
 * for r's top-left corner and rows are stride pixels apart: it lies in the
 * back buffer, or in a surface's pixels when a rect is shown straight from
 * one. Only r->w x r->h pixels from src may be read.
 */
typedef void (*wm_flip_fn)(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r);

/*
 * Embedded in its owner (a window, the taskbar); the owner keeps buf's
 * pixels alive while the surface is on a screen. Fields below the line are
 * the compositor's; change position, visibility and stacking through the
 * wm_surface_* calls so the right damage is recorded.
 */
struct wm_surface {
	struct gfx_buf buf;
	int x, y;   /* screen position of buf's top-left pixel */
	bool alpha; /* composite per-pixel alpha; else opaque */
	bool visible;
	/*
	 * With alpha: a part (surface coordinates; empty: none) whose pixels
	 * all have alpha 255, composed as an opaque surface's are: copied or
	 * flipped directly, hiding what lies below. A window's frame with its
	 * shadow round it is one such surface.
	 */
	struct gfx_rect opaque;
	/* --- private --- */
	struct wm_surface *below, *above;
	struct wm_screen *screen;
};

struct wm_screen;

/* Frame statistics of the last wm_compose(), for logs and benchmarks. */
struct wm_stats {
	int rects;      /* damage rects composed */
	int64_t pixels; /* pixels written to the back buffer */
	int64_t direct; /* pixels flipped straight from a surface */
	int flips;      /* flip callbacks */
};

extern bool wm_debug_flash; /* tint each frame's damage; cleaned next frame */
extern bool wm_direct_flip; /* flip unobscured opaque surfaces directly */

struct wm_screen *wm_screen_create(int w, int h, wm_flip_fn flip, void *ctx);
void wm_screen_destroy(struct wm_screen *s);
/* Scratch: holds composed pixels only where the last frames composed. */
const struct gfx_buf *wm_screen_back(const struct wm_screen *s);
void wm_screen_set_background(struct wm_screen *s, uint32_t rgb);

/* Surfaces: added on top; all damage what they uncover or cover. */
void wm_surface_add(struct wm_screen *s, struct wm_surface *sf);
void wm_surface_remove(struct wm_surface *sf);
void wm_surface_move(struct wm_surface *sf, int x, int y);
void wm_surface_raise(struct wm_surface *sf);
/*
 * Put sf just below ref (NULL: on top), adding it to s or moving it within
 * s; ref must be on s. Damages where sf was and where it is.
 */
void wm_surface_add_below(struct wm_screen *s, struct wm_surface *sf, struct wm_surface *ref);
/* Show other pixels (another size) at the same place; damages old and new. */
void wm_surface_set_buf(struct wm_surface *sf, const struct gfx_buf *buf);
void wm_surface_show(struct wm_surface *sf, bool visible);
/* The owner drew into r (surface coordinates; NULL: everything). */
void wm_surface_damage(struct wm_surface *sf, const struct gfx_rect *r);
struct gfx_rect wm_surface_rect(const struct wm_surface *sf);
/* Topmost visible surface at a screen point, or NULL. */
struct wm_surface *wm_surface_at(struct wm_screen *s, int x, int y);

/* Damage in screen coordinates; merged with what is already pending. */
void wm_damage(struct wm_screen *s, struct gfx_rect r);
void wm_damage_all(struct wm_screen *s);
bool wm_damage_pending(const struct wm_screen *s);
/* The pending damage list (for tests); returns the count. */
int wm_damage_rects(const struct wm_screen *s, const struct gfx_rect **out);

/* Cursor: an ARGB image, its hotspot, drawn over everything. */
void wm_cursor_set(struct wm_screen *s, const struct gfx_buf *img, int hot_x, int hot_y);
void wm_cursor_move(struct wm_screen *s, int x, int y);
void wm_cursor_show(struct wm_screen *s, bool visible);
void wm_cursor_pos(const struct wm_screen *s, int *x, int *y);

/* Compose and flip the pending damage; returns the number of rects. */
int wm_compose(struct wm_screen *s);
const struct wm_stats *wm_screen_stats(const struct wm_screen *s);
