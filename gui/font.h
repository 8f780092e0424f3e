/*
 * font.h - anti-aliased text by FreeType, with a glyph cache.
 *
 * A font is a face (a TrueType file in memory, which must outlive the font)
 * at one pixel size. Rendered glyphs are cached per font (ephemeral memory,
 * rebuilt after each boot). Text is UTF-8; malformed bytes draw U+FFFD, a
 * glyph the face lacks draws the face's .notdef box.
 * Portable: built for the kernel (FreeType from Debian's source, fetched into
 * build/) and for the host (the same FreeType version from Debian's libfreetype).
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "gfx.h"

struct font;

/* NULL and a logged message when the data is not a usable font. */
struct font *font_open(const void *data, size_t len, int px_size);
void font_close(struct font *f);
int font_ascent(const struct font *f);              /* pixels above the baseline */
int font_height(const struct font *f);              /* line height in pixels */
int font_measure(struct font *f, const char *utf8); /* advance width */
/* Bytes of the longest prefix of whole characters at most max_w wide. */
int font_fit(struct font *f, const char *utf8, int max_w);
/* Draw with its baseline at y; returns the pen's x after the text. */
int font_draw(struct gfx_buf *dst, const struct gfx_rect *clip, struct font *f, int x, int y,
              const char *utf8, uint32_t rgb);
