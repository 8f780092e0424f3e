/*
 * jmonitor.c - Java's monitors: synchronized blocks and methods, and
 * Object.wait/notify/notifyAll, for pvm's threads (time-sliced, stopped
 * only between instructions).
 *
 * A monitor in use is a record in the map under the global "#monitors",
 * keyed by its object: [owner thread, entry count, waiters]; each waiter
 * is [thread, the count it gave up, notified?, deadline ms or 0]. A record
 * whose count is 0 and that has no waiter is removed, so the map holds
 * only monitors in use. Everything is in the arena: a snapshot taken while
 * threads wait restores with the same owners and waiters.
 *
 * Invariant: every native here is restartable (pv_wait): a thread that
 * cannot take a monitor sleeps 1 ms inside its own call and runs the call
 * again, so no C frame ever waits and a restore resumes it as it was.
 */
#include "pvm/array.h"
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/jvm/jmonitor.h"
#include "pvm/jvm/jthrow.h"
#include "pvm/long.h"
#include "pvm/map.h"
#include "pvm/platform.h"
#include "pvm/str.h"
#include "pvm/thread.h"

enum { M_OWNER, M_COUNT, M_WAITERS, M_N };
enum { W_THREAD, W_COUNT, W_NOTIFIED, W_DEADLINE, W_N };

static pv_map *
table(pv_vm *vm)
{
	pv_value name = pv_intern(vm, "#monitors", 9), t = pv_global_get(vm, "#monitors");
	if (!pv_is(t, PV_K_MAP)) {
		t = pv_val(pv_map_new(vm));
		pv_global_set(vm, name, t);
	}
	return (pv_map *)t;
}

static pv_vals *
record(pv_vm *vm, pv_value obj, bool make)
{
	pv_map *t = table(vm);
	pv_value r;
	if (pv_map_get(t, obj, &r))
		return (pv_vals *)r;
	if (!make)
		return NULL;
	pv_vals *rec = pv_vals_new(vm, M_N);
	rec->v[M_COUNT] = pv_mkint(0);
	pv_map_put(vm, t, obj, pv_val(rec));
	pv_value arr = pv_val(pv_array_new(vm, 0));
	PV_SET(vm, rec, rec->v[M_WAITERS], arr);
	return rec;
}

static void
maybe_drop(pv_vm *vm, pv_value obj, pv_vals *rec)
{
	if (pv_ival(rec->v[M_COUNT]) == 0 && ((pv_array *)rec->v[M_WAITERS])->len == 0)
		pv_map_remove(vm, table(vm), obj);
}

static int
sleep1(pv_vm *vm)
{
	vm->cur->wake = 0;
	return pv_wait(vm, 1);
}

/* Take obj's monitor with count, or sleep and try again. */
static int
take(pv_vm *vm, pv_value obj, int32_t count)
{
	pv_vals *rec = record(vm, obj, true);
	pv_value me = pv_val(vm->cur);
	if (rec->v[M_OWNER] == me) {
		rec->v[M_COUNT] = pv_mkint(pv_ival(rec->v[M_COUNT]) + count);
		return PV_OK;
	}
	if (rec->v[M_OWNER] == PV_NULL || pv_ival(rec->v[M_COUNT]) == 0) {
		PV_SET(vm, rec, rec->v[M_OWNER], me);
		rec->v[M_COUNT] = pv_mkint(count);
		vm->cur->wake = 0;
		return PV_OK;
	}
	return sleep1(vm);
}

int
pv_monitor_enter(pv_vm *vm, pv_value obj)
{
	if (obj == PV_NULL)
		return pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: cannot lock null");
	return take(vm, obj, 1);
}

static pv_vals *
owned(pv_vm *vm, pv_value obj)
{
	pv_vals *rec = obj ? record(vm, obj, false) : NULL;
	if (!rec || rec->v[M_OWNER] != pv_val(vm->cur) || pv_ival(rec->v[M_COUNT]) == 0) {
		pv_jthrow(vm, "java/lang/IllegalMonitorStateException",
		          "current thread is not owner");
		return NULL;
	}
	return rec;
}

