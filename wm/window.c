/*
 * window.c - windows: their truth, and the surfaces that show it.
 *
 * A window is two surfaces (three with a notice over the client, on top:
 * notice.h, stop.c). The deco holds the frame and, unless the
 * window is maximised, its soft shadow round it: translucent, with the
 * frame marked as its opaque part (wm_surface.opaque), so only the shadow
 * costs a blend. In the frame, the client area is THEME_WIN_BG: it shows
 * where the client's buffer does not reach. The body, on top, is a view of
 * the owner's buffer clipped to the client area: the owner's pixels are
 * shown in place, never copied, so a client that damages a rect costs
 * exactly that rect.
 *
 * wm_window_layout() derives both from the truth (rect, flags, buffer) and
 * is the only place that moves, resizes, shows or hides them. A surface
 * that changes is hidden at its old place and shown at its new one, so the
 * damage is exactly the old and the new rects. The deco is reallocated and
 * redrawn only when its size changes; its pixels depend on sizes alone,
 * so a move copies nothing.
 * Portable: kernel and host.
 */
#include <stdlib.h>
#include <string.h>
#include "gui/theme.h"
#include "wm_impl.h"

static bool
same_buf(const struct gfx_buf *a, const struct gfx_buf *b)
{
	return a->px == b->px && a->w == b->w && a->h == b->h && a->stride == b->stride;
}

/* Give sf other pixels, place or visibility, damaging where it was and is. */
static void
place(struct wm_surface *sf, const struct gfx_buf *buf, int x, int y, bool visible)
{
	if (sf->x == x && sf->y == y && same_buf(&sf->buf, buf)) {
		wm_surface_show(sf, visible);
		return;
	}
	wm_surface_show(sf, false);
	sf->buf = *buf;
	sf->x = x;
	sf->y = y;
	wm_surface_show(sf, visible);
}

static struct wm_frame_look
look_of(const struct wm_window *w)
{
	return (struct wm_frame_look){
		.title = w->title,
		.font = w->wm->fonts.title,
		.focused = w->wm->focus == w,
		.maximised = (w->flags & WM_MAXIMISED) != 0,
		.hover = w->hover,
		.pressed = w->pressed,
		.crashed = w->crashed,
	};
}

struct gfx_rect
wm_window_min_size(struct gfx_rect r)
{
	r.w = r.w < THEME_WIN_MIN_W ? THEME_WIN_MIN_W : r.w;
	r.h = r.h < THEME_WIN_MIN_H ? THEME_WIN_MIN_H : r.h;
	return r;
}

struct gfx_rect
wm_window_shown(const struct wm_window *w)
{
	if (w->flags & WM_MAXIMISED)
		return wm_frame_inside(w->wm->work);
	return w->rect;
}

/* New deco pixels for frame f, shown as screen rect d; painted. */
static bool
new_deco(struct wm_window *w, struct gfx_rect f, struct gfx_rect d, struct gfx_buf *out)
{
	struct wm_frame_look look = look_of(w);
	if (!gfx_buf_alloc(out, d.w, d.h))
		return false;
	wm_frame_paint(out, d, f, &look, true);
	return true;
}

/* Repaint the frame's look; damage the parts of it in `parts` (NULL: all of its look). */
static void
repaint(struct wm_window *w, const int *parts, int nparts)
{
	struct wm_frame_look look = look_of(w);
	struct gfx_rect d = wm_surface_rect(&w->deco), f = wm_frame_around(w->client), r[4];
	if (!w->deco.buf.px)
		return;
	wm_frame_paint(&w->deco.buf, d, f, &look, false);
	int n = parts ? nparts : wm_frame_deco_rects(f.w, f.h, r);
	for (int i = 0; i < n; i++) {
		struct gfx_rect p = parts ? wm_frame_button(f.w, (enum wm_part)parts[i]) : r[i];
		p.x += f.x - d.x;
		p.y += f.y - d.y;
		wm_surface_damage(&w->deco, &p);
	}
}

/* The body: the owner's buffer clipped to the client area. */
static void
place_body(struct wm_window *w)
{
	struct gfx_buf v = w->buf;
	struct gfx_rect c = w->client;
	v.w = v.w < c.w ? v.w : c.w;
	v.h = v.h < c.h ? v.h : c.h;
	bool visible = !(w->flags & WM_MINIMISED) && v.px && v.w > 0 && v.h > 0;
	if (!v.px)
		v = (struct gfx_buf){ NULL, 0, 0, 0 };
	place(&w->body, &v, c.x, c.y, visible);
}

