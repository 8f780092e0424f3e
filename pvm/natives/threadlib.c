/*
 * natives/threadlib.c - the natives of Thread: start one, sleep (a
 * restartable wait, pv_wait), the current one, alive?, yield.
 */
#include "pvm/natives.h"

int
nat_thread_new(pv_vm *vm, pv_value *a, int n)
{
	if (!pv_is(a[1], PV_K_CLOSURE) || ((pv_closure *)a[1])->p->nparams != 0)
		return pv_throw(vm, "new Thread: argument must be a function of no arguments");
	pv_thread *th = pv_thread_start(vm, (pv_closure *)a[1], NULL, 0);
	if (!th)
		return PV_ERR; /* the app's thread quota: thrown */
	a[0] = pv_val(th);
	return PV_OK;
}

/* Restartable (pv_wait): the thread sleeps in its own call, which runs
 * again when it wakes, also after a restore. sleep(0) yields once. */
int
nat_thread_sleep(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t ms = pv_check_int(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	int rc = pv_wait(vm, ms > 0 ? ms : 0);
	if (rc == PV_OK)
		a[0] = PV_NULL;
	return rc;
}

int
nat_thread_current(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_val(vm->cur);
	return PV_OK;
}

int
nat_thread_isalive(pv_vm *vm, pv_value *a, int n)
{
	pv_thread *t = (pv_thread *)a[0];
	a[0] = pv_bool(t->state == PV_TS_READY || t->state == PV_TS_SLEEP);
	return PV_OK;
}

int
nat_thread_yield(pv_vm *vm, pv_value *a, int n)
{
	vm->trap = 1;
	a[0] = PV_NULL;
	return PV_OK;
}
