/*
 * ata_dma.h - the PIIX IDE bus-master DMA engine of the primary channel.
 *
 * ata.c drives the task file (READ/WRITE DMA commands); this module owns
 * the PCI side: the bus-master registers, the PRD table (buffers go in
 * place, translated page by page), a bounce buffer for what cannot, and
 * IRQ 14. One transfer at a
 * time: the caller serialises (ata.c's mutex). Sequence for one command:
 * prepare -> (issue the ATA command) -> start -> wait -> finish, or reset
 * after any failure.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

#include "blockdev.h"

/* Bus-master status bits, as ata_dma_wait returns them. */
#define ATA_DMA_ACTIVE 0x01 /* still active: the drive moved fewer bytes */
#define ATA_DMA_ERROR  0x02 /* PCI master or target abort */
#define ATA_DMA_IRQ    0x04 /* the drive raised its interrupt */

/*
 * Find the IDE controller (PCI class 01.01), check that it bus-masters
 * and runs its primary channel in compatibility mode, turn bus mastering
 * on, allocate the PRD table and the bounce buffer and claim IRQ 14.
 * status_port is the channel's ATA status register: the interrupt handler
 * reads it to acknowledge the drive. Returns NULL when DMA can be used,
 * else why not (and nothing is claimed).
 */
const char *ata_dma_init(uint16_t status_port);
uint16_t ata_dma_io_base(void); /* the bus-master registers' I/O base */

/* The most bytes one transfer may move at buf (bounced or not). */
uint32_t ata_dma_max_bytes(const void *buf);

/*
 * Point the engine at buf for `bytes` (a multiple of 512, at most
 * ata_dma_max_bytes(buf)). to_memory: the drive reads (device to memory).
 * For a write through the bounce buffer, the data is copied there now.
 * Leaves the engine stopped with its status clear and no completion
 * pending.
 */
void ata_dma_prepare(void *buf, uint32_t bytes, bool to_memory);
/*
 * The same for a write gathered from segments of count * unit bytes each,
 * back to back. False (nothing prepared) if it can go neither in place
 * nor through the bounce buffer.
 */
bool ata_dma_prepare_segs(const struct blockdev_seg *seg, uint32_t nseg, uint32_t unit);
void ata_dma_start(void);

/* Expect the completion interrupt of a command without data (a flush):
 * the engine stays stopped; ata_dma_wait then waits for the drive. */
void ata_dma_arm(void);

/* Whether the completion interrupt has come (ata_dma_wait returns at once). */
bool ata_dma_completed(void);

/*
 * Wait up to ms for the completion interrupt. Returns the bus-master
 * status the interrupt handler saw (ATA_DMA_* bits), or -1 on timeout.
 * The engine is stopped either way.
 */
int ata_dma_wait(uint32_t ms);

/* After a successful read through the bounce buffer, copy the data out. */
void ata_dma_finish(void);

/* Stop the engine and clear its error and interrupt bits. */
void ata_dma_reset(void);

/* For measurements only: send every transfer through the bounce buffer. */
void ata_dma_force_bounce(bool on);
