/*
 * look.c - app icons and fitted text (see look.h).
 *
 * Icons are drawn fresh each time (no cache): one anti-aliased rounded
 * square and one glyph, cheap next to the buffers they go into. Fitted
 * and wrapped text never allocate: each piece is drawn from a bounded
 * copy (FIT_BYTES; a longer line is shown cut).
 * Portable: kernel and host.
 */
#include <string.h>
#include "frame.h"
#include "look.h"
#include "gui/theme.h"

#define ELLIPSIS     "\xe2\x80\xa6" /* U+2026 */
#define FIT_BYTES    256            /* longest text shown in one place */
#define ICON_LETTER  GFX_RGB(0xFF, 0xFF, 0xFF)
#define UTF8_MAX_LEN 4
#define LINE_GAP     3 /* wrapped lines: added to the font's height */
#define ROW_RADIUS   6

static uint32_t
name_hash(const char *s)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

/* The first character of name as a string (ASCII letters upper-cased). */
static void
initial(const char *name, char out[UTF8_MAX_LEN + 1])
{
	size_t n = 1;
	unsigned char c = (unsigned char)name[0];
	if (c >= 0xC0)
		while (n < UTF8_MAX_LEN && ((unsigned char)name[n] & 0xC0) == 0x80)
			n++;
	memcpy(out, name, n);
	out[n] = 0;
	if (c >= 'a' && c <= 'z')
		out[0] = (char)(c - 'a' + 'A');
}

int
wm_look_baseline(struct font *f, int top, int h)
{
	if (!f)
		return top + h / 2;
	return top + (h - font_height(f)) / 2 + font_ascent(f);
}

void
wm_look_icon(struct gfx_buf *dst, const struct gfx_rect *clip, int x, int y, int size,
             const char *name, struct font *f)
{
	static const uint32_t colours[] = {
		THEME_ICON_1, THEME_ICON_2, THEME_ICON_3, THEME_ICON_4,
		THEME_ICON_5, THEME_ICON_6, THEME_ICON_7, THEME_ICON_8
	};
	const char *n = name && *name ? name : "?";
	uint32_t bg = colours[name_hash(n) % (sizeof(colours) / sizeof(colours[0]))];
	char ch[UTF8_MAX_LEN + 1];

	gfx_rounded_rect(dst, clip, gfx_rect_make(x, y, size, size), THEME_WIN_ICON_R * size / 18,
	                 bg);
	if (!f)
		return;
	initial(n, ch);
	int w = font_measure(f, ch);
	int base = wm_look_baseline(f, y, size);
	font_draw(dst, clip, f, x + (size - w + 1) / 2, base, ch, ICON_LETTER);
}

int
wm_look_text(struct gfx_buf *dst, const struct gfx_rect *clip, struct font *f, int x, int y,
             int max_w, const char *text, uint32_t rgb)
{
	char cut[FIT_BYTES + sizeof(ELLIPSIS)];

	if (!f || !text || max_w <= 0)
		return x;
	if (font_measure(f, text) <= max_w && strlen(text) <= FIT_BYTES)
		return font_draw(dst, clip, f, x, y, text, rgb);
	int room = max_w - font_measure(f, ELLIPSIS);
	int n = room > 0 ? font_fit(f, text, room) : 0;
	if (n > FIT_BYTES)
		n = FIT_BYTES;
	while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--; /* not inside a character */
	while (n > 0 && text[n - 1] == ' ')
		n--;
	memcpy(cut, text, (size_t)n);
	memcpy(cut + n, ELLIPSIS, sizeof(ELLIPSIS));
	return font_draw(dst, clip, f, x, y, cut, rgb);
}

/* ------------------------------------------------------------ wrapped text */

int
wm_look_line_h(struct font *f)
{
	return (f ? font_height(f) : 13) + LINE_GAP;
}

/* Bytes of s before its first '\n' (or its end). */
static int
segment(const char *s)
{
	int n = 0;
	while (s[n] && s[n] != '\n')
		n++;
	return n;
}

