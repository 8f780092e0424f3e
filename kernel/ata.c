/*
 * ata.c - the primary-master ATA disk as block device "ata0".
 *
 * Two ways to move data, chosen at boot; both end every wait at a deadline.
 * An error (ERR or DF in the status, the bus-master error bit) or a timeout
 * is logged, the channel is soft-reset (and the DMA engine stopped), and
 * the caller gets BLOCKDEV_EIO. Nothing here can hang.
 *
 * PIO, polled, with nIEN set: READ/WRITE MULTIPLE (0xC4/0xC5) when the
 * drive offers a DRQ block of several sectors (IDENTIFY word 47; QEMU: 16),
 * after SET MULTIPLE MODE; else READ/WRITE SECTORS (0x20/0x30); their EXT
 * forms (0x29/0x39, 0x24/0x34) only for ranges past 2^28. At most
 * ATA_MAX_SECTORS per command. Data moves with `rep insw/outsw`, one DRQ
 * block at a time (under QEMU/TCG multiple mode is ~7x faster than one
 * sector per DRQ: each DRQ block is one round trip through QEMU).
 *
 * DMA (ata_dma.c drives the PIIX bus-master engine): READ/WRITE DMA
 * (0xC8/0xCA), or READ/WRITE DMA EXT (0x25/0x35) when the drive has LBA48
 * and the command is longer than 256 sectors or reaches past 2^28, up to
 * ATA_DMA_MAX_SECTORS per command. nIEN is cleared for the command only;
 * completion is IRQ 14 waking the caller, with a timeout. DMA is used when
 * the controller can bus-master and a probe read by DMA matches the same
 * read by PIO; with phantom.atatest the self-test (ata_test.c, through the
 * narrow interface of ata_impl.h) times both modes and keeps the faster.
 * FLUSH CACHE (0xE7, or 0xEA EXT) is the same for both.
 *
 * Requests in flight (blockdev submit/complete): a gathered write is one
 * WRITE DMA command over buffers anywhere in the address space (ata_dma.c
 * builds the PRDs page by page), a flush is FLUSH CACHE ended by its
 * interrupt; the caller computes while either runs.
 *
 * Invariant: one command at a time. `lock` (a mutex: callers are threads)
 * is held from selecting the drive to the command's final status - for a
 * request in flight, from submit to complete - so no other thread's
 * command can start in the middle of a data phase; timer interrupts may
 * still come between words, which PIO tolerates.
 */
#include "ata.h"

#include <string.h>

#include "arch.h"
#include "ata_dma.h"
#include "ata_impl.h"
#include "blockdev.h"
#include "bootinfo.h"
#include "kheap.h"
#include "klog.h"
#include "thread.h"
#include "timer.h"

#define ATA_IO   0x1f0
#define ATA_CTRL 0x3f6 /* write: device control; read: alt status */

#define REG_DATA   (ATA_IO + 0)
#define REG_ERROR  (ATA_IO + 1) /* write: features */
#define REG_COUNT  (ATA_IO + 2)
#define REG_LBA0   (ATA_IO + 3)
#define REG_LBA1   (ATA_IO + 4)
#define REG_LBA2   (ATA_IO + 5)
#define REG_DEVICE (ATA_IO + 6)
#define REG_STATUS (ATA_IO + 7) /* write: command */

#define ST_BSY  0x80
#define ST_DRDY 0x40
#define ST_DF   0x20
#define ST_DRQ  0x08
#define ST_ERR  0x01

#define CTL_NIEN 0x02
#define CTL_SRST 0x04

#define DEV_MASTER 0xa0
#define DEV_LBA    0x40

#define CMD_READ          0x20
#define CMD_READ_EXT      0x24
#define CMD_WRITE         0x30
#define CMD_WRITE_EXT     0x34
#define CMD_READ_MUL      0xc4
#define CMD_READ_MUL_EXT  0x29
#define CMD_WRITE_MUL     0xc5
#define CMD_WRITE_MUL_EXT 0x39
#define CMD_SET_MULTIPLE  0xc6
#define CMD_READ_DMA      0xc8
#define CMD_READ_DMA_EXT  0x25
#define CMD_WRITE_DMA     0xca
#define CMD_WRITE_DMA_EXT 0x35
#define CMD_SET_FEATURES  0xef
#define FEAT_XFER_MODE    0x03 /* SET FEATURES: transfer mode in the count */
#define XFER_MWDMA        0x20 /* | mode number */
#define CMD_FLUSH         0xe7
#define CMD_FLUSH_EXT     0xea
#define CMD_IDENTIFY      0xec

