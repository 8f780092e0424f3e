/*
 * snapwrite.c - the writer half of a snapshot: stream the pages pending
 * since snap_pause() to free blocks (copy-on-write keeps them equal to
 * memory at the safepoint), write the changed page-map and bitmap blocks,
 * flush, then write and flush the superblock - the single commit point -
 * and only after that free the superseded blocks. On any error the round
 * is aborted and the last committed generation stays intact.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crc32c.h"
#include "snap_impl.h"

/* ---------------------------------------------------------------- writer */

/* Write the batch, a device request per run of consecutive blocks. */
static int
write_batch(struct snap *s)
{
	uint32_t i = 0;
	while (i < s->nbatch) {
		uint32_t j = i + 1;
		while (j < s->nbatch && s->batchblk[j] == s->batchblk[j - 1] + 1)
			j++;
		int rc = snap_dev_write(s, s->batchblk[i], j - i, s->batch + (size_t)i * SNAP_PAGE);
		if (rc)
			return snap_fail(s, rc, "write error at block %llu", s->batchblk[i]);
		i = j;
	}
	s->nbatch = 0;
	return 0;
}

/* The page's content at the safepoint, into dst. (Copy, then checksum
 * the copy: under emulation two passes measured faster than one fused
 * loop, whose stores are single emulated instructions.) */
static void
take_page(struct snap *s, uint32_t p, uint8_t *dst)
{
	if (snap_st_cas(s, p, P_PENDING, P_COPYING)) {
		memcpy(dst, (void *)snap_page_addr(s, p), SNAP_PAGE);
		snap_st_set(s, p, P_CLEAN);
		return;
	}
	while (snap_st_get(s, p) == P_COPYING)
		snap_relax(s);
	memcpy(dst, s->cow + (size_t)s->slot[p] * SNAP_PAGE, SNAP_PAGE);
}

static int
write_pages(struct snap *s)
{
	for (uint32_t j = 0; j < s->npend; j++) {
		uint32_t p = s->pend[j], b;
		int rc = snap_alloc_block(s, &b);
		if (rc)
			return rc;
		uint8_t *dst = s->batch + (size_t)s->nbatch * SNAP_PAGE;
		take_page(s, p, dst);
		s->batchblk[s->nbatch++] = b;
		if (s->blk[p] && snap_blist_add(&s->tofree, s->blk[p]))
			return SNAP_ENOMEM;
		s->blk[p] = b;
		s->crc[p] = crc32c(0, dst, SNAP_PAGE);
		s->mdirty[p / SNAP_PER_MAP] = 1;
		if (s->nbatch == BATCH && (rc = write_batch(s)) != 0)
			return rc;
	}
	return write_batch(s);
}

static int
write_meta(struct snap *s, uint8_t *buf, uint32_t *ref, uint32_t *crc)
{
	uint32_t b;
	int rc = snap_alloc_block(s, &b);
	if (rc)
		return rc;
	if (*ref && snap_blist_add(&s->tofree, *ref))
		return SNAP_ENOMEM;
	*ref = b;
	*crc = crc32c(0, buf, SNAP_PAGE);
	rc = snap_dev_write(s, b, 1, buf);
	return rc ? snap_fail(s, rc, "write error at block %llu", b) : 0;
}

static int
write_maps(struct snap *s)
{
	uint8_t *b = s->blkbuf;
	for (uint32_t m = 0; m < s->nmap; m++) {
		if (!s->mdirty[m])
			continue;
		memset(b, 0, SNAP_PAGE);
		for (uint32_t k = 0; k < SNAP_PER_MAP && m * SNAP_PER_MAP + k < s->npages; k++) {
			snap_put32(b + 8 * k, s->blk[m * SNAP_PER_MAP + k]);
			snap_put32(b + 8 * k + 4, s->crc[m * SNAP_PER_MAP + k]);
		}
		int rc = write_meta(s, b, &s->mref[m], &s->mcrc[m]);
		if (rc)
			return rc;
	}
	return 0;
}

/* The bitmap of the new generation: used now, minus what it supersedes
 * and the quarantine. New bitmap blocks are allocated first so that they
 * are in it; the old ones are in tofree. */
