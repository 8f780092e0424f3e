/*
 * snap_impl.h - what snap.c (format, open/restore, faults, pause) shares
 * with snapwrite.c (the writer and the commit); private to persist/.
 * The on-disk format and the protocol are described in snap.c.
 */
#pragma once
#include <stdint.h>
#include "kernel/blockdev.h"
#include "snap.h"

enum { P_ABSENT, P_CLEAN, P_DIRTY, P_PENDING, P_COPYING, P_WRITING };

#define MAGIC       "PHSTORE1"
#define VERSION     2u /* 2: kept generations (history and copy refs); 1 still reads */
#define VERSION1    1u
#define HDR         128u
#define SB_HIST     76u /* u32 history block, u32 its crc32c, u32 this superblock's copy */
#define TRIES       3   /* reads of any block before it counts as unreadable */
#define BATCH       64u /* blocks per device write: a run */
#define NOPAGE      0xffffffffu
#define NRUN        16u        /* requests queued, in flight or being gathered */
#define EARLY_FLUSH (8u << 20) /* bytes written between flushes within a round */
#define ZERO_PROBE  (1u << 20) /* bytes that must be zero in an "empty" device */

struct blist {
	uint32_t *v;
	uint32_t n, cap;
};

/* A request for the device: blocks at consecutive addresses from first,
 * each from its own source page (page[i]: the arena page claimed for
 * block i, or NOPAGE), or a flush (n == 0). */
struct snap_run {
	uint32_t first, n;
	int flush;
	const void *src[BATCH];
	uint32_t page[BATCH];
};

/* A kept generation: its superblock's copy (the superblock as written,
 * crc32c of the whole block) and the store blocks it uses. */
struct snap_gen {
	uint64_t gen, clock;
	uint32_t copy, ccrc;
	uint64_t *bits;
};

struct snap {
	struct blockdev *bd;
	const struct snap_prot *prot;
	uint32_t spb; /* device sectors per store block */
	uintptr_t base;
	uint32_t npages, nmap, nbmp;
	uint64_t nblocks;
	uint8_t *state;
	uint64_t *dirty, *dsum; /* dirty bitmap and its summary (1 bit per word) */
	uint32_t ndw;
	uint32_t *pend, npend, *slot;
	uint8_t *cow;
	size_t cowcap;
	uint32_t *blk, *crc, *cblk, *ccrc;     /* page map: working, committed */
	uint32_t *mref, *mcrc, *cmref, *cmcrc; /* map block refs */
	uint32_t *bref, *bcrc, *cbref, *cbcrc; /* bitmap block refs */
	uint8_t *mdirty;                       /* map blocks changed this round */
	uint64_t *used; /* blocks: every kept generation's + this round's + quarantine */
	/* kept generations, newest (the committed one) first; keep[0].bits is
	 * the committed generation's bitmap. The round's new list: knext[]
	 * indexes keep[] (the new generation goes in front), nbits its bitmap. */
	struct snap_gen keep[SNAP_KEEP];
	uint32_t nkeep, knext[SNAP_KEEP], nknext;
	uint64_t *nbits;
	uint32_t href, hcrc, cref;    /* history and copy refs: working ... */
	uint32_t chref, chcrc, ccref; /* ... and the committed superblock's */
	int replace0;                 /* a rollback round: keep[0] is superseded, not kept */
	uint32_t npages_used;         /* arena pages the committed generation holds */
	uint32_t ndropped;            /* kept generations dropped for room (last commit) */
	struct blist tofree, quar, alloced;
	uint64_t cursor;
	uint64_t gen, clock, pclock;
	volatile int busy;
	int lock;               /* a fault's state change + protection vs the pause */
	uint8_t *meta, *blkbuf; /* meta: a page per map and bitmap block */
	uint32_t nmeta;         /* meta pages used this round */
	/* The ring of requests: runs [done, sent) are sent (flying: one of
	 * them is on the device), [sent, queued) wait, run[queued % NRUN] is
	 * being gathered. Runs not sent change only under the lock. */
	struct snap_run run[NRUN];
	uint32_t done, sent, queued;
	int flying;
	uint64_t unflushed; /* bytes queued since the last flush */
	int wrc;            /* a request done without the device's hooks */
	struct snap_stats last, recent[SNAP_RECENT];
	uint32_t ncommits;
	uint32_t nwritten;
	int super_tried; /* this attempt wrote (part of) a superblock */
	char err[240], note[240];
};

#define BIT(m, i)  ((m)[(i) >> 6] >> ((i)&63) & 1)
#define SETB(m, i) ((m)[(i) >> 6] |= (uint64_t)1 << ((i)&63))
#define CLRB(m, i) ((m)[(i) >> 6] &= ~((uint64_t)1 << ((i)&63)))

void snap_mark_dirty(struct snap *s, uint32_t p);
void snap_lock(struct snap *s);
void snap_unlock(struct snap *s);
/* Lock held: if a run not yet sent holds page p (WRITING), make it write
 * p's COW slot instead and return 1; the caller fills the slot. */
int snap_reclaim(struct snap *s, uint32_t p);
void snap_put32(uint8_t *p, uint32_t v);
int snap_fail(struct snap *s, int code, const char *msg, uint64_t a);
/* snapdev.c: reads (retried), writes, requests in flight, flushes */
int snap_dev_read(struct snap *s, uint64_t b, uint32_t n, void *buf);
int snap_dev_write(struct snap *s, uint64_t b, uint32_t n, const void *buf);
int snap_dev_submit(struct snap *s, uint64_t b, const struct blockdev_seg *seg, uint32_t n);
int snap_dev_submit_flush(struct snap *s);
int snap_dev_busy(struct snap *s);
int snap_dev_complete(struct snap *s);
int snap_dev_flush(struct snap *s);
int snap_blist_add(struct blist *l, uint32_t b);
uint8_t snap_st_get(struct snap *s, uint32_t p);
void snap_st_set(struct snap *s, uint32_t p, uint8_t v);
int snap_st_cas(struct snap *s, uint32_t p, uint8_t from, uint8_t to);
uintptr_t snap_page_addr(struct snap *s, uint32_t p);
void snap_relax(struct snap *s);
int snap_alloc_block(struct snap *s, uint32_t *out);
void snap_sb_encode(struct snap *s, uint8_t *b, uint64_t gen, uint32_t pages);
uint32_t snap_get32(const uint8_t *p);
uint64_t snap_get64(const uint8_t *p);
void snap_put64(uint8_t *p, uint64_t v);
/* Read block b (TRIES tries) and check it against crc (b 0: all zero). */
int snap_read_checked(struct snap *s, uint32_t b, uint32_t crc, uint8_t *buf, const char *what);
int snap_load_gen(struct snap *s, const uint8_t *sb);
int snap_load_bitmap(struct snap *s, const uint8_t *sb, uint64_t *bits);
size_t snap_bitwords(struct snap *s);

/* snapkeep.c: the kept generations */
int snap_keep_plan(struct snap *s);                    /* the round: knext from thinning + room */
void snap_keep_history(struct snap *s, uint8_t *page); /* the round's history block */
void snap_keep_commit(struct snap *s, uint32_t copy, uint32_t ccrc); /* after the commit */
void snap_keep_union(struct snap *s); /* used = OR of the kept bitmaps */
int snap_keep_load(struct snap *s);   /* restore: the committed history */
void snap_keep_reset(struct snap *s); /* keep only keep[0] */
