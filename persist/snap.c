/*
 * snap.c - snapshots of the arena: dirty tracking, the pause, copy-on-write,
 * the writer, the atomic commit and the lazy restore.
 *
 * On-disk format (all integers little-endian, blocks of SNAP_PAGE = 4096
 * bytes; device block b covers device sectors b * 4096 / sector_size ...):
 *
 *   block 0, 1   superblock slots; generation g lives in slot g % 2
 *   block 2 ..   data, page-map and bitmap blocks, placed anywhere free
 *
 *   superblock:  0 magic "PHSTORE1"   8 u32 version (2; 1 reads)   12 u32 crc32c of
 *                the block with this field zero   16 u64 generation
 *                24 u64 nblocks   32 u64 arena base   40 u64 arena size
 *                48 u32 page size   52 u32 nmap   56 u32 nbmp   60 u32 0
 *                64 u64 clock (the VM's word)   72 u32 pages in this snapshot
 *                76 u32 history block   80 u32 its crc32c   84 u32 copy: a
 *                block holding this very superblock (version 2; 0: none)
 *                128.. (nmap + nbmp) refs {u32 block, u32 crc32c}: the
 *                page-map blocks, then the bitmap blocks (block 0: absent,
 *                i.e. all-zero entries / all free)
 *   page map:    SNAP_PER_MAP entries {u32 block, u32 crc32c} for arena
 *                pages m*512 ...; block 0 = the page is all zero
 *   bitmap:      bit b (byte b/8, bit b%8) set = store block b is used by
 *                this generation (the superblocks are always used)
 *   history:     0 u32 n; from 16, n entries of 32 bytes {u64 gen, u64
 *                clock, u32 copy block, u32 crc32c of that copy}: the older
 *                kept generations, newest first (snapkeep.c)
 *
 * So every block's checksum sits in its parent, the superblock checks
 * itself, and a generation is one tree: superblock -> maps -> pages; the
 * kept ones hang off it: superblock -> history -> copies -> their trees.
 *
 * Commit protocol (snap_write): pages, changed map blocks and the whole
 * bitmap go to blocks that are free in the committed generation AND not yet
 * used by this one; flush; superblock g+1 into slot (g+1) % 2; flush. Only
 * then the blocks no kept generation uses any more are freed in memory. A
 * power cut anywhere leaves the superblock of g intact and everything it
 * references untouched. A failed attempt (I/O error, full store) reverts
 * the in-memory maps to g, queues its pages for the next snapshot, and
 * frees the blocks it wrote - unless it got as far as its superblock
 * (which may have reached the disk): then they stay quarantined until a
 * later commit succeeds. Capacity: 3 x arena pages + metadata survives a
 * failed superblock write with every page dirty.
 *
 * Page states (one byte per arena page, changed with atomics):
 *   ABSENT   restore: not read yet, no access; the first touch loads it
 *   CLEAN    read-only, equal to the last snapshot (or being written)
 *   DIRTY    read-write, in the dirty bitmap for the next snapshot
 *   PENDING  read-only, in the snapshot being written, not yet taken
 *   COPYING  a write fault is copying it to its COW slot right now
 *   WRITING  read-only, claimed by the writer: its checksum is taken and
 *            the device reads it in place (no copy)
 * A write to a PENDING page copies it to its COW slot first; the writer
 * takes either the page (PENDING -> WRITING -> CLEAN once its run has
 * reached the device) or the copy. A write to a WRITING page takes it
 * back into its COW slot while its run has not been sent (the run then
 * writes the copy), else waits for that one request.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crc32c.h"
#include "snap.h"

#include "snap_impl.h"

/* ---------------------------------------------------------------- helpers */

void
snap_put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

uint32_t
snap_get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void
snap_put64(uint8_t *p, uint64_t v)
{
	snap_put32(p, (uint32_t)v);
	snap_put32(p + 4, (uint32_t)(v >> 32));
}

uint64_t
snap_get64(const uint8_t *p)
{
	return snap_get32(p) | (uint64_t)snap_get32(p + 4) << 32;
}

int
snap_fail(struct snap *s, int code, const char *msg, uint64_t a)
{
	snprintf(s->err, sizeof s->err, msg, (unsigned long long)a);
	return code;
}

size_t
snap_bitwords(struct snap *s)
{
	return (size_t)((s->nblocks + 63) / 64);
}

