/*
 * route.c - input: the drivers' events become window-manager actions and
 * the clients' events (driver -> wm: hit test, focus -> the window).
 *
 * A pointer event moves the cursor, then belongs to the first of these
 * that holds the pointer:
 *   1. a drag (title bar: move; edge or corner: resize) until the left
 *      button is up;
 *   2. a grab: a button went down in a client; that client gets every
 *      pointer event, in its coordinates, until all buttons are up;
 *   3. a caption button held down: it acts when released over itself.
 * Otherwise a left press acts on what hit() finds under the pointer
 * (task manager, launcher, taskbar, windows top down, the desktop; while
 * the task manager or the launcher is open a press outside it only
 * closes it): it activates (raise
 * and focus) the window it lands on, before starting what its part does.
 * Other events update what the pointer hovers (launcher item, taskbar
 * button, caption button, pointer shape) and go to the client under the
 * pointer, which gets WM_IN_LEAVE when the pointer leaves it.
 *
 * Keys: Alt+Tab, Alt+F4, Ctrl+Alt+Delete (the task manager) and
 * WM_FLASH_KEY are the wm's; while the task manager or the launcher is
 * open it takes the keys (arrows, Enter, Esc ...); the Meta key opens the
 * launcher; everything else goes to the focused window, or to its notice
 * (Enter, Esc) if it shows one: a client under a notice gets no input. Alt+Tab picks from z[] top
 * down (most recent first; minimised windows last): the pick is shown on
 * the taskbar, each Tab moves it on (Shift+Tab back), Esc cancels, and
 * releasing Alt activates it - restoring it if minimised.
 *
 * A callback may destroy a window only from close (see wm.h); nothing here
 * touches a window after reporting to its owner, except through the
 * pointers wm_route_forget() clears.
 * Portable: kernel and host.
 */
#include "gui/theme.h"
#include "wm_impl.h"

enum where { AT_DESKTOP, AT_MENU, AT_TASKMAN, AT_BAR, AT_WINDOW };

struct hit {
	enum where where;
	int index;               /* AT_MENU: item; AT_BAR: taskbar_hit() */
	struct taskman_hit task; /* AT_TASKMAN */
	struct wm_window *w;
	enum wm_part part;
	unsigned edges;
};

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static struct hit
hit(struct wm *wm, int x, int y)
{
	struct hit h = { AT_DESKTOP, -1, taskman_hit(&wm->tasks, x, y), NULL, WM_PART_NONE, 0 };
	int item = wm_launcher_hit(&wm->menu, x, y);

	if (h.task.part != TASKMAN_OUTSIDE) {
		h.where = AT_TASKMAN;
	} else if (item != WM_LAUNCHER_OUTSIDE) {
		h.where = AT_MENU;
		h.index = item;
	} else if (gfx_rect_contains_pt(wm_surface_rect(&wm->bar.surf), x, y)) {
		h.where = AT_BAR;
		h.index = taskbar_hit(&wm->bar, x, y);
	}
	for (int i = wm->n - 1; i >= 0 && h.where == AT_DESKTOP; i--) {
		struct wm_window *w = wm->z[i];
		if (w->flags & WM_MINIMISED)
			continue;
		h.part = wm_frame_hit(wm_window_frame(w), !(w->flags & WM_MAXIMISED), x, y,
		                      &h.edges);
		if (h.part != WM_PART_NONE) {
			h.where = AT_WINDOW;
			h.w = w;
		}
	}
	return h;
}

static bool
is_button(enum wm_part p)
{
	return p == WM_PART_MIN || p == WM_PART_MAX || p == WM_PART_CLOSE;
}

void
wm_route_forget(struct wm *wm, struct wm_window *w)
{
	if (wm->drag.w == w)
		wm->drag = (struct wm_drag){ DRAG_NONE, NULL, 0, 0, 0, { 0, 0, 0, 0 } };
	if (wm->grab == w)
		wm->grab = NULL;
	if (wm->hovered == w)
		wm->hovered = NULL;
	if (wm->pressed == w)
		wm->pressed = NULL;
	if (wm->lit == w)
		wm->lit = NULL;
	if (wm->noticed == w)
		wm->noticed = NULL;
	if (wm->cycle.on && wm_index_of(wm->cycle.list, wm->cycle.n, w) >= 0)
		wm->cycle.on = false;
}

