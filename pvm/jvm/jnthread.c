/*
 * jnthread.c - the natives of java.lang.Thread and of the monitors
 * (Object.wait/notify, synchronized): a Java Thread runs on a pvm thread
 * (kept in its field vmThread); the map under the global "#jthreads" leads
 * from a pvm thread back to its Java Thread.
 */
#include <string.h>
#include "pvm/gc.h"
#include "pvm/heap.h"
#include "pvm/jvm/jmonitor.h"
#include "pvm/jvm/jnatives.h"
#include "pvm/jvm/jthrow.h"
#include "pvm/long.h"
#include "pvm/map.h"
#include "pvm/str.h"
#include "pvm/thread.h"

static pv_map *
threads(pv_vm *vm)
{
	pv_value t = pv_global_get(vm, "#jthreads");
	if (!pv_is(t, PV_K_MAP)) {
		t = pv_val(pv_map_new(vm));
		pv_global_set(vm, pv_intern(vm, "#jthreads", 9), t);
	}
	return (pv_map *)t;
}

/* The slot of field `name` in o's class, or -1. */
static int
slot(pv_value o, const char *name)
{
	if (!pv_is(o, PV_K_INST))
		return -1;
	pv_class *c = pv_obj(o)->cls;
	for (uint32_t i = 0; i < c->nfields; i++)
		if (strcmp(PV_STR(c->fields->v[i])->s, name) == 0)
			return (int)i;
	return -1;
}

static pv_thread *
vm_thread(pv_value t)
{
	int s = slot(t, "vmThread");
	pv_value v = s >= 0 ? ((pv_inst *)t)->f[s] : PV_NULL;
	return pv_is(v, PV_K_THREAD) ? (pv_thread *)v : NULL;
}

int
jn_thread_start0(pv_vm *vm, pv_value *a, int n)
{
	pv_value self = a[0], run;
	int s = slot(self, "vmThread");
	if (s < 0 || !pv_map_get(pv_obj(self)->cls->methods, pv_intern(vm, "jrun()V", 7), &run) ||
	    !pv_is(run, PV_K_CLOSURE))
		return pv_throw(vm, "Thread.start: not a runtime Thread");
	pv_thread *th = pv_thread_start(vm, (pv_closure *)run, &self, 1);
	if (!th)
		return PV_ERR;
	PV_SET(vm, pv_obj(self), ((pv_inst *)self)->f[s], pv_val(th));
	pv_map_put(vm, threads(vm), pv_val(th), self);
	a[0] = PV_NULL;
	return PV_OK;
}

int
jn_thread_alive0(pv_vm *vm, pv_value *a, int n)
{
	pv_thread *th = vm_thread(a[0]);
	int alive = th && (th->state == PV_TS_READY || th->state == PV_TS_SLEEP);
	if (th && !alive)
		pv_map_remove(vm, threads(vm), pv_val(th));
	a[0] = pv_mkint(alive);
	return PV_OK;
}

int
jn_thread_current0(pv_vm *vm, pv_value *a, int n)
{
	pv_value t = PV_NULL;
	pv_map_get(threads(vm), pv_val(vm->cur), &t);
	a[0] = t;
	return PV_OK;
}

int
jn_thread_bind0(pv_vm *vm, pv_value *a, int n)
{
	int s = slot(a[1], "vmThread");
	if (s < 0)
		return pv_throw(vm, "Thread.bind0: not a runtime Thread");
	PV_SET(vm, pv_obj(a[1]), ((pv_inst *)a[1])->f[s], pv_val(vm->cur));
	pv_map_put(vm, threads(vm), pv_val(vm->cur), a[1]);
	a[0] = PV_NULL;
	return PV_OK;
}

int
jn_thread_sleep0(pv_vm *vm, pv_value *a, int n)
{
	int64_t ms = pv_tolong(a[1]);
	int rc = pv_wait(vm, ms > 0 ? ms : 0);
	if (rc == PV_OK)
		a[0] = PV_NULL;
	return rc;
}

int
jn_thread_holdslock(pv_vm *vm, pv_value *a, int n)
{
	if (a[1] == PV_NULL)
		return pv_throw_k(vm, PV_E_NULL, 0, 0, "null receiver: holdsLock(null)");
	a[0] = pv_mkint(pv_monitor_holds(vm, a[1]));
	return PV_OK;
}

int
jn_obj_wait(pv_vm *vm, pv_value *a, int n)
{
	int rc = pv_monitor_wait(vm, a[0], pv_tolong(a[1]));
	if (rc == PV_OK)
		a[0] = PV_NULL;
	return rc;
}

int
jn_obj_notify(pv_vm *vm, pv_value *a, int n)
{
	int rc = pv_monitor_notify(vm, a[0], false);
	a[0] = PV_NULL;
	return rc;
}

int
jn_obj_notifyall(pv_vm *vm, pv_value *a, int n)
{
	int rc = pv_monitor_notify(vm, a[0], true);
	a[0] = PV_NULL;
	return rc;
}

int
jn_rt_monitorenter(pv_vm *vm, pv_value *a, int n)
{
	int rc = pv_monitor_enter(vm, a[1]);
	if (rc == PV_OK)
		a[0] = PV_NULL;
	return rc;
}

int
jn_rt_monitorexit(pv_vm *vm, pv_value *a, int n)
{
	int rc = pv_monitor_exit(vm, a[1]);
	a[0] = PV_NULL;
	return rc;
}
