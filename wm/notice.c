/*
 * notice.c - the box over a window (see notice.h).
 *
 * Layout of the box (B = THEME_NOTICE_PAD), centred on the client area
 * and cut to it when the area is smaller:
 *
 *   B                                        B
 *   (!)  Title, bold, at most two lines
 *        Text, wrapped, at most THEME_NOTICE_LINES lines
 *        (and no more than the client's height leaves room for)
 *                                  [ Wait ] [ End now ]
 *   B
 *
 * The whole surface is drawn when it is placed at a new size; a button's
 * hover repaints that button on the box's interior pixel. The box is the
 * surface's opaque part (its rounded corners aside).
 * Portable: kernel and host.
 */
#include <stdlib.h>
#include <string.h>
#include "look.h"
#include "notice.h"
#include "gui/theme.h"

#define ICON      24
#define ICON_GAP  12
#define MARGIN    12 /* the client's edge to the box, at least */
#define TEXT_GAP  6  /* title to text */
#define BTN_GAP   8
#define BTNS_GAP  18 /* text to the buttons */
#define TITLE_MAX 2  /* lines */
#define MARK      "!"

static const struct {
	const char *label;
	int look;
} buttons[][NOTICE_BTN_MAX] = {
	[NOTICE_ASK] = { { "Wait", WM_LOOK_PLAIN }, { "End now", WM_LOOK_DANGER } },
	[NOTICE_CRASH] = { { "Close", WM_LOOK_ACCENT }, { NULL, 0 } },
};

struct notice *
notice_new(enum notice_kind kind, const char *title, const char *text, struct font *font,
           struct font *bold)
{
	struct notice *n = calloc(1, sizeof(*n));
	if (!n)
		return NULL;
	n->kind = kind;
	n->font = font;
	n->bold = bold ? bold : font;
	n->hot = -1;
	n->surf.alpha = true;
	n->title = strdup(title ? title : "");
	n->text = strdup(text ? text : "");
	if (!n->title || !n->text) {
		notice_free(n);
		return NULL;
	}
	return n;
}

void
notice_free(struct notice *n)
{
	if (!n)
		return;
	if (n->surf.screen)
		wm_surface_remove(&n->surf);
	gfx_buf_free(&n->surf.buf);
	free(n->title);
	free(n->text);
	free(n);
}

int
notice_buttons(const struct notice *n)
{
	return buttons[n->kind][1].label ? 2 : 1;
}

/* ------------------------------------------------------------ layout */

static int
text_x(void)
{
	return THEME_NOTICE_PAD + ICON + ICON_GAP;
}

/* Lines of the text that fit a box in a client ch high (at least one). */
static int
text_room(const struct notice *n, int ch, int title_lines)
{
	int fixed = 2 * THEME_NOTICE_PAD + title_lines * wm_look_line_h(n->bold) + TEXT_GAP +
	            BTNS_GAP + THEME_PANEL_BTN_H;
	int room = (ch - 2 * MARGIN - fixed) / wm_look_line_h(n->font);
	room = room < THEME_NOTICE_LINES ? room : THEME_NOTICE_LINES;
	return room > 0 ? room : 1;
}

/* The box for a cw x ch client: its rect, and its lines of title and text. */
static struct gfx_rect
box_for(const struct notice *n, int cw, int ch, int *tl, int *xl)
{
	int bw = cw - 2 * MARGIN < THEME_NOTICE_W ? cw - 2 * MARGIN : THEME_NOTICE_W;
	int w = bw - text_x() - THEME_NOTICE_PAD;

	*tl = wm_look_wrap(NULL, NULL, n->bold, 0, 0, w, TITLE_MAX, n->title, 0);
	*xl = wm_look_wrap(NULL, NULL, n->font, 0, 0, w, text_room(n, ch, *tl), n->text, 0);
	int bh = 2 * THEME_NOTICE_PAD + *tl * wm_look_line_h(n->bold) + TEXT_GAP +
	         *xl * wm_look_line_h(n->font) + BTNS_GAP + THEME_PANEL_BTN_H;
	int y = (ch - bh) / 2;
	y = y > 0 ? y : 0;
	return gfx_rect_make((cw - bw) / 2, y, bw, bh < ch - y ? bh : ch - y);
}

/* Button i in box coordinates: right-aligned, the last rightmost. */
static struct gfx_rect
button_box(const struct notice *n, int i)
{
	int x = n->box.w - THEME_NOTICE_PAD, y = n->box.h - THEME_NOTICE_PAD - THEME_PANEL_BTN_H;
	for (int k = notice_buttons(n) - 1; k >= i; k--)
		x -= wm_look_button_w(n->font, buttons[n->kind][k].label) + (k > i ? BTN_GAP : 0);
	return gfx_rect_make(x, y, wm_look_button_w(n->font, buttons[n->kind][i].label),
	                     THEME_PANEL_BTN_H);
}

/* ------------------------------------------------------------ drawing */

static struct gfx_buf
view(struct notice *n)
{
	struct gfx_buf *b = &n->surf.buf;
	return (struct gfx_buf){ gfx_row(b, n->box.x, n->box.y), n->box.w, n->box.h, b->stride };
}

