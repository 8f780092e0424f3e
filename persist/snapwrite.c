/*
 * snapwrite.c - the writer half of a snapshot: stream the pages pending
 * since snap_pause() to free blocks (copy-on-write keeps them equal to
 * memory at the safepoint), write the changed page-map and bitmap blocks,
 * the history of kept generations and a copy of the new superblock, flush,
 * then write and flush the superblock - the single commit point - and only
 * after that free the blocks no kept generation uses. On any error the
 * round is aborted and every kept generation stays intact.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crc32c.h"
#include "snap_impl.h"

/* ---------------------------------------------------------------- requests */

/*
 * Blocks go out in runs (struct snap_run): up to BATCH blocks at
 * consecutive addresses, one device write. Runs wait in a ring while the
 * device has one in flight, and the writer keeps computing checksums;
 * pump() hands the device the next run as soon as it is idle. Every
 * EARLY_FLUSH bytes a flush joins the queue, so that the device destages
 * its cache behind the checksums instead of all at the commit's flush.
 * Arena pages are written in place: the writer claims a PENDING page
 * (-> WRITING), and it goes back to CLEAN when its run has completed,
 * success or not. Until its run is sent a write fault may take the page
 * back (snap_reclaim: the run then writes the fault's copy), so a write
 * waits for at most the one request on the device. The lock: a fault
 * holds the snap lock while it reclaims; the writer takes it to send a
 * run (nothing of its own in flight then - a fault holding the lock may be
 * waiting for the disk) and publishes each appended entry with a release
 * store of n; runs already sent belong to the writer alone.
 */

static void
land(struct snap *s, struct snap_run *r)
{
	for (uint32_t i = 0; i < r->n; i++)
		if (r->page[i] != NOPAGE)
			snap_st_set(s, r->page[i], P_CLEAN);
	r->n = 0;
	r->flush = 0;
}

static struct snap_run *
gathering(struct snap *s)
{
	return &s->run[s->queued % NRUN];
}

int
snap_reclaim(struct snap *s, uint32_t p)
{
	uint32_t queued = __atomic_load_n(&s->queued, __ATOMIC_ACQUIRE);
	for (uint32_t k = s->sent; k - s->sent <= queued - s->sent; k++) {
		struct snap_run *r = &s->run[k % NRUN];
		uint32_t n = __atomic_load_n(&r->n, __ATOMIC_ACQUIRE);
		for (uint32_t i = 0; i < n; i++)
			if (r->page[i] == p) {
				r->src[i] = s->cow + (size_t)s->slot[p] * SNAP_PAGE;
				r->page[i] = NOPAGE;
				return 1;
			}
	}
	return 0;
}

/* Send the oldest waiting run: from here on no fault can change it. */
static int
submit(struct snap *s)
{
	struct snap_run *r = &s->run[s->sent % NRUN];
	struct blockdev_seg seg[BATCH];
	uint32_t n = 0;
	int rc;
	snap_lock(s);
	for (uint32_t i = 0; i < r->n; i++) {
		const uint8_t *end =
			n ? (const uint8_t *)seg[n - 1].buf + seg[n - 1].count / s->spb * SNAP_PAGE
			  : NULL;
		if (end == r->src[i])
			seg[n - 1].count += s->spb;
		else
			seg[n++] = (struct blockdev_seg){ r->src[i], s->spb };
	}
	s->sent++;
	snap_unlock(s);
	if (r->flush && (rc = snap_dev_submit_flush(s)) != 0)
		return snap_fail(s, rc, "flush error", 0);
	if (!r->flush && (rc = snap_dev_submit(s, r->first, seg, n)) != 0)
		return snap_fail(s, rc, "write error at block %llu", r->first);
	s->flying = 1;
	return 0;
}

static int
complete(struct snap *s)
{
	struct snap_run *r = &s->run[s->done++ % NRUN];
	int rc = snap_dev_complete(s);
	s->flying = 0;
	if (rc)
		rc = r->flush ? snap_fail(s, rc, "flush error", 0)
		              : snap_fail(s, rc, "write error at block %llu", r->first);
	land(s, r);
	return rc;
}

