/*
 * golden.c - compare rendered images with checked-in golden PNGs.
 *
 * The rendering under test is always written to build/host/golden/ so a
 * failure can be looked at (NAME.png, and NAME-diff.png with differing
 * pixels in red over a dimmed copy). Images are compared as RGB: screens
 * are XRGB, so alpha is forced opaque before writing. Host only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

#define OUT_DIR "build/host/golden"

static bool
opaque_copy(const struct gfx_buf *src, struct gfx_buf *dst)
{
	if (!gfx_buf_alloc(dst, src->w, src->h))
		return false;
	for (int y = 0; y < src->h; y++)
		for (int x = 0; x < src->w; x++)
			*gfx_row(dst, x, y) = *gfx_row(src, x, y) | 0xFF000000u;
	return true;
}

static int
channel_diff(uint32_t a, uint32_t b)
{
	int m = 0;
	for (int sh = 0; sh < 24; sh += 8) {
		int d = (int)(a >> sh & 0xFF) - (int)(b >> sh & 0xFF);
		d = d < 0 ? -d : d;
		m = d > m ? d : m;
	}
	return m;
}

/* Count pixels off by more than the tolerance; mark them in diff. */
static long
count_diff(const struct gfx_buf *got, const struct gfx_buf *want, struct gfx_buf *diff, int *worst)
{
	long bad = 0;
	*worst = 0;
	for (int y = 0; y < got->h; y++)
		for (int x = 0; x < got->w; x++) {
			uint32_t g = *gfx_row(got, x, y), w = *gfx_row(want, x, y);
			int d = channel_diff(g, w);
			*worst = d > *worst ? d : *worst;
			*gfx_row(diff, x, y) = d > GOLDEN_TOLERANCE
			                               ? GFX_RGB(255, 0, 0)
			                               : (g >> 2 & 0x3F3F3Fu) | 0xFF000000u;
			bad += d > GOLDEN_TOLERANCE;
		}
	return bad;
}

static bool
compare(const char *name, const struct gfx_buf *got, const char *gpath)
{
	struct gfx_buf want, diff;
	const char *why;
	char dpath[512];
	if (!gui_png_read(gpath, &want, &why))
		return test_check(false, __FILE__, __LINE__,
		                  "golden %s: no usable image %s (%s); look at " OUT_DIR
		                  "/%s.png and bless it: make bless (or "
		                  "PHANTOM_BLESS=1 build/host/unit-tests %s golden)",
		                  name, gpath, why, name, test_dir());
	bool ok = test_check(want.w == got->w && want.h == got->h, __FILE__, __LINE__,
	                     "golden %s: size %dx%d, golden %dx%d", name, got->w, got->h, want.w,
	                     want.h);
	if (ok && gfx_buf_alloc(&diff, got->w, got->h)) {
		int worst;
		long bad = count_diff(got, &want, &diff, &worst);
		long limit = (long)got->w * got->h * GOLDEN_MAX_PERMILLE / 1000;
		snprintf(dpath, sizeof(dpath), OUT_DIR "/%s-diff.png", name);
		if (bad)
			gui_png_write(dpath, &diff, &why);
		else
			remove(dpath); /* no stale diff from a past run */
		ok = test_check(bad <= limit, __FILE__, __LINE__,
		                "golden %s: %ld pixels differ by more than %d (limit "
		                "%ld, worst %d); see %s",
		                name, bad, GOLDEN_TOLERANCE, limit, worst, dpath);
		gfx_buf_free(&diff);
	}
	gfx_buf_free(&want);
	return ok;
}

bool
test_golden(const char *name, const struct gfx_buf *img)
{
	struct gfx_buf got;
	char out[512], gpath[512];
	const char *why;
	const char *bless = getenv("PHANTOM_BLESS");
	bool ok;

	if (!test_check(opaque_copy(img, &got), __FILE__, __LINE__, "out of memory"))
		return false;
	snprintf(out, sizeof(out), OUT_DIR "/%s.png", name);
	snprintf(gpath, sizeof(gpath), "%s/golden/%s.png", test_dir(), name);
	ok = test_check(gui_png_write(out, &got, &why), __FILE__, __LINE__, "cannot write %s: %s",
	                out, why);
	if (ok && bless && strcmp(bless, "1") == 0) {
		ok = test_check(gui_png_write(gpath, &got, &why), __FILE__, __LINE__,
		                "cannot bless %s: %s", gpath, why);
		if (ok)
			printf("  blessed %s\n", gpath);
	} else if (ok) {
		ok = compare(name, &got, gpath);
	}
	gfx_buf_free(&got);
	return ok;
}
