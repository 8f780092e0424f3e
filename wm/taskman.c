/*
 * taskman.c - the task manager panel (see taskman.h).
 *
 * Layout in panel coordinates (the surface also holds the shadow round
 * the panel; drawing goes through a view of the panel alone):
 *
 *   Task manager                                             3 apps    HEAD_H
 *   App              Windows  Threads   Memory   CPU   State           COLS_H
 *   ---------------------------------------------------------------
 *   [N] Notes              1        2  1.4 MiB  0.3 %  running   [End]  ROW_H each,
 *   [S] Snake              1        1   812 KiB 97 %   not resp. [End]  at most
 *   [C] Clock              1        1   300 KiB  0 %   paused [Resume][End]  ROWS
 *   ---------------------------------------------------------------
 *   Up/Down select . Enter ends . R resumes . Esc closes        [Close]  FOOT_H
 *
 * Numbers are right-aligned in their columns, the App column takes what
 * the fixed ones leave. Every column and button position comes from
 * col_box() and button_box(), which drawing and hit testing share. A row
 * is repainted by refilling its rect with the panel's interior pixel and
 * drawing it again (rows never reach the rounded corners), so hovering
 * and selecting cost a row or two; a new list redraws the whole panel,
 * and a new number of rows shown gives a new surface.
 * Portable: kernel and host.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frame.h"
#include "look.h"
#include "taskman.h"
#include "gui/theme.h"

#define PAD          16 /* panel edge to contents */
#define MARGIN       16 /* screen edge to the panel, at least */
#define ICON         20
#define ICON_GAP     10
#define COL_GAP      12
#define BTN_GAP      6
#define ROW_BTN      24 /* a row button's height, */
#define ROW_BTN_PAD  12 /* its label to its sides */
#define ROWS_Y       (THEME_TASKMAN_HEAD_H + THEME_TASKMAN_COLS_H + 4)
#define LABEL_END    "End"
#define LABEL_RESUME "Resume"
#define LABEL_CLOSE  "Close"
#define HINT                                                                                               \
	"\xe2\x86\x91\xe2\x86\x93 select  \xc2\xb7  Enter or Delete ends  \xc2\xb7  R resumes  \xc2\xb7  " \
	"Esc closes"
#define EMPTY "No apps are running"

enum col { C_APP, C_WINDOWS, C_THREADS, C_MEMORY, C_CPU, C_STATE, NCOL };

static const struct {
	const char *head;
	int w; /* 0: what is left */
	bool right;
} cols[NCOL] = {
	{ "App", 0, false },    { "Windows", 62, true }, { "Threads", 54, true },
	{ "Memory", 70, true }, { "CPU", 50, true },     { "State", 104, false },
};

/* ------------------------------------------------------------ layout */

static int
shown(const struct taskman *t)
{
	int n = t->n < THEME_TASKMAN_ROWS ? t->n : THEME_TASKMAN_ROWS;
	return n > 0 ? n : 1;
}

/* A row button's width (Close is a full-size panel button). */
static int
btn_w(const struct taskman *t, const char *label)
{
	int pad = THEME_PANEL_BTN_PAD - ROW_BTN_PAD;
	return wm_look_button_w(t->font, label) - 2 * pad;
}

/* The buttons' column: End on the right, Resume before it. */
static int
buttons_w(const struct taskman *t)
{
	return btn_w(t, LABEL_END) + BTN_GAP + btn_w(t, LABEL_RESUME);
}

/* Column c's box on a row at y, h high (panel coordinates). */
static struct gfx_rect
col_box(const struct taskman *t, enum col c, int y, int h)
{
	int x = t->panel.w - PAD - buttons_w(t);
	for (int i = NCOL - 1; i > (int)c; i--)
		x -= COL_GAP + cols[i].w;
	if (c == C_APP)
		return gfx_rect_make(PAD, y, x - COL_GAP - PAD, h);
	return gfx_rect_make(x - COL_GAP - cols[c].w, y, cols[c].w, h);
}

static struct gfx_rect
row_box(const struct taskman *t, int i)
{
	return gfx_rect_make(PAD / 2, ROWS_Y + (i - t->top) * THEME_TASKMAN_ROW_H, t->panel.w - PAD,
	                     THEME_TASKMAN_ROW_H);
}

static int
foot_y(const struct taskman *t)
{
	return ROWS_Y + shown(t) * THEME_TASKMAN_ROW_H + 8;
}