static int
write_bitmap(struct snap *s)
{
	uint32_t nb[SNAP_MAXREFS];
	for (uint32_t i = 0; i < s->nbmp; i++) {
		int rc = snap_alloc_block(s, &nb[i]);
		if (rc)
			return rc;
		if (s->bref[i] && snap_blist_add(&s->tofree, s->bref[i]))
			return SNAP_ENOMEM;
	}
	size_t words = (s->nblocks + 63) / 64;
	uint64_t *next = malloc(words * 8);
	if (!next)
		return SNAP_ENOMEM;
	memcpy(next, s->used, words * 8);
	for (uint32_t i = 0; i < s->tofree.n; i++)
		CLRB(next, s->tofree.v[i]);
	for (uint32_t i = 0; i < s->quar.n; i++)
		CLRB(next, s->quar.v[i]);
	uint8_t *b = s->blkbuf;
	int rc = 0;
	for (uint32_t i = 0; i < s->nbmp && !rc; i++) {
		memset(b, 0, SNAP_PAGE);
		uint64_t first = (uint64_t)i * SNAP_PER_BMP;
		for (uint32_t k = 0; k < SNAP_PER_BMP && first + k < s->nblocks; k++)
			if (BIT(next, first + k))
				b[k / 8] |= (uint8_t)(1u << (k % 8));
		s->bref[i] = nb[i];
		s->bcrc[i] = crc32c(0, b, SNAP_PAGE);
		if (snap_dev_write(s, nb[i], 1, b))
			rc = snap_fail(s, SNAP_EIO, "write error at block %llu", nb[i]);
	}
	free(next);
	return rc;
}

static int
write_super(struct snap *s)
{
	if (snap_dev_flush(s))
		return snap_fail(s, SNAP_EIO, "flush error before the commit", 0);
	uint64_t g = s->gen + 1;
	snap_sb_encode(s, s->blkbuf, g, s->npend);
	s->super_tried = 1;
	if (snap_dev_write(s, g % 2, 1, s->blkbuf))
		return snap_fail(s, SNAP_EIO, "write error on superblock slot %llu", g % 2);
	if (snap_dev_flush(s))
		return snap_fail(s, SNAP_EIO, "flush error after the superblock", 0);
	return 0;
}

static void
committed(struct snap *s)
{
	for (uint32_t i = 0; i < s->tofree.n; i++)
		CLRB(s->used, s->tofree.v[i]);
	for (uint32_t i = 0; i < s->quar.n; i++)
		CLRB(s->used, s->quar.v[i]);
	s->tofree.n = s->quar.n = s->alloced.n = 0;
	for (uint32_t j = 0; j < s->npend; j++) {
		uint32_t p = s->pend[j];
		s->cblk[p] = s->blk[p];
		s->ccrc[p] = s->crc[p];
	}
	memcpy(s->cmref, s->mref, s->nmap * 4);
	memcpy(s->cmcrc, s->mcrc, s->nmap * 4);
	memcpy(s->cbref, s->bref, s->nbmp * 4);
	memcpy(s->cbcrc, s->bcrc, s->nbmp * 4);
	s->gen++;
}

/* The attempt failed: back to the committed maps; its pages go into the
 * next snapshot; the blocks it wrote stay reserved until a commit. */
static void
aborted(struct snap *s)
{
	for (uint32_t j = 0; j < s->npend; j++) {
		uint32_t p = s->pend[j];
		while (snap_st_get(s, p) == P_PENDING || snap_st_get(s, p) == P_COPYING)
			take_page(s, p, s->blkbuf); /* settle the page state */
		s->blk[p] = s->cblk[p];
		s->crc[p] = s->ccrc[p];
		snap_mark_dirty(s, p);
	}
	for (uint32_t i = 0; i < s->alloced.n; i++) {
		if (s->super_tried)
			snap_blist_add(&s->quar, s->alloced.v[i]);
		else /* nothing references them: free at once */
			CLRB(s->used, s->alloced.v[i]);
	}
	s->tofree.n = s->alloced.n = 0;
	memcpy(s->mref, s->cmref, s->nmap * 4);
	memcpy(s->mcrc, s->cmcrc, s->nmap * 4);
	memcpy(s->bref, s->cbref, s->nbmp * 4);
	memcpy(s->bcrc, s->cbcrc, s->nbmp * 4);
}

int
snap_write(struct snap *s)
{
	s->nwritten = 0;
	s->nbatch = 0;
	s->super_tried = 0;
	s->pclock = s->clock;
	memset(s->mdirty, 0, s->nmap);
	s->cursor = 2;
	int rc = write_pages(s);
	if (!rc)
		rc = write_maps(s);
	if (!rc)
		rc = write_bitmap(s);
	if (!rc)
		rc = write_super(s);
	if (rc)
		aborted(s);
	else
		committed(s);
	s->last.gen = s->gen;
	s->last.blocks = s->nwritten;
	__atomic_store_n(&s->busy, 0, __ATOMIC_RELEASE);
	return rc;
}
