/*
 * persist_host.h - persist/ on a POSIX host: a store file as the block device
 * (pread/pwrite/fdatasync), mprotect + a SIGSEGV handler as the
 * page-protection hook, a writer thread and a snapshot timer. One store per
 * process (the signal handler is process-wide). Its names carry phost_
 * (persist, host side).
 */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "snap.h"

/* The host's protection hook (mprotect; COW buffers from mmap). */
extern const struct snap_prot phost_prot;
/* A block device on an open file of 512-byte sectors (reads past the end
 * give zeros). */
struct blockdev *phost_filedev(int fd);
/* Map [base, base + size) read-write and zero at exactly base; 0 ok. */
int phost_map(uintptr_t base, size_t size);
void phost_unmap(uintptr_t base, size_t size);
/* Route SIGSEGV inside the arena to snap_fault(s) (NULL: stop routing). */
void phost_catch(struct snap *s);

/* The runner's store. phost_open maps the arena and opens FILE (created
 * when missing): SNAP_COLD, SNAP_RESTORED, or <0 with the reason in err. */
int phost_open(const char *path, uintptr_t base, size_t size, char *err, size_t n);
struct snap *phost_snap(void);
/* Log each commit (and failures) to stderr in the one-line format. */
void phost_log(int on);
/* Start the writer thread, and a timer calling tick() every us
 * microseconds (0: none). */
void phost_start(int us, void (*tick)(void));
/* At a safepoint: start a snapshot; returns snap_pause()'s result. */
int phost_safepoint(uint64_t clock);
/* Wait until the writer is idle; 0 if the last snapshot committed. */
int phost_sync(void);
