/*
 * stop.c - stop and contain (issue 12), the window manager's part: the
 * task manager, the question whether to end an app that does not answer,
 * and the mark of a crashed window (the model is in wm.h).
 *
 * All of it is drawn here in C from copies of what the owner said, so it
 * works while the VM that runs the apps is stuck in a loop or out of
 * memory; the user's answers go back through struct wm_ops. Invariants:
 * - the task manager's "tasks active" look on the taskbar is on exactly
 *   while the panel is open, and the launcher is then closed;
 * - a window has at most one notice; w->crashed holds exactly while its
 *   notice is a NOTICE_CRASH, and a crash replaces a question;
 * - a notice leaves the window the moment it is answered, before the
 *   owner hears the answer (so the owner may destroy the window then).
 * Portable: kernel and host.
 */
#include <stdio.h>
#include "gui/theme.h"
#include "wm_impl.h"

#define ASK_TITLE "%s is not responding"
#define ASK_TEXT                                                                 \
	"It has not answered for a few seconds. You can wait for it, or end it " \
	"now: its windows close and what it was doing stops."
#define CRASH_TITLE "%s crashed"
#define TITLE_MAX   160

/* ------------------------------------------------------------ task manager */

bool
wm_set_tasks(struct wm *wm, const struct wm_task *t, int n)
{
	return taskman_set(&wm->tasks, t, n);
}

static void
show(struct wm *wm, bool open)
{
	if (open) {
		wm_menu_show(wm, false);
		open = taskman_open(&wm->tasks, wm->screen);
	} else {
		taskman_close(&wm->tasks);
	}
	taskbar_set_tasks_active(&wm->bar, open);
}

void
wm_taskman_open(struct wm *wm)
{
	show(wm, true);
}

void
wm_taskman_close(struct wm *wm)
{
	show(wm, false);
}

void
wm_taskman_show(struct wm *wm, bool open)
{
	bool was = taskman_is_open(&wm->tasks);
	show(wm, open);
	if (taskman_is_open(&wm->tasks) != was)
		WM_NOTIFY(wm, taskman, !was);
}

bool
wm_taskman_shown(const struct wm *wm)
{
	return taskman_is_open(&wm->tasks);
}

int
wm_taskman_selected(const struct wm *wm)
{
	return wm->tasks.sel;
}

struct gfx_rect
wm_taskman_rect(const struct wm *wm, int row, enum wm_task_part part)
{
	return taskman_rect(&wm->tasks, row, part);
}

/* End (or resume) row i's app, if it offers that. */
static void
act(struct wm *wm, int i, enum wm_task_part part)
{
	struct taskman *t = &wm->tasks;
	if (part == WM_TASK_END && taskman_can_end(t, i))
		WM_NOTIFY(wm, end_task, t->rows[i].id);
	else if (part == WM_TASK_RESUME && taskman_can_resume(t, i))
		WM_NOTIFY(wm, resume_task, t->rows[i].id);
}

void
wm_taskman_press(struct wm *wm, struct taskman_hit h)
{
	if (h.part == WM_TASK_CLOSE) {
		wm_taskman_show(wm, false);
	} else if (h.row >= 0) {
		taskman_select(&wm->tasks, h.row);
		act(wm, h.row, (enum wm_task_part)h.part);
	}
}

