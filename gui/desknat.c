/*
 * desknat.c - the Desk natives: what gui/lib/window.ph asks of the window
 * system (through gui/deskops.h), and Desk.wait, the blocking call an App's
 * event loop sits in.
 *
 * Desk.wait(queue, ms) takes the first Event of the app's queue (an Array
 * the desk appends to). With none it blocks, restartably (pv_wait): the
 * call runs again when the desk wakes the thread or the time comes - also
 * after a restore.
 */
#include <string.h>
#include "gui/deskops.h"
#include "gui/theme.h"
#include "guinat.h"
#include "pvm/group.h"
#include "pvm/platform.h"

static const struct gui_desk *desk;

void
gui_desk_set(const struct gui_desk *d)
{
	desk = d;
}

static int
no_desk(pv_vm *vm)
{
	return pv_throw(vm, "no window system here (this runner shows no windows)");
}

/* wid argument 1, or -1 after throwing. */
static int
wid_arg(pv_vm *vm, pv_value *a)
{
	int err = 0;
	int32_t wid = pv_check_int(vm, a, 1, &err);
	if (err)
		return -1;
	if (!desk) {
		no_desk(vm);
		return -1;
	}
	return wid;
}

static int
done(pv_vm *vm, pv_value *a, bool ok, int wid)
{
	if (!ok)
		return pv_throw(vm, "Desk: window %d is not open", wid);
	a[0] = PV_NULL;
	return PV_OK;
}

int
gn_desk_open(pv_vm *vm, pv_value *a, int n)
{
	if (!desk)
		return no_desk(vm);
	int wid = desk->open(desk->ctx, vm, a[1]);
	if (wid < 0)
		return PV_ERR;
	a[0] = pv_mkint(wid);
	return PV_OK;
}

int
gn_desk_close(pv_vm *vm, pv_value *a, int n)
{
	int wid = wid_arg(vm, a);
	return wid < 0 ? PV_ERR : done(vm, a, desk->close(desk->ctx, wid), wid);
}

int
gn_desk_title(pv_vm *vm, pv_value *a, int n)
{
	int err = 0, wid = wid_arg(vm, a);
	pv_value s = wid < 0 ? PV_NULL : pv_check_str(vm, a, 2, &err);
	if (wid < 0 || err)
		return PV_ERR;
	return done(vm, a, desk->title(desk->ctx, wid, PV_STR(s)->s), wid);
}

/* place(wid, x, y, w, h, flags): the Window's normal rect and state. */
int
gn_desk_place(pv_vm *vm, pv_value *a, int n)
{
	int err = 0, wid = wid_arg(vm, a);
	int32_t v[5];
	for (int i = 0; i < 5 && !err && wid >= 0; i++)
		v[i] = pv_check_int(vm, a, 2 + i, &err);
	if (wid < 0 || err)
		return PV_ERR;
	return done(
		vm, a,
		desk->place(desk->ctx, wid, gfx_rect_make(v[0], v[1], v[2], v[3]), (unsigned)v[4]),
		wid);
}

int
gn_desk_surface(pv_vm *vm, pv_value *a, int n)
{
	int err = 0, wid = wid_arg(vm, a);
	pv_inst *s = wid < 0 ? NULL : gui_check(vm, a, 2, GUI_C_SURFACE, &err);
	if (wid < 0 || err)
		return PV_ERR;
	struct gfx_buf b = gui_surface_buf(s);
	return done(vm, a, desk->surface(desk->ctx, wid, &b), wid);
}

int
gn_desk_damage(pv_vm *vm, pv_value *a, int n)
{
	int err = 0, wid = wid_arg(vm, a);
	int32_t v[4];
	for (int i = 0; i < 4 && !err && wid >= 0; i++)
		v[i] = pv_check_int(vm, a, 2 + i, &err);
	if (wid < 0 || err)
		return PV_ERR;
	return done(vm, a, desk->damage(desk->ctx, wid, gfx_rect_make(v[0], v[1], v[2], v[3])),
	            wid);
}

int
gn_desk_focus(pv_vm *vm, pv_value *a, int n)
{
	int wid = wid_arg(vm, a);
	return wid < 0 ? PV_ERR : done(vm, a, desk->focus(desk->ctx, wid), wid);
}

int
gn_desk_raise(pv_vm *vm, pv_value *a, int n)
{
	int wid = wid_arg(vm, a);
	return wid < 0 ? PV_ERR : done(vm, a, desk->raise(desk->ctx, wid), wid);
}

int
gn_desk_wait(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_array *q = pv_check_array(vm, a, 1, &err);
	int32_t ms = err ? 0 : pv_check_int(vm, a, 2, &err);
	if (err)
		return PV_ERR;
	/* the app is responsive while it waits here (group.h) */
	pv_group *g = pv_cur_group ? pv_group_at(pv_cur_group) : NULL;
	if (q->len > 0) {
		vm->cur->wake = 0; /* an event ends the wait */
		a[0] = pv_array_remove(q, 0);
		if (g) {
			g->waiting = 0;
			g->took_event = pv_uptime_ms();
		}
		return PV_OK;
	}
	int rc = ms == 0 ? PV_OK : pv_wait(vm, ms);
	if (g) {
		g->waiting = rc != PV_OK;
		g->took_event = pv_uptime_ms();
	}
	if (rc == PV_OK)
		a[0] = PV_NULL;
	return rc;
}

int
gn_desk_work(pv_vm *vm, pv_value *a, int n)
{
	if (!desk)
		return no_desk(vm);
	struct gfx_rect r = desk->work(desk->ctx);
	pv_array *v = pv_array_new(vm, 4);
	if (!v)
		return pv_oom(vm);
	pv_array_push(vm, v, pv_mkint(r.x));
	pv_array_push(vm, v, pv_mkint(r.y));
	pv_array_push(vm, v, pv_mkint(r.w));
	pv_array_push(vm, v, pv_mkint(r.h));
	a[0] = pv_val(v);
	return PV_OK;
}

/* A colour or metric of the widgets' theme (gui/theme.h THEME_WIDGETS). */
int
gn_desk_theme(pv_vm *vm, pv_value *a, int n)
{
	static const struct {
		const char *name;
		int32_t value;
	} theme[] = {
#define X(name, value) { #name, value },
		THEME_WIDGETS(X)
#undef X
	};
	int err = 0;
	pv_value s = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	for (size_t i = 0; i < sizeof theme / sizeof theme[0]; i++)
		if (strcmp(theme[i].name, PV_STR(s)->s) == 0) {
			a[0] = pv_int(vm, theme[i].value);
			return PV_OK;
		}
	return pv_throw(vm, "Desk.theme: no theme value \"%s\"", PV_STR(s)->s);
}