int
pv_monitor_exit(pv_vm *vm, pv_value obj)
{
	if (obj == PV_NULL)
		return pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: cannot unlock null");
	pv_vals *rec = owned(vm, obj);
	if (!rec)
		return PV_ERR;
	int32_t c = pv_ival(rec->v[M_COUNT]) - 1;
	rec->v[M_COUNT] = pv_mkint(c);
	if (c == 0) {
		rec->v[M_OWNER] = PV_NULL;
		maybe_drop(vm, obj, rec);
	}
	return PV_OK;
}

static int32_t
waiter_of(pv_array *w, pv_value th)
{
	for (uint32_t i = 0; i < w->len; i++)
		if (((pv_vals *)w->items->v[i])->v[W_THREAD] == th)
			return (int32_t)i;
	return -1;
}

/* Object.wait(ms): give the monitor up, wait to be notified (or for ms,
 * 0 = forever), take it back with the count it had. */
int
pv_monitor_wait(pv_vm *vm, pv_value obj, int64_t ms)
{
	pv_value me = pv_val(vm->cur);
	pv_vals *rec = obj ? record(vm, obj, false) : NULL;
	pv_array *w = rec ? (pv_array *)rec->v[M_WAITERS] : NULL;
	int32_t i = w ? waiter_of(w, me) : -1;
	if (i < 0) { /* the first run: enter the wait */
		if (ms < 0)
			return pv_jthrow(vm, "java/lang/IllegalArgumentException",
			                 "timeout value is negative");
		if (!(rec = owned(vm, obj)))
			return PV_ERR;
		w = (pv_array *)rec->v[M_WAITERS];
		pv_vals *e = pv_vals_new(vm, W_N);
		PV_SET(vm, e, e->v[W_THREAD], me);
		e->v[W_COUNT] = rec->v[M_COUNT];
		e->v[W_NOTIFIED] = pv_mkint(0);
		pv_value dl = pv_long(vm, ms ? pv_uptime_ms() + ms : 0);
		if (!dl)
			return pv_oom(vm);
		PV_SET(vm, e, e->v[W_DEADLINE], dl);
		pv_array_push(vm, w, pv_val(e));
		rec->v[M_OWNER] = PV_NULL;
		rec->v[M_COUNT] = pv_mkint(0);
		return sleep1(vm);
	}
	pv_vals *e = (pv_vals *)w->items->v[i];
	int64_t deadline = pv_tolong(e->v[W_DEADLINE]);
	if (!pv_ival(e->v[W_NOTIFIED]) && !(deadline && pv_uptime_ms() >= deadline))
		return sleep1(vm);
	if (rec->v[M_OWNER] != PV_NULL && pv_ival(rec->v[M_COUNT]) > 0)
		return sleep1(vm);
	PV_SET(vm, rec, rec->v[M_OWNER], me);
	rec->v[M_COUNT] = e->v[W_COUNT];
	pv_array_remove(w, (uint32_t)i);
	vm->cur->wake = 0;
	return PV_OK;
}

int
pv_monitor_notify(pv_vm *vm, pv_value obj, bool all)
{
	pv_vals *rec = owned(vm, obj);
	if (!rec)
		return PV_ERR;
	pv_array *w = (pv_array *)rec->v[M_WAITERS];
	for (uint32_t i = 0; i < w->len; i++) {
		pv_vals *e = (pv_vals *)w->items->v[i];
		if (pv_ival(e->v[W_NOTIFIED]))
			continue;
		e->v[W_NOTIFIED] = pv_mkint(1);
		if (!all)
			break;
	}
	return PV_OK;
}

bool
pv_monitor_holds(pv_vm *vm, pv_value obj)
{
	pv_vals *rec = obj ? record(vm, obj, false) : NULL;
	return rec && rec->v[M_OWNER] == pv_val(vm->cur) && pv_ival(rec->v[M_COUNT]) > 0;
}
