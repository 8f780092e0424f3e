/*
 * look.h - drawing pieces the window manager's parts share, so frames,
 * taskbar buttons, the launcher, the task manager and the notices look
 * alike: app icons, text cut to a width with an ellipsis or wrapped to
 * lines, the dark panel with its shadow, rows and push buttons.
 */
#pragma once
#include <stdbool.h>
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
/*
 * Wrap text into lines at most w wide, breaking at spaces (a longer word
 * is cut) and at '\n'; at most max_lines, the last one ending with an
 * ellipsis if text remains. Line i's box is at top + i * wm_look_line_h(f).
 * dst NULL only counts. Returns the number of lines.
 */
int wm_look_wrap(struct gfx_buf *dst, const struct gfx_rect *clip, struct font *f, int x, int top,
                 int w, int max_lines, const char *text, uint32_t rgb);
int wm_look_line_h(struct font *f);

/*
 * The panel of the launcher, the task manager and the notices: into b,
 * which shows screen rect d, the soft shadow of screen rect p (when d is
 * larger than p) and p itself, rounded THEME_MENU_RADIUS, THEME_MENU_BG
 * inside a light rim, blended on what b holds round its corners (when d
 * is p: the caller's background). Returns the panel's interior pixel
 * (what a part of it is refilled with to be repainted).
 */
uint32_t wm_look_panel(struct gfx_buf *b, struct gfx_rect d, struct gfx_rect p);
/* The opaque part of such a panel (b's coordinates). */
struct gfx_rect wm_look_panel_opaque(struct gfx_rect d, struct gfx_rect p);
/* A row's highlight: hot (selected, THEME_MENU_HOT) or merely hovered. */
void wm_look_row(struct gfx_buf *b, struct gfx_rect r, bool hot);

enum wm_look_button { WM_LOOK_PLAIN, WM_LOOK_ACCENT, WM_LOOK_DANGER };
/* A push button's width for label (THEME_PANEL_BTN_PAD each side). */
int wm_look_button_w(struct font *f, const char *label);
/* A push button filling r (enum wm_look_button kind), label centred,
 * blended on what r holds: the caller repaints that first. */
void wm_look_button(struct gfx_buf *b, struct gfx_rect r, struct font *f, const char *label,
                    int kind, bool hot);
