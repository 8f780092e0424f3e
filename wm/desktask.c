/*
 * desktask.c - the desk's apps (see desk_impl.h): what the task manager
 * lists and ends, the marks of a crashed app, the offer to end an app that
 * does not answer a close, and Ctrl+C to a busy one.
 *
 * An app is a group of the VM (pvm/group.h): its windows are the Window
 * objects its threads made, its state and figures are its group record's.
 * The desk names apps to the wm by their groups' serials, which are never
 * reused. Ending an app drops its threads, closes its windows and removes
 * its App objects from the registry, so nothing keeps what it owned.
 *
 * An app is busy when its event thread has not waited for events
 * (Desk.wait) for BUSY_MS: Ctrl+C then interrupts it rather than reaching
 * it as a key; after NOANSWER_MS of a close unanswered the user is asked
 * whether to end it. The watch table (ephemeral) remembers, per app, the
 * close asked and the CPU time at the last refresh.
 */
#include <stdio.h>
#include <string.h>
#include "gui/glog.h"
#include "pvm/array.h"
#include "pvm/group.h"
#include "pvm/map.h"
#include "pvm/platform.h"
#include "pvm/thread.h"
#include "desk_impl.h"

#define BUSY_MS     250  /* not waiting for events this long: Ctrl+C interrupts */
#define NOANSWER_MS 2000 /* a close unanswered this long: offer to end the app */
#define REFRESH_MS  1000 /* task rows, while the task manager is open */

static bool
busy(const pv_group *r, int64_t now)
{
	return r->state == PV_G_RUNNING && !(r->flags & PV_GF_PAUSED) && !r->waiting &&
	       now - r->took_event >= BUSY_MS;
}

static struct desk_app *
watch(struct desk *d, uint32_t serial, bool add)
{
	struct desk_app *free_one = NULL;
	for (int i = 0; i < DESK_APPS; i++) {
		if (d->watch[i].serial == serial)
			return &d->watch[i];
		if (!d->watch[i].serial && !free_one)
			free_one = &d->watch[i];
	}
	if (!add || !free_one)
		return NULL;
	*free_one = (struct desk_app){ .serial = serial };
	return free_one;
}

int
desk_group_windows(struct desk *d, uint32_t g)
{
	int n = 0;
	for (int wid = 0; wid < DESK_MAX; wid++)
		n += d->slots[wid].w && desk_window_group(d, wid) == g;
	return n;
}

static void
cancel_ask(struct desk *d, uint32_t g)
{
	for (int wid = 0; wid < DESK_MAX; wid++)
		if (d->slots[wid].w && desk_window_group(d, wid) == g)
			wm_ask_end_cancel(d->wm, d->slots[wid].w);
}

/* The registry's App objects of group g: out (they hold its queue and
 * timers). */
static void
forget_apps(struct desk *d, uint32_t g)
{
	pv_value apps = desk_get(d, desk_registry(d), DF_REGISTRY_APPS);
	if (!pv_is(apps, PV_K_MAP))
		return;
	pv_map *m = (pv_map *)apps;
	for (uint32_t i = m->used; i-- > 0;) {
		pv_value k = m->ent->v[2 * i], v = m->ent->v[2 * i + 1];
		if (k != PV_TOMB && pv_is_obj(v) && pv_obj_group(pv_obj(v)) == g)
			pv_map_remove(d->vm, m, k);
	}
}

/* The registry's Windows of group g not on the screen (one whose
 * Desk.open failed, in a world made before window.ph registered windows
 * only once open): out, closed. */
static int
forget_windows(struct desk *d, uint32_t g)
{
	pv_value wins = desk_get(d, desk_registry(d), DF_REGISTRY_WINDOWS);
	if (!pv_is(wins, PV_K_ARRAY))
		return 0;
	pv_array *a = (pv_array *)wins;
	int n = 0;
	for (uint32_t i = a->len; i-- > 0;) {
		pv_value win = a->items->v[i];
		if (!pv_is_obj(win) || pv_obj_group(pv_obj(win)) != g)
			continue;
		desk_set(d, win, DF_WINDOW_CLOSED, PV_TRUE);
		pv_array_remove(a, i);
		n++;
	}
	return n;
}

/* End app g: threads, windows, registry entries. */
static void
end_app(struct desk *d, uint32_t g)
{
	pv_group *r = pv_group_at(g);
	if (!g || !r || r->state == PV_G_FREE)
		return;
	cancel_ask(d, g);
	pv_group_end(d->vm, g);
	int closed = 0;
	for (int wid = 0; wid < DESK_MAX; wid++)
		if (d->slots[wid].w && desk_window_group(d, wid) == g) {
			desk_close_slot(d, wid);
			closed++;
		}
	closed += forget_windows(d, g);
	forget_apps(d, g);
	struct desk_app *a = watch(d, r->serial, false);
	if (a)
		a->serial = 0;
	GLOG("desk: app %u (%s) ended: %d window%s closed", r->serial, r->name, closed,
	     closed == 1 ? "" : "s");
}

