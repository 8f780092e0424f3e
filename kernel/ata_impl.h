/*
 * ata_impl.h - private to the ATA driver: what ata.c (the driver) shares
 * with ata_test.c (its boot-time self-test). Nothing else includes it;
 * the kernel sees only ata.h.
 *
 * The test reads the disk's state through a const pointer and changes it
 * only through the functions below, each of which takes the driver's lock
 * itself: the one-command-at-a-time invariant stays inside ata.c.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

#include "blockdev.h"
#include "thread.h"

#define ATA_SECTOR      512
#define ATA_LBA28_LIMIT (1ull << 28)

/* A request in flight (blockdev submit/complete): a write of count
 * sectors at lba, or a flush; flying: its command runs, else rc is its
 * result already. */
struct ata_req {
	uint64_t lba;
	uint32_t count;
	bool write, flying;
	int rc;
};

struct ata_disk {
	uint64_t sectors;
	bool lba48;
	uint32_t multi;    /* sectors per DRQ block: 1, or READ MULTIPLE */
	uint8_t xfer_mode; /* SET FEATURES value for DMA, 0: none set */
	bool engine;       /* ata_dma_init succeeded: reset it with the drive */
	bool dma_ok;       /* and a DMA probe read came back right */
	bool use_dma;      /* normal I/O goes by DMA */
	char model[41];
	struct ata_req req; /* the request between submit and complete */
	struct mutex lock;
	struct blockdev bd;
};

/*
 * Move count sectors at lba in the current mode, as the block device
 * does: range-checked (BLOCKDEV_ERANGE), split into commands, 0 or
 * BLOCKDEV_EIO. buf is only read when writing.
 */
int ata_transfer(uint64_t lba, uint32_t count, uint8_t *buf, bool write);
int ata_flush(void); /* FLUSH CACHE: 0 or BLOCKDEV_EIO */

/*
 * One command of n sectors in the current mode with no range check, so
 * that the self-test can provoke a drive error (a read past the end).
 * n must fit one command (ATA_MAX_SECTORS, and the DMA engine's limit).
 */
int ata_command_unchecked(uint64_t lba, uint32_t n, uint8_t *buf, bool write);

/*
 * Start the DMA engine on one sector at buf with no ATA command behind it
 * and wait up to ms: the wait must time out, and the channel is then reset
 * as after any failed command. Returns what ata_dma_wait returned (< 0:
 * timed out). Only when the DMA engine is up (disk.engine).
 */
int ata_dma_without_command(uint8_t *buf, uint32_t ms);

/*
 * Normal I/O by DMA (dma_on) or by PIO; bounce sends every DMA through the bounce
 * buffer (for measurement). Boot-time only: no command may be in flight.
 */
void ata_set_mode(bool dma_on, bool bounce);

/* The phantom.atatest self-test (ata_test.c); ata0 is registered. */
void ata_selftest(const struct ata_disk *d);
