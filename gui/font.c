/*
 * font.c - anti-aliased text with FreeType and a per-font glyph cache.
 *
 * One FT_Library serves every font. A font is an FT_Face at one pixel size
 * plus a hash table (codepoint -> struct glyph) of glyphs rendered with
 * light hinting (the auto-fitter) into 8-bit coverage. Invariant: a glyph
 * in the cache is immutable and owns its coverage bytes (w*h, row-major,
 * stored right after the struct); a glyph FreeType could not render is
 * cached too, empty, so it is neither retried nor logged again. The cache
 * is dropped whole when it reaches FONT_CACHE_MAX glyphs.
 * Not thread-safe: one thread (the compositor's) draws text at a time.
 */
#include <stdlib.h>
#include <string.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include "font.h"
#include "glog.h"

#define FONT_BUCKETS     256  /* hash buckets per font (power of 2) */
#define FONT_CACHE_MAX   2048 /* glyphs kept per font before a flush */
#define FONT_PX_MAX      512  /* largest pixel size accepted */
#define REPLACEMENT_CHAR 0xFFFDu

struct glyph {
	struct glyph *next; /* hash chain */
	uint32_t cp;
	int left, top; /* bitmap origin relative to pen and baseline */
	int w, h;
	int advance;   /* pen advance in whole pixels */
	uint8_t cov[]; /* w*h coverage, 0..255 */
};

struct font {
	FT_Face face;
	int px, ascent, height;
	int nglyphs;
	bool load_error_logged;
	struct glyph *bucket[FONT_BUCKETS];
};

static FT_Library ft_lib;

static bool
library_ready(void)
{
	FT_Error err;

	if (ft_lib)
		return true;
	err = FT_Init_FreeType(&ft_lib);
	if (err) {
		GLOG("font: FreeType failed to start (error 0x%x)", err);
		ft_lib = NULL;
		return false;
	}
	return true;
}

struct font *
font_open(const void *data, size_t len, int px_size)
{
	struct font *f;
	FT_Error err;

	if (!data || len == 0 || len > 0x7fffffff || px_size < 1 || px_size > FONT_PX_MAX) {
		GLOG("font: bad arguments (%zu bytes, %d px)", len, px_size);
		return NULL;
	}
	if (!library_ready() || !(f = calloc(1, sizeof *f)))
		return NULL;
	err = FT_New_Memory_Face(ft_lib, data, (FT_Long)len, 0, &f->face);
	if (err) {
		GLOG("font: not a usable font (%zu bytes, FreeType error 0x%x)", len, err);
		free(f);
		return NULL;
	}
	err = FT_Set_Pixel_Sizes(f->face, 0, px_size);
	if (err) {
		GLOG("font: %s has no %d px size (FreeType error 0x%x)",
		     f->face->family_name ? f->face->family_name : "face", px_size, err);
		FT_Done_Face(f->face);
		free(f);
		return NULL;
	}
	if (!f->face->charmap)
		GLOG("font: %s has no Unicode map; text will show boxes",
		     f->face->family_name ? f->face->family_name : "face");
	f->px = px_size;
	f->ascent = (int)((f->face->size->metrics.ascender + 63) >> 6);
	f->height = (int)((f->face->size->metrics.height + 32) >> 6);
	return f;
}

static void
cache_clear(struct font *f)
{
	for (int i = 0; i < FONT_BUCKETS; i++) {
		struct glyph *g = f->bucket[i], *next;

		for (; g; g = next) {
			next = g->next;
			free(g);
		}
		f->bucket[i] = NULL;
	}
	f->nglyphs = 0;
}

void
font_close(struct font *f)
{
	if (!f)
		return;
	cache_clear(f);
	FT_Done_Face(f->face);
	free(f);
}

int
font_ascent(const struct font *f)
{
	return f ? f->ascent : 0;
}

int
font_height(const struct font *f)
{
	return f ? f->height : 0;
}

/* ---- UTF-8 ------------------------------------------------------------ */

/*
 * Decode one codepoint from s (NUL-terminated) and advance *s. A malformed
 * sequence (bad lead byte, missing continuation, overlong form, surrogate,
 * beyond U+10FFFF) gives U+FFFD and consumes its maximal valid prefix, at
 * least one byte, as Unicode recommends; the NUL is never consumed.
 */