#define ATA_MAX_SECTORS     256
#define ATA_TIMEOUT_MS      5000       /* one sector, or a soft reset */
#define ATA_FLUSH_MS        30000      /* a cache flush may take long on real disks */
#define ATA_SPIN_MAX        100000000L /* poll cap in case time stops */
#define ATA_DMA_MAX_SECTORS 16384      /* 8 MiB per DMA EXT command */

static struct ata_disk disk; /* struct ata_disk: ata_impl.h */

static void set_multiple(void);
static void set_xfer_mode(void);

/* ---------------------------------------------------------------- waiting */

/* About 400 ns: four reads of the alternate status register. */
static void
settle(void)
{
	int i;

	for (i = 0; i < 4; i++)
		(void)arch_inb(ATA_CTRL);
}

/*
 * Wait for BSY to clear, then (if `drq`) for DRQ. Returns the final status,
 * or -1 on timeout. ERR or DF end the wait at once.
 */
static int
wait_ready(bool drq, uint32_t ms)
{
	uint64_t deadline = timer_ms() + ms;
	long spins = 0;
	uint8_t st;

	for (;;) {
		st = arch_inb(ATA_CTRL);
		if (!(st & ST_BSY) && ((st & (ST_ERR | ST_DF)) || !drq || (st & ST_DRQ)))
			return st;
		if (timer_ms() > deadline || ++spins > ATA_SPIN_MAX)
			return -1;
	}
}

static void
soft_reset(void)
{
	int i;

	if (disk.engine)
		ata_dma_reset();
	arch_outb(ATA_CTRL, CTL_NIEN | CTL_SRST);
	for (i = 0; i < 10; i++)
		settle(); /* SRST must be held at least 5 us */
	arch_outb(ATA_CTRL, CTL_NIEN);
	settle();
	if (wait_ready(false, ATA_TIMEOUT_MS) < 0)
		klog("ata: drive still busy after a soft reset");
	else {
		set_multiple(); /* a reset may revert them to the defaults */
		set_xfer_mode();
	}
}

/* Log a failed command, reset the channel, return BLOCKDEV_EIO. */
static int
fail(const char *what, uint64_t lba, uint32_t n, int st)
{
	if (st < 0)
		klog("ata: %s lba %u count %u: timeout (status 0x%02x)", what, (unsigned)lba, n,
		     arch_inb(ATA_CTRL));
	else
		klog("ata: %s lba %u count %u: status 0x%02x error 0x%02x", what, (unsigned)lba, n,
		     st, arch_inb(REG_ERROR));
	soft_reset();
	return BLOCKDEV_EIO;
}

static bool
failed(int st)
{
	return st < 0 || (st & (ST_ERR | ST_DF));
}

/* ---------------------------------------------------------------- commands */

static bool
needs_ext(uint64_t lba, uint32_t n)
{
	return disk.lba48 && lba + n > ATA_LBA28_LIMIT;
}

/*
 * Select the drive, load the task file and start `cmd`. Returns 0, or -1
 * if the drive stayed busy (an ERR left from the last command does not
 * count: writing a command clears it).
 */
static int
issue(uint8_t cmd, uint64_t lba, uint32_t n, bool ext)
{
	arch_outb(REG_DEVICE,
	          ext ? DEV_MASTER | DEV_LBA : DEV_MASTER | DEV_LBA | ((lba >> 24) & 0x0f));
	settle();
	if (wait_ready(false, ATA_TIMEOUT_MS) < 0)
		return -1;
	if (ext) {
		arch_outb(REG_COUNT, (uint8_t)(n >> 8));
		arch_outb(REG_LBA0, (uint8_t)(lba >> 24));
		arch_outb(REG_LBA1, (uint8_t)(lba >> 32));
		arch_outb(REG_LBA2, (uint8_t)(lba >> 40));
	}
	arch_outb(REG_COUNT, (uint8_t)n); /* 256 is sent as 0 */
	arch_outb(REG_LBA0, (uint8_t)lba);
	arch_outb(REG_LBA1, (uint8_t)(lba >> 8));
	arch_outb(REG_LBA2, (uint8_t)(lba >> 16));
	arch_outb(REG_STATUS, cmd);
	settle();
	return 0;
}