/* ------------------------------------------------------------ to clients */

/* Nothing reaches a client under a notice (a question, a crash). */

static void
to_client(struct wm *wm, struct wm_window *w, const struct wm_input *ev, int x, int y)
{
	struct wm_input e = *ev;
	if (w->notice)
		return;
	e.type = WM_IN_POINTER;
	e.x = x - w->client.x;
	e.y = y - w->client.y;
	WM_NOTIFY(wm, input, w, &e);
}

static void
leave(struct wm *wm)
{
	struct wm_window *w = wm->hovered;
	struct wm_input e = { .type = WM_IN_LEAVE, .buttons = (uint8_t)wm->buttons };
	wm->hovered = NULL;
	WM_NOTIFY(wm, input, w, &e);
}

void
wm_route_block(struct wm *wm, struct wm_window *w)
{
	if (wm->hovered == w)
		leave(wm);
	if (wm->grab == w)
		wm->grab = NULL;
}

/* ------------------------------------------------------------ hover */

static enum cursor_shape
shape_of(unsigned e)
{
	bool h = e & (WM_EDGE_L | WM_EDGE_R), v = e & (WM_EDGE_T | WM_EDGE_B);
	if (h && v)
		return !(e & WM_EDGE_L) == !(e & WM_EDGE_T) ? CURSOR_RESIZE_NWSE
		                                            : CURSOR_RESIZE_NESW;
	return h ? CURSOR_RESIZE_EW : CURSOR_RESIZE_NS;
}

static void
set_shape(struct wm *wm, enum cursor_shape s)
{
	int hx, hy;
	if (wm->shape == s)
		return;
	wm->shape = s;
	const struct gfx_buf *img = cursor_image(s, &hx, &hy);
	wm_cursor_set(wm->screen, img, hx, hy);
}

static void
set_bar_hot(struct wm *wm, int i)
{
	i = i < 0 ? -1 : i;
	if (wm->bar_hot == i)
		return;
	wm->bar_hot = i;
	wm_sync_taskbar(wm);
}

/* The caption button `part` of w is under the pointer (w NULL: none is). */
static void
set_lit(struct wm *wm, struct wm_window *w, enum wm_part part)
{
	if (!is_button(part))
		w = NULL;
	if (wm->lit && wm->lit != w)
		wm_window_buttons(wm->lit, WM_PART_NONE, wm->lit->pressed);
	wm->lit = w;
	if (w)
		wm_window_buttons(w, part, w->pressed);
}

/* The button i of w's notice is under the pointer (w NULL: none is). */
static void
set_noticed(struct wm *wm, struct wm_window *w, int i)
{
	if (wm->noticed && wm->noticed != w)
		notice_hover(wm->noticed->notice, -1);
	wm->noticed = w;
	if (w)
		notice_hover(w->notice, i);
}

/* Show what the pointer is over; the client under it gets ev if deliver. */
static void
hover(struct wm *wm, const struct wm_input *ev, int x, int y, bool deliver)
{
	struct hit h = hit(wm, x, y);
	bool on_window = h.where == AT_WINDOW;
	struct wm_window *client = on_window && h.part == WM_PART_CLIENT ? h.w : NULL;
	struct taskman_hit none = { -1, TASKMAN_OUTSIDE };

	if (client && client->notice) {
		set_noticed(wm, client, notice_hit(client->notice, x, y));
		client = NULL;
	} else {
		set_noticed(wm, NULL, -1);
	}
	taskman_hover(&wm->tasks, h.where == AT_TASKMAN ? h.task : none);
	wm_launcher_hover(&wm->menu, h.where == AT_MENU ? h.index : -1);
	set_bar_hot(wm, h.where == AT_BAR ? h.index : -1);
	set_lit(wm, on_window ? h.w : NULL, h.part);
	set_shape(wm, on_window && h.part == WM_PART_EDGE ? shape_of(h.edges) : CURSOR_ARROW);
	if (wm->hovered && wm->hovered != client)
		leave(wm);
	wm->hovered = client;
	if (client && deliver)
		to_client(wm, client, ev, x, y);
}

/* ------------------------------------------------------------ drags */

