/*
 * ata_test.c - the ATA driver's boot-time self-test (boot option
 * phantom.atatest=1, run by ata_init once ata0 is registered).
 *
 * It saves a range of up to 16 MiB near the end of the disk (straddling
 * LBA 2^28 when the disk is that big, so LBA48 commands run), then for PIO,
 * DMA and DMA through the bounce buffer: streams a pattern out (write +
 * flush, timed) and back (timed) and compares it byte by byte; does
 * odd-sized transfers from and to odd places (crossing 64 KiB boundaries,
 * unaligned addresses) with guard bytes around the read buffer; writes
 * gathered from scattered buffers and flushes as requests in flight; times
 * single-sector write + flush; reads past the end (EIO, fast, then
 * recovery). With DMA it also starts a DMA that never completes (timeout,
 * reset, recovery). It logs the rates, and leaves the driver in the faster
 * working mode.
 *
 * Invariant: the test writes only inside the range it first read into
 * `save`, and once that read succeeded it writes `save` back and flushes,
 * whatever failed; only a failed restore changes the disk. It drives the
 * disk through ata_impl.h alone and never takes the driver's lock itself.
 */
#include "ata_impl.h"

#include <stdio.h>
#include <string.h>

#include "kheap.h"
#include "klog.h"
#include "timer.h"

#define ATA_TEST_BYTES      (16u << 20) /* streamed per mode; halved if short of memory */
#define ATA_TEST_MIN_BYTES  (2u << 20)
#define ATA_TEST_REQ        2048 /* sectors per request when streaming: 1 MiB */
#define ATA_TEST_SYNCS      64   /* single-sector write + flush rounds */
#define ATA_TEST_TIMEOUT_MS 100  /* for the DMA that never completes */
#define ATA_TEST_GUARD      16   /* bytes checked on each side of a read buffer */

enum { TM_PIO, TM_DMA, TM_BOUNCE, TM_N };

static const char *const mode_names[TM_N] = { "pio", "dma", "dma via bounce buffer" };

/* Odd sizes at offsets from a 64 KiB boundary in the buffer: {sectors, write, read}. */
static const uint32_t edges[][3] = {
	{ 77, 0x10000 - 0x600, 0x30000 - 0x200 },  /* odd count, crosses one boundary */
	{ 301, 0x50000 - 0x1004, 0x90000 - 0x3c }, /* > 256 sectors, crosses three */
	{ 3, 0xd0001, 0xe0003 },                   /* odd addresses: DMA must bounce */
};

struct selftest {
	const struct ata_disk *d;
	uint64_t lba;
	uint32_t n; /* sectors in the test range */
	uint8_t *save, *buf;
	bool saved; /* save holds the old contents */
	int modes;  /* TM_* that run: 1 without DMA */
	int failed; /* the mode that failed; TM_N: the DMA timeout test */
	uint64_t write_ns[TM_N], flush_ns[TM_N], read_ns[TM_N], sync_ns[TM_N], eio_ns[TM_N];
	uint64_t timeout_ns;
	char detail[80], why[120];
};

static void
set_mode(int m)
{
	ata_set_mode(m != TM_PIO, m == TM_BOUNCE);
}

/* Near the end of the disk, or straddling LBA 2^28 if the disk is that big. */
static uint64_t
test_start(const struct ata_disk *d, uint32_t n)
{
	if (d->lba48 && d->sectors >= ATA_LBA28_LIMIT + n)
		return ATA_LBA28_LIMIT - n / 2;
	return d->sectors - n;
}

/*
 * Fill n sectors at p with the pattern for (lba, seed), or with `check`
 * compare them byte by byte: returns the offset of the first difference,
 * or -1.
 */
static long
pattern(uint8_t *p, uint64_t lba, uint32_t n, uint32_t seed, bool check)
{
	uint32_t w[ATA_SECTOR / 4], i, j;

	for (i = 0; i < n; i++, p += ATA_SECTOR) {
		for (j = 0; j < ATA_SECTOR / 4; j++)
			w[j] = ((uint32_t)(lba + i) * 2654435761u + seed * 0x9e3779b9u) ^
			       j * 0x01000193u;
		if (!check)
			memcpy(p, w, ATA_SECTOR);
		for (j = 0; check && j < ATA_SECTOR; j++)
			if (p[j] != ((const uint8_t *)w)[j])
				return (long)(i * ATA_SECTOR + j);
	}
	return -1;
}

