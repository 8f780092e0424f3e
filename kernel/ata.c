/*
 * ata.c - the primary-master ATA disk as block device "ata0".
 *
 * PIO only, polled: nIEN is set in the device control register, so the
 * drive never raises IRQ 14 and we never register it. Every wait has a
 * deadline; an error (ERR or DF in the status) or a timeout is logged,
 * the channel is soft-reset, and the caller gets BLOCKDEV_EIO. Nothing
 * here can hang.
 *
 * Commands: READ/WRITE MULTIPLE (0xC4/0xC5) when the drive offers a DRQ
 * block of several sectors (IDENTIFY word 47; QEMU: 16), after SET
 * MULTIPLE MODE; else READ/WRITE SECTORS (0x20/0x30). Each with 28-bit
 * LBA, or its EXT form (0x29/0x39, 0x24/0x34) with 48-bit LBA when the
 * drive has it and the range reaches past 2^28. At most ATA_MAX_SECTORS
 * per command; FLUSH CACHE (0xE7, or 0xEA EXT). Data moves with `rep
 * insw/outsw`, one DRQ block at a time. Under QEMU/TCG multiple mode is
 * about 7x faster than one sector per DRQ (each DRQ block is one round
 * trip through QEMU's block layer).
 *
 * Invariant: one command at a time. `lock` (a mutex: callers are threads)
 * is held from selecting the drive to the command's final status, so no
 * other thread's command can start in the middle of a data phase; timer
 * interrupts may still come between words, which PIO tolerates.
 */
#include "ata.h"

#include <string.h>

#include "arch/i386/io.h"
#include "blockdev.h"
#include "bootinfo.h"
#include "kheap.h"
#include "klog.h"
#include "thread.h"
#include "timer.h"

#define ATA_IO   0x1f0
#define ATA_CTRL 0x3f6 /* write: device control; read: alt status */

#define REG_DATA   (ATA_IO + 0)
#define REG_ERROR  (ATA_IO + 1)
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
#define CMD_FLUSH         0xe7
#define CMD_FLUSH_EXT     0xea
#define CMD_IDENTIFY      0xec

#define ATA_SECTOR      512
#define ATA_MAX_SECTORS 256
#define ATA_LBA28_LIMIT (1ull << 28)
#define ATA_TIMEOUT_MS  5000       /* one sector, or a soft reset */
#define ATA_FLUSH_MS    30000      /* a cache flush may take long on real disks */
#define ATA_SPIN_MAX    100000000L /* poll cap in case time stops */

struct ata_disk {
	uint64_t sectors;
	bool lba48;
	uint32_t multi; /* sectors per DRQ block: 1, or READ MULTIPLE */
	char model[41];
	struct mutex lock;
	struct blockdev bd;
};

static struct ata_disk disk;

static void set_multiple(void);

/* ---------------------------------------------------------------- waiting */

/* About 400 ns: four reads of the alternate status register. */
static void
settle(void)
{
	int i;

	for (i = 0; i < 4; i++)
		(void)inb(ATA_CTRL);
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
		st = inb(ATA_CTRL);
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

	outb(ATA_CTRL, CTL_NIEN | CTL_SRST);
	for (i = 0; i < 10; i++)
		settle(); /* SRST must be held at least 5 us */
	outb(ATA_CTRL, CTL_NIEN);
	settle();
	if (wait_ready(false, ATA_TIMEOUT_MS) < 0)
		klog("ata: drive still busy after a soft reset");
	else
		set_multiple(); /* a reset may revert it to the default */
}

/* Log a failed command, reset the channel, return BLOCKDEV_EIO. */
static int
fail(const char *what, uint64_t lba, uint32_t n, int st)
{
	if (st < 0)
		klog("ata: %s lba %u count %u: timeout (status 0x%02x)", what, (unsigned)lba, n,
		     inb(ATA_CTRL));
	else
		klog("ata: %s lba %u count %u: status 0x%02x error 0x%02x", what, (unsigned)lba, n,
		     st, inb(REG_ERROR));
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
	outb(REG_DEVICE, ext ? DEV_MASTER | DEV_LBA : DEV_MASTER | DEV_LBA | ((lba >> 24) & 0x0f));
	settle();
	if (wait_ready(false, ATA_TIMEOUT_MS) < 0)
		return -1;
	if (ext) {
		outb(REG_COUNT, (uint8_t)(n >> 8));
		outb(REG_LBA0, (uint8_t)(lba >> 24));
		outb(REG_LBA1, (uint8_t)(lba >> 32));
		outb(REG_LBA2, (uint8_t)(lba >> 40));
	}
	outb(REG_COUNT, (uint8_t)n); /* 256 is sent as 0 */
	outb(REG_LBA0, (uint8_t)lba);
	outb(REG_LBA1, (uint8_t)(lba >> 8));
	outb(REG_LBA2, (uint8_t)(lba >> 16));
	outb(REG_STATUS, cmd);
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
			outsw(REG_DATA, buf + i * ATA_SECTOR, k * ATA_SECTOR / 2);
		else
			insw(REG_DATA, buf + i * ATA_SECTOR, k * ATA_SECTOR / 2);
	}
	settle();
	st = wait_ready(false, ATA_TIMEOUT_MS);
	return failed(st) ? fail(what, lba, n, st) : 0;
}

