/*
 * image.c - PNG/JPEG decoding with stb_image, and cover-scaling.
 *
 * stb_image (Debian's libstb-dev, copied into build/include by the Makefile)
 * is compiled here once, configured for a kernel: memory only (no stdio),
 * PNG and JPEG only, no floating point (no HDR, no linear), no SIMD (the
 * kernel has no SSE, and the host must decode bit-identically), no
 * thread-local error slot (the kernel has no TLS), images at most
 * IMAGE_MAX_DIM on a side. An internal stb_image assertion is logged
 * instead of stopping the system.
 * Decoded RGBA bytes are rewritten in place as 0xAARRGGBB words, so the
 * buffer stb_image allocated is the one image_free() releases.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "glog.h"
#include "image.h"

#define IMAGE_MAX_DIM 16384

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_NO_STDIO
#define STBI_NO_HDR
#define STBI_NO_LINEAR
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_SIMD
#define STBI_NO_THREAD_LOCALS
#define STBI_MAX_DIMENSIONS IMAGE_MAX_DIM
#define STBI_MALLOC(n)      malloc(n)
#define STBI_REALLOC(p, n)  realloc(p, n)
#define STBI_FREE(p)        free(p)
#define STBI_ASSERT(x)      ((x) ? (void)0 : (void)GLOG("image: stb_image check failed: %s", #x))

/* STB_IMAGE_STATIC leaves unused prototypes behind; gcc reports those at
 * the end of the file, so this one stays off for the whole file. */
#pragma GCC diagnostic ignored "-Wunused-function"
/* stb_image's JPEG IDCT overflows int on corrupt coefficients; wrapping
 * makes that defined (garbage pixels, as intended) for the kernel and for
 * the host's UBSan build alike. Only stb_image's functions get -fwrapv. */
#pragma GCC push_options
#pragma GCC optimize("wrapv")
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#include "stb_image.h"
#pragma GCC diagnostic pop
#pragma GCC pop_options

/* ---- JPEG pre-check ----------------------------------------------------- */

/*
 * This stb_image builds a Huffman table from its 16 code-length counts
 * without checking that they total at most 256 (the table's size), so a
 * corrupt DHT segment overruns the decoder's state - function pointers
 * included. Every DHT segment is therefore checked here first, found by the
 * same walk stb_image makes: length-prefixed segments, and between them (or
 * in entropy-coded data) a scan for 0xFF followed by a marker byte.
 * Bytes past the end read as 0, as stb_image reads them.
 */
static unsigned
byte_at(const uint8_t *p, size_t n, size_t i)
{
	return i < n ? p[i] : 0;
}

/* Tables of the DHT segment whose length field is at p[i]; false if bad. */
static bool
dht_ok(const uint8_t *p, size_t n, size_t i)
{
	long left = (long)(byte_at(p, n, i) << 8 | byte_at(p, n, i + 1)) - 2;

	for (i += 2; left > 0 && i < n;) {
		unsigned total = 0;

		for (int k = 1; k <= 16; k++)
			total += byte_at(p, n, i + k);
		if (total > 256)
			return false;
		i += 17 + total;
		left -= 17 + (long)total;
	}
	return true;
}

static bool
jpeg_tables_ok(const uint8_t *p, size_t n)
{
	size_t i = 2; /* after SOI */

	while (i + 1 < n) {
		unsigned m = p[i + 1];

		if (p[i] != 0xFF || m == 0xFF) {
			i++; /* entropy data or fill byte */
		} else if (m == 0x00 || m == 0x01 || m == 0xD8 || (m >= 0xD0 && m <= 0xD7)) {
			i += 2; /* stuffed 0xFF, TEM, SOI, RSTn */
		} else if (m == 0xD9) {
			return true; /* EOI: stb_image stops here */
		} else {
			if (m == 0xC4 && !dht_ok(p, n, i + 2))
				return false;
			i += 2 + (byte_at(p, n, i + 2) << 8 | byte_at(p, n, i + 3));
		}
	}
	return true;
}