bool
wm_window_layout(struct wm_window *w, bool *sized)
{
	struct gfx_rect c = wm_window_shown(w), f = wm_frame_around(c);
	bool max = w->flags & WM_MAXIMISED;
	struct gfx_rect d = max ? f : wm_frame_shadow(f);
	struct gfx_buf v = w->deco.buf, old = w->deco.buf;
	bool redraw = !v.px || v.w != d.w || v.h != d.h || c.w != w->client.w || c.h != w->client.h;

	*sized = c.w != w->client.w || c.h != w->client.h;
	if (redraw && !new_deco(w, f, d, &v)) {
		*sized = false;
		return false;
	}
	w->client = c;
	w->deco.opaque = wm_frame_opaque(d, f, !max);
	place(&w->deco, &v, d.x, d.y, !(w->flags & WM_MINIMISED));
	place_body(w);
	if (w->notice)
		notice_place(w->notice, c, !(w->flags & WM_MINIMISED));
	if (redraw)
		gfx_buf_free(&old);
	return true;
}

void
wm_window_redraw(struct wm_window *w)
{
	repaint(w, NULL, 0);
}

void
wm_window_buttons(struct wm_window *w, int hover, int pressed)
{
	int parts[4] = { w->hover, w->pressed, hover, pressed };
	if (hover == w->hover && pressed == w->pressed)
		return;
	w->hover = hover;
	w->pressed = pressed;
	repaint(w, parts, 4); /* all of the look is cheap; the damage says what changed */
}

void
wm_window_stack_below(struct wm_window *w, struct wm_surface *ref)
{
	wm_surface_add_below(w->wm->screen, &w->deco, ref);
	wm_surface_add_below(w->wm->screen, &w->body, ref);
	if (w->notice)
		wm_surface_add_below(w->wm->screen, &w->notice->surf, ref);
}

/* ------------------------------------------------------------ the API */

struct wm_window *
wm_window_create(struct wm *wm, const struct wm_window_spec *spec)
{
	struct wm_window *w = calloc(1, sizeof(*w));
	bool sized;

	if (!w || !(w->title = strdup(spec->title ? spec->title : "")))
		goto fail;
	w->wm = wm;
	w->rect = wm_window_min_size(spec->rect);
	w->flags = spec->flags & (WM_MINIMISED | WM_MAXIMISED);
	w->buf = spec->buf;
	w->user = spec->user;
	w->hover = w->pressed = WM_PART_NONE;
	w->deco.alpha = true;
	if (!wm_window_layout(w, &sized))
		goto fail;
	if (wm_adopt(wm, w))
		return w;
	gfx_buf_free(&w->deco.buf);
fail:
	if (w)
		free(w->title);
	free(w);
	return NULL;
}

void
wm_window_destroy(struct wm_window *w)
{
	struct wm *wm = w->wm;
	bool focused = wm->focus == w;

	wm_route_forget(wm, w);
	wm_surface_remove(&w->body);
	wm_surface_remove(&w->deco);
	gfx_buf_free(&w->deco.buf);
	notice_free(w->notice);
	wm_disown(wm, w);
	if (focused) {
		wm->focus = NULL;
		wm_focus_next(wm, NULL);
	}
	wm_sync_taskbar(wm);
	free(w->title);
	free(w);
}

bool
wm_window_set_title(struct wm_window *w, const char *title)
{
	char *t = strdup(title ? title : "");
	if (!t)
		return false;
	free(w->title);
	w->title = t;
	wm_window_redraw(w);
	wm_sync_taskbar(w->wm);
	return true;
}

void
wm_window_set_rect(struct wm_window *w, struct gfx_rect rect)
{
	bool sized;
	w->rect = wm_window_min_size(rect);
	if (wm_window_layout(w, &sized) && sized)
		WM_NOTIFY(w->wm, resized, w, w->client.w, w->client.h);
}

void
wm_window_set_flags(struct wm_window *w, unsigned flags)
{
	wm_change_flags(w, flags, false);
}

void
wm_window_set_buffer(struct wm_window *w, const struct gfx_buf *buf)
{
	w->buf = buf ? *buf : (struct gfx_buf){ NULL, 0, 0, 0 };
	place_body(w);
	wm_surface_damage(&w->body, NULL); /* new pixels at the same place */
}

void
wm_window_damage(struct wm_window *w, const struct gfx_rect *r)
{
	wm_surface_damage(&w->body, r);
}

struct gfx_rect
wm_window_rect(const struct wm_window *w)
{
	return w->rect;
}

unsigned
wm_window_flags(const struct wm_window *w)
{
	return w->flags;
}

void *
wm_window_user(const struct wm_window *w)
{
	return w->user;
}

struct gfx_rect
wm_window_client(const struct wm_window *w)
{
	return w->client;
}

struct gfx_rect
wm_window_frame(const struct wm_window *w)
{
	return wm_frame_around(w->client);
}
