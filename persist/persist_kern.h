/*
 * persist_kern.h - persist/ inside Phantom: the first IDE disk ("ata0") as the
 * store, the arena's pages through the kernel's page tables and its page
 * fault hook, a writer thread and a snapshot timer. The kernel's
 * counterpart of persist_host.h; the same snap.c runs on both. Its names
 * carry pkern_ (persist, kernel side).
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "snap.h"

/*
 * Open the world on ata0 for the arena at ARENA_BASE. mib: the arena's
 * size for a new world (a stored world keeps the size it was made with).
 * format: erase what the disk holds first (boot option phantom.format=1);
 * without it a disk that is neither all zeros nor a valid Phantom store is
 * refused and nothing is written. Returns SNAP_COLD (a new, empty world),
 * SNAP_RESTORED, or <0 with the reason in err.
 */
int pkern_open(uint32_t mib, bool format, char *err, size_t n);
struct snap *pkern_snap(void);
/* phantom.rollback=N|Nm, after pkern_open gave SNAP_RESTORED and before
 * the arena is touched: snap_rollback_spec (msg: the log line). */
int pkern_rollback(const char *spec, char *msg, size_t n);
size_t pkern_arena_size(void);
/* RAM frames the arena may still take without starving the kernel. */
size_t pkern_frames_left(void);

/* Start the writer thread and, if ms > 0, a timer calling tick() every ms
 * (tick asks the VM for a safepoint). */
void pkern_start(uint32_t ms, void (*tick)(void));
/* At a safepoint (nothing writes the arena meanwhile): start a snapshot;
 * snap_pause()'s result. The pause is timed and logged with the commit;
 * snap_recent(pkern_snap(), ...) gives the figures of recent commits. */
int pkern_safepoint(uint64_t clock);
/* Wait until the writer is idle; 0 if the last snapshot committed. */
int pkern_sync(void);
/* fn runs on the writer's thread after each snapshot: rc 0 and the
 * generation it committed, or rc < 0 (it failed; its pages go into the
 * next one). */
void pkern_on_commit(void (*fn)(int rc, uint64_t gen));


/* fn is called once if an arena page cannot be loaded (a damaged or
 * unreadable store): the world cannot go on in this boot. The thread that
 * touched the page is parked for good; nothing is written afterwards. */
void pkern_on_damage(void (*fn)(const char *why));