/* Keep the device busy: if its request has finished (wait: wait for it),
 * complete it and submit the next queued one. */
static int
pump(struct snap *s, int wait)
{
	for (;;) {
		if (s->flying) {
			if (!wait && snap_dev_busy(s))
				return 0;
			int rc = complete(s);
			if (rc)
				return rc;
			wait = 0;
		}
		if (s->sent == s->queued)
			return 0;
		int rc = submit(s);
		if (rc)
			return rc;
	}
}

/* Queue the run being gathered (a flush after it when EARLY_FLUSH bytes
 * have gone by) and start a new one; waits while the ring is full. */
static int
close_run(struct snap *s, int flush)
{
	struct snap_run *r = gathering(s);
	int rc = 0;
	r->flush = flush;
	s->unflushed = flush ? 0 : s->unflushed + (uint64_t)r->n * SNAP_PAGE;
	while (!rc && s->queued + 1 - s->done >= NRUN) /* the next slot must be free */
		rc = pump(s, 1);
	if (rc)
		return rc;
	__atomic_store_n(&s->queued, s->queued + 1, __ATOMIC_RELEASE);
	rc = pump(s, 0);
	if (!rc && !flush && s->unflushed >= EARLY_FLUSH)
		rc = close_run(s, 1);
	return rc;
}

/* Make room for block b in the run being gathered: queue that run first
 * if b does not continue it or it is full. */
static int
room(struct snap *s, uint32_t b)
{
	struct snap_run *r = gathering(s);
	if (r->n && (r->n == BATCH || b != r->first + r->n))
		return close_run(s, 0);
	return 0;
}

static void
append(struct snap *s, uint32_t b, const void *src, uint32_t page)
{
	struct snap_run *r = gathering(s);
	if (r->n == 0)
		r->first = b;
	r->src[r->n] = src;
	r->page[r->n] = page;
	__atomic_store_n(&r->n, r->n + 1, __ATOMIC_RELEASE); /* snap_reclaim may look */
	s->nwritten++;
}

/* Everything queued, on the device and completed. */
static int
drain(struct snap *s)
{
	int rc = gathering(s)->n ? close_run(s, 0) : 0;
	while (!rc && s->done < s->queued)
		rc = pump(s, 1);
	return rc;
}

/* After an error: nothing in flight, nothing claimed. */
static void
halt(struct snap *s)
{
	if (s->flying)
		complete(s);
	snap_lock(s);
	for (; s->done <= s->queued; s->done++)
		land(s, &s->run[s->done % NRUN]);
	s->done = s->sent = s->queued;
	snap_unlock(s);
}

/* A page for the next metadata block (one per map and bitmap block). */
static uint8_t *
meta_page(struct snap *s)
{
	return s->meta + (size_t)s->nmeta * SNAP_PAGE;
}

/* ---------------------------------------------------------------- writer */

/* Page p's content at the safepoint: the page itself, claimed (*page = p),
 * or the copy a write fault made before the writer came to it. */
static const void *
take_page(struct snap *s, uint32_t p, uint32_t *page)
{
	for (;;) {
		if (snap_st_cas(s, p, P_PENDING, P_WRITING)) {
			*page = p;
			return (const void *)snap_page_addr(s, p);
		}
		if (snap_st_get(s, p) != P_COPYING)
			break;
		snap_relax(s);
	}
	*page = NOPAGE;
	return s->cow + (size_t)s->slot[p] * SNAP_PAGE;
}

static int
write_pages(struct snap *s)
{
	for (uint32_t j = 0; j < s->npend; j++) {
		uint32_t p = s->pend[j], b, page;
		int rc = snap_alloc_block(s, &b);
		if (!rc)
			rc = room(s, b);
		if (rc)
			return rc;
		const void *src = take_page(s, p, &page);
		s->crc[p] = crc32c(0, src, SNAP_PAGE);
		append(s, b, src, page);
		if ((rc = pump(s, 0)) != 0)
			return rc;
		if (s->blk[p] && snap_blist_add(&s->tofree, s->blk[p]))
			return SNAP_ENOMEM;
		s->blk[p] = b;
		s->mdirty[p / SNAP_PER_MAP] = 1;
	}
	return 0;
}