static const char *
differs(struct selftest *t, uint8_t *p, uint64_t lba, uint32_t n, uint32_t seed)
{
	long at = pattern(p, lba, n, seed, true);

	if (at < 0)
		return NULL;
	snprintf(t->detail, sizeof t->detail, "%u sectors at lba %u: read-back differs at byte %ld",
	         n, (unsigned)lba, at);
	return t->detail;
}

/* The whole range in ATA_TEST_REQ-sector requests, timed. */
static int
stream(struct selftest *t, bool write, uint64_t *ns)
{
	uint64_t t0 = timer_ns();
	uint32_t i, k;
	int rc = 0;

	for (i = 0; i < t->n && rc == 0; i += k) {
		k = t->n - i < ATA_TEST_REQ ? t->n - i : ATA_TEST_REQ;
		rc = ata_transfer(t->lba + i, k, t->buf + i * ATA_SECTOR, write);
	}
	*ns = timer_ns() - t0;
	return rc;
}

static const char *
test_stream(struct selftest *t, int m)
{
	uint64_t t0;

	pattern(t->buf, t->lba, t->n, m + 1, false);
	if (stream(t, true, &t->write_ns[m]))
		return "write failed";
	t0 = timer_ns();
	if (ata_flush())
		return "flush failed";
	t->flush_ns[m] = timer_ns() - t0;
	t->write_ns[m] += t->flush_ns[m];
	memset(t->buf, 0, t->n * ATA_SECTOR);
	if (stream(t, false, &t->read_ns[m]))
		return "read failed";
	return differs(t, t->buf, t->lba, t->n, m + 1);
}

/* Each edge case: write from one odd place, read back into another. */
static const char *
test_edges(struct selftest *t, int m)
{
	uint8_t *base = (uint8_t *)(((uintptr_t)t->buf + 0xffff) & ~(uintptr_t)0xffff), *r;
	uint32_t i, n, seed;
	uint64_t lba;
	int g;

	for (i = 0; i < sizeof edges / sizeof edges[0]; i++) {
		n = edges[i][0];
		r = base + edges[i][2];
		lba = t->lba + 64 + i * 512;
		seed = 100 + m * 16 + i;
		pattern(base + edges[i][1], lba, n, seed, false);
		memset(r - ATA_TEST_GUARD, 0xee, n * ATA_SECTOR + 2 * ATA_TEST_GUARD);
		if (ata_transfer(lba, n, base + edges[i][1], true) ||
		    ata_transfer(lba, n, r, false))
			return "an odd-sized transfer failed";
		for (g = 1; g <= ATA_TEST_GUARD; g++)
			if (r[-g] != 0xee || r[n * ATA_SECTOR + g - 1] != 0xee)
				return "a read wrote outside its buffer";
		if (differs(t, r, lba, n, seed))
			return t->detail;
	}
	return NULL;
}

/*
 * Requests in flight (blockdev submit/complete), as the snapshot writer
 * makes them: a write gathered from scattered places - buffer pages out
 * of order and a stack buffer, which DMA reaches through the page tables
 * - then one with an odd address (gathered into the bounce buffer), then a
 * flush ended by its interrupt; the range read back must match.
 */