/* The box's interior pixel: left of the text, half-way down. */
static uint32_t
interior_of(const struct gfx_buf *v)
{
	return *gfx_row(v, THEME_NOTICE_PAD / 2, v->h / 2);
}

static void
draw_button(struct notice *n, struct gfx_buf *v, int i)
{
	struct gfx_rect r = button_box(n, i);
	gfx_fill(v, NULL, r, interior_of(v));
	wm_look_button(v, r, n->font, buttons[n->kind][i].label, buttons[n->kind][i].look,
	               i == n->hot);
}

static void
draw_icon(struct notice *n, struct gfx_buf *v, int top)
{
	struct gfx_rect r = gfx_rect_make(THEME_NOTICE_PAD, top, ICON, ICON);
	uint32_t c = n->kind == NOTICE_CRASH ? THEME_STATE_BAD : THEME_STATE_WARN;
	gfx_rounded_rect(v, NULL, r, ICON / 2, c);
	if (n->bold)
		font_draw(v, &r, n->bold, r.x + (ICON - font_measure(n->bold, MARK)) / 2,
		          wm_look_baseline(n->bold, r.y, r.h), MARK, THEME_MENU_BG);
}

static void
draw(struct notice *n, int tl, int xl)
{
	struct gfx_buf *b = &n->surf.buf, v;
	uint32_t veil = n->kind == NOTICE_CRASH ? THEME_NOTICE_VEIL_CRASH : THEME_NOTICE_VEIL;
	int x = text_x(), w = n->box.w - x - THEME_NOTICE_PAD, lh = wm_look_line_h(n->bold);
	int top = THEME_NOTICE_PAD;

	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), veil);
	v = view(n);
	struct gfx_rect all = gfx_rect_make(0, 0, v.w, v.h);
	wm_look_panel(&v, all, all);
	draw_icon(n, &v, top + (lh - ICON) / 2);
	wm_look_wrap(&v, NULL, n->bold, x, top, w, tl, n->title, THEME_TEXT);
	top += tl * lh + TEXT_GAP;
	wm_look_wrap(&v, NULL, n->font, x, top, w, xl, n->text, THEME_NOTICE_TEXT);
	for (int i = 0; i < notice_buttons(n); i++)
		draw_button(n, &v, i);
}

bool
notice_place(struct notice *n, struct gfx_rect c, bool visible)
{
	struct wm_surface *sf = &n->surf;
	if (sf->buf.px && sf->buf.w == c.w && sf->buf.h == c.h) {
		if (sf->x != c.x || sf->y != c.y)
			wm_surface_move(sf, c.x, c.y);
		wm_surface_show(sf, visible);
		return true;
	}
	struct gfx_buf b;
	int tl, xl;
	if (!gfx_buf_alloc(&b, c.w, c.h)) {
		wm_surface_show(sf, false);
		return false;
	}
	wm_surface_show(sf, false);
	gfx_buf_free(&sf->buf);
	sf->buf = b;
	sf->x = c.x;
	sf->y = c.y;
	n->box = box_for(n, c.w, c.h, &tl, &xl);
	sf->opaque = wm_look_panel_opaque(gfx_rect_make(0, 0, c.w, c.h), n->box);
	draw(n, tl, xl);
	wm_surface_show(sf, visible);
	return true;
}

/* ------------------------------------------------------------ input */

struct gfx_rect
notice_button(const struct notice *n, int i)
{
	if (i < 0 || i >= notice_buttons(n) || !n->surf.buf.px)
		return gfx_rect_make(0, 0, 0, 0);
	struct gfx_rect r = button_box(n, i);
	return gfx_rect_make(r.x + n->box.x + n->surf.x, r.y + n->box.y + n->surf.y, r.w, r.h);
}

int
notice_hit(const struct notice *n, int x, int y)
{
	if (!gfx_rect_contains_pt(wm_surface_rect(&n->surf), x, y))
		return NOTICE_OUTSIDE;
	for (int i = 0; i < notice_buttons(n); i++)
		if (gfx_rect_contains_pt(notice_button(n, i), x, y))
			return i;
	return NOTICE_NONE;
}

void
notice_hover(struct notice *n, int i)
{
	int old = n->hot;
	i = i >= 0 && i < notice_buttons(n) ? i : -1;
	if (i == old || !n->surf.buf.px)
		return;
	n->hot = i;
	struct gfx_buf v = view(n);
	for (int k = 0; k < notice_buttons(n); k++) {
		if (k != old && k != i)
			continue;
		struct gfx_rect r = button_box(n, k);
		draw_button(n, &v, k);
		r.x += n->box.x;
		r.y += n->box.y;
		wm_surface_damage(&n->surf, &r);
	}
}

int
notice_key_button(const struct notice *n, bool enter)
{
	return enter ? notice_buttons(n) - 1 : 0;
}

bool
notice_is_yes(const struct notice *n, int i)
{
	return i == notice_buttons(n) - 1;
}
