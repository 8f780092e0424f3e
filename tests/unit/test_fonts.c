/*
 * test_fonts.c - fonts/fonts.c's table: pinned pairs stay open for good,
 * lent ones are closed least recently used first when more sizes are
 * asked for than the table holds - never the one lent last - so text in
 * a hundred sizes still draws (ASan reports a font used after closing).
 */
#include "fonts/fonts.h"
#include "test.h"

TEST(fonts_lent_sizes_never_run_out)
{
	struct font *pinned = fonts_get(FONTS_SANS, 13);
	REQUIRE(pinned);
	int h13 = font_height(pinned), bad = 0;
	for (int px = 20; px < 120; px++) {
		struct font *f = fonts_lend(FONTS_SANS, px);
		bad += !f || font_height(f) < px;
	}
	CHECK_EQ(bad, 0);
	CHECK(fonts_get(FONTS_SANS, 13) == pinned);
	CHECK_EQ(font_height(pinned), h13);
}

TEST(fonts_the_last_lent_stays_open)
{
	for (int round = 0; round < 40; round++) {
		struct font *a = fonts_lend(FONTS_MONO, 30 + round);
		struct font *b = fonts_lend(FONTS_SANS_BOLD, 80 + round);
		REQUIRE(a && b);
		CHECK(font_measure(a, "Phantom") > 0); /* a is still open after b */
		CHECK(font_measure(b, "Phantom") > 0);
	}
}
