/*
 * look.h - drawing pieces the window manager's parts share, so frames,
 * taskbar buttons and the launcher look alike: app icons and text cut
 * to a width with an ellipsis.
 */
#pragma once
#include "gui/font.h"
#include "gui/gfx.h"

/*
 * An app's icon: a rounded square in a colour picked by a hash of its
 * name, with the name's first letter (upper-cased if ASCII) in white.
 * The same name always gives the same icon.
 */
void wm_look_icon(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, int size,
                  const char *name, struct font *f);
/*
 * Draw text with its baseline at y, at most max_w wide: if it is wider it
 * is cut at a character boundary and ends with an ellipsis. Returns the
 * pen's x after it. f NULL draws nothing.
 */
int wm_look_text(struct gfx_buf *dst, const struct gfx_rect *clip, struct font *f, int x, int y,
                 int max_w, const char *text, uint32_t rgb);
/* The baseline that centres f's line vertically in a box from top, h high. */
int wm_look_baseline(struct font *f, int top, int h);