/* r moved so that its title bar stays reachable: on screen, above the taskbar. */
static struct gfx_rect
reachable(const struct wm *wm, struct gfx_rect r)
{
	struct gfx_rect f = wm_frame_around(r), a = wm->work;
	int bottom = a.y + a.h - (f.h - r.h - THEME_WIN_BORDER); /* lowest frame top */
	if (f.y > bottom)
		r.y -= f.y - bottom;
	if (f.y < a.y)
		r.y += a.y - f.y;
	if (f.x + f.w < THEME_WIN_KEEP)
		r.x += THEME_WIN_KEEP - (f.x + f.w);
	if (f.x > wm->w - THEME_WIN_KEEP)
		r.x -= f.x - (wm->w - THEME_WIN_KEEP);
	return r;
}

static struct gfx_rect
drag_move(const struct wm *wm, const struct wm_drag *d, int x, int y)
{
	struct gfx_rect r = d->rect;
	r.x += x - d->x0;
	r.y += y - d->y0;
	return reachable(wm, r);
}

/* Edges follow the pointer; the opposite ones stay; never below the minimum. */
static struct gfx_rect
drag_resize(const struct wm *wm, const struct wm_drag *d, int x, int y)
{
	struct gfx_rect s = d->rect, r = s;
	int dx = x - d->x0, dy = y - d->y0;
	int top = wm_frame_inside(wm->work).y; /* highest client top: frame at the top */

	if (d->edges & WM_EDGE_L)
		r.w = s.w - dx;
	if (d->edges & WM_EDGE_R)
		r.w = s.w + dx;
	if (d->edges & WM_EDGE_T)
		r.h = s.y + s.h - clamp(s.y + dy, s.y < top ? s.y : top, s.y + s.h);
	if (d->edges & WM_EDGE_B)
		r.h = s.h + dy;
	r = wm_window_min_size(r);
	if (d->edges & WM_EDGE_L)
		r.x = s.x + s.w - r.w;
	if (d->edges & WM_EDGE_T)
		r.y = s.y + s.h - r.h;
	return r;
}

static void
start_drag(struct wm *wm, struct wm_window *w, enum wm_drag_kind kind, unsigned edges, int x, int y)
{
	wm->drag = (struct wm_drag){ kind, w, edges, x, y, w->rect };
	if (kind == DRAG_RESIZE)
		set_shape(wm, shape_of(edges));
}

/* The user gave w the normal rect r: show it and report it. */
static void
user_rect(struct wm *wm, struct wm_window *w, struct gfx_rect r)
{
	struct gfx_rect old = w->rect;
	bool sized;
	if (r.x == old.x && r.y == old.y && r.w == old.w && r.h == old.h)
		return;
	w->rect = r;
	if (!wm_window_layout(w, &sized))
		sized = false;
	WM_NOTIFY(wm, placed, w, r);
	if (sized)
		WM_NOTIFY(wm, resized, w, w->client.w, w->client.h);
}

static void
drag(struct wm *wm, const struct wm_input *ev, int x, int y)
{
	struct wm_drag *d = &wm->drag;
	struct wm_window *w = d->w;
	struct gfx_rect r =
		d->kind == DRAG_MOVE ? drag_move(wm, d, x, y) : drag_resize(wm, d, x, y);
	bool done = !(wm->buttons & WM_BTN_LEFT);

	if (done)
		*d = (struct wm_drag){ DRAG_NONE, NULL, 0, 0, 0, { 0, 0, 0, 0 } };
	user_rect(wm, w, r);
	if (done)
		hover(wm, ev, x, y, false);
}

/* ------------------------------------------------------------ presses */

static void
caption_act(struct wm *wm, struct wm_window *w, int part)
{
	if (part == WM_PART_CLOSE)
		WM_NOTIFY(wm, close, w);
	else if (part == WM_PART_MAX)
		wm_change_flags(w, w->flags ^ WM_MAXIMISED, true);
	else if (part == WM_PART_MIN)
		wm_change_flags(w, w->flags | WM_MINIMISED, true);
}

