/*
 * desk.c - the VM's windows on the window-manager core (see desk.h).
 *
 * The truth is in the arena: each Window object (gui/lib/window.ph) holds
 * its title, normal rect (wx wy ww wh), flags and Surface; the registry
 * (global __deskreg, a DeskRegistry) holds the open windows in creation
 * order, their z-order and the focused one. The desk keeps only ephemeral
 * things: a slot per open window (wid -> wm window, Window object), and
 * the pointer buttons held. Whatever the user changes through the wm
 * (place, size, state, z-order, focus) is written back into those objects
 * at once, so a snapshot always holds the screen as it is; desk_attach on
 * a restored world rebuilds the wm from them alone.
 *
 * The fields the desk uses are those of gui/deskfields.def (the build
 * checks window.ph declares them); their indexes are found once per boot
 * in the world's own classes (resolve()), and a field is read or written
 * only in an instance of its class or a subclass.
 *
 * Input for a client becomes an Event object appended to its App's queue
 * (App.queue); the App's thread, asleep in Desk.wait, is made ready.
 * Consecutive moves over one window are merged into the last queued one,
 * and a queue holds at most QUEUE_MAX events (an app that stopped reading
 * loses the newest, and the log says so once).
 *
 * Locking: all of it runs under the world lock (desk.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "gui/deskops.h"
#include "gui/glog.h"
#include "pvm/array.h"
#include "pvm/gc.h"
#include "pvm/group.h"
#include "pvm/heap.h"
#include "pvm/str.h"
#include "desk_impl.h"

static const char *const class_names[DC_N] = {
#define DCLASS(id, name) #name,
#define DFIELD(cls, id, name)
#define DGLOBAL(id, name)
#include "gui/deskfields.def"
#undef DCLASS
#undef DFIELD
#undef DGLOBAL
};

static const struct {
	enum desk_class cls;
	const char *name;
} fields[DF_N] = {
#define DCLASS(id, name)
#define DFIELD(cls, id, name) { DC_##cls, #name },
#define DGLOBAL(id, name)
#include "gui/deskfields.def"
#undef DCLASS
#undef DFIELD
#undef DGLOBAL
};

#define DCLASS(id, name)
#define DFIELD(cls, id, name)
#define DGLOBAL(id, name) static const char *const DG_##id = #name;
#include "gui/deskfields.def"
#undef DCLASS
#undef DFIELD
#undef DGLOBAL

/* ---------------------------------------------------------------- fields */

/* The classes of deskfields.def in d's VM and their fields' indexes, found
 * the first time all the classes exist (the gui module is imported on a
 * program's first `import gui`). A field the world's class lacks (a world
 * made by another build) is logged and left alone: reads give null. */
static bool
resolve(struct desk *d)
{
	if (d->resolved)
		return true;
	if (!d->vm)
		return false;
	for (int c = 0; c < DC_N; c++) {
		pv_value v = pv_global_get(d->vm, class_names[c]);
		if (!pv_is(v, PV_K_CLASS))
			return false;
		d->cls[c] = (pv_class *)v;
	}
	for (int f = 0; f < DF_N; f++) {
		pv_class *c = d->cls[fields[f].cls];
		d->at[f] = -1;
		for (uint32_t i = 0; i < c->nfields; i++)
			if (strcmp(PV_STR(c->fields->v[i])->s, fields[f].name) == 0)
				d->at[f] = (int)i;
		if (d->at[f] < 0)
			GLOG("desk: this world's %s has no field %s; the desk leaves it alone",
			     class_names[fields[f].cls], fields[f].name);
	}
	d->resolved = true;
	return true;
}

/* obj is an instance of class c of deskfields.def, or of a subclass. */
static bool
is_a(struct desk *d, pv_value obj, enum desk_class c)
{
	if (!resolve(d) || !pv_is(obj, PV_K_INST))
		return false;
	for (pv_class *k = pv_obj(obj)->cls; k; k = k->super)
		if (k == d->cls[c])
			return true;
	return false;
}

/* Where field f is in obj, or NULL. */
static pv_value *
field(struct desk *d, pv_value obj, enum desk_field f)
{
	if (!is_a(d, obj, fields[f].cls) || d->at[f] < 0 ||
	    (uint32_t)d->at[f] >= ((pv_inst *)obj)->n)
		return NULL;
	return &((pv_inst *)obj)->f[d->at[f]];
}

pv_value
desk_get(struct desk *d, pv_value obj, enum desk_field f)
{
	pv_value *p = field(d, obj, f);
	return p ? *p : PV_NULL;
}

