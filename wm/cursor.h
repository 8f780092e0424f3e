/*
 * cursor.h - the pointer images the compositor draws last.
 *
 * Images are ARGB gfx buffers in static storage, built on first use and
 * never freed; the hotspot is the pixel that sits on the pointer position.
 */
#pragma once
#include "gui/gfx.h"

/* The classic arrow, white with a black outline and a soft shadow. */
const struct gfx_buf *cursor_arrow(int *hot_x, int *hot_y);