/* A caption button is held: pressed look while over it, act on release. */
static void
caption(struct wm *wm, const struct wm_input *ev, int x, int y)
{
	struct wm_window *w = wm->pressed;
	struct hit h = hit(wm, x, y);
	bool over = h.w == w && (int)h.part == wm->pressed_part;

	if (wm->buttons & WM_BTN_LEFT) {
		wm_window_buttons(w, w->hover, over ? wm->pressed_part : WM_PART_NONE);
		return;
	}
	wm->pressed = NULL;
	wm_window_buttons(w, w->hover, WM_PART_NONE);
	if (over)
		caption_act(wm, w, wm->pressed_part);
	hover(wm, ev, x, y, false);
}

static void
bar_press(struct wm *wm, int i)
{
	if (i == TASKBAR_HIT_START) {
		wm_menu_show(wm, true);
		return;
	}
	if (i == TASKBAR_HIT_TASKS) {
		wm_taskman_show(wm, true);
		return;
	}
	if (i < 0 || i >= wm->n)
		return;
	struct wm_window *w = wm->made[i];
	if (w == wm->focus)
		wm_change_flags(w, w->flags | WM_MINIMISED, true);
	else
		wm_activate(w);
}

static void
window_press(struct wm *wm, const struct wm_input *ev, const struct hit *h, int x, int y)
{
	struct wm_window *w = h->w;

	wm_activate(w);
	switch (h->part) {
	case WM_PART_CLIENT:
		if (w->notice) {
			wm_notice_act(w, notice_hit(w->notice, x, y)); /* w may be gone */
			break;
		}
		wm->grab = w;
		to_client(wm, w, ev, x, y);
		break;
	case WM_PART_TITLE:
		if (!(w->flags & WM_MAXIMISED))
			start_drag(wm, w, DRAG_MOVE, 0, x, y);
		break;
	case WM_PART_EDGE:
		start_drag(wm, w, DRAG_RESIZE, h->edges, x, y);
		break;
	case WM_PART_MIN:
	case WM_PART_MAX:
	case WM_PART_CLOSE:
		wm->pressed = w;
		wm->pressed_part = h->part;
		wm_window_buttons(w, h->part, h->part);
		break;
	default:
		break;
	}
}

/* The left button went down at (x, y). */
static void
press(struct wm *wm, const struct wm_input *ev, int x, int y)
{
	struct hit h = hit(wm, x, y);

	if (wm_launcher_is_open(&wm->menu) && h.where != AT_MENU) {
		wm_menu_show(wm, false); /* a click outside only closes it */
		return;
	}
	if (wm_taskman_shown(wm) && h.where != AT_TASKMAN) {
		wm_taskman_show(wm, false); /* likewise */
		return;
	}
	if (h.where == AT_TASKMAN) {
		wm_taskman_press(wm, h.task);
		return;
	}
	if (h.where == AT_MENU && h.index >= 0) {
		wm_menu_show(wm, false);
		WM_NOTIFY(wm, launch, h.index);
	} else if (h.where == AT_BAR) {
		bar_press(wm, h.index);
	} else if (h.where == AT_DESKTOP) {
		wm_set_focus(wm, NULL, true);
	} else if (h.where == AT_WINDOW) {
		window_press(wm, ev, &h, x, y);
	}
}

/* Another button went down: it counts only in a client. */
static void
press_other(struct wm *wm, const struct wm_input *ev, int x, int y)
{
	struct hit h = hit(wm, x, y);
	if (h.where != AT_WINDOW || h.part != WM_PART_CLIENT || h.w->notice)
		return;
	wm_activate(h.w);
	wm->grab = h.w;
	to_client(wm, h.w, ev, x, y);
}

static void
grabbed(struct wm *wm, const struct wm_input *ev, int x, int y)
{
	struct wm_window *w = wm->grab;
	if (!ev->buttons)
		wm->grab = NULL;
	to_client(wm, w, ev, x, y);
	if (!wm->grab)
		hover(wm, ev, x, y, false);
}

static void
pointer(struct wm *wm, const struct wm_input *ev)
{
	int x = clamp(ev->x, 0, wm->w - 1), y = clamp(ev->y, 0, wm->h - 1);
	unsigned down = ev->buttons & ~wm->buttons;

	wm->px = x;
	wm->py = y;
	wm->buttons = ev->buttons;
	wm_cursor_move(wm->screen, x, y);
	if (wm->drag.kind != DRAG_NONE)
		drag(wm, ev, x, y);
	else if (wm->grab)
		grabbed(wm, ev, x, y);
	else if (wm->pressed)
		caption(wm, ev, x, y);
	else if (down & WM_BTN_LEFT)
		press(wm, ev, x, y);
	else if (down)
		press_other(wm, ev, x, y);
	else
		hover(wm, ev, x, y, true);
}