static int32_t
get_int(struct desk *d, pv_value obj, enum desk_field f)
{
	pv_value v = desk_get(d, obj, f);
	return pv_isint(v) ? pv_toint(v) : 0;
}

void
desk_set(struct desk *d, pv_value obj, enum desk_field f, pv_value v)
{
	pv_value *p = field(d, obj, f);
	if (p)
		PV_SET(d->vm, obj, *p, v);
}

pv_value
desk_registry(struct desk *d)
{
	return pv_global_get(d->vm, DG_REGISTRY);
}

/* ---------------------------------------------------------------- slots */

static struct slot *
slot_of(struct desk *d, int wid)
{
	if (wid < 0 || wid >= DESK_MAX || !d->slots[wid].w)
		return NULL;
	return &d->slots[wid];
}

/* The registry's z-order, from the wm's: written over the array it has
 * when that has room (no program sees it: DeskRegistry has no accessor),
 * so that closing or restacking allocates nothing, also with the heap
 * full (ending an app closes windows). */
static void
save_order(struct desk *d)
{
	pv_value reg = desk_registry(d), old = desk_get(d, reg, DF_REGISTRY_ORDER);
	if (!pv_is(reg, PV_K_INST))
		return;
	struct wm_window *z[DESK_MAX];
	uint32_t n = (uint32_t)wm_order(d->wm, z, DESK_MAX);
	pv_array *order = pv_is(old, PV_K_ARRAY) && ((pv_array *)old)->items->n >= n
	                          ? (pv_array *)old
	                          : pv_array_new(d->vm, n);
	if (!order)
		return;
	for (uint32_t i = n; i < order->len; i++)
		order->items->v[i] = PV_NULL;
	for (uint32_t i = 0; i < n; i++)
		PV_SET(d->vm, order->items, order->items->v[i],
		       d->slots[(intptr_t)wm_window_user(z[i])].win);
	order->len = n;
	if (pv_val(order) != old)
		desk_set(d, reg, DF_REGISTRY_ORDER, pv_val(order));
}

/* ---------------------------------------------------------------- events */

/* The name Event.key() gives a wm key code (docs/desktop.md). */
static pv_value
key_name(pv_vm *vm, unsigned key)
{
	const char *s = NULL;
	char one[2];
	switch (key) {
#define KEY(id, code, log, event) \
	case code:                \
		s = event;        \
		break;
#include "kernel/keys.def"
#undef KEY
	default:
		if (key >= 0x20 && key < 0x7f) {
			one[0] = (char)key;
			one[1] = 0;
			s = one;
		}
	}
	return s ? pv_intern(vm, s, strlen(s)) : PV_NULL;
}

/* UTF-32 -> a one-character String, or null. */
static pv_value
char_string(pv_vm *vm, uint32_t ch)
{
	char b[4];
	size_t n;
	if (ch == 0 || ch > 0x10FFFF || (ch >= 0xD800 && ch < 0xE000))
		return PV_NULL;
	if (ch < 0x80)
		b[0] = (char)ch, n = 1;
	else if (ch < 0x800)
		b[0] = (char)(0xC0 | ch >> 6), b[1] = (char)(0x80 | (ch & 63)), n = 2;
	else if (ch < 0x10000)
		b[0] = (char)(0xE0 | ch >> 12), b[1] = (char)(0x80 | (ch >> 6 & 63)),
		b[2] = (char)(0x80 | (ch & 63)), n = 3;
	else
		b[0] = (char)(0xF0 | ch >> 18), b[1] = (char)(0x80 | (ch >> 12 & 63)),
		b[2] = (char)(0x80 | (ch >> 6 & 63)), b[3] = (char)(0x80 | (ch & 63)), n = 4;
	return pv_str_new(vm, b, n);
}

struct ev {
	const char *kind;
	int x, y, button;
	pv_value key, ch;
	unsigned mods;
};

static void
wake_thread(struct desk *d, pv_value app)
{
	pv_value th = desk_get(d, app, DF_APP_THREAD);
	if (!pv_is(th, PV_K_THREAD))
		return;
	pv_thread *t = (pv_thread *)th;
	if (t->state == PV_TS_SLEEP) {
		t->state = PV_TS_READY;
		if (d->wake)
			d->wake();
	}
}

