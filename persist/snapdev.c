/*
 * snapdev.c - the store's device (kernel/blockdev.h) as snap.c and
 * snapwrite.c use it: reads in store blocks, each tried TRIES times (a
 * device that fails once costs a retry, never the world); writes and
 * flushes, at once or as requests in flight when the device has the hooks.
 * Invariant: every access of the store goes through here, counted in
 * store blocks (s->spb device blocks each).
 */
#include "snap.h"

#include "snap_impl.h"

static int
dev_read1(struct snap *s, uint64_t b, uint32_t n, void *buf)
{
	return s->bd->read(s->bd, b * s->spb, n * s->spb, buf) == 0 ? 0 : SNAP_EIO;
}

/* Every read of the store: a transient error (a device that fails once)
 * costs a retry, not the world - arena pages and metadata alike. */
int
snap_dev_read(struct snap *s, uint64_t b, uint32_t n, void *buf)
{
	int rc = SNAP_EIO;
	for (int tries = 0; tries < TRIES && rc == SNAP_EIO; tries++)
		rc = dev_read1(s, b, n, buf);
	return rc;
}

int
snap_dev_write(struct snap *s, uint64_t b, uint32_t n, const void *buf)
{
	s->nwritten += n;
	return s->bd->write(s->bd, b * s->spb, n * s->spb, buf) == 0 ? 0 : SNAP_EIO;
}

/*
 * Requests in flight (kernel/blockdev.h): a write of store blocks from b
 * (seg counts in device blocks) or a flush. Without the device's hooks
 * the request is done at once with write() or flush() and its result kept
 * for snap_dev_complete().
 */
int
snap_dev_submit(struct snap *s, uint64_t b, const struct blockdev_seg *seg, uint32_t n)
{
	struct blockdev *bd = s->bd;
	uint64_t lba = b * s->spb;
	if (bd->submit_write)
		return bd->submit_write(bd, lba, seg, n) == 0 ? 0 : SNAP_EIO;
	s->wrc = 0;
	for (uint32_t i = 0; i < n && !s->wrc; lba += seg[i++].count)
		s->wrc = bd->write(bd, lba, seg[i].count, seg[i].buf);
	return 0;
}

int
snap_dev_submit_flush(struct snap *s)
{
	struct blockdev *bd = s->bd;
	if (bd->submit_flush)
		return bd->submit_flush(bd) == 0 ? 0 : SNAP_EIO;
	s->wrc = bd->flush(bd);
	return 0;
}

int
snap_dev_busy(struct snap *s)
{
	return s->bd->busy ? s->bd->busy(s->bd) : 0;
}

int
snap_dev_complete(struct snap *s)
{
	struct blockdev *bd = s->bd;
	int rc = bd->complete ? bd->complete(bd) : s->wrc;
	return rc == 0 ? 0 : SNAP_EIO;
}

int
snap_dev_flush(struct snap *s)
{
	return s->bd->flush(s->bd) == 0 ? 0 : SNAP_EIO;
}
