/*
 * arena.h - where the VM's memory comes from: one contiguous arena.
 *
 * Everything pvm owns (objects, classes, bytecode, threads, frames, the
 * allocator's and the GC's metadata) lives inside one arena that is mapped at
 * the same address every time, so references are plain pointers and a future
 * snapshot/restore (issue 4) never swizzles anything. The host maps it with
 * mmap at a fixed address (arena_host.c); the kernel will put the persistent
 * arena behind the same three functions.
 *
 * Invariant: no object in the arena points outside [base, base + size).
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

#if UINTPTR_MAX > 0xffffffffu
#define PV_ARENA_BASE ((uintptr_t)0x200000000000ull)
#else
#define PV_ARENA_BASE ((uintptr_t)0x80000000u)
#endif
#define PV_ARENA_SIZE ((size_t)256 << 20)

/* Map [base, base + size); returns base, or NULL when it cannot. Pages are
 * zero when first touched. */
void *pv_arena_open(uintptr_t base, size_t size);
/* Give the mapping back (host tests open and close many arenas). */
void pv_arena_close(void *base, size_t size);

/* persist/ maps the arena itself (write-tracked, restored lazily) and
 * registers the mapping here: pv_arena_open then returns it and
 * pv_arena_close leaves it alone. */
void pv_arena_adopt(void *base, size_t size);

/* Snapshot safepoints (issue 4). Set pv_snap_request (and vm->trap) from
 * anywhere; the interpreter calls pv_snap_hook when a thread stops at an
 * instruction boundary (a trap or a restartable block) and the idle loop
 * when every thread sleeps: all VM state is then in the arena. The hook
 * clears the request once it took the snapshot. Defined in interp.c. */
extern volatile uint32_t pv_snap_request;
extern void (*pv_snap_hook)(void);

/* System.snapshotStats() reads the figures of recent commits through this
 * hook, set by the runner that snapshots (NULL: no snapshots, an empty
 * map): up to max commits, newest first, into out; *commits: how many
 * since this boot. Defined in natives/core.c. */
struct snap_stats;
extern int (*pv_snap_stats)(struct snap_stats *out, int max, uint32_t *commits);