/* RGBA bytes -> 0xAARRGGBB words, in place (same size, same buffer). */
static void
rgba_to_argb(uint8_t *p, size_t n)
{
	uint32_t *out = (uint32_t *)(void *)p;

	for (size_t i = 0; i < n; i++, p += 4)
		out[i] = (uint32_t)p[3] << 24 | (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
}

bool
image_decode(const void *data, size_t len, struct gfx_buf *out, const char **why)
{
	int w, h, comp;
	stbi_uc *px;
	const char *dummy;

	if (!why)
		why = &dummy;
	*out = (struct gfx_buf){ 0 };
	if (!data || len == 0 || len > INT_MAX) {
		*why = "no data or too large";
		return false;
	}
	if (len >= 2 && ((const uint8_t *)data)[0] == 0xFF && ((const uint8_t *)data)[1] == 0xD8 &&
	    !jpeg_tables_ok(data, len)) {
		*why = "corrupt JPEG (bad Huffman table)";
		return false;
	}
	px = stbi_load_from_memory(data, (int)len, &w, &h, &comp, 4);
	if (!px) {
		*why = stbi_failure_reason();
		if (!*why)
			*why = "unknown decoding error";
		return false;
	}
	rgba_to_argb(px, (size_t)w * h);
	*out = (struct gfx_buf){ .px = (uint32_t *)(void *)px, .w = w, .h = h, .stride = w };
	*why = NULL;
	return true;
}

void
image_free(struct gfx_buf *img)
{
	if (!img)
		return;
	stbi_image_free(img->px);
	*img = (struct gfx_buf){ 0 };
}

/* ---- cover scaling ------------------------------------------------------ */

/*
 * Source positions are 16.16 fixed point. Every destination pixel centre
 * maps back to a source position; the four pixels around it are mixed with
 * 8-bit weights, two channels per multiply (lanes 0x00FF00FF never carry:
 * 255 * 256 < 65536).
 */
static inline uint32_t
lerp_px(uint32_t a, uint32_t b, uint32_t f)
{
	uint32_t g = 256 - f;
	uint32_t rb = ((a & 0xFF00FFu) * g + (b & 0xFF00FFu) * f) >> 8;
	uint32_t ag = ((a >> 8) & 0xFF00FFu) * g + ((b >> 8) & 0xFF00FFu) * f;

	return (rb & 0xFF00FFu) | (ag & 0xFF00FF00u);
}

struct axis {
	int32_t start; /* 16.16 source position of output pixel 0 */
	int32_t step;  /* 16.16 source distance between pixels */
	int32_t max;   /* 16.16 position of the last source pixel */
};

/*
 * Map output [0, dn) onto the centred window of [0, sn) of width dn*step.
 * With sn <= IMAGE_MAX_DIM every position fits 32 bits (2^14 << 16 = 2^30),
 * so the per-pixel loop has no 64-bit arithmetic (it runs under TCG).
 */
static struct axis
axis_make(int sn, int dn, int32_t step)
{
	int64_t window = (int64_t)step * dn;
	int64_t off = (((int64_t)sn << 16) - window) / 2;

	return (struct axis){ (int32_t)(off + step / 2 - 0x8000), step, (int32_t)(sn - 1) << 16 };
}

static inline int32_t
axis_clamp(const struct axis *a, int32_t u)
{
	return u < 0 ? 0 : u > a->max ? a->max : u;
}

static void
scale_row(const struct gfx_buf *src, const struct axis *ax, int32_t v, uint32_t *out, int dw)
{
	int sy = v >> 16;
	uint32_t fy = (uint32_t)(v >> 8) & 0xFF;
	const uint32_t *r0 = gfx_row(src, 0, sy);
	const uint32_t *r1 = gfx_row(src, 0, sy + 1 < src->h ? sy + 1 : sy);
	int32_t u = ax->start;

	for (int x = 0; x < dw; x++, u += ax->step) {
		int32_t c = axis_clamp(ax, u);
		int sx = c >> 16, sx1 = sx + 1 < src->w ? sx + 1 : sx;
		uint32_t fx = (uint32_t)(c >> 8) & 0xFF;
		uint32_t top = lerp_px(r0[sx], r0[sx1], fx);
		uint32_t bot = lerp_px(r1[sx], r1[sx1], fx);

		out[x] = lerp_px(top, bot, fy);
	}
}

bool
image_scale_cover(const struct gfx_buf *src, struct gfx_buf *dst)
{
	if (!src || !dst || !src->px || !dst->px || src->w <= 0 || src->h <= 0 || dst->w <= 0 ||
	    dst->h <= 0 || src->w > IMAGE_MAX_DIM || src->h > IMAGE_MAX_DIM ||
	    dst->w > IMAGE_MAX_DIM || dst->h > IMAGE_MAX_DIM)
		return false;
	/* The smaller of the two ratios src/dst makes the image cover dst;
	 * at least 1/65536 so that a huge upscale still moves. */
	int32_t sx = (int32_t)(((int64_t)src->w << 16) / dst->w);
	int32_t sy = (int32_t)(((int64_t)src->h << 16) / dst->h);
	int32_t step = sx < sy ? sx : sy;

	if (step < 1)
		step = 1;
	struct axis ax = axis_make(src->w, dst->w, step);
	struct axis ay = axis_make(src->h, dst->h, step);
	int32_t v = ay.start;

	for (int y = 0; y < dst->h; y++, v += ay.step)
		scale_row(src, &ax, axis_clamp(&ay, v), gfx_row(dst, 0, y), dst->w);
	return true;
}