void
desk_on_end_task(void *ctx, uint32_t serial)
{
	end_app(ctx, pv_group_find(serial));
}

void
desk_on_resume_task(void *ctx, uint32_t serial)
{
	struct desk *d = ctx;
	uint32_t g = pv_group_find(serial);
	if (!g)
		return;
	pv_group_pause(g, false);
	if (d->wake)
		d->wake();
	GLOG("desk: app %u resumed", serial);
}

void
desk_on_taskman(void *ctx, bool open)
{
	struct desk *d = ctx;
	d->refreshed = 0; /* fresh rows at the next tick */
	if (open)
		desk_tick(d);
}

void
desk_on_ask_end(void *ctx, struct wm_window *w, bool end)
{
	struct desk *d = ctx;
	int wid = (int)(intptr_t)wm_window_user(w);
	uint32_t g = desk_window_group(d, wid);
	pv_group *r = pv_group_at(g);
	if (!g || !r)
		return;
	if (end) {
		end_app(d, g);
		return;
	}
	struct desk_app *a = watch(d, r->serial, false);
	if (a) { /* wait: ask again after as long */
		a->close_asked = (uint64_t)pv_uptime_ms();
		a->asked = false;
	}
}

bool
desk_close_asked(struct desk *d, int wid)
{
	uint32_t g = desk_window_group(d, wid);
	pv_group *r = pv_group_at(g);
	if (!g || !r)
		return true;
	if (r->state == PV_G_CRASHED) {
		end_app(d, g);
		return false;
	}
	struct desk_app *a = watch(d, r->serial, true);
	if (a && !a->close_asked)
		a->close_asked = (uint64_t)pv_uptime_ms();
	return true;
}

bool
desk_interrupt(struct desk *d, int wid)
{
	uint32_t g = desk_window_group(d, wid);
	pv_group *r = pv_group_at(g);
	if (!g || !r || !busy(r, pv_uptime_ms()))
		return false;
	if (!pv_group_interrupt(d->vm, g))
		return false;
	GLOG("desk: app %u (%s) interrupted (Ctrl+C)", r->serial, r->name);
	if (d->wake)
		d->wake();
	return true;
}

/* Tag o (its charge moves with it) as group g's. */
static void
retag(pv_value o, uint32_t g)
{
	pv_group *r = pv_group_at(g);
	if (!pv_is_obj(o) || !r || pv_obj_group(pv_obj(o)) == g)
		return;
	pv_obj_set_group(pv_obj(o), g);
	r->bytes += pv_obj(o)->size;
}

void
desk_adopt(struct desk *d)
{
	pv_value apps = desk_get(d, desk_registry(d), DF_REGISTRY_APPS);
	if (!pv_is(apps, PV_K_MAP))
		return;
	pv_map *m = (pv_map *)apps;
	int n = 0;
	for (uint32_t i = 0; i < m->used; i++) {
		pv_value th = m->ent->v[2 * i], app = m->ent->v[2 * i + 1];
		if (!pv_is(th, PV_K_THREAD) || !pv_is(app, PV_K_INST) ||
		    pv_obj_group(pv_obj(app)) || pv_obj_group(pv_obj(th)))
			continue;
		pv_thread *t = (pv_thread *)th;
		if (t->state != PV_TS_READY && t->state != PV_TS_SLEEP)
			continue;
		uint32_t g = pv_group_new(d->vm, pv_obj(app)->cls->name->s, PV_GF_APP);
		if (!g)
			return;
		retag(th, g);
		retag(app, g);
		pv_group_thread_started(t);
		for (int wid = 0; wid < DESK_MAX; wid++)
			if (d->slots[wid].w && desk_get(d, d->slots[wid].win, DF_WINDOW_APP) == app)
				retag(d->slots[wid].win, g);
		n++;
	}
	if (n)
		GLOG("desk: %d apps of an older build adopted (the task manager can end them)", n);
}

/* ---------------------------------------------------------------- the tick */

static const char *
state_of(const pv_group *r, int64_t now)
{
	if (r->state == PV_G_CRASHED)
		return "crashed";
	if (r->flags & PV_GF_PAUSED)
		return "paused";
	if (busy(r, now) && now - r->took_event >= NOANSWER_MS)
		return "not responding";
	return "running";
}