/* Fill Event e's fields from ev. */
static void
fill_event(struct desk *d, pv_value e, pv_value win, const struct ev *ev)
{
	pv_vm *vm = d->vm;
	desk_set(d, e, DF_EVENT_KIND, pv_intern(vm, ev->kind, strlen(ev->kind)));
	desk_set(d, e, DF_EVENT_X, pv_int(vm, ev->x));
	desk_set(d, e, DF_EVENT_Y, pv_int(vm, ev->y));
	desk_set(d, e, DF_EVENT_BUTTON, pv_mkint(ev->button));
	desk_set(d, e, DF_EVENT_KEY, ev->key);
	desk_set(d, e, DF_EVENT_CHAR, ev->ch);
	desk_set(d, e, DF_EVENT_MODS, pv_mkint((int32_t)ev->mods));
	desk_set(d, e, DF_EVENT_WINDOW, win);
}

/* Append an Event for window win to its App's queue and wake the App. */
static void
post(struct desk *d, pv_value win, const struct ev *ev)
{
	pv_vm *vm = d->vm;
	pv_value app = desk_get(d, win, DF_WINDOW_APP), q = desk_get(d, app, DF_APP_QUEUE);
	if (!pv_is(q, PV_K_ARRAY))
		return; /* a window of no App: nobody reads its events */
	pv_array *queue = (pv_array *)q;
	if (queue->len > 0 && strcmp(ev->kind, "move") == 0) {
		pv_value last = queue->items->v[queue->len - 1];
		pv_value k = desk_get(d, last, DF_EVENT_KIND);
		if (desk_get(d, last, DF_EVENT_WINDOW) == win && pv_is_str(k) &&
		    strcmp(PV_STR(k)->s, "move") == 0) {
			fill_event(d, last, win, ev);
			return;
		}
	}
	if (queue->len >= QUEUE_MAX) {
		if (!d->dropped)
			GLOG("desk: an app has %d events waiting; newer ones are dropped",
			     QUEUE_MAX);
		d->dropped = true;
		return;
	}
	pv_inst *e = resolve(d) ? pv_inst_new(vm, d->cls[DC_EVENT]) : NULL;
	if (!e)
		return;
	fill_event(d, pv_val(e), win, ev);
	pv_array_push(vm, queue, pv_val(e));
	wake_thread(d, app);
}

void
desk_post_simple(struct desk *d, pv_value win, const char *kind, int x, int y)
{
	struct ev ev = { kind, x, y, 0, PV_NULL, PV_NULL, 0 };
	post(d, win, &ev);
}

/* ---------------------------------------------------------------- wm callbacks */

static pv_value
window_of(struct desk *d, struct wm_window *w)
{
	intptr_t wid = (intptr_t)wm_window_user(w);
	return wid >= 0 && wid < DESK_MAX && d->slots[wid].w == w ? d->slots[wid].win : PV_NULL;
}

static void
on_placed(void *ctx, struct wm_window *w, struct gfx_rect r)
{
	struct desk *d = ctx;
	pv_value win = window_of(d, w);
	desk_set(d, win, DF_WINDOW_WX, pv_int(d->vm, r.x));
	desk_set(d, win, DF_WINDOW_WY, pv_int(d->vm, r.y));
	desk_set(d, win, DF_WINDOW_WW, pv_int(d->vm, r.w));
	desk_set(d, win, DF_WINDOW_WH, pv_int(d->vm, r.h));
}

static void
on_resized(void *ctx, struct wm_window *w, int cw, int ch)
{
	desk_post_simple(ctx, window_of(ctx, w), "resize", cw, ch);
}

static void
on_restacked(void *ctx)
{
	save_order(ctx);
}

static void
on_focused(void *ctx, struct wm_window *w, bool focus)
{
	struct desk *d = ctx;
	pv_value win = window_of(d, w), reg = desk_registry(d);
	if (focus)
		desk_set(d, reg, DF_REGISTRY_FOCUSED, win);
	else if (desk_get(d, reg, DF_REGISTRY_FOCUSED) == win)
		desk_set(d, reg, DF_REGISTRY_FOCUSED, PV_NULL);
	desk_post_simple(d, win, focus ? "focus" : "blur", 0, 0);
}

static void
on_state(void *ctx, struct wm_window *w, unsigned flags)
{
	struct desk *d = ctx;
	desk_set(d, window_of(d, w), DF_WINDOW_FLAGS, pv_mkint((int32_t)flags));
}