int
snap_blist_add(struct blist *l, uint32_t b)
{
	if (l->n == l->cap) {
		uint32_t cap = l->cap ? l->cap * 2 : 256;
		uint32_t *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return SNAP_ENOMEM;
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = b;
	return 0;
}


uint8_t
snap_st_get(struct snap *s, uint32_t p)
{
	return __atomic_load_n(&s->state[p], __ATOMIC_ACQUIRE);
}

void
snap_st_set(struct snap *s, uint32_t p, uint8_t v)
{
	__atomic_store_n(&s->state[p], v, __ATOMIC_RELEASE);
}

int
snap_st_cas(struct snap *s, uint32_t p, uint8_t from, uint8_t to)
{
	return __atomic_compare_exchange_n(&s->state[p], &from, to, 0, __ATOMIC_ACQ_REL,
	                                   __ATOMIC_ACQUIRE);
}

void
snap_relax(struct snap *s)
{
	if (s->prot->relax)
		s->prot->relax(s->prot->ctx);
}

uintptr_t
snap_page_addr(struct snap *s, uint32_t p)
{
	return s->base + (uintptr_t)p * SNAP_PAGE;
}

static int
protect(struct snap *s, uint32_t p, uint32_t n, int mode)
{
	return s->prot->protect(s->prot->ctx, snap_page_addr(s, p), (size_t)n * SNAP_PAGE, mode);
}

/* ---------------------------------------------------------------- allocation */

/* A block free in the committed generation and in this round, the first
 * from the cursor on (wrapping once). The bitmap is read a word at a time:
 * the bits below the cursor in its word count as taken. */
int
snap_alloc_block(struct snap *s, uint32_t *out)
{
	uint64_t words = (s->nblocks + 63) / 64;
	for (uint64_t k = 0; k < 2 * words + 2; k++) {
		if (s->cursor >= s->nblocks)
			s->cursor = 2;
		uint64_t b = s->cursor, w = s->used[b >> 6] | (((uint64_t)1 << (b & 63)) - 1);
		if (w == ~(uint64_t)0) {
			s->cursor = (b | 63) + 1;
			continue;
		}
		b = (b & ~(uint64_t)63) + (uint64_t)__builtin_ctzll(~w);
		if (b >= s->nblocks) { /* the bits past the end */
			s->cursor = s->nblocks;
			continue;
		}
		s->cursor = b + 1;
		SETB(s->used, b);
		*out = (uint32_t)b;
		return snap_blist_add(&s->alloced, (uint32_t)b);
	}
	return snap_fail(s, SNAP_ENOSPC, "store full (%llu blocks)", s->nblocks);
}

/* ---------------------------------------------------------------- superblock */

void
snap_sb_encode(struct snap *s, uint8_t *b, uint64_t gen, uint32_t pages)
{
	memset(b, 0, SNAP_PAGE);
	memcpy(b, MAGIC, 8);
	snap_put32(b + 8, VERSION);
	snap_put64(b + 16, gen);
	snap_put64(b + 24, s->nblocks);
	snap_put64(b + 32, s->base);
	snap_put64(b + 40, (uint64_t)s->npages * SNAP_PAGE);
	snap_put32(b + 48, SNAP_PAGE);
	snap_put32(b + 52, s->nmap);
	snap_put32(b + 56, s->nbmp);
	snap_put64(b + 64, s->pclock);
	snap_put32(b + 72, pages);
	snap_put32(b + SB_HIST, s->href);
	snap_put32(b + SB_HIST + 4, s->hcrc);
	snap_put32(b + SB_HIST + 8, s->cref);
	uint8_t *r = b + HDR;
	for (uint32_t i = 0; i < s->nmap; i++, r += 8) {
		snap_put32(r, s->mref[i]);
		snap_put32(r + 4, s->mcrc[i]);
	}
	for (uint32_t i = 0; i < s->nbmp; i++, r += 8) {
		snap_put32(r, s->bref[i]);
		snap_put32(r + 4, s->bcrc[i]);
	}
	snap_put32(b + 12, crc32c(0, b, SNAP_PAGE));
}

/* 1 if b is a valid superblock for this arena and slot. */
static int
sb_valid(const uint8_t *b, int slot, char *why, size_t n)
{
	uint8_t tmp[SNAP_PAGE];
	if (memcmp(b, MAGIC, 8) != 0) {
		snprintf(why, n, "no magic");
		return 0;
	}
	memcpy(tmp, b, SNAP_PAGE);
	snap_put32(tmp + 12, 0);
	uint32_t v = snap_get32(b + 8);
	if (crc32c(0, tmp, SNAP_PAGE) != snap_get32(b + 12) || (v != VERSION && v != VERSION1)) {
		snprintf(why, n, "bad checksum");
		return 0;
	}
	if (snap_get64(b + 16) % 2 != (uint64_t)slot || snap_get32(b + 48) != SNAP_PAGE) {
		snprintf(why, n, "inconsistent header");
		return 0;
	}
	return 1;
}

static int
all_zero(const uint8_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return 0;
	return 1;
}

/* ---------------------------------------------------------------- open */

static void *
zalloc(size_t n)
{
	return calloc(1, n ? n : 1);
}

static int
setup(struct snap *s, size_t size, uint64_t capacity)
{
	s->npages = (uint32_t)(size / SNAP_PAGE);
	s->nmap = (s->npages + SNAP_PER_MAP - 1) / SNAP_PER_MAP;
	s->nblocks = capacity ? capacity : s->bd->nblocks * s->bd->block_size / SNAP_PAGE;
	if (s->nblocks > 0xffffffffu)
		s->nblocks = 0xffffffffu;
	s->nbmp = (uint32_t)((s->nblocks + SNAP_PER_BMP - 1) / SNAP_PER_BMP);
	if (s->nmap + s->nbmp > SNAP_MAXREFS)
		return snap_fail(s, SNAP_EGEOM, "arena too large for one superblock (%llu pages)",
		                 s->npages);
	if (s->nblocks < 16)
		return snap_fail(s, SNAP_EGEOM, "device too small (%llu blocks)", s->nblocks);
	uint32_t n = s->npages;
	s->ndw = (n + 63) / 64;
	s->state = zalloc(n);
	s->dirty = zalloc(s->ndw * 8);
	s->dsum = zalloc(((s->ndw + 63) / 64) * 8);
	s->pend = zalloc(n * 4);
	s->slot = zalloc(n * 4);
	s->blk = zalloc(n * 4), s->crc = zalloc(n * 4);
	s->cblk = zalloc(n * 4), s->ccrc = zalloc(n * 4);
	s->mref = zalloc(s->nmap * 4), s->mcrc = zalloc(s->nmap * 4);
	s->cmref = zalloc(s->nmap * 4), s->cmcrc = zalloc(s->nmap * 4);
	s->bref = zalloc(s->nbmp * 4), s->bcrc = zalloc(s->nbmp * 4);
	s->cbref = zalloc(s->nbmp * 4), s->cbcrc = zalloc(s->nbmp * 4);
	s->mdirty = zalloc(s->nmap);
	s->used = zalloc(snap_bitwords(s) * 8);
	s->keep[0].bits = zalloc(snap_bitwords(s) * 8);
	s->nbits = zalloc(snap_bitwords(s) * 8);
	s->nkeep = 1;
	s->meta = zalloc((size_t)(s->nmap + s->nbmp + 2) * SNAP_PAGE); /* + history, copy */
	s->blkbuf = zalloc(SNAP_PAGE * 2);
	if (!s->state || !s->used || !s->meta || !s->blkbuf || !s->cbcrc || !s->mdirty ||
	    !s->keep[0].bits || !s->nbits)
		return snap_fail(s, SNAP_ENOMEM, "out of memory (%llu pages)", n);
	SETB(s->keep[0].bits, 0);
	SETB(s->keep[0].bits, 1);
	snap_keep_union(s);
	s->cursor = 2;
	return 0;
}

/* Is the device empty (zero at the start, or a format cut short)? */
static int
probe_empty(struct snap *s, const uint8_t *sb0, const uint8_t *sb1)
{
	if (memcmp(sb0, MAGIC, 8) == 0 && snap_get64(sb0 + 16) == 0 && all_zero(sb1, SNAP_PAGE))
		return 1; /* interrupted format: nothing was ever committed */
	uint64_t n = s->nblocks < ZERO_PROBE / SNAP_PAGE ? s->nblocks : ZERO_PROBE / SNAP_PAGE;
	uint8_t *b = s->blkbuf;
	for (uint64_t i = 0; i < n; i++) {
		if (snap_dev_read(s, i, 1, b) != 0)
			return SNAP_EIO;
		if (!all_zero(b, SNAP_PAGE))
			return 0;
	}
	return 1;
}

static int
format(struct snap *s)
{
	s->gen = 0;
	s->pclock = 0;
	s->keep[0].gen = 0;
	snap_sb_encode(s, s->blkbuf, 0, 0);
	if (snap_dev_write(s, 0, 1, s->blkbuf) || snap_dev_flush(s))
		return snap_fail(s, SNAP_EIO, "cannot format the store (write error)", 0);
	return SNAP_COLD;
}

/* Read refs from a valid superblock and check them against the geometry. */
static int
load_refs(struct snap *s, const uint8_t *b)
{
	if (snap_get64(b + 24) != s->nblocks || snap_get64(b + 32) != s->base ||
	    snap_get64(b + 40) != (uint64_t)s->npages * SNAP_PAGE ||
	    snap_get32(b + 52) != s->nmap || snap_get32(b + 56) != s->nbmp)
		return snap_fail(s, SNAP_EGEOM,
		                 "the store was made for another arena or size (arena size %llu)",
		                 snap_get64(b + 40));
	s->gen = snap_get64(b + 16);
	s->clock = s->pclock = snap_get64(b + 64);
	int v2 = snap_get32(b + 8) == VERSION;
	s->href = s->chref = v2 ? snap_get32(b + SB_HIST) : 0;
	s->hcrc = s->chcrc = v2 ? snap_get32(b + SB_HIST + 4) : 0;
	s->cref = s->ccref = v2 ? snap_get32(b + SB_HIST + 8) : 0;
	if (s->href >= s->nblocks || s->cref >= s->nblocks || s->href == 1 || s->cref == 1)
		return snap_fail(s, SNAP_EDAMAGED, "superblock history ref out of range", 0);
	const uint8_t *r = b + HDR;
	for (uint32_t i = 0; i < s->nmap + s->nbmp; i++, r += 8) {
		uint32_t blk = snap_get32(r), c = snap_get32(r + 4);
		if (blk == 1 || (blk && blk >= s->nblocks))
			return snap_fail(s, SNAP_EDAMAGED, "superblock ref %llu out of range", i);
		if (i < s->nmap)
			s->mref[i] = s->cmref[i] = blk, s->mcrc[i] = s->cmcrc[i] = c;
		else
			s->bref[i - s->nmap] = s->cbref[i - s->nmap] = blk,
				    s->bcrc[i - s->nmap] = s->cbcrc[i - s->nmap] = c;
	}
	return 0;
}

int
snap_read_checked(struct snap *s, uint32_t b, uint32_t crc, uint8_t *buf, const char *what)
{
	if (b == 0) {
		memset(buf, 0, SNAP_PAGE);
		return 0;
	}
	if (snap_dev_read(s, b, 1, buf) != 0)
		return snap_fail(s, SNAP_EIO, "read error at block %llu", b);
	if (crc32c(0, buf, SNAP_PAGE) != crc) {
		snprintf(s->err, sizeof s->err, "store damaged: %s block %u has a bad checksum",
		         what, b);
		return SNAP_EDAMAGED;
	}
	return 0;
}

/* The bitmap of the generation whose superblock is sb into bits. */
int
snap_load_bitmap(struct snap *s, const uint8_t *sb, uint64_t *bits)
{
	uint8_t *b = s->blkbuf;
	memset(bits, 0, snap_bitwords(s) * 8);
	for (uint32_t i = 0; i < s->nbmp; i++) {
		const uint8_t *r = sb + HDR + 8 * (s->nmap + i);
		uint32_t ref = snap_get32(r);
		if (ref == 1 || ref >= s->nblocks)
			return snap_fail(s, SNAP_EDAMAGED, "bitmap ref out of range (%llu)", ref);
		int rc = snap_read_checked(s, ref, snap_get32(r + 4), b, "bitmap");
		if (rc)
			return rc;
		uint64_t first = (uint64_t)i * SNAP_PER_BMP;
		for (uint32_t k = 0; k < SNAP_PER_BMP && first + k < s->nblocks; k++)
			if (b[k / 8] >> (k % 8) & 1)
				SETB(bits, first + k);
	}
	SETB(bits, 0);
	SETB(bits, 1);
	return 0;
}

/* The page maps of the generation loaded by load_refs. */
static int
load_maps(struct snap *s)
{
	uint8_t *b = s->blkbuf;
	s->npages_used = 0;
	for (uint32_t m = 0; m < s->nmap; m++) {
		int rc = snap_read_checked(s, s->mref[m], s->mcrc[m], b, "page-map");
		if (rc)
			return rc;
		for (uint32_t k = 0; k < SNAP_PER_MAP && m * SNAP_PER_MAP + k < s->npages; k++) {
			uint32_t p = m * SNAP_PER_MAP + k, blk = snap_get32(b + 8 * k);
			if (blk == 1 || (blk && blk >= s->nblocks))
				return snap_fail(s, SNAP_EDAMAGED,
				                 "page map entry out of range (page %llu)", p);
			s->blk[p] = s->cblk[p] = blk;
			s->crc[p] = s->ccrc[p] = snap_get32(b + 8 * k + 4);
			s->npages_used += blk != 0;
		}
	}
	return 0;
}

/* The maps of the generation whose (valid) superblock is b; its bitmap
 * into keep[0] (the kept list is then reloaded or reset by the caller). */
int
snap_load_gen(struct snap *s, const uint8_t *b)
{
	int rc = load_refs(s, b);
	if (!rc)
		rc = load_maps(s);
	if (!rc)
		rc = snap_load_bitmap(s, b, s->keep[0].bits);
	if (!rc) {
		s->keep[0].gen = s->gen;
		s->keep[0].clock = s->clock;
		s->keep[0].copy = s->cref;
		s->keep[0].ccrc = crc32c(0, b, SNAP_PAGE);
		snap_keep_union(s);
	}
	return rc;
}

static int
restore(struct snap *s, uint8_t *sb[2])
{
	char why[2][64];
	int ok0 = sb_valid(sb[0], 0, why[0], 64), ok1 = sb_valid(sb[1], 1, why[1], 64);
	if (!ok0 && !ok1) {
		int e = probe_empty(s, sb[0], sb[1]);
		if (e < 0)
			return snap_fail(s, SNAP_EIO, "read error while probing the store", 0);
		if (e)
			return format(s);
		if (memcmp(sb[0], MAGIC, 8) && memcmp(sb[1], MAGIC, 8))
			return snap_fail(s, SNAP_EFOREIGN,
			                 "not a Phantom store (no superblock); left untouched", 0);
		snprintf(
			s->err, sizeof s->err,
			"damaged Phantom store: no valid superblock (slot 0: %s, slot 1: %s); left "
			"untouched",
			why[0], why[1]);
		return SNAP_EDAMAGED;
	}
	int use = ok0 && ok1 ? snap_get64(sb[1] + 16) > snap_get64(sb[0] + 16) : ok1;
	int other = !use, fallback = 0;
	if ((use ? !ok0 : !ok1) && !all_zero(sb[other], SNAP_PAGE)) {
		fallback = 1;
		snprintf(s->note, sizeof s->note,
		         "superblock slot %d is damaged (%s); using gen %llu from slot %d", other,
		         why[other], (unsigned long long)snap_get64(sb[use] + 16), use);
	}
	int rc = snap_load_gen(s, sb[use]);
	if (rc == SNAP_EDAMAGED && ok0 && ok1) {
		/* the newest generation's maps are damaged: the previous one, if
		 * every block of it is still intact */
		snprintf(s->note, sizeof s->note, "gen %llu is damaged (%.120s); using gen %llu",
		         (unsigned long long)snap_get64(sb[use] + 16), s->err,
		         (unsigned long long)snap_get64(sb[other] + 16));
		fallback = 1;
		rc = snap_load_gen(s, sb[other]);
	}
	if (rc == 0 && fallback)
		snap_keep_reset(s); /* its history may name blocks reused since */
	else if (rc == 0)
		snap_keep_load(s); /* a damaged kept generation is dropped, with a note */
	if (rc == 0 && fallback && snap_verify(s) != 0)
		rc = SNAP_EDAMAGED; /* the older generation was overwritten too */
	if (rc)
		return rc;
	return s->gen == 0 ? SNAP_COLD : SNAP_RESTORED;
}

int
snap_peek(struct blockdev *bd, uint64_t *base, uint64_t *size)
{
	uint8_t *b = malloc(SNAP_PAGE);
	uint64_t gen = 0;
	int found = 0;
	char why[64];
	if (!b || bd->block_size == 0 || SNAP_PAGE % bd->block_size) {
		free(b);
		return 0;
	}
	uint32_t spb = SNAP_PAGE / bd->block_size;
	for (int slot = 0; slot < 2; slot++) {
		if (bd->read(bd, (uint64_t)slot * spb, spb, b) != 0 || !sb_valid(b, slot, why, 64))
			continue;
		if (!found || snap_get64(b + 16) > gen) {
			gen = snap_get64(b + 16);
			*base = snap_get64(b + 32);
			*size = snap_get64(b + 40);
			found = 1;
		}
	}
	free(b);
	return found;
}

int
snap_open(struct snap **sp, struct blockdev *bd, const struct snap_prot *prot, uintptr_t base,
          size_t size, uint64_t capacity)
{
	struct snap *s = zalloc(sizeof *s);
	*sp = s;
	if (!s)
		return SNAP_ENOMEM;
	s->bd = bd;
	s->prot = prot;
	s->base = base;
	if (bd->block_size == 0 || SNAP_PAGE % bd->block_size || size % SNAP_PAGE || !size)
		return snap_fail(s, SNAP_EGEOM, "unsupported block size %llu", bd->block_size);
	s->spb = SNAP_PAGE / bd->block_size;
	int rc = setup(s, size, capacity);
	if (rc)
		return rc;
	uint8_t *sb[2] = { malloc(SNAP_PAGE), malloc(SNAP_PAGE) };
	if (!sb[0] || !sb[1])
		rc = snap_fail(s, SNAP_ENOMEM, "out of memory", 0);
	else if (snap_dev_read(s, 0, 1, sb[0]) || snap_dev_read(s, 1, 1, sb[1]))
		rc = snap_fail(s, SNAP_EIO, "cannot read the superblocks (I/O error)", 0);
	else
		rc = restore(s, sb);
	free(sb[0]);
	free(sb[1]);
	if (rc < 0)
		return rc;
	int mode = rc == SNAP_RESTORED ? SNAP_PROT_NONE : SNAP_PROT_RO;
	memset(s->state, rc == SNAP_RESTORED ? P_ABSENT : P_CLEAN, s->npages);
	if (protect(s, 0, s->npages, mode) != 0)
		return snap_fail(s, SNAP_ENOMEM, "cannot protect the arena", 0);
	return rc;
}

void
snap_close(struct snap *s)
{
	if (!s)
		return;
	void *v[] = { s->state,  s->dirty,    s->dsum,   s->pend,      s->slot,
		      s->blk,    s->crc,      s->cblk,   s->ccrc,      s->mref,
		      s->mcrc,   s->cmref,    s->cmcrc,  s->bref,      s->bcrc,
		      s->cbref,  s->cbcrc,    s->mdirty, s->used,      s->meta,
		      s->blkbuf, s->tofree.v, s->quar.v, s->alloced.v, s->nbits };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		free(v[i]);
	for (uint32_t i = 0; i < SNAP_KEEP; i++)
		free(s->keep[i].bits);
	if (s->cow)
		s->prot->free(s->prot->ctx, s->cow, s->cowcap);
	free(s);
}

const char *
snap_error(struct snap *s)
{
	return s ? s->err : "out of memory";
}

uint64_t
snap_gen(struct snap *s)
{
	return s->gen;
}

uint64_t
snap_clock(struct snap *s)
{
	return s->clock;
}

const char *
snap_note(struct snap *s)
{
	return s->note[0] ? s->note : NULL;
}

void
snap_timed(struct snap *s, uint32_t pause_us, uint32_t write_ms)
{
	s->last.pause_us = pause_us;
	s->last.write_ms = write_ms;
	memmove(&s->recent[1], &s->recent[0], sizeof s->recent - sizeof s->recent[0]);
	s->recent[0] = s->last;
	s->ncommits++;
}

int
snap_recent(struct snap *s, struct snap_stats *out, int max)
{
	int n = s->ncommits < SNAP_RECENT ? (int)s->ncommits : (int)SNAP_RECENT;
	n = n < max ? n : max;
	memcpy(out, s->recent, (size_t)n * sizeof *out);
	return n;
}

uint32_t
snap_commits(struct snap *s)
{
	return s->ncommits;
}

int
snap_busy(struct snap *s)
{
	return __atomic_load_n(&s->busy, __ATOMIC_ACQUIRE);
}

bool
snap_clean(struct snap *s)
{
	if (snap_busy(s))
		return false;
	for (uint32_t sw = 0; sw < (s->ndw + 63) / 64; sw++)
		if (__atomic_load_n(&s->dsum[sw], __ATOMIC_ACQUIRE))
			return false;
	return true;
}

void
snap_last(struct snap *s, struct snap_stats *st)
{
	*st = s->last;
}

/* ---------------------------------------------------------------- faults */

static int
load_page(struct snap *s, uint32_t p)
{
	uint8_t *a = (uint8_t *)snap_page_addr(s, p);
	if (s->blk[p] == 0) /* never written: the fresh mapping is zero */
		return protect(s, p, 1, SNAP_PROT_RO) == 0 ? 0 : SNAP_ENOMEM;
	if (protect(s, p, 1, SNAP_PROT_RW) != 0)
		return SNAP_ENOMEM;
	if (snap_dev_read(s, s->blk[p], 1, a) != 0)
		return snap_fail(s, SNAP_EIO, "read error loading arena page %llu", p);
	if (crc32c(0, a, SNAP_PAGE) != s->crc[p]) {
		memset(a, 0, SNAP_PAGE);
		snprintf(s->err, sizeof s->err,
		         "store damaged: arena page %u (block %u) has a bad checksum; not loaded",
		         p, s->blk[p]);
		protect(s, p, 1, SNAP_PROT_NONE);
		return SNAP_EDAMAGED;
	}
	return protect(s, p, 1, SNAP_PROT_RO) == 0 ? 0 : SNAP_ENOMEM;
}

/* Atomic: the writer marks carried-over pages while the VM faults. */
void
snap_mark_dirty(struct snap *s, uint32_t p)
{
	__atomic_fetch_or(&s->dirty[p >> 6], (uint64_t)1 << (p & 63), __ATOMIC_RELEASE);
	__atomic_fetch_or(&s->dsum[p >> 12], (uint64_t)1 << ((p >> 6) & 63), __ATOMIC_RELEASE);
}

/* A write to a page the snapshot still needs: its content at the
 * safepoint goes to its COW slot, then the page is the VM's again. */
static int
copy_out(struct snap *s, uint32_t p)
{
	memcpy(s->cow + (size_t)s->slot[p] * SNAP_PAGE, (void *)snap_page_addr(s, p), SNAP_PAGE);
	snap_st_set(s, p, P_DIRTY);
	snap_mark_dirty(s, p);
	return protect(s, p, 1, SNAP_PROT_RW) == 0 ? 1 : -1;
}

static int
fault_page(struct snap *s, uint32_t p)
{
	for (;;) {
		uint8_t st = snap_st_get(s, p);
		switch (st) {
		case P_ABSENT:
			if (load_page(s, p) != 0)
				return -1;
			snap_st_set(s, p, P_CLEAN);
			return 1;
		case P_CLEAN:
			if (!snap_st_cas(s, p, P_CLEAN, P_DIRTY))
				continue;
			snap_mark_dirty(s, p);
			return protect(s, p, 1, SNAP_PROT_RW) == 0 ? 1 : -1;
		case P_PENDING: /* COPYING keeps the writer off it meanwhile */
			if (!snap_st_cas(s, p, P_PENDING, P_COPYING))
				continue;
			return copy_out(s, p);
		case P_WRITING:
			if (snap_reclaim(s, p)) /* its run was not sent: it takes the copy */
				return copy_out(s, p);
			snap_unlock(s); /* its run is on the device: one request, < 1 ms */
			snap_relax(s);
			snap_lock(s);
			continue;
		default: /* DIRTY; a fault never sees COPYING: copies are made under the lock */
			return protect(s, p, 1, SNAP_PROT_RW) == 0 ? 1 : -1;
		}
	}
}

/* A fault's state change, dirty mark and protection are one step as far
 * as the pause is concerned: otherwise a fault on another thread could
 * make a page writable right after the pause made it PENDING, and writes
 * to it would escape both the copy-on-write and the next snapshot. The
 * writer changes its runs under the same lock, so that a fault can take a
 * claimed page back from a run not yet sent (snap_reclaim). */
void
snap_lock(struct snap *s)
{
	while (!__atomic_compare_exchange_n(&s->lock, &(int){ 0 }, 1, 0, __ATOMIC_ACQUIRE,
	                                    __ATOMIC_RELAXED))
		snap_relax(s);
}

void
snap_unlock(struct snap *s)
{
	__atomic_store_n(&s->lock, 0, __ATOMIC_RELEASE);
}

int
snap_fault(struct snap *s, uintptr_t addr)
{
	if (addr < s->base || addr >= s->base + (uintptr_t)s->npages * SNAP_PAGE)
		return 0;
	snap_lock(s);
	int rc = fault_page(s, (uint32_t)((addr - s->base) / SNAP_PAGE));
	snap_unlock(s);
	return rc;
}

/* ---------------------------------------------------------------- pause */

static int
ensure_cow(struct snap *s, uint32_t n)
{
	size_t need = (size_t)n * SNAP_PAGE;
	if (need <= s->cowcap)
		return 0;
	if (s->cow)
		s->prot->free(s->prot->ctx, s->cow, s->cowcap);
	size_t cap =
		need * 2 < (size_t)s->npages * SNAP_PAGE ? need * 2 : (size_t)s->npages * SNAP_PAGE;
	s->cow = s->prot->alloc(s->prot->ctx, cap);
	s->cowcap = s->cow ? cap : 0;
	return s->cow ? 0 : SNAP_ENOMEM;
}

/* Protect the run [from, p) of formerly dirty pages. */
static void
flush_run(struct snap *s, uint32_t from, uint32_t p)
{
	if (p > from)
		protect(s, from, p - from, SNAP_PROT_RO);
}

/*
 * Another thread may write the arena around the pause (the snapshot timer
 * sets the VM's trap word): its fault then runs wholly before or after the
 * pause (the lock), and the dirty words are taken with atomic exchanges,
 * never read and then cleared, so no mark is ever lost.
 */
static int pause_locked(struct snap *s, uint64_t clock);

int
snap_pause(struct snap *s, uint64_t clock)
{
	if (snap_busy(s))
		return SNAP_BUSY;
	snap_lock(s);
	int rc = pause_locked(s, clock);
	snap_unlock(s);
	return rc;
}

static int
pause_locked(struct snap *s, uint64_t clock)
{
	uint32_t n = 0, run = 0, runend = 0;
	for (uint32_t sw = 0; sw < (s->ndw + 63) / 64; sw++) {
		if (!__atomic_load_n(&s->dsum[sw], __ATOMIC_ACQUIRE))
			continue;
		for (uint64_t sm = __atomic_exchange_n(&s->dsum[sw], 0, __ATOMIC_ACQ_REL); sm;
		     sm &= sm - 1) {
			uint32_t w = sw * 64 + (uint32_t)__builtin_ctzll(sm);
			uint64_t m = __atomic_exchange_n(&s->dirty[w], 0, __ATOMIC_ACQ_REL);
			for (; m; m &= m - 1)
				s->pend[n++] = w * 64 + (uint32_t)__builtin_ctzll(m);
		}
	}
	if (n == 0)
		return SNAP_IDLE;
	if (ensure_cow(s, n) != 0) { /* no room for copies: try again later */
		for (uint32_t j = 0; j < n; j++)
			snap_mark_dirty(s, s->pend[j]);
		return SNAP_IDLE;
	}
	for (uint32_t j = 0; j < n; j++) {
		uint32_t p = s->pend[j];
		if (snap_st_get(s, p) == P_DIRTY) {
			if (p != runend) {
				flush_run(s, run, runend);
				run = p;
			}
			runend = p + 1;
		}
		snap_st_set(s, p, P_PENDING);
		s->slot[p] = j;
	}
	flush_run(s, run, runend);
	s->npend = n;
	s->clock = clock;
	s->last.pages = n;
	__atomic_store_n(&s->busy, 1, __ATOMIC_RELEASE);
	return SNAP_STARTED;
}

/* ---------------------------------------------------------------- checking */

int
snap_verify(struct snap *s)
{
	uint8_t *b = malloc(SNAP_PAGE);
	int rc = b ? 0 : SNAP_ENOMEM;
	for (uint32_t p = 0; p < s->npages && !rc; p++)
		if (s->cblk[p])
			rc = snap_read_checked(s, s->cblk[p], s->ccrc[p], b, "data");
	free(b);
	return rc;
}

uint32_t
snap_arena_crc(struct snap *s)
{
	uint32_t hi = 0, c = 0;
	for (uint32_t p = 0; p < s->npages; p++) {
		uint8_t st = snap_st_get(s, p);
		if (s->blk[p] || st == P_DIRTY || st >= P_PENDING)
			hi = p + 1;
	}
	for (uint32_t p = 0; p < hi; p++) {
		if (snap_st_get(s, p) == P_ABSENT && snap_fault(s, snap_page_addr(s, p)) < 0)
			return 0;
		c = crc32c(c, (void *)snap_page_addr(s, p), SNAP_PAGE);
	}
	return c;
}
