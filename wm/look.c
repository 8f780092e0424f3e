/*
 * look.c - app icons and fitted text (see look.h).
 *
 * Icons are drawn fresh each time (no cache): one anti-aliased rounded
 * square and one glyph, cheap next to the buffers they go into. Fitted
 * text never allocates: the cut prefix is drawn from a bounded copy.
 * Portable: kernel and host.
 */
#include <string.h>
#include "look.h"
#include "gui/theme.h"

#define ELLIPSIS     "\xe2\x80\xa6" /* U+2026 */
#define FIT_BYTES    256            /* longest text shown in one place */
#define ICON_LETTER  GFX_RGB(0xFF, 0xFF, 0xFF)
#define UTF8_MAX_LEN 4

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