/* "desk: task manager open: Clock (running), Spin (not responding)" */
static void
log_rows(const struct wm_task *rows, int n)
{
	char line[400];
	size_t at = (size_t)snprintf(line, sizeof line, "desk: task manager open:");
	for (int i = 0; i < n && at < sizeof line; i++)
		at += (size_t)snprintf(line + at, sizeof line - at, "%s %s (%s)", i ? "," : "",
		                       rows[i].name, rows[i].state);
	GLOG("%s", line);
}

static void
refresh_rows(struct desk *d, int64_t now)
{
	struct wm_task rows[DESK_APPS];
	int n = 0;
	bool opened = !d->refreshed;
	uint64_t span =
		d->refreshed && (uint64_t)now > d->refreshed ? (uint64_t)now - d->refreshed : 0;
	for (uint32_t g = 1; g < pv_groups_count() && n < DESK_APPS; g++) {
		pv_group *r = pv_group_at(g);
		if (r->state != PV_G_RUNNING && r->state != PV_G_CRASHED)
			continue;
		struct desk_app *a = watch(d, r->serial, true);
		uint64_t ran = a && r->cpu_ns > a->cpu_ns ? r->cpu_ns - a->cpu_ns : 0;
		if (a)
			a->cpu_ns = r->cpu_ns;
		uint64_t permille = span ? ran / 1000 / span : 0; /* ns / (ms * 1000) */
		rows[n++] = (struct wm_task){
			.id = r->serial,
			.name = r->name,
			.windows = desk_group_windows(d, g),
			.threads = (int)r->threads,
			.kib = (uint32_t)(r->bytes >> 10),
			.cpu_permille = (uint32_t)(permille > 1000 ? 1000 : permille),
			.state = state_of(r, now),
		};
	}
	d->refreshed = (uint64_t)now;
	wm_set_tasks(d->wm, rows, n);
	if (opened)
		log_rows(rows, n);
}

/* The report for the crash box, which says the app crashed: without the
 * "Uncaught " the log's line starts with. */
static const char *
crash_text(const pv_group *r)
{
	const char *prefix = "Uncaught ";
	return strncmp(r->error, prefix, strlen(prefix)) == 0 ? r->error + strlen(prefix)
	                                                      : r->error;
}

/* Crashed apps' windows get their mark and the error; an app that has not
 * answered a close for NOANSWER_MS is offered to be ended. */
static void
watch_apps(struct desk *d, int64_t now)
{
	for (uint32_t g = 1; g < pv_groups_count(); g++) {
		pv_group *r = pv_group_at(g);
		if (r->state != PV_G_RUNNING && r->state != PV_G_CRASHED)
			continue;
		struct desk_app *a = watch(d, r->serial, r->state == PV_G_CRASHED);
		if (!a)
			continue;
		if (r->state == PV_G_CRASHED && !a->marked) {
			a->marked = true;
			for (int wid = 0; wid < DESK_MAX; wid++)
				if (d->slots[wid].w && desk_window_group(d, wid) == g)
					wm_window_set_crashed(d->slots[wid].w, crash_text(r));
			GLOG("desk: app %u (%s) crashed; its windows are marked", r->serial,
			     r->name);
			continue;
		}
		if (!a->close_asked || a->asked)
			continue;
		if (!desk_group_windows(d, g) || (r->waiting && !busy(r, now))) {
			a->close_asked = 0; /* it answered (closed, or kept the window) */
			continue;
		}
		if (now - (int64_t)a->close_asked < NOANSWER_MS || !busy(r, now))
			continue;
		for (int wid = 0; wid < DESK_MAX; wid++)
			if (d->slots[wid].w && desk_window_group(d, wid) == g) {
				wm_ask_end(d->wm, d->slots[wid].w, NULL);
				a->asked = true;
				GLOG("desk: app %u (%s) did not answer a close for %d ms; asked to end it",
				     r->serial, r->name, NOANSWER_MS);
				break;
			}
	}
}

/* Entries of apps gone (ended on their own, their slot reused) out of the
 * watch table, so that it never fills. */
static void
forget_gone(struct desk *d)
{
	for (int i = 0; i < DESK_APPS; i++) {
		uint32_t g = d->watch[i].serial ? pv_group_find(d->watch[i].serial) : 0;
		pv_group *r = pv_group_at(g);
		if (d->watch[i].serial && (!g || !r || r->state == PV_G_ENDED))
			d->watch[i].serial = 0;
	}
}

void
desk_tick(struct desk *d)
{
	if (!d->vm)
		return;
	int64_t now = pv_uptime_ms();
	if (now - (int64_t)d->purged >= REFRESH_MS) {
		d->purged = (uint64_t)now;
		forget_gone(d);
	}
	watch_apps(d, now);
	if (wm_taskman_shown(d->wm) && (!d->refreshed || now - (int64_t)d->refreshed >= REFRESH_MS))
		refresh_rows(d, now);
}
