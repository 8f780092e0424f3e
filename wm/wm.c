/*
 * wm.c - the window manager: its windows' order, focus and state changes,
 * the taskbar and the launcher (the model is in wm.h, the shared state
 * and its invariants in wm_impl.h).
 *
 * z[] is the stacking order and also the order Alt+Tab offers windows in
 * (most recently active first, from the top): activating a window raises
 * it, and minimising one sends it to the bottom. So the owner's z-order
 * list is all there is to save for both.
 * The taskbar is told the whole list of windows after every change that
 * might show on it (wm_sync_taskbar); it repaints what differs.
 * Portable: kernel and host.
 */
#include <stdlib.h>
#include <string.h>
#include "gui/theme.h"
#include "wm_impl.h"

#define CASCADE_STEPS 8 /* wm_place: positions before starting over */

static const struct wm_ops no_ops;

/* ------------------------------------------------------------ lists */

int
wm_index_of(struct wm_window *const *v, int n, const struct wm_window *w)
{
	for (int i = 0; i < n; i++)
		if (v[i] == w)
			return i;
	return -1;
}

static bool
grow(void **p, int cap, size_t size)
{
	void *v = realloc(*p, (size_t)cap * size);
	if (!v)
		return false;
	*p = v;
	return true;
}

static bool
reserve(struct wm *wm, int n)
{
	if (n <= wm->cap)
		return true;
	int cap = n < 8 ? 8 : 2 * n;
	if (!grow((void **)&wm->made, cap, sizeof(*wm->made)) ||
	    !grow((void **)&wm->z, cap, sizeof(*wm->z)) ||
	    !grow((void **)&wm->items, cap, sizeof(*wm->items)) ||
	    !grow((void **)&wm->cycle.list, cap, sizeof(*wm->cycle.list)))
		return false;
	wm->cap = cap;
	return true;
}

static void
remove_at(struct wm_window **v, int n, int i)
{
	memmove(&v[i], &v[i + 1], (size_t)(n - i - 1) * sizeof(*v));
}

bool
wm_adopt(struct wm *wm, struct wm_window *w)
{
	if (!reserve(wm, wm->n + 1))
		return false;
	wm->made[wm->n] = w;
	wm->z[wm->n] = w;
	wm->n++;
	wm_window_stack_below(w, &wm->bar.surf);
	wm_sync_taskbar(wm);
	return true;
}

void
wm_disown(struct wm *wm, struct wm_window *w)
{
	int i = wm_index_of(wm->made, wm->n, w), j = wm_index_of(wm->z, wm->n, w);
	if (i < 0 || j < 0)
		return;
	remove_at(wm->made, wm->n, i);
	remove_at(wm->z, wm->n, j);
	wm->n--;
}

/* ------------------------------------------------------------ the wm */

static void
set_arrow(struct wm *wm)
{
	int hx, hy;
	const struct gfx_buf *img = cursor_image(CURSOR_ARROW, &hx, &hy);
	wm->shape = CURSOR_ARROW;
	wm_cursor_set(wm->screen, img, hx, hy);
}

struct wm *
wm_create(struct wm_screen *s, const struct wm_fonts *fonts, const struct wm_ops *ops, void *ctx)
{
	const struct gfx_buf *back = wm_screen_back(s);
	struct wm *wm = calloc(1, sizeof(*wm));

	if (!wm)
		return NULL;
	wm->screen = s;
	wm->w = back->w;
	wm->h = back->h;
	wm->work = gfx_rect_make(0, 0, wm->w, wm->h - THEME_TASKBAR_H);
	if (fonts)
		wm->fonts = *fonts;
	wm->ops = ops ? ops : &no_ops;
	wm->ctx = ctx;
	wm->bar_hot = -1;
	if (!taskbar_init(&wm->bar, wm->w, wm->h, wm->fonts.clock, wm->fonts.start)) {
		free(wm);
		return NULL;
	}
	taskbar_set_item_fonts(&wm->bar, wm->fonts.text, wm->fonts.title);
	wm_surface_add(s, &wm->bar.surf);
	wm_launcher_init(&wm->menu, wm->fonts.text, wm->fonts.title);
	taskman_init(&wm->tasks, wm->fonts.text, wm->fonts.title, wm->work);
	wm_cursor_pos(s, &wm->px, &wm->py);
	set_arrow(wm);
	return wm;
}