/* Queue the metadata page built at meta_page() as block b; *ref and
 * *crc name it from now on. */
static void
append_meta(struct snap *s, uint32_t b, uint32_t *ref, uint32_t *crc)
{
	uint8_t *page = meta_page(s);
	s->nmeta++;
	*ref = b;
	*crc = crc32c(0, page, SNAP_PAGE);
	append(s, b, page, NOPAGE);
}

static int
write_maps(struct snap *s)
{
	for (uint32_t m = 0; m < s->nmap; m++) {
		if (!s->mdirty[m])
			continue;
		uint32_t nb;
		int rc = snap_alloc_block(s, &nb);
		if (!rc && s->mref[m] && snap_blist_add(&s->tofree, s->mref[m]))
			rc = SNAP_ENOMEM;
		if (!rc)
			rc = room(s, nb);
		if (rc)
			return rc;
		uint8_t *b = meta_page(s);
		memset(b, 0, SNAP_PAGE);
		for (uint32_t k = 0; k < SNAP_PER_MAP && m * SNAP_PER_MAP + k < s->npages; k++) {
			snap_put32(b + 8 * k, s->blk[m * SNAP_PER_MAP + k]);
			snap_put32(b + 8 * k + 4, s->crc[m * SNAP_PER_MAP + k]);
		}
		append_meta(s, nb, &s->mref[m], &s->mcrc[m]);
	}
	return 0;
}

/* The new generation's bitmap (nbits): the committed one's, minus what
 * this round supersedes, plus what it wrote. New bitmap, history and copy
 * blocks are allocated first so that they are in it. */
static int
alloc_meta(struct snap *s, uint32_t *nb, uint32_t *hist, uint32_t *copy)
{
	for (uint32_t i = 0; i < s->nbmp; i++) {
		int rc = snap_alloc_block(s, &nb[i]);
		if (rc)
			return rc;
		if (s->bref[i] && snap_blist_add(&s->tofree, s->bref[i]))
			return SNAP_ENOMEM;
	}
	uint32_t old[2] = { s->chref, s->ccref };
	for (int i = 0; i < 2; i++)
		if (old[i] && snap_blist_add(&s->tofree, old[i]))
			return SNAP_ENOMEM;
	int rc = snap_alloc_block(s, hist);
	if (!rc)
		rc = snap_alloc_block(s, copy);
	if (rc)
		return rc;
	uint64_t *next = s->nbits;
	memcpy(next, s->keep[0].bits, snap_bitwords(s) * 8);
	for (uint32_t i = 0; i < s->tofree.n; i++)
		CLRB(next, s->tofree.v[i]);
	for (uint32_t i = 0; i < s->alloced.n; i++)
		SETB(next, s->alloced.v[i]);
	return 0;
}

static int
write_bitmap(struct snap *s, const uint32_t *nb)
{
	const uint64_t *next = s->nbits;
	int rc = 0;
	for (uint32_t i = 0; i < s->nbmp && !rc; i++) {
		if ((rc = room(s, nb[i])) != 0)
			break;
		uint8_t *b = meta_page(s);
		uint64_t first = (uint64_t)i * SNAP_PER_BMP / 8; /* bytes: 8 blocks each */
		for (uint32_t k = 0; k < SNAP_PAGE; k++) {
			uint64_t at = first + k;
			b[k] = at * 8 < s->nblocks ? (uint8_t)(next[at / 8] >> (at % 8 * 8)) : 0;
		}
		append_meta(s, nb[i], &s->bref[i], &s->bcrc[i]);
	}
	return rc;
}

/* Bitmap, history (the kept generations this commit keeps) and the copy
 * of the superblock - which is the very block written to the slot. */
