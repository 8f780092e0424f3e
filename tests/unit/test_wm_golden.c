/*
 * test_wm_golden.c - pictures of the window manager (wm/wm.h) on an
 * 800x600 desktop, compared with checked-in golden images:
 *   wm-desktop    four windows: Files and Paint unfocused, the Terminal
 *                 focused on top (pointer on its close button), Notes
 *                 minimised (only on the taskbar);
 *   wm-maximised  Notes maximised and focused over the others, the
 *                 pointer on its restore button;
 *   wm-launcher   the desktop with the launcher open, one app hovered.
 * Each is reached through input, as a user would, and must survive
 * fix_rebuild() pixel for pixel. Needs the DejaVu fonts.
 */
#include "wm/frame.h"
#include "gui/theme.h"
#include "test.h"
#include "wmfix.h"

#define SCREEN_W 800
#define SCREEN_H 600

/* Files, Paint, Terminal (focused) and a minimised Notes. */
static bool
desktop(struct fix *f)
{
	if (!fix_open(f, SCREEN_W, SCREEN_H))
		return false;
	int files = fix_add(f, "Files", gfx_rect_make(40, 70, 300, 200), 0, FIX_FILES);
	int paint = fix_add(f, "Paint", gfx_rect_make(260, 140, 330, 230), 0, FIX_PAINT);
	int notes = fix_add(f, "Notes", gfx_rect_make(420, 60, 320, 220), 0, FIX_NOTES);
	int term = fix_add(f, "Terminal \xe2\x80\x94 phantom@localhost: ~/apps",
	                   gfx_rect_make(120, 330, 420, 130), 0, FIX_TERM);
	if (files < 0 || paint < 0 || notes < 0 || term < 0)
		return false;
	fix_click(f, 60, 140); /* Files' client: raise and focus */
	int x, y;
	fix_button_point(f, notes, WM_PART_MIN, &x, &y);
	fix_click(f, x, y); /* Notes minimised */
	fix_title_point(f, term, &x, &y);
	fix_drag(f, x, y, x + 20, y - 10, 4); /* Terminal moved, focused, on top */
	fix_button_point(f, term, WM_PART_CLOSE, &x, &y);
	fix_pointer(f, x, y, 0); /* close button lit */
	fix_compose(f);
	return true;
}

/*
 * The picture, and the same picture after a rebuild from the owner's
 * truth; redo (if given) then repeats what is not truth (an open menu).
 */
static void
golden_and_rebuild(struct fix *f, const char *name, void (*redo)(struct fix *))
{
	fix_compose(f);
	test_golden(name, &f->vram);
	CHECK(fix_truth_matches(f));
	struct gfx_buf before;
	if (!CHECK(gfx_buf_alloc(&before, f->w, f->h)))
		return;
	gfx_blit(&before, NULL, 0, 0, &f->vram, NULL);
	CHECK(fix_rebuild(f));
	if (redo) {
		redo(f);
		fix_compose(f);
	}
	long diff = 0;
	for (int y = 0; y < f->h; y++)
		for (int x = 0; x < f->w; x++)
			diff += (*gfx_row(&before, x, y) ^ *gfx_row(&f->vram, x, y)) & 0xFFFFFF ? 1
			                                                                        : 0;
	CHECKF(diff == 0, "%s: %ld pixels differ after the rebuild", name, diff);
	gfx_buf_free(&before);
}

TEST(wm_golden_desktop)
{
	struct fix f;
	REQUIRE(fix_have_fonts());
	REQUIRE(desktop(&f));
	CHECK_EQ(wm_window_flags(f.win[2].w), WM_MINIMISED);
	CHECK(wm_focused(f.wm) == f.win[3].w);
	golden_and_rebuild(&f, "wm-desktop", NULL);
	fix_close(&f);
}

TEST(wm_golden_maximised)
{
	struct fix f;
	int x, y;
	REQUIRE(fix_have_fonts());
	REQUIRE(desktop(&f));
	fix_key(&f, WM_KEY_LALT, WM_MOD_ALT, true);
	fix_tap(&f, WM_KEY_TAB, WM_MOD_ALT); /* Files: the next most recent */
	fix_tap(&f, WM_KEY_TAB, WM_MOD_ALT); /* Paint */
	fix_tap(&f, WM_KEY_TAB, WM_MOD_ALT); /* Notes, minimised: last */
	fix_key(&f, WM_KEY_LALT, 0, false);
	CHECK(wm_focused(f.wm) == f.win[2].w);
	fix_button_point(&f, 2, WM_PART_MAX, &x, &y);
	fix_click(&f, x, y);
	CHECK_EQ(wm_window_flags(f.win[2].w), WM_MAXIMISED);
	fix_button_point(&f, 2, WM_PART_MAX, &x, &y);
	fix_pointer(&f, x, y, 0);
	golden_and_rebuild(&f, "wm-maximised", NULL);
	fix_close(&f);
}

/* Open the launcher with the pointer on its second app. */
static void
open_launcher(struct fix *f)
{
	int menu_h = THEME_MENU_HEAD_H + 5 * THEME_MENU_ITEM_H + THEME_MENU_PAD;
	int top = SCREEN_H - THEME_TASKBAR_H - THEME_TASKBAR_PAD - menu_h;
	fix_click(f, 30, SCREEN_H - THEME_TASKBAR_H / 2); /* the start button */
	fix_pointer(f, 60, top + THEME_MENU_HEAD_H + 3 * THEME_MENU_ITEM_H / 2, 0);
}

TEST(wm_golden_launcher)
{
	struct fix f;
	REQUIRE(fix_have_fonts());
	REQUIRE(desktop(&f));
	open_launcher(&f);
	CHECK(wm_launcher_shown(f.wm));
	golden_and_rebuild(&f, "wm-launcher", open_launcher);
	fix_close(&f);
}