static const char *
test_requests(struct selftest *t, int m)
{
	struct blockdev *bd = blockdev_get("ata0");
	uint8_t stack[2 * ATA_SECTOR] __attribute__((aligned(16)));
	uint64_t lba = t->lba + 2048;
	struct blockdev_seg a[] = { { t->buf + 0x20000, 8 },
		                    { stack, 2 },
		                    { t->buf + 0x10000, 16 } };
	struct blockdev_seg b[] = { { t->buf + 0x30000, 5 }, { t->buf + 0x40001, 3 } };
	struct {
		struct blockdev_seg *seg;
		uint32_t n;
	} req[] = { { a, 3 }, { b, 2 } };
	uint32_t seed = 200 + m, at = 0, first, i, k;
	uint64_t t0;

	for (i = 0; i < 2; i++) {
		for (first = at, k = 0; k < req[i].n; at += req[i].seg[k++].count)
			pattern((uint8_t *)req[i].seg[k].buf, lba + at, req[i].seg[k].count, seed,
			        false);
		if (bd->submit_write(bd, lba + first, req[i].seg, req[i].n))
			return "a gathered write was refused";
		for (t0 = timer_ms(); bd->busy(bd) && timer_ms() - t0 < ATA_TEST_TIMEOUT_MS * 50;)
			; /* complete() would wait; busy() must turn false by itself */
		if (bd->busy(bd) || bd->complete(bd))
			return "a gathered write failed";
	}
	if (bd->submit_flush(bd) || bd->complete(bd))
		return "a flush in flight failed";
	memset(t->buf + 0x80000, 0, at * ATA_SECTOR);
	if (ata_transfer(lba, at, t->buf + 0x80000, false))
		return "reading gathered writes back failed";
	return differs(t, t->buf + 0x80000, lba, at, seed);
}

/*
 * Single-sector write + flush rounds, then a read past the end: it must
 * fail with EIO, fast, and leave the drive usable.
 */
static const char *
test_small(struct selftest *t, int m)
{
	uint64_t t0 = timer_ns();
	int i, rc;

	for (i = 0; i < ATA_TEST_SYNCS; i++)
		if (ata_transfer(t->lba + i, 1, t->buf + i * ATA_SECTOR, true) || ata_flush())
			return "single-sector write + flush failed";
	t->sync_ns[m] = (timer_ns() - t0) / ATA_TEST_SYNCS;
	klog("ata: selftest %s: reading past the end on purpose", mode_names[m]);
	t0 = timer_ns();
	rc = ata_command_unchecked(t->d->sectors, 1, t->buf, false);
	t->eio_ns[m] = timer_ns() - t0;
	if (rc != BLOCKDEV_EIO)
		return "read past the end did not give EIO";
	return ata_transfer(t->lba, 1, t->buf, false) ? "no recovery after EIO" : NULL;
}

/* A DMA whose command never comes must time out, reset, and recover. */
static const char *
test_dma_timeout(struct selftest *t)
{
	uint64_t t0;
	int bm;

	klog("ata: selftest: starting a DMA with no command on purpose");
	t0 = timer_ns();
	bm = ata_dma_without_command(t->buf, ATA_TEST_TIMEOUT_MS);
	t->timeout_ns = timer_ns() - t0;
	if (bm >= 0)
		return "a DMA with no command completed";
	return ata_transfer(t->lba, 1, t->buf, false) ? "no recovery after a DMA timeout" : NULL;
}

static const char *
test_mode(struct selftest *t, int m)
{
	const char *err;

	set_mode(m);
	err = test_stream(t, m);
	err = err ? err : test_edges(t, m);
	err = err ? err : test_requests(t, m);
	return err ? err : test_small(t, m);
}

static const char *
test_run(struct selftest *t)
{
	const char *err;
	int m;

	t->failed = t->d->use_dma ? TM_DMA : TM_PIO;
	if (ata_transfer(t->lba, t->n, t->save, false))
		return "reading the old contents failed";
	t->saved = true;
	for (m = 0; m < t->modes; m++) {
		t->failed = m;
		err = test_mode(t, m);
		if (err != NULL) {
			snprintf(t->why, sizeof t->why, "%s: %s", mode_names[m], err);
			return t->why;
		}
	}
	t->failed = TM_N;
	return t->modes > 1 ? test_dma_timeout(t) : NULL;
}

/* MiB/s times ten. */
static unsigned
rate10(uint64_t bytes, uint64_t ns)
{
	return ns ? (unsigned)((bytes * 10 * 1000000000ull / ns) >> 20) : 0;
}

