/*
 * wmfix.c - the window-manager test fixture (see wmfix.h).
 *
 * Clients draw deterministic pictures from their kind and size only (a
 * notes page, a paint canvas, a terminal, a file list), so a rebuilt
 * window shows the same pixels. Fonts are loaded once per process and
 * kept (the glyph caches are shared by every test).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wm/frame.h"
#include "gui/theme.h"
#include "test.h"
#include "gui/file.h"
#include "wmfix.h"

#define FONT_DIR "/usr/share/fonts/truetype/dejavu/"

static const char *const apps[] = { "Files", "Notes", "Paint", "Terminal", "Clock" };

/* ------------------------------------------------------------ fonts */

static struct font *
load(const char *file, int px)
{
	char path[256];
	size_t n;
	snprintf(path, sizeof(path), FONT_DIR "%s", file);
	char *data = gui_read_file(path, &n); /* kept: the font uses it */
	struct font *f = data ? font_open(data, n, px) : NULL;
	if (!f)
		free(data);
	return f;
}

static struct wm_fonts fonts;
static struct font *mono;
static bool fonts_loaded;

const struct wm_fonts *
fix_fonts(void)
{
	if (!fonts_loaded) {
		fonts.title = load("DejaVuSans-Bold.ttf", THEME_TITLE_PX);
		fonts.text = load("DejaVuSans.ttf", THEME_TEXT_PX);
		fonts.clock = load("DejaVuSans.ttf", THEME_CLOCK_PX);
		fonts.start = load("DejaVuSans-Bold.ttf", THEME_START_PX);
		mono = load("DejaVuSansMono.ttf", 13);
		fonts_loaded = true;
	}
	return &fonts;
}

bool
fix_have_fonts(void)
{
	const struct wm_fonts *f = fix_fonts();
	return f->title && f->text && f->clock && f->start && mono;
}

/* ------------------------------------------------------------ clients */

static void
text(struct gfx_buf *b, struct font *f, int x, int y, const char *s, uint32_t rgb)
{
	if (f)
		font_draw(b, NULL, f, x, y + font_ascent(f), s, rgb);
}

static void
draw_notes(struct gfx_buf *b)
{
	static const char *const lines[] = {
		"Phantom keeps everything you see.", "Pull the plug, boot again:",
		"the desktop comes back as it was.", "",
		"- write the window binding",        "- taskbar: one button per window",
		"- Alt+Tab, most recent first"
	};
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), GFX_RGB(0xff, 0xfd, 0xf4));
	text(b, fonts.title, 16, 12, "Notes for today", GFX_RGB(0x22, 0x25, 0x2c));
	for (int i = 0; i * 20 + 40 < b->h; i++) {
		gfx_hline(b, NULL, 12, 56 + i * 20, b->w - 24, GFX_RGB(0xe6, 0xe2, 0xd2));
		if (i < (int)(sizeof(lines) / sizeof(lines[0])))
			text(b, fonts.text, 16, 40 + i * 20, lines[i], GFX_RGB(0x33, 0x36, 0x3d));
	}
}

static void
draw_paint(struct gfx_buf *b)
{
	static const uint32_t swatch[] = { GFX_RGB(0xe0, 0x4f, 0x4f), GFX_RGB(0xf2, 0xa5, 0x3a),
		                           GFX_RGB(0xf5, 0xd7, 0x3f), GFX_RGB(0x4c, 0xb8, 0x6a),
		                           GFX_RGB(0x3d, 0x7e, 0xd6), GFX_RGB(0x8e, 0x5c, 0xd0) };
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), GFX_RGB(0xff, 0xff, 0xff));
	gfx_fill(b, NULL, gfx_rect_make(0, 0, 40, b->h), GFX_RGB(0xee, 0xf0, 0xf3));
	gfx_vline(b, NULL, 40, 0, b->h, GFX_RGB(0xd5, 0xd8, 0xde));
	for (int i = 0; i < 6; i++)
		gfx_rounded_rect(b, NULL, gfx_rect_make(8, 10 + i * 30, 24, 24), 5, swatch[i]);
	gfx_rounded_rect(b, NULL, gfx_rect_make(70, 30, 120, 90), 45,
	                 GFX_ARGB(0xd0, 0x3d, 0x7e, 0xd6));
	gfx_rounded_rect(b, NULL, gfx_rect_make(150, 70, 140, 100), 12,
	                 GFX_ARGB(0xb0, 0xf2, 0xa5, 0x3a));
	for (int i = 0; i < 5; i++)
		gfx_line(b, NULL, 60 + i * 6, b->h - 20, 200 + i * 18, 40 + i * 10,
		         GFX_ARGB(0xff, 0x4c, 0xb8, 0x6a));
}

