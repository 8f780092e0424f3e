/*
 * taskbar.c - draws the taskbar surface (see taskbar.h).
 *
 * Layout, left to right: THEME_TASKBAR_PAD, the start button (its label
 * plus THEME_START_PAD_X each side), the strip of window buttons (each
 * THEME_TASKBTN_W wide, narrower when they do not fit), free space, the
 * tasks button (THEME_TASKS_BTN_W: a small bar chart), the clock area
 * (wide enough for "88:88"), THEME_CLOCK_PAD_X. A one-pixel
 * light line runs along the top. Every part is repainted by refilling its
 * rect with the bar's colour and drawing it again, so the surface never
 * accumulates blended pixels; only the parts that change are repainted
 * and damaged (a button whose look changed, the clock each minute, the
 * whole strip when the number of buttons changes).
 * Portable: kernel and host.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "look.h"
#include "taskbar.h"
#include "gui/theme.h"

#define NO_FONT_LABEL_W 64 /* layout width of the label without a font */
#define BTN_ICON        16
#define BTN_ICON_GAP    8
#define ALERT_D         8  /* a window button's alert dot */
#define CHART_BAR       3  /* the tasks button's chart: bar width, */
#define CHART_STEP      5  /* bar to bar, */
#define CHART_H         14 /* tallest bar */

static int
text_width(struct font *f, const char *s, int fallback)
{
	return f ? font_measure(f, s) : fallback;
}

/* Draw s centred vertically in r, starting at x. */
static void
draw_text(struct taskbar *tb, struct font *f, struct gfx_rect r, int x, const char *s)
{
	if (!f)
		return;
	font_draw(&tb->surf.buf, &r, f, x, wm_look_baseline(f, r.y, r.h), s, THEME_TEXT);
}

static void
draw_start(struct taskbar *tb)
{
	struct gfx_rect b = tb->start;
	gfx_fill(&tb->surf.buf, NULL, b, THEME_TASKBAR_BG);
	gfx_rounded_rect(&tb->surf.buf, NULL, b, THEME_START_RADIUS,
	                 tb->start_active ? THEME_START_ACTIVE : THEME_START_BG);
	draw_text(tb, tb->bold, b, b.x + THEME_START_PAD_X, THEME_START_LABEL);
}

/* The tasks button: three bars of a chart, rising. */
static void
draw_tasks(struct taskbar *tb)
{
	struct gfx_rect b = tb->tasks;
	int x = b.x + (b.w - 2 * CHART_STEP - CHART_BAR) / 2, base = b.y + (b.h + CHART_H) / 2;

	gfx_fill(&tb->surf.buf, NULL, b, THEME_TASKBAR_BG);
	gfx_rounded_rect(&tb->surf.buf, NULL, b, THEME_TASKBTN_RADIUS,
	                 tb->tasks_active ? THEME_TASKBTN_FOCUS : THEME_TASKBTN_BG);
	for (int i = 0; i < 3; i++) {
		int h = CHART_H * (i + 2) / 4;
		gfx_fill(&tb->surf.buf, NULL,
		         gfx_rect_make(x + i * CHART_STEP, base - h, CHART_BAR, h), THEME_TEXT);
	}
}

static void
draw_clock(struct taskbar *tb)
{
	char text[24];
	struct gfx_rect c = tb->clock;

	gfx_fill(&tb->surf.buf, NULL, c, THEME_TASKBAR_BG);
	if (tb->hour < 0)
		return;
	snprintf(text, sizeof(text), "%02d:%02d", tb->hour, tb->minute);
	int w = text_width(tb->font, text, 0);
	draw_text(tb, tb->font, c, c.x + c.w - w, text);
}

