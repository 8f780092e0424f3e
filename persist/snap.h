/*
 * snap.h - the persistent address space: continuous copy-on-write
 * snapshots of one arena to a block device, atomic commit, lazy restore.
 *
 * Portable C against two small interfaces: a block device
 * (kernel/blockdev.h) and a page-protection hook (struct snap_prot). The
 * caller maps the arena (read-write, zero) before snap_open(); snap_open()
 * then protects it and from there on the caller forwards every protection
 * fault inside the arena to snap_fault(). The on-disk format and the commit
 * protocol are described in snap.c and docs/persist.md.
 *
 * Threads: snap_fault() and snap_pause() run on the thread(s) that mutate
 * the arena (the VM), at most one at a time; snap_write() runs on a writer
 * thread (or inline); the two meet only through atomic page states.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "kernel/blockdev.h"

#define SNAP_PAGE    4096u
#define SNAP_MAXREFS 496u   /* map + bitmap block refs in a superblock */
#define SNAP_PER_MAP 512u   /* pages per page-map block */
#define SNAP_PER_BMP 32768u /* store blocks per bitmap block */
#define SNAP_RECENT  32u    /* commits remembered for snap_recent */
#define SNAP_KEEP    16u    /* committed generations kept (the newest included) */

enum snap_prot_mode { SNAP_PROT_NONE, SNAP_PROT_RO, SNAP_PROT_RW };

/* The page-protection hook. protect() changes [addr, addr + len) (page
 * aligned); alloc/free give buffers for copy-on-write copies; relax() (may
 * be NULL) is called while waiting for another thread to finish copying a
 * page: on a uniprocessor it must let that thread run. */
struct snap_prot {
	int (*protect)(void *ctx, uintptr_t addr, size_t len, int mode);
	void *(*alloc)(void *ctx, size_t bytes);
	void (*free)(void *ctx, void *p, size_t bytes);
	void *ctx;
	void (*relax)(void *ctx);
};

/* snap_open() results */
enum { SNAP_COLD = 0, SNAP_RESTORED = 1 };
/* snap_pause() results */
enum { SNAP_IDLE = 0, SNAP_STARTED = 1, SNAP_BUSY = 2 };
/* errors (negative) */
enum {
	SNAP_EIO = -1,
	SNAP_EFOREIGN = -2,
	SNAP_EDAMAGED = -3,
	SNAP_EGEOM = -4,
	SNAP_ENOSPC = -5,
	SNAP_ENOMEM = -6,
	SNAP_EUNSURE = -7 /* snap_write: failed after (part of) the superblock was written:
	                     the next boot may restore that generation */
};

struct snap_stats {
	uint64_t gen;
	uint32_t pages, blocks; /* data pages; all blocks written (with metadata) */
	uint32_t pause_us, write_ms;
};

struct snap;

/* Open a store on bd for the arena [base, base + size) (size: a multiple
 * of SNAP_PAGE). capacity: store blocks to use on a growable device (0:
 * the device's nblocks). Returns SNAP_COLD (a new world: the arena is
 * zero and write-tracked; an empty device was formatted), SNAP_RESTORED
 * (the arena maps the newest committed snapshot, read lazily), or a
 * negative error with the reason in snap_error(). *sp is set on success
 * and on error (to read the message; snap_close() it). */
int snap_open(struct snap **sp, struct blockdev *bd, const struct snap_prot *prot, uintptr_t base,
              size_t size, uint64_t capacity);
void snap_close(struct snap *s);
/* The arena geometry recorded in bd's newest valid superblock: 1 if there
 * is one (nothing is checked beyond the superblock), else 0. */
int snap_peek(struct blockdev *bd, uint64_t *base, uint64_t *size);
const char *snap_error(struct snap *s);
/* Restore details: generation, the world's clock word saved with it, and
 * a note when the newest superblock was damaged and the other one used. */
uint64_t snap_gen(struct snap *s);
uint64_t snap_clock(struct snap *s);
const char *snap_note(struct snap *s);