static uint8_t
command(bool write, bool ext)
{
	static const uint8_t cmds[2][2][2] = {
		/* [multiple][write][ext] */
		{ { CMD_READ, CMD_READ_EXT }, { CMD_WRITE, CMD_WRITE_EXT } },
		{ { CMD_READ_MUL, CMD_READ_MUL_EXT }, { CMD_WRITE_MUL, CMD_WRITE_MUL_EXT } },
	};

	return cmds[disk.multi > 1][write][ext];
}

/*
 * One READ or WRITE command of n <= ATA_MAX_SECTORS sectors, moved in DRQ
 * blocks of disk.multi sectors. Lock held.
 */
static int
pio(uint64_t lba, uint32_t n, uint8_t *buf, bool write)
{
	const char *what = write ? "write" : "read";
	bool ext = needs_ext(lba, n);
	uint32_t i, k;
	int st;

	if (issue(command(write, ext), lba, n, ext) < 0)
		return fail(what, lba, n, -1);
	for (i = 0; i < n; i += k) {
		k = n - i < disk.multi ? n - i : disk.multi;
		st = wait_ready(true, ATA_TIMEOUT_MS);
		if (failed(st) || !(st & ST_DRQ))
			return fail(what, lba, n, st);
		if (write)
			arch_outsw(REG_DATA, buf + i * ATA_SECTOR, k * ATA_SECTOR / 2);
		else
			arch_insw(REG_DATA, buf + i * ATA_SECTOR, k * ATA_SECTOR / 2);
	}
	settle();
	st = wait_ready(false, ATA_TIMEOUT_MS);
	return failed(st) ? fail(what, lba, n, st) : 0;
}

/* A 1-sector command may take ATA_TIMEOUT_MS; allow 1 s more per 4 MiB. */
static uint32_t
dma_timeout(uint32_t n)
{
	return ATA_TIMEOUT_MS + n / 8;
}

/*
 * A READ or WRITE DMA command of n sectors on a prepared engine: issue it
 * and start the engine (dma_begin), then wait for its interrupt and check
 * it (dma_end). The drive interrupts only during the command (nIEN
 * clear); the completion's bus-master status must show neither an error
 * nor a transfer left active. Lock held throughout.
 */
static int
dma_begin(uint64_t lba, uint32_t n, bool write)
{
	static const uint8_t cmds[2][2] = {
		{ CMD_READ_DMA, CMD_READ_DMA_EXT },
		{ CMD_WRITE_DMA, CMD_WRITE_DMA_EXT },
	};
	bool ext = disk.lba48 && (n > ATA_MAX_SECTORS || lba + n > ATA_LBA28_LIMIT);

	arch_outb(ATA_CTRL, 0);
	if (issue(cmds[write][ext], lba, n, ext) < 0)
		return fail(write ? "dma write" : "dma read", lba, n, -1);
	ata_dma_start();
	return 0;
}

/* The end of a command with an interrupt (a DMA transfer, or a flush in
 * flight): wait up to ms for it and check it. Lock held. */
static int
command_end(const char *what, uint64_t lba, uint32_t n, uint32_t ms)
{
	int bm, st;

	bm = ata_dma_wait(ms);
	arch_outb(ATA_CTRL, CTL_NIEN);
	st = bm < 0 ? -1 : wait_ready(false, ATA_TIMEOUT_MS);
	if (bm >= 0 && (bm & (ATA_DMA_ERROR | ATA_DMA_ACTIVE))) {
		klog("ata: %s lba %u count %u: bus-master status 0x%02x", what, (unsigned)lba, n,
		     bm);
		return fail(what, lba, n, st);
	}
	if (failed(st))
		return fail(what, lba, n, st);
	ata_dma_finish();
	return 0;
}

static int
dma_end(uint64_t lba, uint32_t n, bool write)
{
	return command_end(write ? "dma write" : "dma read", lba, n, dma_timeout(n));
}

/* One DMA command of n sectors at buf (at most what the engine takes). */
static int
dma(uint64_t lba, uint32_t n, uint8_t *buf, bool write)
{
	ata_dma_prepare(buf, n * ATA_SECTOR, !write);
	return dma_begin(lba, n, write) ? BLOCKDEV_EIO : dma_end(lba, n, write);
}

