/*
 * thread.h - VM threads (thread.c): creation, frame pushing, the
 * round-robin scheduler, restartable waits and uncaught-error reports.
 * A thread is all heap: it stops at any instruction boundary with its
 * state in the arena.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

pv_thread *pv_thread_new(pv_vm *vm, pv_value fn);
/* A thread that will run fn(args). */
pv_thread *pv_thread_start(pv_vm *vm, pv_closure *fn, pv_value *args, int nargs);
/* Push an activation of cl whose nvals parameter values (for a method:
 * this first) are already at stack[base..]. */
int pv_thread_push(pv_vm *vm, pv_thread *th, pv_closure *cl, uint32_t base, int nvals, int32_t ret,
                   uint32_t flags);
/* th's register stack holds at least need slots (PV_OK), or it threw. */
int pv_stack_reserve(pv_vm *vm, pv_thread *th, uint32_t need);
/* Run every thread until the main thread ends: 0 if it returned, 1 if it
 * died of an uncaught error; a world never returns. */
int pv_schedule(pv_vm *vm);
/* For a native that blocks, restartably: PV_BLOCK until ms (< 0: for
 * ever) have passed on the world's clock - the native runs again each time
 * its thread wakes, also early (an event) and after a restore - then
 * PV_OK once, the wait over (th->wake holds the deadline meanwhile). */
#define PV_FOREVER ((int64_t)1 << 60)
int pv_wait(pv_vm *vm, int64_t ms);
/* If set, called instead of pv_idle_ms when every thread waits (a host
 * harness feeding scripted input uses it); still a safepoint. */
extern void (*pv_idle_hook)(int ms);
void pv_report(pv_vm *vm, pv_thread *th, pv_value exc);
/* The report's first line and three innermost frames, into buf. */
void pv_report_short(pv_vm *vm, pv_thread *th, pv_value exc, char *buf, size_t n);
/* Drop every thread of group g but the running one (group.h): they stop
 * where they are, for good. Between time slices. Returns how many. */
uint32_t pv_thread_drop_group(pv_vm *vm, uint32_t g);
pv_thread *pv_thread_by_id(pv_vm *vm, uint32_t id);
