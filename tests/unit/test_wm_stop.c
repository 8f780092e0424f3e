/*
 * test_wm_stop.c - stop and contain in the window manager (wm/stop.c):
 * the task manager opened by Ctrl+Alt+Delete and by the taskbar, its rows,
 * End / Resume / Close by pointer and keys, the selection kept by id; the
 * question whether to end an app (Wait, End now, cancel); a crashed
 * window (no input reaches its client, Close reports close). After most
 * steps the incremental screen must equal a full recompose.
 */
#include <stdio.h>
#include "gui/theme.h"
#include "test.h"
#include "wmfix.h"

#define SW 800
#define SH 600

static bool
consistent(struct fix *f)
{
	long bad = fix_unrepainted(f);
	return CHECKF(bad == 0, "%ld pixels were not repainted", bad);
}

static void
click_rect(struct fix *f, struct gfx_rect r)
{
	fix_click(f, r.x + r.w / 2, r.y + r.h / 2);
}

static const struct wm_task rows[] = {
	{ 11, "Notes", 1, 2, 1400, 3, "running" },
	{ 22, "Snake", 1, 1, 812, 970, "not responding" },
	{ 33, "Clock", 1, 1, 300, 0, "paused" },
};
#define NROWS ((int)(sizeof(rows) / sizeof(rows[0])))

static bool
open_desk(struct fix *f)
{
	if (!fix_open(f, SW, SH))
		return false;
	int a = fix_add(f, "Notes", gfx_rect_make(60, 80, 320, 220), 0, FIX_NOTES);
	if (a < 0 || !wm_set_tasks(f->wm, rows, NROWS))
		return false;
	fix_focus(f, a);
	return true;
}

TEST(wm_taskman_opens_by_keys_and_taskbar)
{
	struct fix f;
	REQUIRE(open_desk(&f));
	CHECK(!wm_taskman_shown(f.wm));
	fix_key(&f, WM_KEY_LCTRL, WM_MOD_CTRL, true);
	fix_key(&f, WM_KEY_LALT, WM_MOD_CTRL | WM_MOD_ALT, true);
	fix_tap(&f, WM_KEY_DELETE, WM_MOD_CTRL | WM_MOD_ALT);
	CHECK(wm_taskman_shown(f.wm));
	CHECK_EQ(f.log.taskman, 1);
	CHECK(f.log.taskman_open);
	CHECK_EQ(f.log.end_task, 0); /* the Delete of the keys does not end a row */
	CHECK(consistent(&f));
	int keys = f.log.input;
	fix_tap(&f, 'x', 0); /* the panel takes every key */
	fix_tap(&f, WM_KEY_TAB, WM_MOD_ALT);
	CHECK_EQ(f.log.input, keys);
	fix_tap(&f, WM_KEY_ESC, 0);
	CHECK(!wm_taskman_shown(f.wm));
	CHECK_EQ(f.log.taskman, 2);
	CHECK(!f.log.taskman_open);
	CHECK(consistent(&f));

	click_rect(&f, wm_tasks_button(f.wm)); /* the taskbar's button */
	CHECK(wm_taskman_shown(f.wm));
	CHECK(consistent(&f));
	fix_click(&f, 5, 5); /* outside: only closes it */
	CHECK(!wm_taskman_shown(f.wm));
	CHECK_EQ(f.log.taskman, 4);

	wm_taskman_open(f.wm); /* the owner's call is not reported back */
	CHECK(wm_taskman_shown(f.wm));
	CHECK_EQ(f.log.taskman, 4);
	click_rect(&f, wm_taskman_rect(f.wm, -1, WM_TASK_CLOSE));
	CHECK(!wm_taskman_shown(f.wm));
	CHECK_EQ(f.log.taskman, 5);
	fix_close(&f);
}