/* A button of row i (WM_TASK_END, WM_TASK_RESUME) or Close (panel coordinates). */
static struct gfx_rect
button_box(const struct taskman *t, int i, int part)
{
	int right = t->panel.w - PAD;
	if (part == WM_TASK_CLOSE) {
		int w = wm_look_button_w(t->font, LABEL_CLOSE);
		int y = foot_y(t) + (THEME_TASKMAN_FOOT_H - THEME_PANEL_BTN_H) / 2;
		return gfx_rect_make(right - w, y, w, THEME_PANEL_BTN_H);
	}
	struct gfx_rect r = row_box(t, i);
	int y = r.y + (r.h - ROW_BTN) / 2, end = btn_w(t, LABEL_END);
	if (part == WM_TASK_END)
		return gfx_rect_make(right - end, y, end, ROW_BTN);
	int w = btn_w(t, LABEL_RESUME);
	return gfx_rect_make(right - end - BTN_GAP - w, y, w, ROW_BTN);
}

static bool
row_shown(const struct taskman *t, int i)
{
	return i >= t->top && i < t->top + shown(t) && i < t->n;
}

/* ------------------------------------------------------------ cells */

static void
format_kib(char *out, size_t n, uint32_t kib)
{
	if (kib < 1024)
		snprintf(out, n, "%u KiB", (unsigned)kib);
	else if (kib < 10 * 1024)
		snprintf(out, n, "%u.%u MiB", (unsigned)(kib / 1024),
		         (unsigned)(kib % 1024 * 10 / 1024));
	else if (kib < 1024 * 1024)
		snprintf(out, n, "%u MiB", (unsigned)(kib / 1024));
	else
		snprintf(out, n, "%u.%u GiB", (unsigned)(kib >> 20),
		         (unsigned)((kib & 0xFFFFF) * 10 / 0x100000));
}

static void
format_cpu(char *out, size_t n, uint32_t pm)
{
	if (pm < 100)
		snprintf(out, n, "%u.%u %%", (unsigned)(pm / 10), (unsigned)(pm % 10));
	else
		snprintf(out, n, "%u %%", (unsigned)((pm + 5) / 10));
}

static uint32_t
state_rgb(const char *s)
{
	static const struct {
		const char *state;
		uint32_t rgb;
	} map[] = { { "running", THEME_STATE_OK },
		    { "not responding", THEME_STATE_WARN },
		    { "paused", THEME_STATE_PAUSED },
		    { "crashed", THEME_STATE_BAD },
		    { "ended", THEME_TEXT_DIM } };
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(s, map[i].state) == 0)
			return map[i].rgb;
	return THEME_TEXT;
}

/* Text in column c's box b: left or right-aligned as the column is. */
static void
cell(struct gfx_buf *v, const struct taskman *t, enum col c, struct gfx_rect b, struct font *f,
     const char *s, uint32_t rgb)
{
	int w = f ? font_measure(f, s) : 0, x = b.x;
	if (cols[c].right && w < b.w)
		x = b.x + b.w - w;
	wm_look_text(v, &b, f, x, wm_look_baseline(f, b.y, b.h), b.w, s, rgb);
}

/* ------------------------------------------------------------ drawing */

/* The panel alone, as a buffer of its own coordinates. */
static struct gfx_buf
view(struct taskman *t)
{
	struct gfx_rect d = wm_surface_rect(&t->surf);
	struct gfx_buf *b = &t->surf.buf;
	return (struct gfx_buf){ gfx_row(b, t->panel.x - d.x, t->panel.y - d.y), t->panel.w,
		                 t->panel.h, b->stride };
}

static bool
is_hot(const struct taskman *t, int row, int part)
{
	return t->hot.row == row && t->hot.part == part;
}

static void
draw_empty(struct taskman *t, struct gfx_buf *v)
{
	struct gfx_rect r = row_box(t, t->top);
	gfx_fill(v, NULL, r, t->interior);
	cell(v, t, C_APP, col_box(t, C_APP, r.y, r.h), t->font, EMPTY, THEME_MENU_HEAD);
}

