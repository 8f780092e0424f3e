/*
 * launcher.c - the launcher menu (see launcher.h).
 *
 * Layout in surface coordinates: a heading THEME_MENU_HEAD_H high, then
 * one row of THEME_MENU_ITEM_H per app (icon and name), THEME_MENU_PAD from
 * the sides and the bottom; with no apps one dimmed row says so. The width
 * fits the longest name, at least THEME_MENU_W. The background is drawn
 * once per opening; an item is repainted by filling its row with the
 * menu's interior pixel (rows never reach the rounded corners' curve)
 * and drawing it again, so hovering costs two rows. The menu is opaque
 * but for its rim and rounded corners: the compositor is told so.
 * Portable: kernel and host.
 */
#include <stdlib.h>
#include <string.h>
#include "launcher.h"
#include "look.h"
#include "gui/theme.h"

#define ICON       22
#define ICON_GAP   10 /* icon to name */
#define EMPTY_TEXT "No apps installed"

void
wm_launcher_init(struct wm_launcher *m, struct font *font, struct font *head)
{
	*m = (struct wm_launcher){ .font = font, .head = head, .hover = -1 };
	m->surf.alpha = true;
}

static void
free_names(struct wm_launcher *m)
{
	for (int i = 0; i < m->n; i++)
		free(m->names[i]);
	free(m->names);
	m->names = NULL;
	m->n = 0;
}

void
wm_launcher_free(struct wm_launcher *m)
{
	wm_launcher_close(m);
	free_names(m);
}

bool
wm_launcher_set_apps(struct wm_launcher *m, const char *const *names, int n)
{
	char **v = n > 0 ? calloc((size_t)n, sizeof(*v)) : NULL;
	if (n > 0 && !v)
		return false;
	for (int i = 0; i < n; i++)
		if (!(v[i] = strdup(names[i] ? names[i] : ""))) {
			while (i--)
				free(v[i]);
			free(v);
			return false;
		}
	wm_launcher_close(m);
	free_names(m);
	m->names = v;
	m->n = n;
	return true;
}

bool
wm_launcher_is_open(const struct wm_launcher *m)
{
	return m->surf.screen != NULL;
}

static int
rows(const struct wm_launcher *m)
{
	return m->n > 0 ? m->n : 1;
}

/* Item i's row, surface coordinates. */
static struct gfx_rect
item_rect(const struct wm_launcher *m, int i)
{
	int w = m->surf.buf.w - 2 * THEME_MENU_PAD;
	return gfx_rect_make(THEME_MENU_PAD, THEME_MENU_HEAD_H + i * THEME_MENU_ITEM_H, w,
	                     THEME_MENU_ITEM_H);
}

static int
menu_width(const struct wm_launcher *m)
{
	int text = m->font ? font_measure(m->font, EMPTY_TEXT) : 0;
	for (int i = 0; i < m->n && m->font; i++) {
		int w = font_measure(m->font, m->names[i]);
		text = w > text ? w : text;
	}
	int w = 4 * THEME_MENU_PAD + ICON + ICON_GAP + text;
	return w < THEME_MENU_W ? THEME_MENU_W : w;
}

static void
draw_item(struct wm_launcher *m, int i)
{
	struct gfx_buf *b = &m->surf.buf;
	struct gfx_rect r = item_rect(m, i);
	int x = r.x + THEME_MENU_PAD, y = r.y + (r.h - ICON) / 2;

	gfx_fill(b, NULL, r, m->interior);
	if (m->n == 0) {
		int base = wm_look_baseline(m->font, r.y, r.h);
		wm_look_text(b, &r, m->font, x, base, r.w, EMPTY_TEXT, THEME_MENU_HEAD);
		return;
	}
	if (i == m->hover)
		wm_look_row(b, r, true);
	wm_look_icon(b, &r, x, y, ICON, m->names[i], m->head);
	x += ICON + ICON_GAP;
	wm_look_text(b, &r, m->font, x, wm_look_baseline(m->font, r.y, r.h),
	             r.x + r.w - THEME_MENU_PAD - x, m->names[i], THEME_TEXT);
}

static void
draw_menu(struct wm_launcher *m)
{
	struct gfx_buf *b = &m->surf.buf;
	struct gfx_rect all = gfx_rect_make(0, 0, b->w, b->h);

	m->interior = wm_look_panel(b, all, all);
	struct gfx_rect head = gfx_rect_make(2 * THEME_MENU_PAD, 0, b->w, THEME_MENU_HEAD_H);
	font_draw(b, NULL, m->head, head.x, wm_look_baseline(m->head, head.y + 2, head.h),
	          THEME_MENU_TITLE, THEME_MENU_HEAD);
	for (int i = 0; i < rows(m); i++)
		draw_item(m, i);
}

bool
wm_launcher_open(struct wm_launcher *m, struct wm_screen *s, int x, int bottom)
{
	int h = THEME_MENU_HEAD_H + rows(m) * THEME_MENU_ITEM_H + THEME_MENU_PAD;
	struct gfx_buf b;

	if (wm_launcher_is_open(m))
		return true;
	if (!gfx_buf_alloc(&b, menu_width(m), h))
		return false;
	m->surf.buf = b;
	m->surf.x = x;
	m->surf.y = bottom - h;
	m->surf.visible = true;
	/* opaque but for the rounded corners and the light rim */
	m->surf.opaque =
		wm_look_panel_opaque(gfx_rect_make(0, 0, b.w, h), gfx_rect_make(0, 0, b.w, h));
	m->hover = -1;
	draw_menu(m);
	wm_surface_add(s, &m->surf);
	return true;
}

void
wm_launcher_close(struct wm_launcher *m)
{
	if (!wm_launcher_is_open(m))
		return;
	wm_surface_remove(&m->surf);
	gfx_buf_free(&m->surf.buf);
	m->hover = -1;
}

int
wm_launcher_hit(const struct wm_launcher *m, int x, int y)
{
	if (!wm_launcher_is_open(m) || !gfx_rect_contains_pt(wm_surface_rect(&m->surf), x, y))
		return WM_LAUNCHER_OUTSIDE;
	for (int i = 0; i < m->n; i++) {
		struct gfx_rect r = item_rect(m, i);
		if (gfx_rect_contains_pt(r, x - m->surf.x, y - m->surf.y))
			return i;
	}
	return WM_LAUNCHER_INSIDE;
}

struct gfx_rect
wm_launcher_item_rect(const struct wm_launcher *m, int i)
{
	if (!wm_launcher_is_open(m) || i < 0 || i >= m->n)
		return gfx_rect_make(0, 0, 0, 0);
	struct gfx_rect r = item_rect(m, i);
	return gfx_rect_make(r.x + m->surf.x, r.y + m->surf.y, r.w, r.h);
}

static void
redraw_item(struct wm_launcher *m, int i)
{
	if (i < 0 || i >= m->n)
		return;
	struct gfx_rect r = item_rect(m, i);
	draw_item(m, i);
	wm_surface_damage(&m->surf, &r);
}

void
wm_launcher_hover(struct wm_launcher *m, int i)
{
	int old = m->hover;
	if (i < -1 || i >= m->n)
		i = -1;
	if (!wm_launcher_is_open(m) || i == old)
		return;
	m->hover = i;
	redraw_item(m, old);
	redraw_item(m, i);
}
