/*
 * cursor.h - the pointer images the compositor draws last.
 *
 * Images are ARGB gfx buffers in static storage, built on first use and
 * never freed; the hotspot is the pixel that sits on the pointer position.
 */
#pragma once
#include "gui/gfx.h"

/* The pointer shapes the window manager asks for. */
enum cursor_shape {
	CURSOR_ARROW,
	CURSOR_RESIZE_EW,   /* left or right edge */
	CURSOR_RESIZE_NS,   /* top or bottom edge */
	CURSOR_RESIZE_NWSE, /* top-left or bottom-right corner */
	CURSOR_RESIZE_NESW, /* top-right or bottom-left corner */
	CURSOR_NSHAPES
};

/* The classic arrow, white with a black outline and a soft shadow. */
const struct gfx_buf *cursor_arrow(int *hot_x, int *hot_y);
/* Any shape; the resize arrows are white double arrows drawn alike. */
const struct gfx_buf *cursor_image(enum cursor_shape shape, int *hot_x, int *hot_y);