/* Sectors the next command may move: the mode's and the engine's limits. */
static uint32_t
chunk(uint32_t count, const uint8_t *buf)
{
	uint32_t max = ATA_MAX_SECTORS;

	if (disk.use_dma) {
		max = disk.lba48 ? ATA_DMA_MAX_SECTORS : ATA_MAX_SECTORS;
		if (max > ata_dma_max_bytes(buf) / ATA_SECTOR)
			max = ata_dma_max_bytes(buf) / ATA_SECTOR;
	}
	return count < max ? count : max;
}

/* ---------------------------------------------------------------- blockdev */

/* Commands for count sectors at lba, one at a time. Lock held. */
static int
transfer_locked(uint64_t lba, uint32_t count, uint8_t *buf, bool write)
{
	uint32_t n;
	int rc = 0;

	while (count > 0 && rc == 0) {
		n = chunk(count, buf);
		rc = disk.use_dma ? dma(lba, n, buf, write) : pio(lba, n, buf, write);
		lba += n;
		count -= n;
		buf += n * ATA_SECTOR;
	}
	return rc;
}

/* Whether count sectors at lba lie on the disk. */
static bool
in_range(uint64_t lba, uint64_t count)
{
	return lba <= disk.sectors && count <= disk.sectors - lba;
}

int
ata_transfer(uint64_t lba, uint32_t count, uint8_t *buf, bool write)
{
	uint32_t n;
	int rc = 0;

	if (!in_range(lba, count))
		return BLOCKDEV_ERANGE;
	while (count > 0 && rc == 0) { /* the lock is let go between commands */
		n = chunk(count, buf);
		mutex_lock(&disk.lock);
		rc = transfer_locked(lba, n, buf, write);
		mutex_unlock(&disk.lock);
		lba += n;
		count -= n;
		buf += n * ATA_SECTOR;
	}
	return rc;
}

static int
ata_bd_read(struct blockdev *bd, uint64_t lba, uint32_t count, void *buf)
{
	return ata_transfer(lba, count, buf, false);
}

/* pio() and dma() only read the buffer when writing: the cast is safe. */
static int
ata_bd_write(struct blockdev *bd, uint64_t lba, uint32_t count, const void *buf)
{
	return ata_transfer(lba, count, (uint8_t *)buf, true);
}

static int
flush_issue(void)
{
	return issue(disk.lba48 ? CMD_FLUSH_EXT : CMD_FLUSH, 0, 0, false);
}

/* FLUSH CACHE, polled. Lock held. */
static int
flush_locked(void)
{
	int st = flush_issue();

	if (st == 0)
		st = wait_ready(false, ATA_FLUSH_MS);
	return failed(st) ? fail("flush", 0, 0, st) : 0;
}

int
ata_flush(void)
{
	int rc;

	mutex_lock(&disk.lock);
	rc = flush_locked();
	mutex_unlock(&disk.lock);
	return rc;
}

/*
 * Requests in flight (blockdev.h). With the DMA engine up, a write is one
 * WRITE DMA command over every segment (in place, or gathered into the
 * bounce buffer), and a flush is FLUSH CACHE with its interrupt enabled:
 * both run while the caller computes, and the completion interrupt ends
 * them. Otherwise (PIO, or segments the engine cannot take) the request
 * is done at once and complete() reports how it went. The lock is held
 * from submit to complete either way.
 */
static int
ata_bd_submit_write(struct blockdev *bd, uint64_t lba, const struct blockdev_seg *seg,
                    uint32_t nseg)
{
	uint32_t max = disk.lba48 ? ATA_DMA_MAX_SECTORS : ATA_MAX_SECTORS, i;
	uint64_t count = 0;

	for (i = 0; i < nseg; i++)
		count += seg[i].count;
	if (!in_range(lba, count))
		return BLOCKDEV_ERANGE;
	mutex_lock(&disk.lock);
	disk.req = (struct ata_req){ .lba = lba, .count = (uint32_t)count, .write = true };
	if (disk.use_dma && count > 0 && count <= max &&
	    ata_dma_prepare_segs(seg, nseg, ATA_SECTOR)) {
		disk.req.rc = dma_begin(lba, (uint32_t)count, true);
		disk.req.flying = disk.req.rc == 0;
		return 0;
	}
	for (i = 0; i < nseg && disk.req.rc == 0; lba += seg[i++].count)
		disk.req.rc = transfer_locked(lba, seg[i].count, (uint8_t *)seg[i].buf, true);
	return 0;
}

