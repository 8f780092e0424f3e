/*
 * wm.h - the window manager core: windows with decorations, focus,
 * z-order, the taskbar and its launcher, and input routing, drawn through
 * a compose.h screen.
 *
 * Everything here is EPHEMERAL and derived. The truth about a window - its
 * title, normal rect, state flags, place in the z-order, focus and client
 * pixels - belongs to the owner (in the OS: VM objects in the persistent
 * arena). The owner creates the windows from that truth and the wm reports
 * every change the user makes through struct wm_ops, so the truth stays
 * current; a wm rebuilt from it (wm_window_create in creation order, then
 * wm_restack and wm_focus) shows exactly the same screen.
 *
 * Geometry: a window's rect is its client area, in screen coordinates,
 * while it is normal; it is kept while the window is minimised or
 * maximised, as the place it returns to. The client area shown
 * (wm_window_client) is that rect, or the work area (the screen above the
 * taskbar) less the decorations when maximised. The frame (border and title
 * bar) lies around it, a soft shadow around the frame.
 *
 * Pixels: the owner's client buffer is shown as it is, never copied: it
 * must stay valid while the window shows it. When the client area changes
 * size the owner is asked (resized) for a buffer of the new size; until it
 * gives one (wm_window_set_buffer) the old one is shown clipped to the new
 * area, or padded with THEME_WIN_BG.
 *
 * Callbacks report what the wm changes on its own: all changes made by
 * wm_input(), and the consequences of a call (focus passing on when the
 * focused window is destroyed or minimised, a minimised window going to the
 * bottom of the z-order, and `resized` whenever the client area shown
 * changes size). The change a call asks for is not reported back: so
 * un-minimising with wm_window_set_flags leaves the window where it is in
 * the z-order (the bottom), to be raised and focused as the owner likes.
 * Callbacks may call the wm's setters; they may destroy windows only from
 * close, end_task and ask_end_answer, and never call wm_destroy.
 *
 * Stop and contain (issue 12): the wm draws, in C and from copies, what
 * must work while the VM is stuck or out of memory: the task manager (rows
 * the owner gives, End and Resume reported as end_task / resume_task),
 * the box asking whether to end an app that does not answer, and the mark
 * of a crashed window (its client gets no input; its Close is ops->close).
 *
 * Portable: kernel and host. One thread uses a wm at a time.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "gui/font.h"
#include "compose.h"
#include "cursor.h"

struct wm;
struct wm_window;

/* State flags: a minimised window can also be maximised (it returns so). */
#define WM_MINIMISED 1u
#define WM_MAXIMISED 2u

/* ------------------------------------------------------------ input */

enum wm_in_type {
	WM_IN_POINTER = 1, /* x, y (absolute), buttons held, dz wheel steps */
	WM_IN_KEY,         /* key, pressed, ch, mods */
	WM_IN_LEAVE,       /* to a client only: the pointer left its area */
};

#define WM_BTN_LEFT   1u
#define WM_BTN_RIGHT  2u
#define WM_BTN_MIDDLE 4u

#define WM_MOD_SHIFT 1u
#define WM_MOD_CTRL  2u
#define WM_MOD_ALT   4u
#define WM_MOD_CAPS  8u

/*
 * Keycodes: printable keys are their unshifted ASCII, the others those of
 * kernel/keys.def (the kernel's KEY_* are the same list); the WM_MOD_* and
 * WM_BTN_* bits are those of INPUT_MOD_* and INPUT_BTN_* (wm/desktop.c
 * checks), so the kernel's events translate field by field.
 */
enum wm_key {
#define KEY(id, code, log, event) WM_KEY_##id = code,
#include "kernel/keys.def"
#undef KEY
};

#define WM_FLASH_KEY WM_KEY_F12 /* toggles wm_debug_flash */

/*
 * An input event, into wm_input() and out to a client (ops->input). Into
 * the wm, a pointer event always carries the pointer's absolute place in
 * screen pixels and every button held now (the driver's relative motion
 * and button events are folded in by the caller); to a client x, y are
 * relative to its client area (negative or past its size while a button
 * held in it is dragged outside).
 */
