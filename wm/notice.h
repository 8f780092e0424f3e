/*
 * notice.h - a box over a window's client area, which it veils: the
 * question whether to end an app that does not answer, or the error of
 * an app that crashed.
 *
 * The notice is one translucent surface exactly the size of the client
 * area shown: the veil, and the box (an icon, a bold title, wrapped text,
 * buttons bottom right) centred on it, in the launcher's look. Its owner
 * (the window, window.c) keeps it just above the window's body and moves
 * or rebuilds it with the client area. It copies its strings. Portable:
 * kernel and host.
 */
#pragma once
#include <stdbool.h>
#include "gui/font.h"
#include "compose.h"

enum notice_kind { NOTICE_ASK, NOTICE_CRASH };

/* Buttons, left to right; what Enter and Esc press. */
#define NOTICE_BTN_MAX 2
#define NOTICE_NONE    (-1) /* notice_hit: on the notice, not a button */
#define NOTICE_OUTSIDE (-2)

struct notice {
	enum notice_kind kind;
	char *title, *text;
	struct font *font, *bold;
	struct wm_surface surf;
	struct gfx_rect box; /* surface coordinates */
	int hot;             /* button drawn hovered, or -1 */
};

/* A new notice (not on a screen); NULL when out of memory. */
struct notice *notice_new(enum notice_kind kind, const char *title, const char *text,
                          struct font *font, struct font *bold);
/* Off the screen, and freed. NULL is fine. */
void notice_free(struct notice *n);
/* Cover client area c (screen coordinates), shown or not: redraws when
 * its size changes. False: out of memory (the notice is then hidden). */
bool notice_place(struct notice *n, struct gfx_rect c, bool visible);
int notice_buttons(const struct notice *n);
/* Button i's rect, screen coordinates. */
struct gfx_rect notice_button(const struct notice *n, int i);
/* The button at a screen point, NOTICE_NONE or NOTICE_OUTSIDE. */
int notice_hit(const struct notice *n, int x, int y);
void notice_hover(struct notice *n, int i);
/* The button Enter (true) or Esc (false) presses. */
int notice_key_button(const struct notice *n, bool enter);
/* Whether button i ends the app (NOTICE_ASK) / closes the window (NOTICE_CRASH). */
bool notice_is_yes(const struct notice *n, int i);