static int
ata_bd_submit_flush(struct blockdev *bd)
{
	mutex_lock(&disk.lock);
	disk.req = (struct ata_req){ .write = false };
	if (!disk.use_dma) {
		disk.req.rc = flush_locked();
		return 0;
	}
	ata_dma_arm();
	arch_outb(ATA_CTRL, 0);
	if (flush_issue() < 0)
		disk.req.rc = fail("flush", 0, 0, -1);
	disk.req.flying = disk.req.rc == 0;
	return 0;
}

static int
ata_bd_busy(struct blockdev *bd)
{
	return disk.req.flying && !ata_dma_completed();
}

static int
ata_bd_complete(struct blockdev *bd)
{
	int rc = disk.req.rc;

	if (disk.req.flying && disk.req.write)
		rc = dma_end(disk.req.lba, disk.req.count, true);
	else if (disk.req.flying)
		rc = command_end("flush", 0, 0, ATA_FLUSH_MS);
	disk.req.flying = false;
	mutex_unlock(&disk.lock);
	return rc;
}

static int
ata_bd_flush(struct blockdev *bd)
{
	return ata_flush();
}

/* ---------------------------------------------------------------- for the self-test */

int
ata_command_unchecked(uint64_t lba, uint32_t n, uint8_t *buf, bool write)
{
	int rc;

	mutex_lock(&disk.lock);
	rc = disk.use_dma ? dma(lba, n, buf, write) : pio(lba, n, buf, write);
	mutex_unlock(&disk.lock);
	return rc;
}

int
ata_dma_without_command(uint8_t *buf, uint32_t ms)
{
	int bm;

	mutex_lock(&disk.lock);
	ata_dma_prepare(buf, ATA_SECTOR, true);
	ata_dma_start();
	bm = ata_dma_wait(ms);
	if (bm < 0)
		fail("dma read (no command)", 0, 1, -1);
	mutex_unlock(&disk.lock);
	return bm;
}

void
ata_set_mode(bool dma_on, bool bounce)
{
	disk.use_dma = dma_on;
	if (disk.engine)
		ata_dma_force_bounce(bounce);
}

/* ---------------------------------------------------------------- probe */

/* IDENTIFY words hold two ASCII bytes each, high byte first. */
static void
copy_model(const uint16_t *id)
{
	int i, n = 0;

	for (i = 27; i <= 46; i++) {
		disk.model[n++] = (char)(id[i] >> 8);
		disk.model[n++] = (char)id[i];
	}
	while (n > 0 && disk.model[n - 1] == ' ')
		n--;
	disk.model[n] = 0;
}

/* Returns NULL when the drive answered, else why it is not usable. */
static const char *
identify(uint16_t *id)
{
	int st;

	arch_outb(ATA_CTRL, CTL_NIEN);
	if (arch_inb(REG_STATUS) == 0xff)
		return "no controller (floating bus)";
	arch_outb(REG_DEVICE, DEV_MASTER);
	settle();
	arch_outb(REG_COUNT, 0);
	arch_outb(REG_LBA0, 0);
	arch_outb(REG_LBA1, 0);
	arch_outb(REG_LBA2, 0);
	arch_outb(REG_STATUS, CMD_IDENTIFY);
	settle();
	if (arch_inb(REG_STATUS) == 0)
		return "no drive";
	if (wait_ready(false, ATA_TIMEOUT_MS) < 0)
		return "drive stays busy";
	if (arch_inb(REG_LBA1) != 0 || arch_inb(REG_LBA2) != 0)
		return "not an ATA disk (ATAPI or SATA signature)";
	st = wait_ready(true, ATA_TIMEOUT_MS);
	if (failed(st) || !(st & ST_DRQ))
		return "IDENTIFY failed";
	arch_insw(REG_DATA, id, ATA_SECTOR / 2);
	return NULL;
}

static bool
parse_identify(const uint16_t *id)
{
	if (!(id[49] & (1u << 9)))
		return false; /* CHS only: not supported */
	disk.lba48 = id[83] & (1u << 10);
	disk.sectors = id[60] | (uint32_t)id[61] << 16;
	if (disk.lba48)
		disk.sectors = id[100] | (uint64_t)id[101] << 16 | (uint64_t)id[102] << 32 |
		               (uint64_t)id[103] << 48;
	disk.multi = id[47] & 0xff;               /* most sectors per DRQ block */
	if ((id[49] & (1u << 8)) && (id[63] & 7)) /* DMA; multiword modes 0-2 */
		disk.xfer_mode = XFER_MWDMA | (id[63] & 4 ? 2 : id[63] & 2 ? 1 : 0);
	copy_model(id);
	return disk.sectors > 0;
}