static void
draw_row(struct taskman *t, struct gfx_buf *v, int i)
{
	const struct taskman_row *w = &t->rows[i];
	struct gfx_rect r = row_box(t, i), a = col_box(t, C_APP, r.y, r.h);
	bool ended = strcmp(w->state, "ended") == 0;
	char num[NCOL][24];

	gfx_fill(v, NULL, r, t->interior);
	if (i == t->sel || t->hot.row == i)
		wm_look_row(v, r, i == t->sel);
	wm_look_icon(v, &r, a.x, r.y + (r.h - ICON) / 2, ICON, w->name, t->bold);
	a.x += ICON + ICON_GAP;
	a.w -= ICON + ICON_GAP;
	cell(v, t, C_APP, a, t->font, w->name, ended ? THEME_TEXT_DIM : THEME_TEXT);
	snprintf(num[C_WINDOWS], sizeof(num[0]), "%d", w->windows);
	snprintf(num[C_THREADS], sizeof(num[0]), "%d", w->threads);
	format_kib(num[C_MEMORY], sizeof(num[0]), w->kib);
	format_cpu(num[C_CPU], sizeof(num[0]), w->cpu_permille);
	for (int c = C_WINDOWS; c <= C_CPU; c++)
		cell(v, t, (enum col)c, col_box(t, (enum col)c, r.y, r.h), t->font, num[c],
		     ended ? THEME_TEXT_DIM : THEME_TEXT);
	cell(v, t, C_STATE, col_box(t, C_STATE, r.y, r.h), t->font, w->state,
	     i == t->sel ? THEME_TEXT : state_rgb(w->state));
	if (taskman_can_resume(t, i))
		wm_look_button(v, button_box(t, i, WM_TASK_RESUME), t->font, LABEL_RESUME,
		               WM_LOOK_PLAIN, is_hot(t, i, WM_TASK_RESUME));
	if (taskman_can_end(t, i))
		wm_look_button(v, button_box(t, i, WM_TASK_END), t->font, LABEL_END, WM_LOOK_DANGER,
		               is_hot(t, i, WM_TASK_END));
}

static void
draw_close(struct taskman *t, struct gfx_buf *v)
{
	struct gfx_rect r = button_box(t, -1, WM_TASK_CLOSE);
	gfx_fill(v, NULL, r, t->interior);
	wm_look_button(v, r, t->font, LABEL_CLOSE, WM_LOOK_ACCENT, is_hot(t, -1, WM_TASK_CLOSE));
}

static void
draw_head(struct taskman *t, struct gfx_buf *v)
{
	struct gfx_rect h = gfx_rect_make(PAD, 2, t->panel.w - 2 * PAD, THEME_TASKMAN_HEAD_H);
	char count[32];
	snprintf(count, sizeof(count), t->n == 1 ? "%d app" : "%d apps", t->n);
	int cw = t->font ? font_measure(t->font, count) : 0;
	wm_look_text(v, &h, t->bold, h.x, wm_look_baseline(t->bold, h.y, h.h), h.w - cw - PAD,
	             THEME_TASKMAN_TITLE, THEME_TEXT);
	wm_look_text(v, &h, t->font, h.x + h.w - cw, wm_look_baseline(t->font, h.y, h.h), cw, count,
	             THEME_MENU_HEAD);
	for (int c = 0; c < NCOL; c++)
		cell(v, t, (enum col)c,
		     col_box(t, (enum col)c, THEME_TASKMAN_HEAD_H, THEME_TASKMAN_COLS_H), t->font,
		     cols[c].head, THEME_MENU_HEAD);
	gfx_hline(v, NULL, PAD / 2, ROWS_Y - 3, t->panel.w - PAD, THEME_PANEL_RULE);
}

static void
draw_foot(struct taskman *t, struct gfx_buf *v)
{
	int y = foot_y(t);
	struct gfx_rect f = gfx_rect_make(PAD, y, t->panel.w - 2 * PAD, THEME_TASKMAN_FOOT_H);
	struct gfx_rect c = button_box(t, -1, WM_TASK_CLOSE);
	gfx_hline(v, NULL, PAD / 2, y, t->panel.w - PAD, THEME_PANEL_RULE);
	wm_look_text(v, &f, t->font, f.x, wm_look_baseline(t->font, c.y, c.h), c.x - PAD - f.x,
	             HINT, THEME_MENU_HEAD);
	draw_close(t, v);
}

static void
draw_all(struct taskman *t)
{
	struct gfx_rect d = wm_surface_rect(&t->surf);
	struct gfx_buf v;

	t->interior = wm_look_panel(&t->surf.buf, d, t->panel);
	v = view(t);
	draw_head(t, &v);
	if (t->n == 0)
		draw_empty(t, &v);
	for (int i = t->top; i < t->n && row_shown(t, i); i++)
		draw_row(t, &v, i);
	draw_foot(t, &v);
	wm_surface_damage(&t->surf, NULL);
}

