/*
 * wm_impl.h - the window manager's own state, shared by its files:
 * wm.c (the manager: stacking, focus, taskbar and launcher), window.c
 * (windows and their surfaces) and route.c (input). Not for other layers:
 * they use wm.h.
 *
 * Invariants:
 * - made[] (creation order, the taskbar's order) and z[] (bottom to top)
 *   hold the same n windows. On the screen, between the wallpaper and the
 *   taskbar, each window's two surfaces lie in z[] order, its deco (frame
 *   and shadow) just below its body (the client's pixels).
 * - A window's surfaces always match its truth (rect, flags, focus,
 *   title, buffer): every change of those goes through wm_window_layout()
 *   or wm_window_redraw(), which damage exactly what they change.
 * - focus is NULL or a window that is not minimised.
 * - Pointers to windows held for input (drag, grab, press, hover, the
 *   Alt+Tab list) are cleared when their window is destroyed.
 * - A window with a notice (stop.c: a question, a crash) has a third
 *   surface just above its body, and its client gets no input: the
 *   notice takes the pointer and the keys meant for it.
 * - The launcher and the task manager are never open together.
 */
#pragma once
#include "frame.h"
#include "launcher.h"
#include "notice.h"
#include "taskbar.h"
#include "taskman.h"
#include "wm.h"

/* Call an optional callback of wm's ops. */
#define WM_NOTIFY(wm, fn, ...)                                   \
	do {                                                     \
		if ((wm)->ops->fn)                               \
			(wm)->ops->fn((wm)->ctx, ##__VA_ARGS__); \
	} while (0)

struct wm_window {
	struct wm *wm;
	/* the truth, as the owner gave it or the user changed it */
	char *title;
	struct gfx_rect rect; /* normal client rect */
	unsigned flags;
	struct gfx_buf buf; /* the owner's pixels */
	void *user;
	/* derived */
	struct gfx_rect client; /* client area shown */
	struct wm_surface deco; /* frame (its opaque part) and shadow */
	struct wm_surface body; /* a view of buf, clipped to the client area */
	int hover, pressed;     /* caption buttons drawn hot (enum wm_part) */
	struct notice *notice;  /* over the client (its third surface), or NULL */
	bool crashed;           /* the frame's mark; then notice is the message */
};

enum wm_drag_kind { DRAG_NONE, DRAG_MOVE, DRAG_RESIZE };

struct wm_drag {
	enum wm_drag_kind kind;
	struct wm_window *w;
	unsigned edges;       /* DRAG_RESIZE */
	int x0, y0;           /* pointer where it started */
	struct gfx_rect rect; /* the window's rect then */
};

/* Alt+Tab: the windows most recent first, and the one picked. */
struct wm_cycle {
	bool on;
	int n, pick;
	struct wm_window **list;
};

struct wm {
	struct wm_screen *screen;
	int w, h;
	struct gfx_rect work;
	struct wm_fonts fonts;
	const struct wm_ops *ops;
	void *ctx;
	struct wm_window **made, **z;
	struct taskbar_item *items; /* scratch for the taskbar */
	int n, cap;
	struct wm_window *focus;
	struct taskbar bar;
	struct wm_launcher menu;
	struct taskman tasks;
	int placed; /* wm_place's cascade step */
	/* input (route.c) */
	int px, py;
	unsigned buttons;
	struct wm_drag drag;
	struct wm_window *grab;    /* a client holding the pointer (button down in it) */
	struct wm_window *hovered; /* the client under the pointer */
	struct wm_window *pressed; /* a caption button of it is held down ... */
	int pressed_part;          /* ... this one (enum wm_part) */
	struct wm_window *lit;     /* a caption button of it is drawn hovered */
	struct wm_window *noticed; /* a button of its notice is drawn hovered */
	int bar_hot;               /* taskbar button under the pointer, or -1 */
	enum cursor_shape shape;
	struct wm_cycle cycle;
};

/* window.c */
/* Bring w's surfaces in line with its truth; *sized: client size changed. */
bool wm_window_layout(struct wm_window *w, bool *sized);
/* Repaint the decorations (focus, title, buttons) and damage them. */
void wm_window_redraw(struct wm_window *w);
/* Set the caption button drawn hovered / pressed (WM_PART_NONE: none). */
void wm_window_buttons(struct wm_window *w, int hover, int pressed);
/* Put w's surfaces, in order, just below ref. */
void wm_window_stack_below(struct wm_window *w, struct wm_surface *ref);
struct gfx_rect wm_window_shown(const struct wm_window *w);
/* r raised to the minimum client size. */
struct gfx_rect wm_window_min_size(struct gfx_rect r);

/* wm.c */
/* Append a new window to made[] and z[] (on top); false: out of memory. */
bool wm_adopt(struct wm *wm, struct wm_window *w);
void wm_disown(struct wm *wm, struct wm_window *w);
void wm_set_focus(struct wm *wm, struct wm_window *w, bool notify);
/* Focus the topmost window that is not minimised and not `not`. */
void wm_focus_next(struct wm *wm, struct wm_window * not );
bool wm_to_top(struct wm_window *w);
/* Change w's state flags; reports state when notify, and what follows. */
void wm_change_flags(struct wm_window *w, unsigned flags, bool notify);
/* Un-minimise if needed, raise and focus, reporting each change. */
void wm_activate(struct wm_window *w);
void wm_sync_taskbar(struct wm *wm);
void wm_menu_show(struct wm *wm, bool open);
int wm_index_of(struct wm_window *const *v, int n, const struct wm_window *w);

/* route.c */
void wm_route_forget(struct wm *wm, struct wm_window *w);
/* w's client takes no more input: it gets WM_IN_LEAVE if hovered, loses a grab. */
void wm_route_block(struct wm *wm, struct wm_window *w);

/* stop.c: the task manager and the notices, as route.c hands them input */
/* Ctrl+Alt+Delete, and every key while the task manager is open: true if taken. */
bool wm_stop_key(struct wm *wm, const struct wm_input *ev);
void wm_taskman_press(struct wm *wm, struct taskman_hit h);
/* The user opens or closes it (reported; closes the launcher). */
void wm_taskman_show(struct wm *wm, bool open);
/* A key for a window that shows a notice. */
void wm_notice_key(struct wm_window *w, const struct wm_input *ev);
/* Button i of w's notice was pressed (the owner may destroy w). */
void wm_notice_act(struct wm_window *w, int i);