/*
 * Turn on READ/WRITE MULTIPLE with disk.multi sectors per DRQ block if the
 * drive offers it; else fall back to one sector per DRQ (disk.multi = 1).
 */
static void
set_multiple(void)
{
	int st;

	if (disk.multi > 1 && issue(CMD_SET_MULTIPLE, 0, disk.multi, false) == 0) {
		st = wait_ready(false, ATA_TIMEOUT_MS);
		if (!failed(st))
			return;
		klog("ata: SET MULTIPLE %u refused (status 0x%02x)", disk.multi, st);
	}
	disk.multi = 1;
}

/*
 * Put the drive in its fastest multiword DMA mode (the PIIX does not do
 * Ultra DMA). A refusal is logged; the probe read then decides.
 */
static void
set_xfer_mode(void)
{
	int st;

	if (disk.xfer_mode == 0 || !disk.engine)
		return;
	arch_outb(REG_ERROR, FEAT_XFER_MODE);
	st = issue(CMD_SET_FEATURES, 0, disk.xfer_mode, false);
	if (st == 0)
		st = wait_ready(false, ATA_TIMEOUT_MS);
	if (failed(st))
		klog("ata: SET FEATURES transfer mode 0x%02x refused (status 0x%02x)",
		     disk.xfer_mode, st);
}

#define ATA_PROBE_SECTORS 8

/* Read the first sectors by PIO and by DMA: DMA is usable if they match. */
static const char *
dma_probe(void)
{
	uint32_t bytes = ATA_PROBE_SECTORS * ATA_SECTOR;
	uint8_t *a = kmalloc(2 * bytes), *b;
	const char *why = NULL;

	if (a == NULL)
		return "no memory for the probe";
	b = a + bytes;
	memset(b, 0xa5, bytes); /* so that a transfer that never happened shows */
	mutex_lock(&disk.lock);
	if (pio(0, ATA_PROBE_SECTORS, a, false) || dma(0, ATA_PROBE_SECTORS, b, false))
		why = "the DMA probe read failed";
	else if (memcmp(a, b, bytes) != 0)
		why = "the DMA probe read returned other data than PIO";
	mutex_unlock(&disk.lock);
	kfree(a);
	return why;
}

/* Returns NULL when DMA works, else why not. */
static const char *
dma_setup(void)
{
	const char *why;

	if (disk.xfer_mode == 0)
		return "the drive offers no multiword DMA";
	why = ata_dma_init(REG_STATUS);
	if (why != NULL)
		return why;
	disk.engine = true;
	set_xfer_mode();
	return dma_probe();
}

/* ---------------------------------------------------------------- init */

void
ata_init(void)
{
	static uint16_t id[ATA_SECTOR / 2];
	const char *why = identify(id);

	if (why == NULL && !parse_identify(id))
		why = "drive without LBA";
	if (why != NULL) {
		klog("ata: primary master: %s, no ata0", why);
		return;
	}
	set_multiple();
	why = bootinfo_flag("phantom.atapio") ? "phantom.atapio given" : dma_setup();
	disk.dma_ok = why == NULL;
	ata_set_mode(disk.dma_ok, false);
	disk.bd = (struct blockdev){
		.name = "ata0",
		.nblocks = disk.sectors,
		.block_size = ATA_SECTOR,
		.read = ata_bd_read,
		.write = ata_bd_write,
		.flush = ata_bd_flush,
		.submit_write = ata_bd_submit_write,
		.submit_flush = ata_bd_submit_flush,
		.busy = ata_bd_busy,
		.complete = ata_bd_complete,
		.priv = &disk,
	};
	klog("ata: ata0 \"%s\" %u sectors (%u MiB), %s, %u sectors per DRQ", disk.model,
	     (unsigned)disk.sectors, (unsigned)(disk.sectors >> 11), disk.lba48 ? "LBA48" : "LBA28",
	     disk.multi);
	if (disk.dma_ok)
		klog("ata: using DMA (bus master at 0x%x, IRQ 14, MWDMA mode %u)",
		     ata_dma_io_base(), disk.xfer_mode & 7);
	else
		klog("ata: using PIO, polled (no DMA: %s)", why);
	blockdev_register(&disk.bd);
	if (bootinfo_flag("phantom.atatest"))
		ata_selftest(&disk);
}