/* Repaint what h is on (a row, Close; else nothing) and damage it. */
static void
redraw(struct taskman *t, struct taskman_hit h)
{
	struct gfx_buf v = view(t);
	struct gfx_rect r, d = wm_surface_rect(&t->surf);

	if (h.part == WM_TASK_CLOSE) {
		draw_close(t, &v);
		r = button_box(t, -1, WM_TASK_CLOSE);
	} else if (h.row >= 0 && row_shown(t, h.row)) {
		draw_row(t, &v, h.row);
		r = row_box(t, h.row);
	} else {
		return;
	}
	r.x += t->panel.x - d.x;
	r.y += t->panel.y - d.y;
	wm_surface_damage(&t->surf, &r);
}

static void
redraw_row(struct taskman *t, int i)
{
	redraw(t, (struct taskman_hit){ i, WM_TASK_ROW });
}

/* ------------------------------------------------------------ open, close */

void
taskman_init(struct taskman *t, struct font *font, struct font *bold, struct gfx_rect area)
{
	*t = (struct taskman){ .font = font, .bold = bold ? bold : font, .sel = -1, .area = area };
	t->hot = (struct taskman_hit){ -1, TASKMAN_OUTSIDE };
	t->surf.alpha = true;
}

void
taskman_free(struct taskman *t)
{
	taskman_close(t);
	free(t->rows);
	t->rows = NULL;
	t->n = t->cap = 0;
}

bool
taskman_is_open(const struct taskman *t)
{
	return t->surf.screen != NULL;
}

/* The panel's place for the rows now, and a surface that size, drawn. */
static bool
build(struct taskman *t, struct wm_screen *s)
{
	struct gfx_rect a = t->area, p, d;
	struct gfx_buf b;
	int w = a.w - 2 * MARGIN < THEME_TASKMAN_W ? a.w - 2 * MARGIN : THEME_TASKMAN_W;
	int h = ROWS_Y + shown(t) * THEME_TASKMAN_ROW_H + 8 + THEME_TASKMAN_FOOT_H;

	p = gfx_rect_make(a.x + (a.w - w) / 2, a.y + (a.h - h) / 2, w, h);
	d = wm_frame_shadow(p);
	if (!gfx_buf_alloc(&b, d.w, d.h))
		return false;
	if (taskman_is_open(t))
		wm_surface_remove(&t->surf);
	gfx_buf_free(&t->surf.buf);
	t->surf.buf = b;
	t->surf.x = d.x;
	t->surf.y = d.y;
	t->surf.visible = true;
	t->surf.opaque = wm_look_panel_opaque(d, p);
	t->panel = p;
	draw_all(t);
	wm_surface_add(s, &t->surf);
	return true;
}

bool
taskman_open(struct taskman *t, struct wm_screen *s)
{
	if (taskman_is_open(t))
		return true;
	t->hot = (struct taskman_hit){ -1, TASKMAN_OUTSIDE };
	t->top = 0;
	taskman_select(t, 0);
	return build(t, s);
}

void
taskman_close(struct taskman *t)
{
	if (!taskman_is_open(t))
		return;
	wm_surface_remove(&t->surf);
	gfx_buf_free(&t->surf.buf);
}

/* ------------------------------------------------------------ rows */

static int
index_of(const struct taskman *t, uint32_t id)
{
	for (int i = 0; i < t->n; i++)
		if (t->rows[i].id == id)
			return i;
	return -1;
}

static void
copy_row(struct taskman_row *r, const struct wm_task *w)
{
	r->id = w->id;
	snprintf(r->name, sizeof(r->name), "%s", w->name ? w->name : "");
	snprintf(r->state, sizeof(r->state), "%s", w->state ? w->state : "");
	r->windows = w->windows;
	r->threads = w->threads;
	r->kib = w->kib;
	r->cpu_permille = w->cpu_permille;
}

