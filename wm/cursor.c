/*
 * cursor.c - the pointer images, drawn at first use.
 *
 * The arrow comes from a 12x19 character map: 'B' outline (black), 'W'
 * fill (white), '.' clear. The resize double arrows are computed: a fill
 * predicate over coordinates centred on the hotspot gives the white
 * pixels, every clear pixel touching one (8-neighbourhood) is black
 * outline. Every image is one pixel larger each way for a soft shadow
 * offset by (1, 1) under the shape. Images are immutable once built.
 */
#include <stdbool.h>
#include "cursor.h"

#define ARROW_W 12
#define ARROW_H 19
#define SHADOW  GFX_ARGB(0x50, 0, 0, 0)
#define BLACK   GFX_RGB(0, 0, 0)
#define WHITE   GFX_RGB(0xFF, 0xFF, 0xFF)

#define AXIS_REACH 8                    /* straight arrows: centre to tip */
#define AXIS_HEAD  5                    /* ... head length */
#define DIAG_REACH 6                    /* diagonal arrows: centre to tip, per axis */
#define DIAG_HEAD  6                    /* ... head size (u + v from the tip) */
#define SIDE       (2 * AXIS_REACH + 4) /* image side, all resize shapes */

static const char arrow_map[ARROW_H][ARROW_W + 1] = {
	"B...........", "BB..........", "BWB.........", "BWWB........", "BWWWB.......",
	"BWWWWB......", "BWWWWWB.....", "BWWWWWWB....", "BWWWWWWWB...", "BWWWWWWWWB..",
	"BWWWWWWWWWB.", "BWWWWWWBBBBB", "BWWWBWWB....", "BWWBBWWB....", "BWB..BWWB...",
	"BB...BWWB...", "B.....BWWB..", "......BWWB..", ".......BB...",
};

static uint32_t arrow_px[(ARROW_W + 1) * (ARROW_H + 1)];
static struct gfx_buf arrow = { arrow_px, ARROW_W + 1, ARROW_H + 1, ARROW_W + 1 };
static bool arrow_built;

static uint32_t resize_px[CURSOR_NSHAPES][SIDE * SIDE];
static struct gfx_buf resize_img[CURSOR_NSHAPES];
static bool resize_built[CURSOR_NSHAPES];

static uint32_t
map_colour(char c)
{
	if (c == 'B')
		return BLACK;
	if (c == 'W')
		return WHITE;
	return 0;
}

static void
build_arrow(void)
{
	for (int y = 0; y < ARROW_H; y++) /* shadow first ... */
		for (int x = 0; x < ARROW_W; x++)
			if (arrow_map[y][x] != '.')
				arrow_px[(y + 1) * arrow.stride + x + 1] = SHADOW;
	for (int y = 0; y < ARROW_H; y++) /* ... then the arrow */
		for (int x = 0; x < ARROW_W; x++)
			if (arrow_map[y][x] != '.')
				arrow_px[y * arrow.stride + x] = map_colour(arrow_map[y][x]);
	arrow_built = true;
}

const struct gfx_buf *
cursor_arrow(int *hot_x, int *hot_y)
{
	if (!arrow_built)
		build_arrow();
	*hot_x = 0;
	*hot_y = 0;
	return &arrow;
}

/* ------------------------------------------------------------ resize */

static int
iabs(int v)
{
	return v < 0 ? -v : v;
}

/* Double arrow along u: a one-pixel shaft, triangular heads at both ends. */
static bool
fill_axis(int u, int v)
{
	int t = AXIS_REACH - iabs(u); /* distance from the nearer tip */
	if (t < 0)
		return false;
	return t < AXIS_HEAD ? iabs(v) <= t : v == 0;
}

/* Double arrow along u == v: right-angled heads with the corner at the tips. */
static bool
fill_diag(int u, int v)
{
	int r = DIAG_REACH;
	if (u == v && iabs(u) <= r)
		return true;
	if (u <= r && v <= r && u + v >= 2 * r - DIAG_HEAD)
		return true;
	return u >= -r && v >= -r && u + v <= -(2 * r - DIAG_HEAD);
}

static bool
shape_fill(enum cursor_shape s, int u, int v)
{
	switch (s) {
	case CURSOR_RESIZE_EW:
		return fill_axis(u, v);
	case CURSOR_RESIZE_NS:
		return fill_axis(v, u);
	case CURSOR_RESIZE_NWSE:
		return fill_diag(u, v);
	case CURSOR_RESIZE_NESW:
		return fill_diag(-u, v);
	default:
		return false;
	}
}

/* The colour of a resize shape at (u, v) from the hotspot: fill, outline or clear. */
static uint32_t
shape_pixel(enum cursor_shape s, int u, int v)
{
	if (shape_fill(s, u, v))
		return WHITE;
	for (int dv = -1; dv <= 1; dv++)
		for (int du = -1; du <= 1; du++)
			if (shape_fill(s, u + du, v + dv))
				return BLACK;
	return 0;
}

static void
build_resize(enum cursor_shape s)
{
	uint32_t *px = resize_px[s];
	int c = SIDE / 2 - 1; /* hotspot; the shadow takes the last row and column */

	for (int y = 0; y + 1 < SIDE; y++)
		for (int x = 0; x + 1 < SIDE; x++)
			if (shape_pixel(s, x - c, y - c))
				px[(y + 1) * SIDE + x + 1] = SHADOW;
	for (int y = 0; y + 1 < SIDE; y++)
		for (int x = 0; x + 1 < SIDE; x++) {
			uint32_t p = shape_pixel(s, x - c, y - c);
			if (p)
				px[y * SIDE + x] = p;
		}
	resize_img[s] = (struct gfx_buf){ px, SIDE, SIDE, SIDE };
	resize_built[s] = true;
}

const struct gfx_buf *
cursor_image(enum cursor_shape shape, int *hot_x, int *hot_y)
{
	if (shape <= CURSOR_ARROW || shape >= CURSOR_NSHAPES)
		return cursor_arrow(hot_x, hot_y);
	if (!resize_built[shape])
		build_resize(shape);
	*hot_x = SIDE / 2 - 1;
	*hot_y = SIDE / 2 - 1;
	return &resize_img[shape];
}
