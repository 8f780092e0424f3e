/*
 * frame.h - window decorations: the frame's geometry, what a point on it
 * hits, and drawing the frame and its shadow.
 *
 * A frame is a THEME_WIN_BORDER border all round and a THEME_WIN_TITLE_H
 * title bar (app icon, title, minimise, maximise and close buttons) above
 * the client area. Frame buffers are opaque and as large as the frame; the
 * client area in them is only seen while the client's own buffer is
 * smaller than the area (it pads). The shadow is four translucent strips
 * round the frame (no pixels under it), so it costs only where it shows.
 * Pure geometry and drawing: no state. Portable: kernel and host.
 */
#pragma once
#include <stdbool.h>
#include "gui/font.h"
#include "gui/gfx.h"

enum wm_part {
	WM_PART_NONE,
	WM_PART_CLIENT,
	WM_PART_TITLE, /* drag to move */
	WM_PART_MIN,
	WM_PART_MAX,
	WM_PART_CLOSE,
	WM_PART_EDGE,  /* drag to resize: see the edges */
	WM_PART_FRAME, /* border of a window that cannot be resized */
};

#define WM_EDGE_L 1u
#define WM_EDGE_R 2u
#define WM_EDGE_T 4u
#define WM_EDGE_B 8u

struct wm_frame_look {
	const char *title;
	struct font *font; /* THEME_TITLE_PX bold, or NULL */
	bool focused;
	bool maximised; /* the maximise button shows "restore" */
	int hover;      /* a caption button (enum wm_part) or WM_PART_NONE */
	int pressed;    /* likewise */
	bool crashed;   /* a muted red title bar, "(crashed)" after the title */
};

struct gfx_rect wm_frame_around(struct gfx_rect client);
struct gfx_rect wm_frame_inside(struct gfx_rect frame);
/* A caption button of a frame fw wide, in frame coordinates. */
struct gfx_rect wm_frame_button(int fw, enum wm_part button);
/* The title bar, border included (frame coordinates). */
struct gfx_rect wm_frame_title(int fw);
/*
 * What screen point (x, y) hits on frame f; *edges gets WM_EDGE_* for
 * WM_PART_EDGE. Resize grips reach THEME_WIN_GRIP outside the frame;
 * without `resizable` there are none (the border is WM_PART_FRAME).
 */
enum wm_part wm_frame_hit(struct gfx_rect f, bool resizable, int x, int y, unsigned *edges);

/* The parts of a fw x fh frame that repainting its look changes. */
int wm_frame_deco_rects(int fw, int fh, struct gfx_rect out[4]);

/* Frame f and its shadow round it: the deco of a normal window. */
struct gfx_rect wm_frame_shadow(struct gfx_rect f);
/*
 * Paint a window's deco into b, which shows screen rect d: frame f inside,
 * the shadow round it when d is larger than f, the top corners rounded
 * (THEME_WIN_RADIUS) unless maximised. full: everything, the shadow and
 * the client area (THEME_WIN_BG) too; else the frame's look only (what
 * wm_frame_deco_rects names).
 */
void wm_frame_paint(struct gfx_buf *b, struct gfx_rect d, struct gfx_rect f,
                    const struct wm_frame_look *look, bool full);
/* Fill b, which shows screen rect d, with the soft shadow of frame f alone. */
void wm_frame_shadow_paint(struct gfx_buf *b, struct gfx_rect d, struct gfx_rect f);
/* The part of such a deco that is opaque (deco coordinates). */
struct gfx_rect wm_frame_opaque(struct gfx_rect d, struct gfx_rect f, bool rounded);