static void
draw_term(struct gfx_buf *b)
{
	static const char *const lines[] = { "phantom:~$ ls apps", "clock  files  notes  paint",
		                             "phantom:~$ snap status",
		                             "last snapshot 0.4 s ago, 312 pages", "phantom:~$ _" };
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), GFX_RGB(0x1d, 0x21, 0x29));
	for (int i = 0; i < 5; i++)
		text(b, mono, 10, 8 + i * 18, lines[i],
		     i % 2 == 0 ? GFX_RGB(0x8f, 0xd1, 0x8f) : GFX_RGB(0xd8, 0xdc, 0xe3));
}

static void
draw_files(struct gfx_buf *b)
{
	static const char *const names[] = { "Documents",  "Pictures",     "notes.txt",
		                             "drawing.ph", "snapshot.log", "wallpaper.png" };
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), GFX_RGB(0xff, 0xff, 0xff));
	gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, 28), GFX_RGB(0xf1, 0xf3, 0xf6));
	text(b, fonts.text, 12, 7, "Home", GFX_RGB(0x55, 0x5a, 0x64));
	for (int i = 0; i < 6 && 34 + i * 26 < b->h; i++) {
		uint32_t c = i < 2 ? GFX_RGB(0xf2, 0xb8, 0x3a) : GFX_RGB(0x9a, 0xa6, 0xb8);
		if (i == 2)
			gfx_fill(b, NULL, gfx_rect_make(0, 32 + i * 26, b->w, 26),
			         GFX_RGB(0xdc, 0xe9, 0xfa));
		gfx_rounded_rect(b, NULL, gfx_rect_make(12, 37 + i * 26, 16, 14), 3, c);
		text(b, fonts.text, 38, 37 + i * 26, names[i], GFX_RGB(0x2a, 0x2d, 0x34));
	}
}

static void
draw_client(struct fix_win *fw)
{
	struct gfx_buf *b = &fw->buf;
	switch (fw->kind) {
	case FIX_NOTES:
		draw_notes(b);
		break;
	case FIX_PAINT:
		draw_paint(b);
		break;
	case FIX_TERM:
		draw_term(b);
		break;
	case FIX_FILES:
		draw_files(b);
		break;
	default:
		gfx_fill(b, NULL, gfx_rect_make(0, 0, b->w, b->h), GFX_RGB(0xe8, 0xec, 0xf2));
		break;
	}
}

static bool
new_buffer(struct fix_win *fw, int w, int h)
{
	gfx_buf_free(&fw->buf);
	if (!gfx_buf_alloc(&fw->buf, w, h))
		return false;
	draw_client(fw);
	return true;
}

/* ------------------------------------------------------------ the owner */

static int
index_of(struct fix *f, struct wm_window *w)
{
	struct fix_win *fw = wm_window_user(w);
	return (int)(fw - f->win);
}

static void
on_placed(void *ctx, struct wm_window *w, struct gfx_rect r)
{
	struct fix *f = ctx;
	f->win[index_of(f, w)].rect = r;
	f->log.placed++;
}

static void
on_resized(void *ctx, struct wm_window *w, int cw, int ch)
{
	struct fix *f = ctx;
	struct fix_win *fw = &f->win[index_of(f, w)];
	f->log.resized++;
	f->log.last_cw = cw;
	f->log.last_ch = ch;
	if (f->answer_resize && new_buffer(fw, cw, ch))
		wm_window_set_buffer(w, &fw->buf);
}

static void
on_restacked(void *ctx)
{
	struct fix *f = ctx;
	struct wm_window *z[FIX_MAX];
	int n = wm_order(f->wm, z, FIX_MAX);
	for (int i = 0; i < n && i < FIX_MAX; i++)
		f->order[i] = index_of(f, z[i]);
	f->log.restacked++;
}

static void
on_focused(void *ctx, struct wm_window *w, bool on)
{
	struct fix *f = ctx;
	int i = index_of(f, w);
	if (on)
		f->focus = i;
	else if (f->focus == i)
		f->focus = -1;
	f->log.focused++;
}

static void
on_state(void *ctx, struct wm_window *w, unsigned flags)
{
	struct fix *f = ctx;
	f->win[index_of(f, w)].flags = flags;
	f->log.state++;
}

static void
on_close(void *ctx, struct wm_window *w)
{
	struct fix *f = ctx;
	f->log.closed = &f->win[index_of(f, w)];
	f->log.close++;
}