struct wm_input {
	uint8_t type;    /* enum wm_in_type */
	uint8_t pressed; /* WM_IN_KEY: 1 press (or repeat), 0 release */
	uint8_t mods;    /* WM_MOD_* */
	uint8_t buttons; /* WM_IN_POINTER: WM_BTN_* held now */
	uint16_t key;    /* WM_IN_KEY: enum wm_key or ASCII */
	uint32_t ch;     /* WM_IN_KEY: the character typed, or 0 */
	int32_t x, y;
	int32_t dz; /* WM_IN_POINTER: wheel steps, + towards the user */
};

/* ------------------------------------------------------------ callbacks */

/* All optional (NULL: not wanted); ctx is wm_create's. */
struct wm_ops {
	/* The normal rect changed (moved, or resized by an edge): persist it. */
	void (*placed)(void *ctx, struct wm_window *w, struct gfx_rect rect);
	/* The client area shown is now cw x ch: give a buffer that size. */
	void (*resized)(void *ctx, struct wm_window *w, int cw, int ch);
	/* The z-order changed: read it with wm_order(). */
	void (*restacked)(void *ctx);
	void (*focused)(void *ctx, struct wm_window *w, bool focus);
	/* The WM_MINIMISED / WM_MAXIMISED flags changed. */
	void (*state)(void *ctx, struct wm_window *w, unsigned flags);
	/* Close button or Alt+F4: the owner decides (wm_window_destroy). */
	void (*close)(void *ctx, struct wm_window *w);
	/* Pointer, wheel, leave and key events for the window's client. */
	void (*input)(void *ctx, struct wm_window *w, const struct wm_input *ev);
	/* An app was chosen in the launcher (index into wm_set_apps' list). */
	void (*launch)(void *ctx, int app);
	/* Task manager (wm_set_tasks): the user asked to end / resume the app
	 * of that row id; the owner updates the rows when it has. */
	void (*end_task)(void *ctx, uint32_t id);
	void (*resume_task)(void *ctx, uint32_t id);
	/* The user opened or closed the task manager: while it is open the
	 * owner refreshes its rows (about once a second). */
	void (*taskman)(void *ctx, bool open);
	/* The answer to wm_ask_end (the box is gone): end the app, or wait. */
	void (*ask_end_answer)(void *ctx, struct wm_window *w, bool end);
};

/* Fonts at THEME_TITLE_PX (bold), THEME_TEXT_PX, THEME_CLOCK_PX and
 * THEME_START_PX (bold); any may be NULL (that text is left out). */
struct wm_fonts {
	struct font *title, *text, *clock, *start;
};

/* ------------------------------------------------------------ the wm */

/*
 * Put a window manager on screen s: the taskbar goes on top of what s
 * holds (the wallpaper), windows between the two; the arrow cursor is
 * set. NULL when out of memory.
 */
struct wm *wm_create(struct wm_screen *s, const struct wm_fonts *fonts, const struct wm_ops *ops,
                     void *ctx);
/* Remove everything the wm put on the screen; no callbacks. */
void wm_destroy(struct wm *wm);
void wm_input(struct wm *wm, const struct wm_input *ev);
/* Launcher entries (copied); false when out of memory. */
bool wm_set_apps(struct wm *wm, const char *const *names, int n);
void wm_set_clock(struct wm *wm, int hour, int minute);
struct gfx_rect wm_work_area(const struct wm *wm);
/* A rect for a new cw x ch client: cascaded from the last one, on screen. */
struct gfx_rect wm_place(struct wm *wm, int cw, int ch);

/* Focus (NULL: none; a minimised window cannot have it). Does not raise. */
void wm_focus(struct wm *wm, struct wm_window *w);
struct wm_window *wm_focused(const struct wm *wm);
/* To the top of the z-order. */
void wm_raise(struct wm_window *w);
/* Windows bottom to top; false (nothing changed) unless a permutation. */
bool wm_restack(struct wm *wm, struct wm_window *const *order, int n);
/* Up to max windows bottom to top; returns the count. */
int wm_order(const struct wm *wm, struct wm_window **out, int max);
enum cursor_shape wm_pointer_shape(const struct wm *wm);
bool wm_launcher_shown(const struct wm *wm);
/* Where things are on the screen (for tests and scripted input). */
struct gfx_rect wm_start_button(const struct wm *wm);
struct gfx_rect wm_launcher_item(const struct wm *wm, int app); /* empty: closed */
struct gfx_rect wm_window_button(const struct wm_window *w);    /* on the taskbar */

/* ------------------------------------------------------------ windows */

