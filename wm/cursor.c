/*
 * cursor.c - the arrow cursor, drawn from a character map at first use.
 *
 * The map is 12x19: 'B' outline (black), 'W' fill (white), '.' clear. The
 * image is one pixel larger each way for a soft shadow offset by (1, 1)
 * under the arrow; the hotspot is the tip at (0, 0).
 */
#include "cursor.h"

#define ARROW_W 12
#define ARROW_H 19
#define SHADOW  GFX_ARGB(0x50, 0, 0, 0)

static const char arrow_map[ARROW_H][ARROW_W + 1] = {
	"B...........", "BB..........", "BWB.........", "BWWB........", "BWWWB.......",
	"BWWWWB......", "BWWWWWB.....", "BWWWWWWB....", "BWWWWWWWB...", "BWWWWWWWWB..",
	"BWWWWWWWWWB.", "BWWWWWWBBBBB", "BWWWBWWB....", "BWWBBWWB....", "BWB..BWWB...",
	"BB...BWWB...", "B.....BWWB..", "......BWWB..", ".......BB...",
};

static uint32_t arrow_px[(ARROW_W + 1) * (ARROW_H + 1)];
static struct gfx_buf arrow = { arrow_px, ARROW_W + 1, ARROW_H + 1, ARROW_W + 1 };
static bool arrow_built;

static uint32_t
map_colour(char c)
{
	if (c == 'B')
		return GFX_RGB(0, 0, 0);
	if (c == 'W')
		return GFX_RGB(0xFF, 0xFF, 0xFF);
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