TEST(wm_taskman_end_and_resume_report_row_ids)
{
	struct fix f;
	REQUIRE(open_desk(&f));
	wm_taskman_open(f.wm);
	CHECK_EQ(wm_taskman_selected(f.wm), 0);
	click_rect(&f, wm_taskman_rect(f.wm, 1, WM_TASK_END));
	CHECK_EQ(f.log.end_task, 1);
	CHECK_EQ(f.log.ended, 22);
	CHECK_EQ(wm_taskman_selected(f.wm), 1);
	CHECK(gfx_rect_empty(wm_taskman_rect(f.wm, 0, WM_TASK_RESUME))); /* running */
	click_rect(&f, wm_taskman_rect(f.wm, 2, WM_TASK_RESUME));
	CHECK_EQ(f.log.resume_task, 1);
	CHECK_EQ(f.log.resumed, 33);
	CHECK(consistent(&f));

	fix_tap(&f, WM_KEY_UP, 0);
	fix_tap(&f, WM_KEY_UP, 0);
	CHECK_EQ(wm_taskman_selected(f.wm), 0);
	fix_tap(&f, WM_KEY_UP, 0); /* stays at the top */
	CHECK_EQ(wm_taskman_selected(f.wm), 0);
	fix_tap(&f, WM_KEY_DOWN, 0);
	fix_tap(&f, WM_KEY_DELETE, 0);
	CHECK_EQ(f.log.ended, 22);
	fix_tap(&f, WM_KEY_UP, 0);
	fix_tap(&f, WM_KEY_ENTER, 0);
	CHECK_EQ(f.log.end_task, 3);
	CHECK_EQ(f.log.ended, 11);
	CHECK(consistent(&f));

	/* a refresh: new order, Snake ended; the selection follows its id */
	fix_tap(&f, WM_KEY_DOWN, 0);
	struct wm_task now[] = { rows[2], rows[1], rows[0] };
	now[1].state = "ended";
	CHECK(wm_set_tasks(f.wm, now, 3));
	CHECK_EQ(wm_taskman_selected(f.wm), 1);
	CHECK(gfx_rect_empty(wm_taskman_rect(f.wm, 1, WM_TASK_END)));
	fix_tap(&f, WM_KEY_ENTER, 0); /* an ended app: nothing to end */
	CHECK_EQ(f.log.end_task, 3);
	CHECK(consistent(&f));
	CHECK(wm_set_tasks(f.wm, now, 1)); /* fewer rows: a smaller panel */
	CHECK_EQ(wm_taskman_selected(f.wm), 0);
	CHECK(consistent(&f));
	CHECK(wm_set_tasks(f.wm, NULL, 0));
	CHECK_EQ(wm_taskman_selected(f.wm), -1);
	fix_tap(&f, WM_KEY_ENTER, 0);
	CHECK_EQ(f.log.end_task, 3);
	CHECK(consistent(&f));
	fix_close(&f);
}

TEST(wm_taskman_scrolls_to_the_selection)
{
	struct fix f;
	struct wm_task many[14];
	char names[14][16];
	REQUIRE(open_desk(&f));
	for (int i = 0; i < 14; i++) {
		snprintf(names[i], sizeof(names[i]), "App %d", i);
		many[i] = (struct wm_task){
			(uint32_t)(100 + i), names[i], 1, 1, 64u << i, 0, "running"
		};
	}
	CHECK(wm_set_tasks(f.wm, many, 14));
	fix_key(&f, WM_KEY_DELETE, WM_MOD_CTRL | WM_MOD_ALT, true);
	CHECK(!gfx_rect_empty(wm_taskman_rect(f.wm, 0, WM_TASK_ROW)));
	CHECK(gfx_rect_empty(wm_taskman_rect(f.wm, 13, WM_TASK_ROW)));
	fix_tap(&f, WM_KEY_END, 0);
	CHECK_EQ(wm_taskman_selected(f.wm), 13);
	CHECK(gfx_rect_empty(wm_taskman_rect(f.wm, 0, WM_TASK_ROW)));
	CHECK(!gfx_rect_empty(wm_taskman_rect(f.wm, 13, WM_TASK_ROW)));
	CHECK(consistent(&f));
	click_rect(&f, wm_taskman_rect(f.wm, 13, WM_TASK_END));
	CHECK_EQ(f.log.ended, 113);
	fix_close(&f);
}