bool
wm_stop_key(struct wm *wm, const struct wm_input *ev)
{
	struct taskman *t = &wm->tasks;
	unsigned both = WM_MOD_CTRL | WM_MOD_ALT;

	if (ev->pressed && (ev->mods & both) == both && ev->key == WM_KEY_DELETE) {
		wm_taskman_show(wm, true);
		return true;
	}
	if (!taskman_is_open(t))
		return false;
	if (!ev->pressed)
		return true;
	switch (ev->key) {
	case WM_KEY_ESC:
		wm_taskman_show(wm, false);
		break;
	case WM_KEY_UP:
	case WM_KEY_DOWN:
		taskman_select(t, t->sel + (ev->key == WM_KEY_UP ? -1 : 1));
		break;
	case WM_KEY_PGUP:
	case WM_KEY_PGDN:
		taskman_select(t, t->sel + (ev->key == WM_KEY_PGUP ? -1 : 1) * THEME_TASKMAN_ROWS);
		break;
	case WM_KEY_HOME:
	case WM_KEY_END:
		taskman_select(t, ev->key == WM_KEY_HOME ? 0 : t->n - 1);
		break;
	case WM_KEY_ENTER:
	case WM_KEY_DELETE:
		act(wm, t->sel, WM_TASK_END);
		break;
	case 'r':
		act(wm, t->sel, WM_TASK_RESUME);
		break;
	default:
		break;
	}
	return true;
}

/* ------------------------------------------------------------ notices */

/* Put notice n over w (replacing any), or take it off (n NULL). */
static void
set_notice(struct wm_window *w, struct notice *n)
{
	struct wm *wm = w->wm;
	if (wm->noticed == w)
		wm->noticed = NULL;
	notice_free(w->notice);
	w->notice = n;
	w->crashed = n && n->kind == NOTICE_CRASH;
	if (n) {
		wm_route_block(wm, w);
		notice_place(n, w->client, !(w->flags & WM_MINIMISED));
		/* just above the body: below what is above it */
		wm_surface_add_below(wm->screen, &n->surf, w->body.above);
	}
	wm_window_redraw(w);
	wm_sync_taskbar(wm);
}

static struct notice *
new_notice(struct wm_window *w, enum notice_kind kind, const char *fmt, const char *text)
{
	char title[TITLE_MAX];
	snprintf(title, sizeof(title), fmt, w->title[0] ? w->title : "The app");
	return notice_new(kind, title, text, w->wm->fonts.text, w->wm->fonts.title);
}

bool
wm_ask_end(struct wm *wm, struct wm_window *w, const char *text)
{
	if (w->crashed)
		return false;
	struct notice *n = new_notice(w, NOTICE_ASK, ASK_TITLE, text ? text : ASK_TEXT);
	if (!n)
		return false;
	set_notice(w, n);
	return true;
}

void
wm_ask_end_cancel(struct wm *wm, struct wm_window *w)
{
	if (wm_asking_end(w))
		set_notice(w, NULL);
}

bool
wm_asking_end(const struct wm_window *w)
{
	return w->notice && w->notice->kind == NOTICE_ASK;
}

bool
wm_window_set_crashed(struct wm_window *w, const char *message)
{
	struct notice *n = NULL;
	if (!message) {
		if (w->crashed)
			set_notice(w, NULL);
		return true;
	}
	if (!(n = new_notice(w, NOTICE_CRASH, CRASH_TITLE, message)))
		return false;
	set_notice(w, n);
	return true;
}

bool
wm_window_crashed(const struct wm_window *w)
{
	return w->crashed;
}

struct gfx_rect
wm_window_notice_button(const struct wm_window *w, int i)
{
	if (!w->notice || (w->flags & WM_MINIMISED))
		return gfx_rect_make(0, 0, 0, 0);
	return notice_button(w->notice, i);
}

void
wm_notice_act(struct wm_window *w, int i)
{
	struct wm *wm = w->wm;
	struct notice *n = w->notice;

	if (!n || i < 0 || i >= notice_buttons(n))
		return;
	if (n->kind == NOTICE_CRASH) {
		WM_NOTIFY(wm, close, w);
		return;
	}
	bool end = notice_is_yes(n, i);
	set_notice(w, NULL);
	WM_NOTIFY(wm, ask_end_answer, w, end);
}

void
wm_notice_key(struct wm_window *w, const struct wm_input *ev)
{
	if (!ev->pressed || !w->notice)
		return;
	if (ev->key == WM_KEY_ENTER || ev->key == WM_KEY_ESC)
		wm_notice_act(w, notice_key_button(w->notice, ev->key == WM_KEY_ENTER));
}