static void
layout(struct taskbar *tb)
{
	int w = tb->surf.buf.w, h = tb->surf.buf.h, pad = THEME_TASKBAR_PAD;
	int label = text_width(tb->bold, THEME_START_LABEL, NO_FONT_LABEL_W);
	tb->start = gfx_rect_make(pad, pad, label + 2 * THEME_START_PAD_X, h - 2 * pad);
	int cw = text_width(tb->font, "88:88", 40) + 2;
	tb->clock = gfx_rect_make(w - THEME_CLOCK_PAD_X - cw, 1, cw, h - 1);
	tb->tasks = gfx_rect_make(tb->clock.x - 2 * pad - THEME_TASKS_BTN_W, pad, THEME_TASKS_BTN_W,
	                          h - 2 * pad);
	int x = tb->start.x + tb->start.w + 2 * pad;
	tb->strip = gfx_rect_make(x, 1, tb->tasks.x - 2 * pad - x, h - 1);
}

bool
taskbar_init(struct taskbar *tb, int screen_w, int screen_h, struct font *font, struct font *bold)
{
	*tb = (struct taskbar){
		.font = font, .bold = bold ? bold : font, .hour = -1, .minute = -1
	};
	if (!gfx_buf_alloc(&tb->surf.buf, screen_w, THEME_TASKBAR_H))
		return false;
	tb->item_font = tb->font;
	tb->icon_font = tb->bold;
	tb->surf.x = 0;
	tb->surf.y = screen_h - THEME_TASKBAR_H;
	tb->surf.alpha = true;
	tb->surf.visible = true;
	layout(tb);
	gfx_fill(&tb->surf.buf, NULL, gfx_rect_make(0, 0, screen_w, THEME_TASKBAR_H),
	         THEME_TASKBAR_BG);
	gfx_hline(&tb->surf.buf, NULL, 0, 0, screen_w, THEME_TASKBAR_EDGE);
	draw_start(tb);
	draw_tasks(tb);
	draw_clock(tb);
	return true;
}

void
taskbar_free(struct taskbar *tb)
{
	wm_surface_remove(&tb->surf);
	gfx_buf_free(&tb->surf.buf);
	free(tb->btn);
	tb->btn = NULL;
	tb->nbtn = tb->capbtn = 0;
}

void
taskbar_set_clock(struct taskbar *tb, int hour, int minute)
{
	if (tb->hour == hour && tb->minute == minute)
		return;
	tb->hour = hour;
	tb->minute = minute;
	draw_clock(tb);
	wm_surface_damage(&tb->surf, &tb->clock);
}

void
taskbar_set_item_fonts(struct taskbar *tb, struct font *text, struct font *icon)
{
	tb->item_font = text;
	tb->icon_font = icon;
}

void
taskbar_set_start_active(struct taskbar *tb, bool active)
{
	if (tb->start_active == active)
		return;
	tb->start_active = active;
	draw_start(tb);
	wm_surface_damage(&tb->surf, &tb->start);
}

void
taskbar_set_tasks_active(struct taskbar *tb, bool active)
{
	if (tb->tasks_active == active)
		return;
	tb->tasks_active = active;
	draw_tasks(tb);
	wm_surface_damage(&tb->surf, &tb->tasks);
}

/* ------------------------------------------------------------ window buttons */

static uint32_t
button_fill(const struct taskbar_button *b)
{
	if (b->focused)
		return THEME_TASKBTN_FOCUS;
	if (b->hot)
		return THEME_TASKBTN_HOT;
	return b->minimised ? THEME_TASKBTN_MIN : THEME_TASKBTN_BG;
}

static void
draw_button(struct taskbar *tb, const struct taskbar_button *b)
{
	struct gfx_buf *buf = &tb->surf.buf;
	struct gfx_rect r = b->r;
	int x = r.x + THEME_TASKBTN_PAD, mark = r.w / 3;

	gfx_fill(buf, NULL, r, THEME_TASKBAR_BG);
	gfx_rounded_rect(buf, NULL, r, THEME_TASKBTN_RADIUS, button_fill(b));
	if (b->focused)
		gfx_rounded_rect(buf, NULL,
		                 gfx_rect_make(r.x + (r.w - mark) / 2,
		                               r.y + r.h - THEME_TASKBTN_MARK_H, mark,
		                               THEME_TASKBTN_MARK_H),
		                 1, THEME_TASKBTN_MARK);
	wm_look_icon(buf, &r, x, r.y + (r.h - BTN_ICON) / 2, BTN_ICON, b->title, tb->icon_font);
	x += BTN_ICON + BTN_ICON_GAP;
	int right = r.x + r.w - THEME_TASKBTN_PAD;
	if (b->alert) {
		right -= ALERT_D;
		gfx_rounded_rect(buf, NULL,
		                 gfx_rect_make(right, r.y + (r.h - ALERT_D) / 2, ALERT_D, ALERT_D),
		                 ALERT_D / 2, b->alert);
		right -= BTN_ICON_GAP / 2;
	}
	wm_look_text(buf, &r, tb->item_font, x, wm_look_baseline(tb->item_font, r.y, r.h),
	             right - x, b->title, b->minimised ? THEME_TEXT_DIM : THEME_TEXT);
}

