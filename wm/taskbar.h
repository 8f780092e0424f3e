/*
 * taskbar.h - the bar along the bottom of the desktop: a start button on
 * the left, the clock (HH:MM) on the right.
 *
 * The taskbar is a translucent surface the caller adds to a screen. Its
 * fonts are passed in (NULL draws no text), so the same code runs in the
 * kernel and in host tests.
 */
#pragma once
#include <stdbool.h>
#include "gui/font.h"
#include "compose.h"

struct taskbar {
	struct wm_surface surf; /* placed at the bottom of the screen */
	struct font *font, *bold;
	struct gfx_rect start; /* the start button, surface coordinates */
	struct gfx_rect clock; /* the clock's area, surface coordinates */
	int hour, minute;      /* shown now; -1 before the first set */
};

bool taskbar_init(struct taskbar *tb, int screen_w, int screen_h, struct font *font,
                  struct font *bold);
void taskbar_free(struct taskbar *tb);
/* Redraw the clock if the time shown changes; damages only its area. */
void taskbar_set_clock(struct taskbar *tb, int hour, int minute);