static uint32_t
utf8_next(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	uint32_t cp;
	int n;
	unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */

	if (p[0] < 0x80) {
		*s += 1;
		return p[0];
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2, cp = p[0] & 0x1F;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3, cp = p[0] & 0x0F;
		lo = p[0] == 0xE0 ? 0xA0 : 0x80; /* no overlongs */
		hi = p[0] == 0xED ? 0x9F : 0xBF; /* no surrogates */
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4, cp = p[0] & 0x07;
		lo = p[0] == 0xF0 ? 0x90 : 0x80;
		hi = p[0] == 0xF4 ? 0x8F : 0xBF; /* <= U+10FFFF */
	} else {
		*s += 1;
		return REPLACEMENT_CHAR;
	}
	for (int i = 1; i < n; i++) {
		if (p[i] < (i == 1 ? lo : 0x80) || p[i] > (i == 1 ? hi : 0xBF)) {
			*s += i;
			return REPLACEMENT_CHAR;
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	*s += n;
	return cp;
}

/* ---- glyph cache ------------------------------------------------------ */

/* Coverage 0..255 of pixel (x, y) of a gray or mono FreeType bitmap. */
static uint8_t
bitmap_cov(const FT_Bitmap *bm, int x, int y)
{
	const unsigned char *row = bm->buffer + (ptrdiff_t)y * bm->pitch;

	if (bm->pitch < 0) /* "up" flow: buffer holds the bottom row */
		row -= (ptrdiff_t)bm->pitch * ((int)bm->rows - 1);
	if (bm->pixel_mode == FT_PIXEL_MODE_MONO)
		return (row[x >> 3] & (0x80 >> (x & 7))) ? 255 : 0;
	if (bm->num_grays > 1 && bm->num_grays != 256)
		return (uint8_t)(row[x] * 255u / (bm->num_grays - 1));
	return row[x];
}

/* Copy the slot's rendered bitmap into a new cache entry (NULL: no memory). */
static struct glyph *
glyph_from_slot(FT_GlyphSlot slot, uint32_t cp)
{
	const FT_Bitmap *bm = &slot->bitmap;
	bool usable = bm->pixel_mode == FT_PIXEL_MODE_GRAY || bm->pixel_mode == FT_PIXEL_MODE_MONO;
	int w = usable ? (int)bm->width : 0, h = usable ? (int)bm->rows : 0;
	struct glyph *g = malloc(sizeof *g + (size_t)w * h);

	if (!g)
		return NULL;
	*g = (struct glyph){
		.cp = cp,
		.left = slot->bitmap_left,
		.top = slot->bitmap_top,
		.w = w,
		.h = h,
		.advance = (int)((slot->advance.x + 32) >> 6),
	};
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			g->cov[y * w + x] = bitmap_cov(bm, x, y);
	return g;
}

/* An empty glyph for a codepoint FreeType failed on. */
static struct glyph *
glyph_empty(uint32_t cp)
{
	struct glyph *g = calloc(1, sizeof *g);

	if (g)
		g->cp = cp;
	return g;
}

static struct glyph *
glyph_render(struct font *f, uint32_t cp)
{
	FT_Error err = FT_Load_Char(f->face, cp, FT_LOAD_RENDER | FT_LOAD_TARGET_LIGHT);

	if (!err)
		return glyph_from_slot(f->face->glyph, cp);
	if (!f->load_error_logged) {
		GLOG("font: %s %dpx: cannot render U+%04X (FreeType error 0x%x)",
		     f->face->family_name ? f->face->family_name : "face", f->px, (unsigned)cp,
		     err);
		f->load_error_logged = true;
	}
	return glyph_empty(cp);
}

/* The cached glyph for cp, rendering it on a miss; NULL only without memory. */
static struct glyph *
glyph_get(struct font *f, uint32_t cp)
{
	unsigned b = (cp ^ (cp >> 8)) & (FONT_BUCKETS - 1);
	struct glyph *g;

	for (g = f->bucket[b]; g; g = g->next)
		if (g->cp == cp)
			return g;
	if (f->nglyphs >= FONT_CACHE_MAX)
		cache_clear(f);
	g = glyph_render(f, cp);
	if (!g)
		return NULL;
	g->next = f->bucket[b];
	f->bucket[b] = g;
	f->nglyphs++;
	return g;
}

/* ---- measuring and drawing -------------------------------------------- */

int
font_measure(struct font *f, const char *utf8)
{
	int w = 0;

	if (!f || !utf8)
		return 0;
	while (*utf8) {
		struct glyph *g = glyph_get(f, utf8_next(&utf8));

		if (g)
			w += g->advance;
	}
	return w;
}

int
font_fit(struct font *f, const char *utf8, int max_w)
{
	const char *p = utf8;
	int w = 0;

	if (!f || !utf8)
		return 0;
	while (*p) {
		const char *next = p;
		struct glyph *g = glyph_get(f, utf8_next(&next));

		if (g && w + g->advance > max_w)
			break;
		w += g ? g->advance : 0;
		p = next;
	}
	return (int)(p - utf8);
}

/* Linear blend of colour rgb at coverage a (0..255) onto opaque pixel d. */
static inline uint32_t
blend_cov(uint32_t d, uint32_t rgb, unsigned a)
{
	unsigned ia = 255 - a;
	uint32_t rb = (rgb & 0xFF00FFu) * a + (d & 0xFF00FFu) * ia + 0x800080u;
	uint32_t g = (rgb & 0xFF00u) * a + (d & 0xFF00u) * ia + 0x8000u;

	rb = ((rb + ((rb >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
	g = ((g + ((g >> 8) & 0xFF00u)) >> 8) & 0xFF00u;
	return 0xFF000000u | rb | g;
}

/* Composite glyph g with its origin at pen position (x, baseline y). */
static void
glyph_draw(struct gfx_buf *dst, const struct gfx_rect *clip, const struct glyph *g, int x, int y,
           uint32_t rgb)
{
	struct gfx_rect r = gfx_clip(dst, clip, gfx_rect_make(x + g->left, y - g->top, g->w, g->h));
	int gx0 = r.x - (x + g->left), gy0 = r.y - (y - g->top);

	for (int j = 0; j < r.h; j++) {
		const uint8_t *c = g->cov + (size_t)(gy0 + j) * g->w + gx0;
		uint32_t *p = gfx_row(dst, r.x, r.y + j);

		for (int i = 0; i < r.w; i++) {
			if (c[i] == 255)
				p[i] = 0xFF000000u | rgb;
			else if (c[i])
				p[i] = blend_cov(p[i], rgb, c[i]);
		}
	}
}

int
font_draw(struct gfx_buf *dst, const struct gfx_rect *clip, struct font *f, int x, int y,
          const char *utf8, uint32_t rgb)
{
	if (!f || !utf8 || !dst)
		return x;
	rgb &= 0xFFFFFFu;
	while (*utf8) {
		struct glyph *g = glyph_get(f, utf8_next(&utf8));

		if (!g)
			continue;
		if (g->w > 0 && g->h > 0)
			glyph_draw(dst, clip, g, x, y, rgb);
		x += g->advance;
	}
	return x;
}