/* Is the App that owns win still running its event loop? */
static bool
app_alive(struct desk *d, pv_value win)
{
	pv_value th = desk_get(d, desk_get(d, win, DF_WINDOW_APP), DF_APP_THREAD);
	if (!pv_is(th, PV_K_THREAD))
		return false;
	uint32_t st = ((pv_thread *)th)->state;
	return st == PV_TS_READY || st == PV_TS_SLEEP;
}

static bool g_close(void *ctx, int wid);

/* Take win out of the registry's list of open windows. */
static void
unregister(struct desk *d, pv_value win)
{
	pv_value wins = desk_get(d, desk_registry(d), DF_REGISTRY_WINDOWS);
	if (!pv_is(wins, PV_K_ARRAY))
		return;
	pv_array *a = (pv_array *)wins;
	for (uint32_t i = 0; i < a->len; i++)
		if (a->items->v[i] == win) {
			pv_array_remove(a, i);
			return;
		}
}

void
desk_close_slot(struct desk *d, int wid)
{
	struct slot *s = slot_of(d, wid);
	if (!s)
		return;
	pv_value win = s->win;
	desk_set(d, win, DF_WINDOW_CLOSED, PV_TRUE);
	desk_set(d, win, DF_WINDOW_WID, PV_NULL);
	unregister(d, win);
	g_close(d, wid);
}

uint32_t
desk_window_group(struct desk *d, int wid)
{
	struct slot *s = slot_of(d, wid);
	return s ? pv_obj_group(pv_obj(s->win)) : 0;
}

/* The close button or Alt+F4: the app decides (its onClose handlers; an
 * app that does not answer is offered to be ended, desktask.c); a window
 * whose app has ended (it returned, or crashed: then the whole app goes)
 * has nobody to ask and closes at once. */
static void
on_close(void *ctx, struct wm_window *w)
{
	struct desk *d = ctx;
	int wid = (int)(intptr_t)wm_window_user(w);
	pv_value win = window_of(d, w);
	if (!desk_close_asked(d, wid))
		return; /* a crashed app: ended, its windows closed */
	if (app_alive(d, win)) {
		desk_post_simple(d, win, "close", 0, 0);
		return;
	}
	desk_close_slot(d, wid);
}

/* Pointer events become down / up per button changed, else move; the
 * pointer leaving the client area is "leave". */
static void
on_input(void *ctx, struct wm_window *w, const struct wm_input *in)
{
	struct desk *d = ctx;
	pv_value win = window_of(d, w);
	struct ev ev = { "move", in->x, in->y, 0, PV_NULL, PV_NULL, in->mods };
	if (in->type == WM_IN_KEY) {
		if (!in->pressed)
			return;
		if (in->key == 'c' && (in->mods & (WM_MOD_CTRL | WM_MOD_ALT)) == WM_MOD_CTRL &&
		    desk_interrupt(d, (int)(intptr_t)wm_window_user(w)))
			return;
		ev.kind = "key";
		ev.key = key_name(d->vm, in->key);
		ev.ch = char_string(d->vm, in->ch);
		post(d, win, &ev);
		return;
	}
	if (in->type == WM_IN_LEAVE) {
		desk_post_simple(d, win, "leave", 0, 0);
		return;
	}
	if (in->type != WM_IN_POINTER)
		return;
	if (in->dz) {
		ev.kind = "wheel";
		ev.button = in->dz;
		post(d, win, &ev);
	}
	static const unsigned bits[3] = { WM_BTN_LEFT, WM_BTN_RIGHT, WM_BTN_MIDDLE };
	unsigned changed =
		(in->buttons ^ d->buttons) & (WM_BTN_LEFT | WM_BTN_RIGHT | WM_BTN_MIDDLE);
	d->buttons = in->buttons;
	for (int b = 0; b < 3; b++)
		if (changed & bits[b]) {
			ev.kind = in->buttons & bits[b] ? "down" : "up";
			ev.button = b + 1;
			post(d, win, &ev);
		}
	if (!changed && !in->dz) {
		ev.button = 0;
		post(d, win, &ev);
	}
}

static void
on_launch(void *ctx, int app)
{
	struct desk *d = ctx;
	if (app >= 0 && app < d->napps && d->launch)
		d->launch(d->launch_ctx, d->apps[app]);
}

static const struct wm_ops desk_ops = {
	.placed = on_placed,
	.resized = on_resized,
	.restacked = on_restacked,
	.focused = on_focused,
	.state = on_state,
	.close = on_close,
	.input = on_input,
	.launch = on_launch,
	.end_task = desk_on_end_task,
	.resume_task = desk_on_resume_task,
	.taskman = desk_on_taskman,
	.ask_end_answer = desk_on_ask_end,
};

