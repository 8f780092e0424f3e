/*
 * launcher.h - the launcher menu: the installed apps, listed above the
 * start button; a click on one is reported by its index.
 *
 * The menu is a translucent surface with rounded corners, added on top of
 * the screen while open and removed when closed. It copies the names it is
 * given. Portable: kernel and host.
 */
#pragma once
#include <stdbool.h>
#include "gui/font.h"
#include "compose.h"

#define WM_LAUNCHER_INSIDE  (-1) /* wm_launcher_hit: on the menu, not an item */
#define WM_LAUNCHER_OUTSIDE (-2)

struct wm_launcher {
	struct wm_surface surf;
	struct font *font, *head; /* items (THEME_TEXT_PX), heading (bold) */
	char **names;
	int n;
	int hover;         /* item drawn highlighted, or -1 */
	uint32_t interior; /* the menu's own pixel, to repaint items on */
};

void wm_launcher_init(struct wm_launcher *m, struct font *font, struct font *head);
void wm_launcher_free(struct wm_launcher *m);
/* Replace the list (closes the menu); false when out of memory. */
bool wm_launcher_set_apps(struct wm_launcher *m, const char *const *names, int n);
/* Open with its bottom-left corner at (x, bottom); false when out of memory. */
bool wm_launcher_open(struct wm_launcher *m, struct wm_screen *s, int x, int bottom);
void wm_launcher_close(struct wm_launcher *m);
bool wm_launcher_is_open(const struct wm_launcher *m);
/* Item index at a screen point, or WM_LAUNCHER_INSIDE / _OUTSIDE. */
int wm_launcher_hit(const struct wm_launcher *m, int x, int y);
/* Item i's row on the screen; empty when closed or no such item. */
struct gfx_rect wm_launcher_item_rect(const struct wm_launcher *m, int i);
/* Highlight item i (-1: none); redraws and damages only what changes. */
void wm_launcher_hover(struct wm_launcher *m, int i);