/* ------------------------------------------------------------ keys */

static void key(struct wm *wm, const struct wm_input *ev);

static void
cycle_start(struct wm *wm, bool back)
{
	struct wm_cycle *c = &wm->cycle;
	c->n = 0;
	for (int pass = 0; pass < 2; pass++)
		for (int i = wm->n - 1; i >= 0; i--)
			if (!(wm->z[i]->flags & WM_MINIMISED) == (pass == 0))
				c->list[c->n++] = wm->z[i];
	if (c->n == 0)
		return;
	int first = wm->focus == c->list[0] ? 1 : 0;
	c->pick = back ? c->n - 1 : first % c->n;
	c->on = true;
	wm_sync_taskbar(wm);
}

static void
cycle_key(struct wm *wm, const struct wm_input *ev)
{
	struct wm_cycle *c = &wm->cycle;
	bool alt_up = !ev->pressed && (ev->key == WM_KEY_LALT || ev->key == WM_KEY_RALT);

	if (ev->pressed && ev->key == WM_KEY_TAB) {
		c->pick = (c->pick + (ev->mods & WM_MOD_SHIFT ? c->n - 1 : 1)) % c->n;
		wm_sync_taskbar(wm);
	} else if (ev->pressed && ev->key == WM_KEY_ESC) {
		c->on = false;
		wm_sync_taskbar(wm);
	} else if (alt_up || !(ev->mods & WM_MOD_ALT)) {
		c->on = false;
		wm_activate(c->list[c->pick]);
		if (!alt_up)
			key(wm, ev); /* Alt was let go unseen: this key is ordinary */
	}
}

static void
menu_key(struct wm *wm, const struct wm_input *ev)
{
	int n = wm->menu.n, i = wm->menu.hover;
	if (!ev->pressed)
		return;
	if (ev->key == WM_KEY_ESC || ev->key == WM_KEY_LMETA || ev->key == WM_KEY_RMETA) {
		wm_menu_show(wm, false);
	} else if (n > 0 && (ev->key == WM_KEY_UP || ev->key == WM_KEY_DOWN)) {
		int step = ev->key == WM_KEY_UP ? n - 1 : 1;
		wm_launcher_hover(&wm->menu, i < 0 ? (step == 1 ? 0 : n - 1) : (i + step) % n);
	} else if (ev->key == WM_KEY_ENTER && i >= 0) {
		wm_menu_show(wm, false);
		WM_NOTIFY(wm, launch, i);
	}
}

static void
key(struct wm *wm, const struct wm_input *ev)
{
	bool alt = ev->pressed && (ev->mods & WM_MOD_ALT);

	if (wm->cycle.on) {
		cycle_key(wm, ev);
	} else if (wm_stop_key(wm, ev)) {
		/* Ctrl+Alt+Delete; the task manager takes every key while open */
	} else if (alt && ev->key == WM_KEY_TAB) {
		cycle_start(wm, ev->mods & WM_MOD_SHIFT);
	} else if (alt && ev->key == WM_KEY_F4) {
		if (wm->focus)
			WM_NOTIFY(wm, close, wm->focus);
	} else if (ev->pressed && ev->key == WM_FLASH_KEY) {
		wm_debug_flash = !wm_debug_flash;
	} else if (wm_launcher_is_open(&wm->menu)) {
		menu_key(wm, ev);
	} else if (ev->pressed && (ev->key == WM_KEY_LMETA || ev->key == WM_KEY_RMETA)) {
		wm_menu_show(wm, true);
	} else if (wm->focus && wm->focus->notice) {
		wm_notice_key(wm->focus, ev);
	} else if (wm->focus) {
		WM_NOTIFY(wm, input, wm->focus, ev);
	}
}

void
wm_input(struct wm *wm, const struct wm_input *ev)
{
	if (ev->type == WM_IN_POINTER)
		pointer(wm, ev);
	else if (ev->type == WM_IN_KEY)
		key(wm, ev);
}
