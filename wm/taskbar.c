/*
 * taskbar.c - draws the taskbar surface (see taskbar.h).
 *
 * Layout, left to right: THEME_TASKBAR_PAD, the start button (its label
 * plus THEME_START_PAD_X each side), free space, the clock area (wide
 * enough for "88:88"), THEME_CLOCK_PAD_X. A one-pixel light line runs
 * along the top. The clock area is the only part redrawn after the first
 * frame; it is refilled with the bar's colour before its text is drawn, so
 * the surface never accumulates blended text.
 * Portable: kernel and host.
 */
#include <stdio.h>
#include "taskbar.h"
#include "theme.h"

#define NO_FONT_LABEL_W 64 /* layout width of the label without a font */

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
	int base = r.y + (r.h - font_height(f)) / 2 + font_ascent(f);
	font_draw(&tb->surf.buf, &r, f, x, base, s, THEME_TEXT);
}

static void
draw_start(struct taskbar *tb)
{
	struct gfx_rect b = tb->start;
	gfx_rounded_rect(&tb->surf.buf, NULL, b, THEME_START_RADIUS, THEME_START_BG);
	draw_text(tb, tb->bold, b, b.x + THEME_START_PAD_X, THEME_START_LABEL);
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
}

bool
taskbar_init(struct taskbar *tb, int screen_w, int screen_h, struct font *font, struct font *bold)
{
	*tb = (struct taskbar){
		.font = font, .bold = bold ? bold : font, .hour = -1, .minute = -1
	};
	if (!gfx_buf_alloc(&tb->surf.buf, screen_w, THEME_TASKBAR_H))
		return false;
	tb->surf.x = 0;
	tb->surf.y = screen_h - THEME_TASKBAR_H;
	tb->surf.alpha = true;
	tb->surf.visible = true;
	layout(tb);
	gfx_fill(&tb->surf.buf, NULL, gfx_rect_make(0, 0, screen_w, THEME_TASKBAR_H),
	         THEME_TASKBAR_BG);
	gfx_hline(&tb->surf.buf, NULL, 0, 0, screen_w, THEME_TASKBAR_EDGE);
	draw_start(tb);
	draw_clock(tb);
	return true;
}

void
taskbar_free(struct taskbar *tb)
{
	wm_surface_remove(&tb->surf);
	gfx_buf_free(&tb->surf.buf);
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