/* Copy at most FIT_BYTES of s's first n bytes, whole characters, to out. */
static int
bounded(char out[FIT_BYTES + sizeof(ELLIPSIS)], const char *s, int n)
{
	if (n > FIT_BYTES) {
		n = FIT_BYTES;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(out, s, (size_t)n);
	out[n] = 0;
	return n;
}

/*
 * The next line of s, at most w wide: its bytes in line (NUL-ended);
 * returns where the line after it begins.
 */
static const char *
next_line(struct font *f, const char *s, int w, char line[FIT_BYTES + sizeof(ELLIPSIS)])
{
	int seg = segment(s), n = bounded(line, s, seg);
	int fit = f ? font_fit(f, line, w) : n;
	if (fit >= n) /* the whole segment fits */
		return s + seg + (s[seg] == '\n');
	int cut = fit;
	while (cut > 0 && line[cut] != ' ')
		cut--;
	if (cut == 0) { /* one long word: cut it, at least one character */
		cut = fit > 0 ? fit : 1;
		while (cut < n && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut++;
	}
	const char *rest = s + cut;
	while (cut > 0 && line[cut - 1] == ' ')
		cut--;
	line[cut] = 0;
	while (*rest == ' ')
		rest++;
	return rest;
}

int
wm_look_wrap(struct gfx_buf *dst, const struct gfx_rect *clip, struct font *f, int x, int top,
             int w, int max_lines, const char *text, uint32_t rgb)
{
	char line[FIT_BYTES + sizeof(ELLIPSIS)];
	int n = 0, lh = wm_look_line_h(f);
	const char *s = text ? text : "";

	while (*s && n < max_lines) {
		const char *rest = next_line(f, s, w, line);
		int base = wm_look_baseline(f, top + n * lh, lh);
		if (n == max_lines - 1 && *rest) { /* the last line shown: the rest cut */
			int len = bounded(line, s, segment(s));
			memcpy(line + len, ELLIPSIS, sizeof(ELLIPSIS));
		}
		if (dst)
			wm_look_text(dst, clip, f, x, base, w, line, rgb);
		n++;
		s = rest;
	}
	return n;
}

/* ------------------------------------------------------------ panels */

uint32_t
wm_look_panel(struct gfx_buf *b, struct gfx_rect d, struct gfx_rect p)
{
	struct gfx_rect o = gfx_rect_make(p.x - d.x, p.y - d.y, p.w, p.h);
	struct gfx_rect in = gfx_rect_make(o.x + 1, o.y + 1, o.w - 2, o.h - 2);

	if (d.w != p.w || d.h != p.h)
		wm_frame_shadow_paint(b, d, p);
	gfx_rounded_rect(b, NULL, o, THEME_MENU_RADIUS, THEME_MENU_EDGE);
	gfx_rounded_rect(b, NULL, in, THEME_MENU_RADIUS - 1, THEME_MENU_BG);
	return *gfx_row(b, o.x + o.w / 2, o.y + o.h / 2);
}

struct gfx_rect
wm_look_panel_opaque(struct gfx_rect d, struct gfx_rect p)
{
	return gfx_rect_make(p.x - d.x + 1, p.y - d.y + THEME_MENU_RADIUS, p.w - 2,
	                     p.h - 2 * THEME_MENU_RADIUS);
}

void
wm_look_row(struct gfx_buf *b, struct gfx_rect r, bool hot)
{
	gfx_rounded_rect(b, NULL, r, ROW_RADIUS, hot ? THEME_MENU_HOT : THEME_PANEL_ROW_HOT);
}

int
wm_look_button_w(struct font *f, const char *label)
{
	return (f ? font_measure(f, label) : 8 * (int)strlen(label)) + 2 * THEME_PANEL_BTN_PAD;
}

void
wm_look_button(struct gfx_buf *b, struct gfx_rect r, struct font *f, const char *label, int kind,
               bool hot)
{
	static const uint32_t fill[][2] = {
		[WM_LOOK_PLAIN] = { THEME_PANEL_BTN, THEME_PANEL_BTN_HOT },
		[WM_LOOK_ACCENT] = { THEME_PANEL_ACCENT, THEME_PANEL_ACCENT_HOT },
		[WM_LOOK_DANGER] = { THEME_PANEL_DANGER, THEME_PANEL_DANGER_HOT },
	};
	int room = r.w - 8, tw = f ? font_measure(f, label) : 0;

	gfx_rounded_rect(b, NULL, r, THEME_PANEL_BTN_RADIUS, fill[kind][hot]);
	tw = tw < room ? tw : room;
	wm_look_text(b, &r, f, r.x + (r.w - tw) / 2, wm_look_baseline(f, r.y, r.h), room, label,
	             THEME_TEXT);
}