static void
on_input(void *ctx, struct wm_window *w, const struct wm_input *ev)
{
	struct fix *f = ctx;
	struct fix_log *l = &f->log;
	if (l->input < FIX_INPUTS) {
		l->in[l->input] = *ev;
		l->in_win[l->input] = &f->win[index_of(f, w)];
	}
	l->input++;
}

static void
on_launch(void *ctx, int app)
{
	struct fix *f = ctx;
	f->log.launched = app;
	f->log.launch++;
}

static void
on_end_task(void *ctx, uint32_t id)
{
	struct fix *f = ctx;
	f->log.ended = id;
	f->log.end_task++;
}

static void
on_resume_task(void *ctx, uint32_t id)
{
	struct fix *f = ctx;
	f->log.resumed = id;
	f->log.resume_task++;
}

static void
on_taskman(void *ctx, bool open)
{
	struct fix *f = ctx;
	f->log.taskman_open = open;
	f->log.taskman++;
}

static void
on_ask_end_answer(void *ctx, struct wm_window *w, bool end)
{
	struct fix *f = ctx;
	f->log.answered = &f->win[index_of(f, w)];
	f->log.answer_end = end;
	f->log.answer++;
}

static const struct wm_ops owner_ops = {
	on_placed, on_resized, on_restacked, on_focused,     on_state,   on_close,
	on_input,  on_launch,  on_end_task,  on_resume_task, on_taskman, on_ask_end_answer,
};

/* ------------------------------------------------------------ the desktop */

static void
flip(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	struct fix *f = ctx;
	for (int y = 0; y < r->h; y++)
		memcpy(gfx_row(&f->vram, r->x, r->y + y), src + (size_t)y * stride,
		       (size_t)r->w * 4);
	f->flipped += (long long)r->w * r->h;
}

/* Screen, wallpaper and an empty wm (no windows). */
static bool
open_desktop(struct fix *f)
{
	gfx_fill(&f->vram, NULL, gfx_rect_make(0, 0, f->w, f->h), 0xDEADBEEFu);
	f->screen = wm_screen_create(f->w, f->h, flip, f);
	if (!f->screen)
		return false;
	wm_surface_add(f->screen, &f->wall);
	f->wm = wm_create(f->screen, fix_fonts(), &owner_ops, f);
	if (!f->wm)
		return false;
	wm_set_clock(f->wm, 9, 41);
	return wm_set_apps(f->wm, apps, (int)(sizeof(apps) / sizeof(apps[0])));
}

bool
fix_open(struct fix *f, int w, int h)
{
	memset(f, 0, sizeof(*f));
	f->w = w;
	f->h = h;
	f->focus = -1;
	f->answer_resize = true;
	if (!gfx_buf_alloc(&f->vram, w, h) || !gfx_buf_alloc(&f->wall.buf, w, h))
		return false;
	gfx_gradient(&f->wall.buf, NULL, gfx_rect_make(0, 0, w, h), THEME_WALL_TOP,
	             THEME_WALL_BOTTOM);
	f->wall.visible = true;
	return open_desktop(f);
}

static void
close_desktop(struct fix *f)
{
	wm_destroy(f->wm);
	wm_screen_destroy(f->screen);
	f->wm = NULL;
	f->screen = NULL;
}

void
fix_close(struct fix *f)
{
	close_desktop(f);
	for (int i = 0; i < f->n; i++)
		gfx_buf_free(&f->win[i].buf);
	gfx_buf_free(&f->wall.buf);
	gfx_buf_free(&f->vram);
}

static struct wm_window *
create(struct fix *f, int i)
{
	struct fix_win *fw = &f->win[i];
	struct wm_window_spec spec = { fw->title, fw->rect, fw->flags, fw->buf, fw };
	return fw->w = wm_window_create(f->wm, &spec);
}

int
fix_add(struct fix *f, const char *title, struct gfx_rect rect, unsigned flags, enum fix_kind kind)
{
	int i = f->n;
	struct fix_win *fw = &f->win[i];
	if (i >= FIX_MAX)
		return -1;
	memset(fw, 0, sizeof(*fw));
	snprintf(fw->title, sizeof(fw->title), "%s", title);
	fw->rect = rect;
	fw->flags = flags;
	fw->kind = kind;
	if (!new_buffer(fw, rect.w, rect.h) || !create(f, i))
		return -1;
	f->order[i] = i; /* created on top */
	f->n++;
	struct gfx_rect c = wm_window_client(fw->w); /* maximised: another size */
	if ((c.w != fw->buf.w || c.h != fw->buf.h) && new_buffer(fw, c.w, c.h))
		wm_window_set_buffer(fw->w, &fw->buf);
	return i;
}

void
fix_focus(struct fix *f, int i)
{
	wm_focus(f->wm, i < 0 ? NULL : f->win[i].w);
	f->focus = i;
}

