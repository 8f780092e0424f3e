/*
 * taskbar.h - the bar along the bottom of the desktop: the start button
 * on the left, a button per window (in creation order), the clock (HH:MM)
 * on the right.
 *
 * Left of the clock, the tasks button opens the task manager.
 *
 * The taskbar is a translucent surface the caller adds to a screen. Its
 * fonts are passed in (NULL draws no text), so the same code runs in the
 * kernel and in host tests. It knows windows only as the items it is
 * given: the window manager hands it the whole list after every change,
 * and the bar repaints only the buttons that differ.
 */
#pragma once
#include <stdbool.h>
#include "gui/font.h"
#include "compose.h"

#define TASKBAR_TITLE_MAX 96 /* bytes of a title kept per button */
#define TASKBAR_HIT_NONE  (-1)
#define TASKBAR_HIT_START (-2)
#define TASKBAR_HIT_TASKS (-3)

/* What a window's button shows. */
struct taskbar_item {
	const char *title;
	bool focused, minimised;
	bool hot;       /* under the pointer, or picked by Alt+Tab */
	uint32_t alert; /* a dot of this colour at the right end (0: none) */
};

struct taskbar_button {
	char title[TASKBAR_TITLE_MAX];
	bool focused, minimised, hot;
	uint32_t alert;
	struct gfx_rect r; /* surface coordinates */
};

struct taskbar {
	struct wm_surface surf; /* placed at the bottom of the screen */
	struct font *font, *bold, *item_font, *icon_font;
	struct gfx_rect start; /* the start button, surface coordinates */
	struct gfx_rect clock; /* the clock's area, surface coordinates */
	struct gfx_rect tasks; /* the tasks button, surface coordinates */
	struct gfx_rect strip; /* where window buttons go */
	int hour, minute;      /* shown now; -1 before the first set */
	bool start_active;     /* drawn pressed (launcher open) */
	bool tasks_active;     /* drawn pressed (task manager open) */
	struct taskbar_button *btn;
	int nbtn, capbtn;
};

bool taskbar_init(struct taskbar *tb, int screen_w, int screen_h, struct font *font,
                  struct font *bold);
void taskbar_free(struct taskbar *tb);
/* Redraw the clock if the time shown changes; damages only its area. */
void taskbar_set_clock(struct taskbar *tb, int hour, int minute);
/* Fonts of window buttons' titles and icons (default: the clock's, the label's). */
void taskbar_set_item_fonts(struct taskbar *tb, struct font *text, struct font *icon);
/* The window buttons; false when out of memory (nothing changed). */
bool taskbar_set_items(struct taskbar *tb, const struct taskbar_item *items, int n);
void taskbar_set_start_active(struct taskbar *tb, bool active);
void taskbar_set_tasks_active(struct taskbar *tb, bool active);
/* At a screen point: an item index, TASKBAR_HIT_START, _TASKS or _NONE. */
int taskbar_hit(const struct taskbar *tb, int x, int y);
