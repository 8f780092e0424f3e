/*
 * group.h - apps as the VM accounts for them and controls them (group.c):
 * a group is what the desktop calls an app, the way a KeyKOS space bank is
 * what a program was given. Every object belongs to the group whose thread
 * allocated it (13 bits of its header's flags), every thread to the group
 * of the thread that started it, and a launch starts an app's first thread
 * in a new group. So a group's charge (bytes allocated by its threads, not
 * yet freed) is exact and O(1) to keep, a quota is checked where memory is
 * taken, and ending a group - its threads dropped, its windows closed by
 * the desk - leaves everything it owned garbage. Group 0 is the system:
 * the desktop, the library, a world made by a build without groups.
 *
 * The records live in the arena (a Bytes object under the global "#groups",
 * a name no program can write), so charges, quotas and states persist with
 * the objects they count. A group's slot is reused once it has ended and
 * a completed sweep has freed or handed to the system (retagged 0) every
 * object it still owned; the desk names groups by serial, never reused.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "pvm/object.h"
#include "pvm/vm.h"

#define PV_GROUP_MAX 8192 /* 13 bits of pv_obj.flags */

enum pv_gstate { PV_G_FREE, PV_G_RUNNING, PV_G_CRASHED, PV_G_ENDED };
enum {
	PV_GF_APP = 1,    /* ends when its first thread (App.run) ends */
	PV_GF_PAUSED = 2, /* its threads are not scheduled (safe boot) */
};

typedef struct pv_group {
	uint32_t state, flags; /* enum pv_gstate, PV_GF_* */
	uint32_t serial;       /* unique in the world's life: the desk's name for it */
	uint32_t main;         /* id of its first thread */
	uint32_t threads, max_threads;
	uint64_t bytes, max_bytes; /* charged now; the quota (0: the default) */
	uint64_t cpu_ns;           /* time its threads ran, all boots */
	int64_t took_event;        /* uptime ms it last took an event (or started) */
	uint32_t waiting;          /* its App thread waits for events (Desk.wait) */
	uint32_t next_serial;      /* group 0 only: the serial of the next group */
	uint32_t told;             /* an out-of-memory error was thrown, not yet under quota */
	char name[32];
	char error[200]; /* PV_G_CRASHED: what ended it, a short trace */
} pv_group;

/* The group allocations are charged to: the running thread's, between its
 * slices the system's (0). Ephemeral. */
extern uint32_t pv_cur_group;

static inline uint32_t
pv_obj_group(const pv_obj *o)
{
	return (uint32_t)(o->flags & 0xfcu) >> 2 | (uint32_t)(o->flags & 0xfe00u) >> 3;
}

static inline void
pv_obj_set_group(pv_obj *o, uint32_t g)
{
	o->flags = (uint16_t)((o->flags & ~0xfefcu) | (g << 2 & 0xfcu) | (g << 3 & 0xfe00u));
}

/* Find the world's records (every start: open, restore); makes none. */
void pv_groups_bind(pv_vm *vm);
/* Slots in use so far (records 0 .. n-1 exist), and slot g (NULL: none). */
uint32_t pv_groups_count(void);
pv_group *pv_group_at(uint32_t g);
/* A new group for a launch: its slot, or 0 (no room: the system's). */
uint32_t pv_group_new(pv_vm *vm, const char *name, uint32_t flags);
/* The slot of the live group with this serial, or 0. */
uint32_t pv_group_find(uint32_t serial);
/* The quota of g in bytes: its own, or a share of the heap. */
uint64_t pv_group_quota(pv_vm *vm, uint32_t g);
/* Would cs more bytes keep the current group within its quota? */
bool pv_group_fits(pv_vm *vm, uint32_t cs);
/* Charge a new chunk of cs bytes to the current group (heap.c); false if
 * that took the group over its quota. */
bool pv_group_charge(pv_vm *vm, pv_obj *o, uint32_t cs);
/* After a collection: is g still over what it may hold? Then it is told
 * (its thread gets the error) and gets a margin to handle it. */
bool pv_group_over(pv_vm *vm, uint32_t g);
/* The sweep met o, dead (freed) or alive (gc.c). */
void pv_group_swept(pv_obj *o, bool freed);
/* Threads: may g start one (under its thread quota, running)? th was
 * made (counted; g's first is its main); th ended (why: its report when
 * it failed): an app's main thread ending ends the app, failing crashes
 * it (its windows stay, marked), and a group with no threads left (a
 * program's, phantom.run) has ended. */
bool pv_group_may_start(uint32_t g);
void pv_group_thread_started(pv_thread *th);
void pv_group_thread_ended(pv_vm *vm, pv_thread *th, bool failed, const char *why);
/* The scheduler: is th's group paused; g's threads ran ns. */
bool pv_group_paused(const pv_thread *th);
void pv_group_ran(uint32_t g, uint64_t ns);
/* End g now: its threads are dropped (between time slices only), it is
 * ENDED; the desk closes its windows. */
void pv_group_end(pv_vm *vm, uint32_t g);
/* Interrupt g's first thread: an Interrupted error is thrown in it at its
 * next instruction boundary (also out of a sleep). False if it has none. */
bool pv_group_interrupt(pv_vm *vm, uint32_t g);
/* The heap itself is full (a collection did not help) while a thread of
 * group culprit allocated: the app holding the most of it (a quarter at
 * least), if not culprit, gets the out-of-memory error in its first
 * thread, and culprit goes on. False if there is none such: culprit's
 * thread takes the error. */
bool pv_group_heap_full(pv_vm *vm, uint32_t culprit);
void pv_group_pause(uint32_t g, bool paused);