/* A protection fault at addr: 1 if handled (retry the access), 0 if addr
 * is not an arena page, -1 if the page cannot be loaded (snap_error()). */
int snap_fault(struct snap *s, uintptr_t addr);

/* At a safepoint (nothing mutates the arena meanwhile): write-protect the
 * pages dirtied since the last snapshot and hand them to snap_write().
 * clock: an opaque word stored with the snapshot. Returns SNAP_STARTED,
 * SNAP_IDLE (nothing changed) or SNAP_BUSY (the writer still has the last
 * one; ask again later). */
int snap_pause(struct snap *s, uint64_t clock);
/* Writer: stream the pending pages, commit. 0 committed, <0 error (the
 * last committed snapshot stays intact; the pages go into the next one). */
int snap_write(struct snap *s);
int snap_busy(struct snap *s);
/* Nothing dirty and nothing being written: the last commit (snap_gen)
 * holds the whole arena as it is. */
bool snap_clean(struct snap *s);
void snap_last(struct snap *s, struct snap_stats *st);
/* The glue's timing of the commit snap_write just made (the pause it
 * measured around snap_pause, the write around snap_write): completes
 * snap_last and files it among the recent commits. */
void snap_timed(struct snap *s, uint32_t pause_us, uint32_t write_ms);
/* Up to max recent commits, newest first; returns how many. */
int snap_recent(struct snap *s, struct snap_stats *out, int max);
uint32_t snap_commits(struct snap *s); /* commits since snap_open */

/*
 * Kept generations (snapkeep.c). The store keeps up to SNAP_KEEP committed
 * generations, thinned to span time by their clock words (milliseconds of
 * the world's time): the newest 4; then, by age against the newest, one a
 * minute under 5 minutes, one per 10 minutes under an hour, one an hour
 * beyond (the oldest of each slot); past 16 the oldest go. When space is
 * short the oldest go first, so that a round with every page dirty (and a
 * failed superblock write before it) still fits: the world never holds more
 * than snap_room() pages.
 */
struct snap_kept {
	uint64_t gen, clock;
};
/* The kept generations, newest (the committed one) first; returns how many. */
int snap_kept(struct snap *s, struct snap_kept *out, int max);
/* Arena pages the store can commit whatever the kept generations hold. */
uint32_t snap_room(struct snap *s);
/* Arena pages the committed generation holds (written at least once). */
uint32_t snap_pages_used(struct snap *s);
/* Kept generations the last commit dropped to make room (0: none). */
uint32_t snap_dropped(struct snap *s);

/* Roll back, right after snap_open() returned SNAP_RESTORED and before
 * the arena is touched: the world becomes kept generation `steps` back
 * (steps > 0), or (ago_ms > 0) the newest one at least ago_ms older than
 * the newest (else the oldest). It is committed at once as a new
 * generation; the newer ones are dropped and their blocks freed. */
struct snap_rollback {
	uint64_t gen, newest, now; /* restored, newest before, its number now */
	uint64_t ago_ms;           /* the restored one's age against the newest */
	uint64_t drop_lo, drop_hi; /* the kept generations dropped */
	uint32_t ndropped;
	int clamped; /* asked beyond the oldest kept one */
};
int snap_rollback(struct snap *s, uint32_t steps, uint64_t ago_ms, struct snap_rollback *r);
/* The boot option's value: "N" (generations) or "Nm" (minutes); does the
 * rollback and writes the log line into msg. 0 ok (or nothing to do:
 * msg empty), <0 error (msg says why; nothing was changed). */
int snap_rollback_spec(struct snap *s, const char *spec, char *msg, size_t n);

/* Checking (tests, restore with fallback): read every block the committed
 * snapshot references and verify its checksum. 0 ok. */
int snap_verify(struct snap *s);
/* CRC32C over the arena pages [0, npages) as they read now (loading lazily). */
uint32_t snap_arena_crc(struct snap *s);
