/*
 * jmonitor.h - Java's monitors (jmonitor.c): every call is restartable,
 * returning PV_OK, PV_ERR (thrown) or PV_BLOCK (the thread sleeps and the
 * call runs again).
 */
#pragma once
#include <stdbool.h>
#include "pvm/vm.h"

int pv_monitor_enter(pv_vm *vm, pv_value obj);
int pv_monitor_exit(pv_vm *vm, pv_value obj);
int pv_monitor_wait(pv_vm *vm, pv_value obj, int64_t ms);
int pv_monitor_notify(pv_vm *vm, pv_value obj, bool all);
bool pv_monitor_holds(pv_vm *vm, pv_value obj);