/* ---------------------------------------------------------------- gui/deskops.h */

static struct wm_window *
window_create(struct desk *d, int wid, pv_value win)
{
	struct wm_window_spec spec;
	pv_value title = desk_get(d, win, DF_WINDOW_TITLE);
	memset(&spec, 0, sizeof spec);
	spec.title = pv_is_str(title) ? PV_STR(title)->s : "";
	spec.rect = gfx_rect_make(get_int(d, win, DF_WINDOW_WX), get_int(d, win, DF_WINDOW_WY),
	                          get_int(d, win, DF_WINDOW_WW), get_int(d, win, DF_WINDOW_WH));
	spec.flags = (unsigned)get_int(d, win, DF_WINDOW_FLAGS) & (WM_MINIMISED | WM_MAXIMISED);
	gui_surface_of(d->vm, desk_get(d, win, DF_WINDOW_SURFACE), &spec.buf);
	spec.user = (void *)(intptr_t)wid;
	struct wm_window *w = wm_window_create(d->wm, &spec);
	if (w) {
		d->slots[wid] = (struct slot){ w, win };
		desk_set(d, win, DF_WINDOW_WID, pv_mkint(wid));
	}
	return w;
}

static int
open_count(struct desk *d)
{
	int n = 0;
	for (int i = 0; i < DESK_MAX; i++)
		n += d->slots[i].w != NULL;
	return n;
}

static int
g_open(void *ctx, pv_vm *vm, pv_value win)
{
	struct desk *d = ctx;
	int wid = 0;
	while (wid < DESK_MAX && d->slots[wid].w)
		wid++;
	if (wid == DESK_MAX)
		return pv_throw(vm, "Desk.open: %d windows are open already", DESK_MAX), -1;
	if (!is_a(d, win, DC_WINDOW))
		return pv_throw(vm, "Desk.open: not a Window"), -1;
	uint32_t g = pv_obj_group(pv_obj(win));
	if (g && desk_group_windows(d, g) >= APP_WINDOWS)
		return pv_throw(vm, "Desk.open: the app has %d windows open, its quota",
		                APP_WINDOWS),
		       -1;
	if (!window_create(d, wid, win))
		return pv_throw(vm, "Desk.open: out of memory"), -1;
	save_order(d);
	GLOG("desk: window %d opened (%d open)", wid, open_count(d));
	return wid;
}

static bool
g_close(void *ctx, int wid)
{
	struct desk *d = ctx;
	struct slot *s = slot_of(d, wid);
	if (!s)
		return false;
	struct wm_window *w = s->w;
	pv_value reg = desk_registry(d);
	if (desk_get(d, reg, DF_REGISTRY_FOCUSED) == s->win)
		desk_set(d, reg, DF_REGISTRY_FOCUSED, PV_NULL);
	s->w = NULL; /* callbacks from the destroy no longer see it */
	s->win = PV_NULL;
	wm_window_destroy(w);
	save_order(d);
	GLOG("desk: window %d closed (%d open)", wid, open_count(d));
	return true;
}

static bool
g_title(void *ctx, int wid, const char *utf8)
{
	struct slot *s = slot_of(ctx, wid);
	return s && wm_window_set_title(s->w, utf8);
}

static bool
g_place(void *ctx, int wid, struct gfx_rect r, unsigned flags)
{
	struct slot *s = slot_of(ctx, wid);
	if (!s)
		return false;
	wm_window_set_rect(s->w, r);
	wm_window_set_flags(s->w, flags & (WM_MINIMISED | WM_MAXIMISED));
	return true;
}

static bool
g_surface(void *ctx, int wid, const struct gfx_buf *px)
{
	struct slot *s = slot_of(ctx, wid);
	if (s)
		wm_window_set_buffer(s->w, px);
	return s != NULL;
}

static bool
g_damage(void *ctx, int wid, struct gfx_rect r)
{
	struct slot *s = slot_of(ctx, wid);
	if (s)
		wm_window_damage(s->w, &r);
	return s != NULL;
}

/* A focus change asked for by a program: the wm does not report it back,
 * so the registry and both windows' apps are told here. */
static bool
g_focus(void *ctx, int wid)
{
	struct desk *d = ctx;
	struct slot *s = slot_of(d, wid);
	if (!s)
		return false;
	struct wm_window *old = wm_focused(d->wm);
	if (old == s->w)
		return true;
	wm_focus(d->wm, s->w);
	if (wm_focused(d->wm) != s->w)
		return true; /* minimised: it cannot take the focus */
	if (old)
		on_focused(d, old, false);
	on_focused(d, s->w, true);
	return true;
}