TEST(wm_ask_end_wait_end_cancel)
{
	struct fix f;
	REQUIRE(open_desk(&f));
	struct wm_window *w = f.win[0].w;
	struct gfx_rect c = wm_window_client(w);
	CHECK(wm_ask_end(f.wm, w, NULL));
	CHECK(wm_asking_end(w));
	CHECK(consistent(&f));
	int in = f.log.input;
	fix_click(&f, c.x + 4, c.y + 4); /* on the veil */
	fix_tap(&f, 'a', 0);
	CHECK_EQ(f.log.input, in);
	click_rect(&f, wm_window_notice_button(w, 0)); /* Wait */
	CHECK_EQ(f.log.answer, 1);
	CHECK(!f.log.answer_end);
	CHECK(f.log.answered == &f.win[0]);
	CHECK(!wm_asking_end(w));
	CHECK(consistent(&f));
	fix_click(&f, c.x + 4, c.y + 4); /* the client has its input back */
	CHECK(f.log.input > in);

	CHECK(wm_ask_end(f.wm, w, "It has not answered for 2 seconds."));
	fix_tap(&f, WM_KEY_ENTER, 0); /* End now */
	CHECK_EQ(f.log.answer, 2);
	CHECK(f.log.answer_end);
	CHECK(wm_ask_end(f.wm, w, NULL));
	wm_ask_end_cancel(f.wm, w); /* not reported */
	CHECK(!wm_asking_end(w));
	CHECK_EQ(f.log.answer, 2);
	CHECK(consistent(&f));
	CHECK(wm_ask_end(f.wm, w, NULL));
	wm_window_set_rect(w, gfx_rect_make(100, 120, 400, 260)); /* it follows */
	CHECK(consistent(&f));
	wm_window_destroy(w); /* its question goes with it */
	f.win[0].w = NULL;
	CHECK_EQ(f.log.answer, 2);
	CHECK(consistent(&f));
	fix_close(&f);
}

TEST(wm_crashed_window_blocks_input_and_closes)
{
	struct fix f;
	REQUIRE(open_desk(&f));
	struct wm_window *w = f.win[0].w;
	struct gfx_rect c = wm_window_client(w), fr = wm_window_frame(w);
	CHECK(wm_ask_end(f.wm, w, NULL));
	CHECK(wm_window_set_crashed(w, "Uncaught Error: boom\n  at Foo.bar (foo.ph:12)"));
	CHECK(wm_window_crashed(w));
	CHECK(!wm_asking_end(w)); /* the crash replaced the question */
	CHECK(!wm_ask_end(f.wm, w, NULL));
	CHECK(consistent(&f));
	CHECK_EQ(*gfx_row(&f.vram, fr.x + fr.w / 2, fr.y + 3) & 0xFFFFFF,
	         THEME_TITLE_BG_CRASH & 0xFFFFFF);
	int in = f.log.input;
	fix_click(&f, c.x + 4, c.y + 4);
	fix_pointer(&f, c.x + 30, c.y + 30, 0);
	fix_pointer(&f, c.x + 30, c.y + 30, WM_BTN_RIGHT);
	fix_pointer(&f, c.x + 30, c.y + 30, 0);
	fix_tap(&f, 'a', 0);
	fix_tap(&f, WM_KEY_ESC, 0); /* Esc presses Close */
	CHECK_EQ(f.log.input, in);
	CHECK_EQ(f.log.close, 1);
	click_rect(&f, wm_window_notice_button(w, 0));
	CHECK_EQ(f.log.close, 2);
	CHECK(f.log.closed == &f.win[0]);
	CHECK(gfx_rect_empty(wm_window_notice_button(w, 1)));
	wm_window_set_flags(w, WM_MAXIMISED); /* rebuilt at the new size */
	CHECK(consistent(&f));
	CHECK(wm_window_set_crashed(w, NULL));
	CHECK(!wm_window_crashed(w));
	CHECK(consistent(&f));
	c = wm_window_client(w);
	fix_click(&f, c.x + 4, c.y + 4);
	CHECK(f.log.input > in);
	fix_close(&f);
}
