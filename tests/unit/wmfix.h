/*
 * wmfix.h - a window manager (wm/wm.h) on a memory screen, with an owner
 * that keeps the truth about its windows only from the wm's callbacks,
 * as the OS's persistent objects will. Shared by test_wm.c (behaviour)
 * and test_wm_golden.c (pictures).
 *
 * The owner's truth per window: title, normal rect, state flags, client
 * buffer and what it draws (a kind); for all: the z-order and the focus.
 * fix_rebuild() throws the wm, the screen and the memory "video" away and
 * builds them again from that truth alone.
 */
#pragma once
#include <stdbool.h>
#include "wm/wm.h"

#define FIX_MAX    16
#define FIX_INPUTS 512

enum fix_kind { FIX_PLAIN, FIX_NOTES, FIX_PAINT, FIX_TERM, FIX_FILES };

struct fix_win {
	char title[64];
	struct gfx_rect rect;
	unsigned flags;
	struct gfx_buf buf; /* malloc'd by the owner, shown in place by the wm */
	enum fix_kind kind;
	struct wm_window *w; /* NULL once destroyed */
};

/* Counts of callbacks, and the last arguments of some. */
struct fix_log {
	int placed, resized, restacked, focused, state, close, input, launch;
	struct fix_win *closed;
	int launched;
	int last_cw, last_ch;                       /* resized */
	int end_task, resume_task, taskman, answer; /* stop and contain */
	uint32_t ended, resumed;
	bool taskman_open, answer_end;
	struct fix_win *answered;
	struct wm_input in[FIX_INPUTS];
	struct fix_win *in_win[FIX_INPUTS];
};

struct fix {
	int w, h;
	struct gfx_buf vram; /* what the screen shows: flips copy here */
	long long flipped;   /* pixels flipped since fix_compose() began */
	struct wm_screen *screen;
	struct wm_surface wall;
	struct wm *wm;
	struct fix_win win[FIX_MAX]; /* creation order */
	int n;
	int order[FIX_MAX]; /* z-order bottom to top, indices into win[] */
	int focus;          /* index, or -1 */
	bool answer_resize; /* give a new buffer when asked (default true) */
	struct fix_log log;
};

/* Fonts of the theme's sizes (NULL when DejaVu is not installed). */
const struct wm_fonts *fix_fonts(void);
bool fix_have_fonts(void);

/* A w x h desktop: gradient wallpaper, taskbar, clock 09:41, four apps. */
bool fix_open(struct fix *f, int w, int h);
void fix_close(struct fix *f);
/* A window on top (not focused), its buffer drawn; returns its index. */
int fix_add(struct fix *f, const char *title, struct gfx_rect rect, unsigned flags,
            enum fix_kind kind);
void fix_focus(struct fix *f, int i);
void fix_compose(struct fix *f);
/* Compose, then count the pixels a full recompose changes (-1: no memory):
 * what the damage missed. */
long fix_unrepainted(struct fix *f);
/* Recreate everything from the owner's truth, then compose. */
bool fix_rebuild(struct fix *f);

/* Input, as a driver would send it. */
void fix_pointer(struct fix *f, int x, int y, unsigned buttons);
void fix_click(struct fix *f, int x, int y);
void fix_drag(struct fix *f, int x0, int y0, int x1, int y1, int steps);
void fix_key(struct fix *f, unsigned key, unsigned mods, bool pressed);
void fix_tap(struct fix *f, unsigned key, unsigned mods); /* press and release */

/* Redraw window i's client and damage r (client coordinates). */
void fix_client_fill(struct fix *f, int i, struct gfx_rect r, uint32_t rgb);
/* The owner's idea of the z-order matches the wm's; focus too. */
bool fix_truth_matches(struct fix *f);
/* Centre of window i's title bar / a caption button (enum wm_part). */
void fix_title_point(struct fix *f, int i, int *x, int *y);
void fix_button_point(struct fix *f, int i, int part, int *x, int *y);