void
wm_destroy(struct wm *wm)
{
	if (!wm)
		return;
	wm->ops = &no_ops;
	wm->focus = NULL;
	while (wm->n > 0)
		wm_window_destroy(wm->made[wm->n - 1]);
	wm_launcher_free(&wm->menu);
	taskman_free(&wm->tasks);
	taskbar_free(&wm->bar);
	free(wm->made);
	free(wm->z);
	free(wm->items);
	free(wm->cycle.list);
	free(wm);
}

bool
wm_set_apps(struct wm *wm, const char *const *names, int n)
{
	if (!wm_launcher_set_apps(&wm->menu, names, n))
		return false;
	taskbar_set_start_active(&wm->bar, false);
	return true;
}

void
wm_set_clock(struct wm *wm, int hour, int minute)
{
	taskbar_set_clock(&wm->bar, hour, minute);
}

struct gfx_rect
wm_work_area(const struct wm *wm)
{
	return wm->work;
}

/* How far back span [lo, lo+len) must move to end in [alo, alo+alen), not before alo. */
static int
pull_back(int lo, int len, int alo, int alen)
{
	int over = lo + len - (alo + alen), room = lo - alo;
	if (over <= 0 || room <= 0)
		return 0;
	return over < room ? over : room;
}

struct gfx_rect
wm_place(struct wm *wm, int cw, int ch)
{
	struct gfx_rect a = wm->work, r, f;
	int k = wm->placed++ % CASCADE_STEPS, step = THEME_WIN_CASCADE;

	r = wm_window_min_size(gfx_rect_make(0, 0, cw, ch));
	f = wm_frame_around(r);
	r.x += a.x - f.x + (2 + k) * step; /* the frame's corner on the cascade */
	r.y += a.y - f.y + (1 + k) * step;
	f = wm_frame_around(r);
	r.x -= pull_back(f.x, f.w, a.x, a.w);
	r.y -= pull_back(f.y, f.h, a.y, a.h);
	return r;
}

bool
wm_launcher_shown(const struct wm *wm)
{
	return wm_launcher_is_open(&wm->menu);
}

static struct gfx_rect
on_bar(const struct wm *wm, struct gfx_rect r)
{
	return gfx_rect_make(r.x + wm->bar.surf.x, r.y + wm->bar.surf.y, r.w, r.h);
}

struct gfx_rect
wm_start_button(const struct wm *wm)
{
	return on_bar(wm, wm->bar.start);
}

struct gfx_rect
wm_tasks_button(const struct wm *wm)
{
	return on_bar(wm, wm->bar.tasks);
}

struct gfx_rect
wm_window_button(const struct wm_window *w)
{
	const struct wm *wm = w->wm;
	int i = wm_index_of(wm->made, wm->n, w);
	if (i < 0 || i >= wm->bar.nbtn)
		return gfx_rect_make(0, 0, 0, 0);
	return on_bar(wm, wm->bar.btn[i].r);
}

struct gfx_rect
wm_launcher_item(const struct wm *wm, int app)
{
	return wm_launcher_item_rect(&wm->menu, app);
}

enum cursor_shape
wm_pointer_shape(const struct wm *wm)
{
	return wm->shape;
}

void
wm_menu_show(struct wm *wm, bool open)
{
	if (open) {
		int bottom = wm->h - THEME_TASKBAR_H - THEME_TASKBAR_PAD;
		wm_taskman_show(wm, false);
		open = wm_launcher_open(&wm->menu, wm->screen, wm->bar.start.x, bottom);
	} else {
		wm_launcher_close(&wm->menu);
	}
	taskbar_set_start_active(&wm->bar, open);
}

void
wm_sync_taskbar(struct wm *wm)
{
	const struct wm_cycle *c = &wm->cycle;
	for (int i = 0; i < wm->n; i++) {
		struct wm_window *w = wm->made[i];
		bool hot = c->on ? c->list[c->pick] == w : i == wm->bar_hot;
		uint32_t alert = w->crashed ? THEME_STATE_BAD : w->notice ? THEME_STATE_WARN : 0;
		wm->items[i] = (struct taskbar_item){ w->title, w == wm->focus,
			                              (w->flags & WM_MINIMISED) != 0, hot, alert };
	}
	taskbar_set_items(&wm->bar, wm->items, wm->n);
}