void
fix_compose(struct fix *f)
{
	f->flipped = 0;
	wm_compose(f->screen);
}

long
fix_unrepainted(struct fix *f)
{
	struct gfx_buf got;
	long bad = 0;
	fix_compose(f);
	if (!gfx_buf_alloc(&got, f->w, f->h))
		return -1;
	gfx_blit(&got, NULL, 0, 0, &f->vram, NULL);
	wm_damage_all(f->screen);
	fix_compose(f);
	for (int y = 0; y < f->h; y++)
		for (int x = 0; x < f->w; x++)
			bad += ((*gfx_row(&got, x, y) ^ *gfx_row(&f->vram, x, y)) & 0xFFFFFF) != 0;
	gfx_buf_free(&got);
	return bad;
}

bool
fix_rebuild(struct fix *f)
{
	struct wm_window *z[FIX_MAX];
	int px, py;

	wm_cursor_pos(f->screen, &px, &py);
	close_desktop(f);
	if (!open_desktop(f))
		return false;
	for (int i = 0; i < f->n; i++)
		if (!create(f, i))
			return false;
	for (int i = 0; i < f->n; i++)
		z[i] = f->win[f->order[i]].w;
	if (!wm_restack(f->wm, z, f->n))
		return false;
	wm_focus(f->wm, f->focus < 0 ? NULL : f->win[f->focus].w);
	fix_pointer(f, px, py, 0);
	fix_compose(f);
	return true;
}

/* ------------------------------------------------------------ input */

void
fix_pointer(struct fix *f, int x, int y, unsigned buttons)
{
	struct wm_input ev = { .type = WM_IN_POINTER, .buttons = (uint8_t)buttons, .x = x, .y = y };
	wm_input(f->wm, &ev);
}

void
fix_click(struct fix *f, int x, int y)
{
	fix_pointer(f, x, y, 0);
	fix_pointer(f, x, y, WM_BTN_LEFT);
	fix_pointer(f, x, y, 0);
}

void
fix_drag(struct fix *f, int x0, int y0, int x1, int y1, int steps)
{
	fix_pointer(f, x0, y0, 0);
	fix_pointer(f, x0, y0, WM_BTN_LEFT);
	for (int i = 1; i <= steps; i++)
		fix_pointer(f, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps, WM_BTN_LEFT);
	fix_pointer(f, x1, y1, 0);
}

void
fix_key(struct fix *f, unsigned key, unsigned mods, bool pressed)
{
	struct wm_input ev = { .type = WM_IN_KEY,
		               .pressed = pressed,
		               .mods = (uint8_t)mods,
		               .key = (uint16_t)key,
		               .ch = key < 0x80 && key >= 0x20 && !(mods & WM_MOD_ALT) ? key : 0 };
	wm_input(f->wm, &ev);
}

void
fix_tap(struct fix *f, unsigned key, unsigned mods)
{
	fix_key(f, key, mods, true);
	fix_key(f, key, mods, false);
}

void
fix_client_fill(struct fix *f, int i, struct gfx_rect r, uint32_t rgb)
{
	gfx_fill(&f->win[i].buf, NULL, r, rgb);
	wm_window_damage(f->win[i].w, &r);
}

bool
fix_truth_matches(struct fix *f)
{
	struct wm_window *z[FIX_MAX];
	int n = wm_order(f->wm, z, FIX_MAX);
	bool ok = n == f->n;
	for (int i = 0; ok && i < n; i++)
		ok = z[i] == f->win[f->order[i]].w;
	struct wm_window *fw = wm_focused(f->wm);
	ok = ok && (f->focus < 0 ? fw == NULL : fw == f->win[f->focus].w);
	for (int i = 0; ok && i < f->n; i++) {
		struct gfx_rect a = wm_window_rect(f->win[i].w), b = f->win[i].rect;
		ok = a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h &&
		     wm_window_flags(f->win[i].w) == f->win[i].flags;
	}
	return ok;
}

void
fix_title_point(struct fix *f, int i, int *x, int *y)
{
	struct gfx_rect fr = wm_window_frame(f->win[i].w);
	*x = fr.x + fr.w / 3;
	*y = fr.y + THEME_WIN_BORDER + THEME_WIN_TITLE_H / 2;
}

void
fix_button_point(struct fix *f, int i, int part, int *x, int *y)
{
	struct gfx_rect fr = wm_window_frame(f->win[i].w);
	struct gfx_rect b = wm_frame_button(fr.w, (enum wm_part)part);
	*x = fr.x + b.x + b.w / 2;
	*y = fr.y + b.y + b.h / 2;
}
