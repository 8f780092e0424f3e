/*
 * world.h - the persistent world inside Phantom (pvm/world_kern.c): the one
 * VM whose arena persist/ keeps on the disk, restored or created at boot
 * and run forever on the kernel thread "pvm".
 */
#pragma once
#include <stdbool.h>
#include "pvm/vm.h"

/* NULL while the world is starting or running; else why it is not (the
 * disk is foreign or damaged, an arena page could not be loaded ...): the
 * desktop shows this text. */
const char *world_failure(void);
/* NULL, or a notice for the desktop, its title in *title: after a safe
 * boot (phantom.safe=1), that the apps are paused; else when the world's
 * committed pages passed WORLD_WARN_PCT of what the store can commit (the
 * heap's limit follows the same figure), that the disk is nearly full. A
 * new text is a new pointer. */
const char *world_warning(const char **title);

/* The world lock: held by the VM's thread while it runs (it lets go
 * between time slices when someone waits, and while every VM thread
 * sleeps); anyone else touching the arena or the desk takes it. */
void world_lock(void);
void world_unlock(void);

/* Called on "pvm" with the lock held, once the VM is restored or made and
 * before any VM thread runs (the restart list's ephemeral part: the
 * desktop binds its windows here). One hook; set at boot (initcall). */
void world_on_start(void (*fn)(pv_vm *vm));
/* An app thread was made ready (the desk posted an event): end the VM's
 * idle wait now. */
void world_wake(void);
/* The serial console's "sync N" (kernel/console.c), handed on by the
 * desktop after every input event received before it: the world answers
 * once a snapshot holding everything done before it is committed, taken
 * when every VM thread waits (so the apps have handled those events).
 * world_synced() is the highest request answered so far and, in *gen, the
 * generation that holds it. Both under the world lock. */
void world_sync_request(uint32_t id);
uint32_t world_synced(uint64_t *gen);
/* Start the app NAME (apps.tar's NAME.ph) as a new thread of the world;
 * asynchronous, safe from any thread holding the world lock. */
void world_launch(const char *name);
/* The apps apps.tar offers (files defining a class that extends App):
 * file is what world_launch takes, title the App class's name. */
struct world_app {
	char file[32], title[32];
};
int world_apps(struct world_app *out, int max);