/* "12.3 MiB/s", or "none" when the mode did not run. */
static const char *
rate(char *out, uint64_t bytes, uint64_t ns)
{
	unsigned r = rate10(bytes, ns);

	if (ns == 0)
		return "none";
	snprintf(out, 24, "%u.%u MiB/s", r / 10, r % 10);
	return out;
}

static void
report(const struct selftest *t)
{
	uint64_t bytes = (uint64_t)t->n * ATA_SECTOR;
	char a[24], b[24], c[24], d[24];
	unsigned w, r;
	int m;

	klog("ata: selftest: %u KiB at lba %u..%u%s in %u KiB requests", (unsigned)(bytes >> 10),
	     (unsigned)t->lba, (unsigned)(t->lba + t->n - 1),
	     t->lba + t->n > ATA_LBA28_LIMIT ? " (crosses 2^28: LBA48)" : "",
	     ATA_TEST_REQ * ATA_SECTOR / 1024);
	for (m = 0; m < t->modes; m++)
		klog("ata: selftest %s: write+flush %s (flush %u ms), read %s, "
		     "1-sector write+flush %u us, bad lba -> EIO in %u us",
		     mode_names[m], rate(a, bytes, t->write_ns[m]),
		     (unsigned)(t->flush_ns[m] / 1000000), rate(b, bytes, t->read_ns[m]),
		     (unsigned)(t->sync_ns[m] / 1000), (unsigned)(t->eio_ns[m] / 1000));
	if (t->modes > 1)
		klog("ata: selftest: a DMA that never completes -> EIO in %u ms",
		     (unsigned)(t->timeout_ns / 1000000));
	klog("ata: raw write pio %s dma %s; read pio %s dma %s; using %s",
	     rate(a, bytes, t->write_ns[TM_PIO]), rate(b, bytes, t->write_ns[TM_DMA]),
	     rate(c, bytes, t->read_ns[TM_PIO]), rate(d, bytes, t->read_ns[TM_DMA]),
	     t->d->use_dma ? "dma" : "pio");
	m = t->d->use_dma ? TM_DMA : TM_PIO;
	w = rate10(bytes, t->write_ns[m]);
	r = rate10(bytes, t->read_ns[m]);
	klog("ata: selftest ok %u.%u %u.%u", w / 10, w % 10, r / 10, r % 10);
}

/* The faster of PIO and DMA (write+flush plus read time), unless DMA failed. */
static void
choose_mode(const struct selftest *t, const char *err)
{
	bool dma = t->d->dma_ok;

	if (err != NULL)
		dma = dma && t->failed == TM_PIO;
	else if (t->modes > 1)
		dma = t->write_ns[TM_DMA] + t->read_ns[TM_DMA] <=
		      t->write_ns[TM_PIO] + t->read_ns[TM_PIO];
	set_mode(dma ? TM_DMA : TM_PIO);
}

static bool
test_alloc(struct selftest *t)
{
	uint32_t bytes;

	for (bytes = ATA_TEST_BYTES; bytes >= ATA_TEST_MIN_BYTES; bytes /= 2) {
		t->save = kmalloc(bytes);
		t->buf = kmalloc(bytes);
		t->n = bytes / ATA_SECTOR;
		if (t->save && t->buf)
			return true;
		kfree(t->save);
		kfree(t->buf);
	}
	t->save = t->buf = NULL;
	return false;
}

void
ata_selftest(const struct ata_disk *d)
{
	struct selftest t = { .d = d, .modes = d->dma_ok ? TM_N : 1 };
	const char *err = "out of memory";

	if (test_alloc(&t) && d->sectors < 2 * t.n) {
		klog("ata: selftest skipped: disk smaller than %u sectors", 2 * t.n);
		err = NULL;
	} else if (t.buf != NULL) {
		t.lba = test_start(d, t.n);
		err = test_run(&t);
		choose_mode(&t, err);
	}
	if (t.saved && (ata_transfer(t.lba, t.n, t.save, true) || ata_flush()))
		err = err ? err : "restoring the old contents failed";
	if (err != NULL)
		klog("ata: selftest FAILED: %s; using %s", err, d->use_dma ? "dma" : "pio");
	else if (t.saved)
		report(&t);
	kfree(t.save);
	kfree(t.buf);
}