static int
write_meta(struct snap *s)
{
	uint32_t nb[SNAP_MAXREFS], hist, copy;
	int rc = alloc_meta(s, nb, &hist, &copy);
	if (!rc)
		rc = snap_keep_plan(s);
	if (!rc)
		rc = write_bitmap(s, nb);
	if (!rc)
		rc = room(s, hist);
	if (rc)
		return rc;
	snap_keep_history(s, meta_page(s));
	append_meta(s, hist, &s->href, &s->hcrc);
	if ((rc = room(s, copy)) != 0)
		return rc;
	s->cref = copy;
	snap_sb_encode(s, meta_page(s), s->gen + 1, s->npend);
	uint32_t ref, crc;
	append_meta(s, copy, &ref, &crc);
	return 0;
}

/* The superblock is the copy write_meta queued last. A failure from its
 * write on may still have committed (the device may hold it): EUNSURE. */
static int
write_super(struct snap *s)
{
	int rc = drain(s);
	if (rc)
		return rc;
	if (snap_dev_flush(s))
		return snap_fail(s, SNAP_EIO, "flush error before the commit", 0);
	uint64_t g = s->gen + 1;
	const uint8_t *sb = meta_page(s) - SNAP_PAGE;
	s->super_tried = 1;
	if (snap_dev_write(s, g % 2, 1, sb))
		return snap_fail(
			s, SNAP_EUNSURE,
			"write error on superblock slot %llu; the next boot may restore it "
			"or the one before",
			g % 2);
	if (snap_dev_flush(s))
		return snap_fail(
			s, SNAP_EUNSURE,
			"flush failed after the superblock write (slot %llu); the next boot "
			"may restore it or the one before; its blocks are kept until a "
			"commit succeeds",
			g % 2);
	return 0;
}

static void
committed(struct snap *s)
{
	s->tofree.n = s->quar.n = s->alloced.n = 0;
	for (uint32_t j = 0; j < s->npend; j++) {
		uint32_t p = s->pend[j];
		s->npages_used += s->cblk[p] == 0;
		s->cblk[p] = s->blk[p];
		s->ccrc[p] = s->crc[p];
	}
	memcpy(s->cmref, s->mref, s->nmap * 4);
	memcpy(s->cmcrc, s->mcrc, s->nmap * 4);
	memcpy(s->cbref, s->bref, s->nbmp * 4);
	memcpy(s->cbcrc, s->bcrc, s->nbmp * 4);
	s->chref = s->href, s->chcrc = s->hcrc, s->ccref = s->cref;
	s->gen++;
	/* the copy is the superblock: its crc is that of the whole block */
	snap_keep_commit(s, s->cref, crc32c(0, meta_page(s) - SNAP_PAGE, SNAP_PAGE));
}

/* The attempt failed: back to the committed maps; its pages go into the
 * next snapshot; the blocks it wrote stay reserved until a commit. */
static void
aborted(struct snap *s)
{
	for (uint32_t j = 0; j < s->npend; j++) {
		uint32_t p = s->pend[j];
		uint8_t st; /* settle the page: untaken ones become CLEAN */
		while ((st = snap_st_get(s, p)) == P_PENDING || st == P_COPYING)
			if (!snap_st_cas(s, p, P_PENDING, P_CLEAN))
				snap_relax(s);
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
	s->href = s->chref, s->hcrc = s->chcrc, s->cref = s->ccref;
}

int
snap_write(struct snap *s)
{
	s->nwritten = 0;
	s->done = s->sent = s->queued = 0;
	s->flying = 0;
	s->unflushed = 0;
	s->nmeta = 0;
	gathering(s)->n = 0;
	gathering(s)->flush = 0;
	s->super_tried = 0;
	s->pclock = s->clock;
	memset(s->mdirty, 0, s->nmap);
	s->cursor = 2;
	int rc = write_pages(s);
	if (!rc)
		rc = write_maps(s);
	if (!rc)
		rc = write_meta(s);
	if (!rc)
		rc = write_super(s);
	if (rc) {
		halt(s);
		aborted(s);
	} else
		committed(s);
	s->last.gen = s->gen;
	s->last.blocks = s->nwritten;
	__atomic_store_n(&s->busy, 0, __ATOMIC_RELEASE);
	return rc;
}