struct wm_window_spec {
	const char *title;    /* UTF-8, copied */
	struct gfx_rect rect; /* normal client rect; raised to the minimum size */
	unsigned flags;       /* WM_MINIMISED | WM_MAXIMISED */
	struct gfx_buf buf;   /* client pixels (opaque XRGB), or px NULL */
	void *user;           /* the owner's, returned by wm_window_user */
};

/* A new window on top of the others, not focused. NULL: out of memory. */
struct wm_window *wm_window_create(struct wm *wm, const struct wm_window_spec *spec);
void wm_window_destroy(struct wm_window *w);
bool wm_window_set_title(struct wm_window *w, const char *title);
void wm_window_set_rect(struct wm_window *w, struct gfx_rect rect);
void wm_window_set_flags(struct wm_window *w, unsigned flags);
void wm_window_set_buffer(struct wm_window *w, const struct gfx_buf *buf);
/* The client drew into r (client coordinates; NULL: all of it). */
void wm_window_damage(struct wm_window *w, const struct gfx_rect *r);

struct gfx_rect wm_window_rect(const struct wm_window *w);
unsigned wm_window_flags(const struct wm_window *w);
void *wm_window_user(const struct wm_window *w);
/* Shown client area and frame, screen coordinates (kept while minimised). */
struct gfx_rect wm_window_client(const struct wm_window *w);
struct gfx_rect wm_window_frame(const struct wm_window *w);

/* ------------------------------------------------------------ stop and contain */

/*
 * The task manager: a panel in the middle of the screen, on top of
 * everything, opened by Ctrl+Alt+Delete or the taskbar's tasks button
 * (left of the clock); a click outside it or Esc closes it, and while it
 * is open it takes every key. One row per app the owner lists; id is the
 * owner's and stays the row's across wm_set_tasks (the selection follows
 * it). state is one of "running", "not responding", "paused", "crashed",
 * "ended" (others are shown as given). Strings are copied.
 */
struct wm_task {
	uint32_t id;
	const char *name;
	int windows, threads;
	uint32_t kib;          /* memory */
	uint32_t cpu_permille; /* share of the CPU lately */
	const char *state;
};

/* Replace the rows (the panel redraws if open); false: out of memory. */
bool wm_set_tasks(struct wm *wm, const struct wm_task *t, int n);
/* Open / close the panel (not reported through ops->taskman). */
void wm_taskman_open(struct wm *wm);
void wm_taskman_close(struct wm *wm);
bool wm_taskman_shown(const struct wm *wm);

/* A part of the panel, screen coordinates (for tests and scripted input). */
enum wm_task_part { WM_TASK_ROW, WM_TASK_END, WM_TASK_RESUME, WM_TASK_CLOSE };
/* Row `row`'s part (WM_TASK_CLOSE: row ignored); empty if not shown. */
struct gfx_rect wm_taskman_rect(const struct wm *wm, int row, enum wm_task_part part);
/* The taskbar's tasks button. */
struct gfx_rect wm_tasks_button(const struct wm *wm);
/* The row selected (Up/Down, a click), or -1. */
int wm_taskman_selected(const struct wm *wm);

/*
 * Ask whether to end w's app: a box over w's client (which it veils),
 * titled "TITLE is not responding" with text (NULL: a default) and the
 * buttons "End now" (Enter) and "Wait" (Esc). The user's answer removes it
 * and is reported by ops->ask_end_answer; so do wm_ask_end_cancel and
 * destroying w, silently. Asking again replaces the text. While it shows,
 * w's client gets no input. False: out of memory, or w has crashed.
 */
bool wm_ask_end(struct wm *wm, struct wm_window *w, const char *text);
void wm_ask_end_cancel(struct wm *wm, struct wm_window *w);
bool wm_asking_end(const struct wm_window *w);

/*
 * Mark w crashed (message: the error, lines split at '\n' and wrapped) or
 * no longer (NULL): a muted red title bar with "(crashed)", the client
 * dimmed under a box showing the message and a Close button, which
 * reports ops->close; the client gets no input. It replaces a question
 * wm_ask_end put. False: out of memory (w unchanged).
 */
bool wm_window_set_crashed(struct wm_window *w, const char *message);
bool wm_window_crashed(const struct wm_window *w);
/* The notice's buttons, left to right (0, 1), screen coordinates; empty: none. */
struct gfx_rect wm_window_notice_button(const struct wm_window *w, int i);
