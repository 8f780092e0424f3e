/*
 * test_wm_golden.c - pictures of the window manager (wm/wm.h) on an
 * 800x600 desktop, compared with checked-in golden images:
 *   wm-desktop    four windows: Files and Paint unfocused, the Terminal
 *                 focused on top (pointer on its close button), Notes
 *                 minimised (only on the taskbar);
 *   wm-maximised  Notes maximised and focused over the others, the
 *                 pointer on its restore button;
 *   wm-launcher   the desktop with the launcher open, one app hovered;
 *   wm-taskman    the task manager (Ctrl+Alt+Delete) over it: seven apps
 *                 in every state, one selected, an End button hovered;
 *   wm-ask-end    Paint asked whether to end it ("not responding");
 *   wm-crashed    Files crashed: its mark, the error and a Close button.
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

/* ------------------------------------------------------------ stop and contain */

static const struct wm_task tasks[] = {
	{ 1, "Notes", 1, 2, 1434, 4, "running" },
	{ 2, "Paint", 1, 1, 3890, 12, "running" },
	{ 3, "Terminal \xe2\x80\x94 phantom@localhost", 1, 3, 21504, 0, "running" },
	{ 4, "Snake", 1, 1, 812, 968, "not responding" },
	{ 5, "Clock", 1, 1, 298, 0, "paused" },
	{ 6, "Shell", 0, 0, 0, 0, "crashed" },
	{ 7, "Files", 0, 0, 0, 0, "ended" },
};

/* The task manager opened by Ctrl+Alt+Delete, Snake selected, the pointer
 * on Paint's End button. */
static void
open_taskman(struct fix *f)
{
	CHECK(wm_set_tasks(f->wm, tasks, (int)(sizeof(tasks) / sizeof(tasks[0]))));
	fix_key(f, WM_KEY_DELETE, WM_MOD_CTRL | WM_MOD_ALT, true);
	for (int i = 0; i < 3; i++)
		fix_tap(f, WM_KEY_DOWN, 0);
	struct gfx_rect r = wm_taskman_rect(f->wm, 1, WM_TASK_END);
	fix_pointer(f, r.x + r.w / 2, r.y + r.h / 2, 0);
}

TEST(wm_golden_taskman)
{
	struct fix f;
	REQUIRE(fix_have_fonts());
	REQUIRE(desktop(&f));
	open_taskman(&f);
	CHECK(wm_taskman_shown(f.wm));
	CHECK_EQ(wm_taskman_selected(f.wm), 3);
	golden_and_rebuild(&f, "wm-taskman", open_taskman);
	fix_close(&f);
}

/* Paint asked whether to end it, the pointer on "End now". */
static void
ask_paint(struct fix *f)
{
	CHECK(wm_ask_end(f->wm, f->win[1].w,
	                 "It has not answered for 2 seconds. Wait for it, or end it now: "
	                 "its windows close and what it was doing stops."));
	struct gfx_rect r = wm_window_notice_button(f->win[1].w, 1);
	fix_pointer(f, r.x + r.w / 2, r.y + r.h / 2, 0);
}

TEST(wm_golden_ask_end)
{
	struct fix f;
	REQUIRE(fix_have_fonts());
	REQUIRE(desktop(&f));
	fix_click(&f, 560, 200); /* Paint's client: raised and focused */
	ask_paint(&f);
	golden_and_rebuild(&f, "wm-ask-end", ask_paint);
	fix_close(&f);
}

/* Files crashed with an error and its trace. */
static void
crash_files(struct fix *f)
{
	CHECK(wm_window_set_crashed(f->win[0].w, "Uncaught Error: index 12 out of range (0..11)\n"
	                                         "  at FileList.select (files.ph:88)\n"
	                                         "  at FileList.handle (files.ph:131)\n"
	                                         "  at Window.dispatch (window.ph:402)\n"
	                                         "  ... 3 more"));
}

TEST(wm_golden_crashed)
{
	struct fix f;
	REQUIRE(fix_have_fonts());
	REQUIRE(desktop(&f));
	fix_click(&f, 60, 140); /* Files: raised and focused */
	struct gfx_rect fr = wm_window_frame(f.win[0].w);
	int x = fr.x + fr.w - 1, y = fr.y + fr.h - 1;
	fix_drag(&f, x, y, x + 150, y + 110, 4); /* larger: the whole trace shows */
	crash_files(&f);
	golden_and_rebuild(&f, "wm-crashed", crash_files);
	fix_close(&f);
}