/* ---------------------------------------------------------------- blockdev */

static int
transfer(uint64_t lba, uint32_t count, uint8_t *buf, bool write)
{
	uint32_t n;
	int rc = 0;

	if (lba > disk.sectors || count > disk.sectors - lba)
		return BLOCKDEV_ERANGE;
	while (count > 0 && rc == 0) {
		n = count < ATA_MAX_SECTORS ? count : ATA_MAX_SECTORS;
		mutex_lock(&disk.lock);
		rc = pio(lba, n, buf, write);
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
	return transfer(lba, count, buf, false);
}

/* pio() only reads from the buffer when writing: the cast is safe. */
static int
ata_bd_write(struct blockdev *bd, uint64_t lba, uint32_t count, const void *buf)
{
	return transfer(lba, count, (uint8_t *)buf, true);
}

static int
ata_bd_flush(struct blockdev *bd)
{
	int st;

	mutex_lock(&disk.lock);
	st = issue(disk.lba48 ? CMD_FLUSH_EXT : CMD_FLUSH, 0, 0, false);
	if (st == 0)
		st = wait_ready(false, ATA_FLUSH_MS);
	st = failed(st) ? fail("flush", 0, 0, st) : 0;
	mutex_unlock(&disk.lock);
	return st;
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

	outb(ATA_CTRL, CTL_NIEN);
	if (inb(REG_STATUS) == 0xff)
		return "no controller (floating bus)";
	outb(REG_DEVICE, DEV_MASTER);
	settle();
	outb(REG_COUNT, 0);
	outb(REG_LBA0, 0);
	outb(REG_LBA1, 0);
	outb(REG_LBA2, 0);
	outb(REG_STATUS, CMD_IDENTIFY);
	settle();
	if (inb(REG_STATUS) == 0)
		return "no drive";
	if (wait_ready(false, ATA_TIMEOUT_MS) < 0)
		return "drive stays busy";
	if (inb(REG_LBA1) != 0 || inb(REG_LBA2) != 0)
		return "not an ATA disk (ATAPI or SATA signature)";
	st = wait_ready(true, ATA_TIMEOUT_MS);
	if (failed(st) || !(st & ST_DRQ))
		return "IDENTIFY failed";
	insw(REG_DATA, id, ATA_SECTOR / 2);
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
	disk.multi = id[47] & 0xff; /* most sectors per DRQ block */
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

/* ---------------------------------------------------------------- selftest */

#define ATA_TEST_SECTORS 4096 /* 2 MiB */
#define ATA_TEST_SYNCS   64   /* single-sector write + flush rounds */

struct selftest {
	uint64_t lba;
	uint32_t n;
	uint8_t *save, *pat, *back;
	bool saved; /* save holds the old contents */
	uint64_t write_ns, read_ns, sync_ns, eio_ns;
};

/* Near the end of the disk, or straddling LBA 2^28 if the disk is that big. */
static uint64_t
test_start(void)
{
	if (disk.lba48 && disk.sectors >= ATA_LBA28_LIMIT + ATA_TEST_SECTORS)
		return ATA_LBA28_LIMIT - ATA_TEST_SECTORS / 2;
	return disk.sectors - ATA_TEST_SECTORS;
}

static void
fill_pattern(uint8_t *p, uint64_t lba, uint32_t n)
{
	uint32_t *w = (uint32_t *)p, i;

	for (i = 0; i < n * ATA_SECTOR / 4; i++)
		w[i] = (uint32_t)(lba + i / (ATA_SECTOR / 4)) * 2654435761u ^ i;
}

/* MiB/s times ten. */
static unsigned
rate10(uint64_t bytes, uint64_t ns)
{
	return ns ? (unsigned)((bytes * 10 * 1000000000ull / ns) >> 20) : 0;
}

/* A read past the end must fail with EIO, fast, and leave the drive usable. */
static const char *
test_error_path(struct selftest *t)
{
	uint64_t t0;
	int rc;

	klog("ata: selftest: reading past the end on purpose");
	t0 = timer_ns();
	mutex_lock(&disk.lock);
	rc = pio(disk.sectors, 1, t->back, false);
	mutex_unlock(&disk.lock);
	t->eio_ns = timer_ns() - t0;
	if (rc != BLOCKDEV_EIO)
		return "read past the end did not give EIO";
	return transfer(t->lba, 1, t->back, false) ? "no recovery after EIO" : NULL;
}

static const char *
test_syncs(struct selftest *t)
{
	uint64_t t0 = timer_ns();
	int i;

	for (i = 0; i < ATA_TEST_SYNCS; i++)
		if (ata_bd_write(&disk.bd, t->lba + i, 1, t->pat + i * ATA_SECTOR) ||
		    ata_bd_flush(&disk.bd))
			return "single-sector write + flush failed";
	t->sync_ns = (timer_ns() - t0) / ATA_TEST_SYNCS;
	return NULL;
}

static const char *
test_run(struct selftest *t)
{
	const char *err;
	uint64_t t0;

	if (ata_bd_read(&disk.bd, t->lba, t->n, t->save))
		return "reading the old contents failed";
	t->saved = true;
	fill_pattern(t->pat, t->lba, t->n);
	t0 = timer_ns();
	if (ata_bd_write(&disk.bd, t->lba, t->n, t->pat) || ata_bd_flush(&disk.bd))
		return "write failed";
	t->write_ns = timer_ns() - t0;
	t0 = timer_ns();
	if (ata_bd_read(&disk.bd, t->lba, t->n, t->back))
		return "read-back failed";
	t->read_ns = timer_ns() - t0;
	if (memcmp(t->pat, t->back, t->n * ATA_SECTOR) != 0)
		return "read-back differs from what was written";
	err = test_syncs(t);
	return err ? err : test_error_path(t);
}

static void
report(const struct selftest *t)
{
	uint64_t bytes = (uint64_t)t->n * ATA_SECTOR;
	unsigned w = rate10(bytes, t->write_ns), r = rate10(bytes, t->read_ns);

	klog("ata: selftest: %u KiB at lba %u..%u%s: write+flush %u ms, "
	     "read %u ms, 1-sector write+flush %u us, bad lba -> EIO in %u us",
	     (unsigned)(bytes >> 10), (unsigned)t->lba, (unsigned)(t->lba + t->n - 1),
	     t->lba + t->n > ATA_LBA28_LIMIT ? " (crosses 2^28: LBA48)" : "",
	     (unsigned)(t->write_ns / 1000000), (unsigned)(t->read_ns / 1000000),
	     (unsigned)(t->sync_ns / 1000), (unsigned)(t->eio_ns / 1000));
	klog("ata: selftest ok %u.%u %u.%u", w / 10, w % 10, r / 10, r % 10);
}

static void
selftest(void)
{
	struct selftest t = { .lba = test_start(), .n = ATA_TEST_SECTORS };
	uint32_t bytes = t.n * ATA_SECTOR;
	const char *err = "out of memory";

	if (disk.sectors < 2 * ATA_TEST_SECTORS) {
		klog("ata: selftest skipped: disk smaller than %u sectors", 2 * ATA_TEST_SECTORS);
		return;
	}
	t.save = kmalloc(bytes);
	t.pat = kmalloc(bytes);
	t.back = kmalloc(bytes);
	if (t.save && t.pat && t.back)
		err = test_run(&t);
	if (t.saved && (ata_bd_write(&disk.bd, t.lba, t.n, t.save) || ata_bd_flush(&disk.bd)))
		err = err ? err : "restoring the old contents failed";
	if (err == NULL)
		report(&t);
	else
		klog("ata: selftest FAILED: %s", err);
	kfree(t.save);
	kfree(t.pat);
	kfree(t.back);
}

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
	disk.bd = (struct blockdev){
		.name = "ata0",
		.nblocks = disk.sectors,
		.block_size = ATA_SECTOR,
		.read = ata_bd_read,
		.write = ata_bd_write,
		.flush = ata_bd_flush,
		.priv = &disk,
	};
	klog("ata: ata0 \"%s\" %u sectors (%u MiB), %s, PIO polled "
	     "(IRQ 14 unused), %u sectors per DRQ",
	     disk.model, (unsigned)disk.sectors, (unsigned)(disk.sectors >> 11),
	     disk.lba48 ? "LBA48" : "LBA28", disk.multi);
	blockdev_register(&disk.bd);
	if (bootinfo_flag("phantom.atatest"))
		selftest();
}