/* ------------------------------------------------------------ focus */

void
wm_set_focus(struct wm *wm, struct wm_window *w, bool notify)
{
	struct wm_window *old = wm->focus;
	if (old == w || (w && (w->flags & WM_MINIMISED)))
		return;
	wm->focus = w;
	if (old)
		wm_window_redraw(old);
	if (w)
		wm_window_redraw(w);
	wm_sync_taskbar(wm);
	if (notify && old)
		WM_NOTIFY(wm, focused, old, false);
	if (notify && w)
		WM_NOTIFY(wm, focused, w, true);
}

void
wm_focus_next(struct wm *wm, struct wm_window * not )
{
	for (int i = wm->n - 1; i >= 0; i--) {
		struct wm_window *w = wm->z[i];
		if (w != not &&!(w->flags & WM_MINIMISED)) {
			wm_set_focus(wm, w, true);
			return;
		}
	}
	wm_set_focus(wm, NULL, true);
}

void
wm_focus(struct wm *wm, struct wm_window *w)
{
	wm_set_focus(wm, w, false);
}

struct wm_window *
wm_focused(const struct wm *wm)
{
	return wm->focus;
}

/* ------------------------------------------------------------ stacking */

bool
wm_to_top(struct wm_window *w)
{
	struct wm *wm = w->wm;
	int i = wm_index_of(wm->z, wm->n, w);
	if (i < 0 || i == wm->n - 1)
		return false;
	remove_at(wm->z, wm->n, i);
	wm->z[wm->n - 1] = w;
	wm_window_stack_below(w, &wm->bar.surf);
	return true;
}

static bool
to_bottom(struct wm_window *w)
{
	struct wm *wm = w->wm;
	int i = wm_index_of(wm->z, wm->n, w);
	if (i <= 0)
		return false;
	memmove(&wm->z[1], &wm->z[0], (size_t)i * sizeof(*wm->z));
	wm->z[0] = w;
	wm_window_stack_below(w, &wm->z[1]->deco);
	return true;
}

void
wm_raise(struct wm_window *w)
{
	wm_to_top(w);
}

bool
wm_restack(struct wm *wm, struct wm_window *const *order, int n)
{
	if (n != wm->n)
		return false;
	for (int i = 0; i < n; i++)
		if (wm_index_of(wm->z, n, order[i]) < 0 || wm_index_of(order, i, order[i]) >= 0)
			return false;
	memmove(wm->z, order, (size_t)n * sizeof(*order));
	for (int i = 0; i < n; i++)
		wm_window_stack_below(wm->z[i], &wm->bar.surf);
	return true;
}

int
wm_order(const struct wm *wm, struct wm_window **out, int max)
{
	for (int i = 0; i < wm->n && i < max; i++)
		out[i] = wm->z[i];
	return wm->n;
}

/* ------------------------------------------------------------ state */

void
wm_change_flags(struct wm_window *w, unsigned flags, bool notify)
{
	struct wm *wm = w->wm;
	unsigned old = w->flags;
	bool sized;

	flags &= WM_MINIMISED | WM_MAXIMISED;
	if (flags == old)
		return;
	wm_route_forget(wm, w); /* no drag or pressed button survives */
	wm_window_buttons(w, WM_PART_NONE, WM_PART_NONE);
	w->flags = flags;
	if (!wm_window_layout(w, &sized) || ((old ^ flags) & WM_MAXIMISED && !sized))
		wm_window_redraw(w); /* the maximise button's glyph */
	if (notify)
		WM_NOTIFY(wm, state, w, flags);
	if (sized)
		WM_NOTIFY(wm, resized, w, w->client.w, w->client.h);
	if (flags & ~old & WM_MINIMISED) {
		if (to_bottom(w))
			WM_NOTIFY(wm, restacked);
		if (wm->focus == w)
			wm_focus_next(wm, w);
	}
	wm_sync_taskbar(wm);
}

void
wm_activate(struct wm_window *w)
{
	if (w->flags & WM_MINIMISED)
		wm_change_flags(w, w->flags & ~WM_MINIMISED, true);
	if (wm_to_top(w))
		WM_NOTIFY(w->wm, restacked);
	wm_set_focus(w->wm, w, true);
}