bool
taskman_set(struct taskman *t, const struct wm_task *rows, int n)
{
	int old_shown = shown(t), sel = t->sel;
	bool had = sel >= 0 && sel < t->n;
	uint32_t sel_id = had ? t->rows[sel].id : 0;

	if (n < 0)
		return false;
	if (n > t->cap) {
		struct taskman_row *v = realloc(t->rows, (size_t)n * sizeof(*v));
		if (!v)
			return false;
		t->rows = v;
		t->cap = n;
	}
	for (int i = 0; i < n; i++)
		copy_row(&t->rows[i], &rows[i]);
	t->n = n;
	int again = had ? index_of(t, sel_id) : -1;
	t->sel = -1;
	taskman_select(t, again >= 0 ? again : sel); /* a gone row: its place */
	t->hot = (struct taskman_hit){ -1, TASKMAN_OUTSIDE };
	if (!taskman_is_open(t))
		return true;
	if (shown(t) == old_shown) {
		draw_all(t);
		return true;
	}
	if (build(t, t->surf.screen))
		return true;
	taskman_close(t); /* no room for the new size: the rows are kept */
	return false;
}

void
taskman_select(struct taskman *t, int i)
{
	int old = t->sel, old_top = t->top;
	i = i >= t->n ? t->n - 1 : i < 0 ? (t->n > 0 ? 0 : -1) : i;
	t->sel = i;
	if (i >= 0 && i < t->top)
		t->top = i;
	if (i >= t->top + THEME_TASKMAN_ROWS)
		t->top = i - THEME_TASKMAN_ROWS + 1;
	if (t->top > t->n - shown(t))
		t->top = t->n - shown(t) > 0 ? t->n - shown(t) : 0;
	if (!taskman_is_open(t) || (i == old && t->top == old_top))
		return;
	if (t->top != old_top) {
		draw_all(t);
		return;
	}
	redraw_row(t, old);
	redraw_row(t, i);
}

bool
taskman_can_end(const struct taskman *t, int i)
{
	return i >= 0 && i < t->n && strcmp(t->rows[i].state, "ended") != 0;
}

bool
taskman_can_resume(const struct taskman *t, int i)
{
	return i >= 0 && i < t->n && strcmp(t->rows[i].state, "paused") == 0;
}

/* ------------------------------------------------------------ pointer */

static bool
in_part(const struct taskman *t, int row, int part, int lx, int ly)
{
	return gfx_rect_contains_pt(button_box(t, row, part), lx, ly);
}

struct taskman_hit
taskman_hit(const struct taskman *t, int x, int y)
{
	struct taskman_hit h = { -1, TASKMAN_OUTSIDE };
	int lx = x - t->panel.x, ly = y - t->panel.y;

	if (!taskman_is_open(t) || !gfx_rect_contains_pt(t->panel, x, y))
		return h;
	h.part = TASKMAN_PANEL;
	if (in_part(t, -1, WM_TASK_CLOSE, lx, ly)) {
		h.part = WM_TASK_CLOSE;
		return h;
	}
	for (int i = t->top; row_shown(t, i); i++) {
		if (!gfx_rect_contains_pt(row_box(t, i), lx, ly))
			continue;
		h.row = i;
		h.part = WM_TASK_ROW;
		if (taskman_can_end(t, i) && in_part(t, i, WM_TASK_END, lx, ly))
			h.part = WM_TASK_END;
		else if (taskman_can_resume(t, i) && in_part(t, i, WM_TASK_RESUME, lx, ly))
			h.part = WM_TASK_RESUME;
	}
	return h;
}

void
taskman_hover(struct taskman *t, struct taskman_hit h)
{
	struct taskman_hit old = t->hot;
	if (old.row == h.row && old.part == h.part)
		return;
	t->hot = h;
	if (!taskman_is_open(t))
		return;
	redraw(t, old);
	if (h.row != old.row || h.part == WM_TASK_CLOSE)
		redraw(t, h);
}

struct gfx_rect
taskman_rect(const struct taskman *t, int row, int part)
{
	struct gfx_rect r = gfx_rect_make(0, 0, 0, 0);
	if (!taskman_is_open(t))
		return r;
	if (part == WM_TASK_CLOSE)
		r = button_box(t, -1, part);
	else if (!row_shown(t, row))
		return r;
	else if (part == WM_TASK_ROW)
		r = row_box(t, row);
	else if ((part == WM_TASK_END && taskman_can_end(t, row)) ||
	         (part == WM_TASK_RESUME && taskman_can_resume(t, row)))
		r = button_box(t, row, part);
	else
		return r;
	return gfx_rect_make(r.x + t->panel.x, r.y + t->panel.y, r.w, r.h);
}