/* Button i of n, laid out in the strip. */
static struct gfx_rect
button_rect(const struct taskbar *tb, int i, int n)
{
	int gap = THEME_TASKBTN_GAP;
	int w = n > 0 ? (tb->strip.w - (n - 1) * gap) / n : 0;
	if (w > THEME_TASKBTN_W)
		w = THEME_TASKBTN_W;
	int y = THEME_TASKBAR_PAD, h = tb->surf.buf.h - 2 * THEME_TASKBAR_PAD;
	return gfx_rect_make(tb->strip.x + i * (w + gap), y, w, h);
}

static void
item_to_button(struct taskbar_button *b, const struct taskbar_item *it)
{
	snprintf(b->title, sizeof(b->title), "%s", it->title ? it->title : "");
	b->focused = it->focused;
	b->minimised = it->minimised;
	b->hot = it->hot;
	b->alert = it->alert;
}

static bool
same(const struct taskbar_button *b, const struct taskbar_item *it)
{
	struct taskbar_button t;
	item_to_button(&t, it);
	return strcmp(t.title, b->title) == 0 && t.focused == b->focused &&
	       t.minimised == b->minimised && t.hot == b->hot && t.alert == b->alert;
}

static bool
reserve(struct taskbar *tb, int n)
{
	if (n <= tb->capbtn)
		return true;
	int cap = n < 8 ? 8 : n * 2;
	struct taskbar_button *v = realloc(tb->btn, (size_t)cap * sizeof(*v));
	if (!v)
		return false;
	tb->btn = v;
	tb->capbtn = cap;
	return true;
}

/* A new number of buttons: every button moves, repaint the strip. */
static void
relayout(struct taskbar *tb, const struct taskbar_item *items, int n)
{
	gfx_fill(&tb->surf.buf, NULL, tb->strip, THEME_TASKBAR_BG);
	for (int i = 0; i < n; i++) {
		item_to_button(&tb->btn[i], &items[i]);
		tb->btn[i].r = button_rect(tb, i, n);
		draw_button(tb, &tb->btn[i]);
	}
	tb->nbtn = n;
	wm_surface_damage(&tb->surf, &tb->strip);
}

bool
taskbar_set_items(struct taskbar *tb, const struct taskbar_item *items, int n)
{
	if (n < 0 || !reserve(tb, n))
		return false;
	if (n != tb->nbtn) {
		relayout(tb, items, n);
		return true;
	}
	for (int i = 0; i < n; i++) {
		if (same(&tb->btn[i], &items[i]))
			continue;
		item_to_button(&tb->btn[i], &items[i]);
		draw_button(tb, &tb->btn[i]);
		wm_surface_damage(&tb->surf, &tb->btn[i].r);
	}
	return true;
}

int
taskbar_hit(const struct taskbar *tb, int x, int y)
{
	int lx = x - tb->surf.x, ly = y - tb->surf.y;
	if (gfx_rect_contains_pt(tb->start, lx, ly))
		return TASKBAR_HIT_START;
	if (gfx_rect_contains_pt(tb->tasks, lx, ly))
		return TASKBAR_HIT_TASKS;
	for (int i = 0; i < tb->nbtn; i++)
		if (gfx_rect_contains_pt(tb->btn[i].r, lx, ly))
			return i;
	return TASKBAR_HIT_NONE;
}