static bool
g_raise(void *ctx, int wid)
{
	struct desk *d = ctx;
	struct slot *s = slot_of(d, wid);
	if (!s)
		return false;
	wm_raise(s->w);
	save_order(d);
	return true;
}

static struct gfx_rect
g_work(void *ctx)
{
	return wm_work_area(((struct desk *)ctx)->wm);
}

/* ---------------------------------------------------------------- the desk */

struct desk *
desk_create(struct wm_screen *s, const struct wm_fonts *fonts)
{
	struct desk *d = calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->wm = wm_create(s, fonts, &desk_ops, d);
	if (!d->wm) {
		free(d);
		return NULL;
	}
	d->gui = (struct gui_desk){ g_open,   g_close, g_title, g_place, g_surface,
		                    g_damage, g_focus, g_raise, g_work,  d };
	gui_desk_set(&d->gui);
	return d;
}

/* A restored world: a wm window for every Window the registry holds, in
 * creation order, then its z-order and focus. */
static void
rebuild(struct desk *d)
{
	pv_value reg = desk_registry(d), wins = desk_get(d, reg, DF_REGISTRY_WINDOWS),
		 order = desk_get(d, reg, DF_REGISTRY_ORDER);
	if (!pv_is(wins, PV_K_ARRAY))
		return;
	pv_array *a = (pv_array *)wins;
	int n = 0;
	for (uint32_t i = 0; i < a->len && n < DESK_MAX; i++)
		if (is_a(d, a->items->v[i], DC_WINDOW) && window_create(d, n, a->items->v[i]))
			n++;
	struct wm_window *z[DESK_MAX];
	int nz = 0;
	if (pv_is(order, PV_K_ARRAY))
		for (uint32_t i = 0; i < ((pv_array *)order)->len; i++)
			for (int k = 0; k < n; k++)
				if (d->slots[k].win == ((pv_array *)order)->items->v[i] &&
				    nz < DESK_MAX)
					z[nz++] = d->slots[k].w;
	if (nz == n)
		wm_restack(d->wm, z, nz);
	pv_value focused = desk_get(d, reg, DF_REGISTRY_FOCUSED);
	for (int k = 0; k < n; k++) {
		if (d->slots[k].win == focused)
			wm_focus(d->wm, d->slots[k].w);
		/* a widget looked hovered at the snapshot; the pointer is not there now */
		if (pv_is(desk_get(d, d->slots[k].win, DF_WINDOW_HOVERED), PV_K_INST))
			desk_post_simple(d, d->slots[k].win, "leave", 0, 0);
	}
	GLOG("desk: %d windows restored", n);
}

void
desk_attach(struct desk *d, pv_vm *vm)
{
	d->vm = vm;
	d->resolved = false;
	if (pv_is(desk_registry(d), PV_K_INST)) {
		rebuild(d);
		desk_adopt(d);
	}
}

void
desk_input(struct desk *d, const struct wm_input *ev)
{
	wm_input(d->wm, ev);
}

void
desk_set_clock(struct desk *d, int hour, int minute)
{
	wm_set_clock(d->wm, hour, minute);
}

bool
desk_set_apps(struct desk *d, const char *const *names, int n,
              void (*launch)(void *ctx, const char *name), void *ctx)
{
	char **copy = calloc((size_t)n + 1, sizeof *copy);
	if (!copy)
		return false;
	for (int i = 0; i < n; i++)
		if (!(copy[i] = strdup(names[i])))
			return false;
	for (int i = 0; i < d->napps; i++)
		free(d->apps[i]);
	free(d->apps);
	d->apps = copy;
	d->napps = n;
	d->launch = launch;
	d->launch_ctx = ctx;
	return wm_set_apps(d->wm, names, n);
}

void
desk_on_wake(struct desk *d, void (*fn)(void))
{
	d->wake = fn;
}

int
desk_windows(struct desk *d, pv_value *out, int max)
{
	int n = 0;
	for (int i = 0; i < DESK_MAX && n < max; i++)
		if (d->slots[i].w)
			out[n++] = d->slots[i].win;
	return n;
}

const char *
desk_window_title(struct desk *d, pv_value win)
{
	pv_value t = desk_get(d, win, DF_WINDOW_TITLE);
	return pv_is_str(t) ? PV_STR(t)->s : "";
}
