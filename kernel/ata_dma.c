/*
 * ata_dma.c - bus-master DMA (SFF-8038i) on the PIIX IDE controller's
 * primary channel: the engine ata.c starts around READ/WRITE DMA commands.
 *
 * Registers at the I/O base in BAR4: +0 command (bit 0 start, bit 3 the
 * engine writes memory, i.e. the drive reads), +2 status (bit 0 active,
 * bit 1 error, bit 2 interrupt; 1 and 2 are cleared by writing 1), +4 the
 * PRD table's physical address.
 *
 * PRD table: one page-aligned 4 KiB frame (so it cannot cross a 64 KiB
 * boundary) of up to 512 entries {u32 address, u16 bytes (0 = 64 KiB),
 * u16 flags (bit 15: last)}. No entry crosses a 64 KiB boundary: a region
 * is cut at every boundary, so one transfer needs bytes / 64 KiB + 1
 * entries at most.
 *
 * Buffers: RAM below KERNEL_IDMAP_END is identity-mapped, so a dword-
 * aligned buffer there is DMA'd in place (virtual address = physical, and
 * physically contiguous however many pages it spans). Anything else (the
 * arena, thread stacks, odd addresses) goes through a physically contiguous
 * bounce buffer, which caps that transfer at ATA_DMA_BOUNCE bytes.
 *
 * Completion: the drive raises IRQ 14 (ata.c clears nIEN for DMA commands
 * only). The handler acknowledges the drive (reads its status register),
 * latches and clears the bus-master status and posts `done`; the waiting
 * thread sleeps on `done` with a timeout. Invariant: `done` counts no
 * completion from an earlier command when a new one starts (prepare drains
 * it), so a late interrupt after a timeout cannot complete the next one.
 */
#include "ata_dma.h"

#include <string.h>

#include "arch.h"
#include "arch/i386/io.h"
#include "klog.h"
#include "memlayout.h"
#include "pci.h"
#include "pmm.h"
#include "thread.h"

#define BM_CMD    0
#define BM_STATUS 2
#define BM_PRDT   4

#define BM_CMD_START     0x01
#define BM_CMD_TO_MEMORY 0x08

#define PCI_COMMAND        0x04
#define PCI_CMD_IO         0x01
#define PCI_CMD_BUS_MASTER 0x04
#define PROGIF_PRI_NATIVE  0x01 /* primary channel not at 0x1F0 */
#define PROGIF_BUS_MASTER  0x80

#define ATA_DMA_IRQ_LINE 14
#define ATA_DMA_PRDS     (PAGE_SIZE / sizeof(struct prd))
#define ATA_DMA_BOUNDARY 0x10000u
#define ATA_DMA_BOUNCE   (1u << 20) /* bytes: one bounced command at most */
#define PRD_LAST         0x8000

struct prd {
	uint32_t addr;
	uint16_t bytes; /* 0 means 64 KiB */
	uint16_t flags;
};

static struct {
	uint16_t base, status_port;
	struct prd *prd;
	uint8_t *bounce;
	struct sem done;
	volatile uint8_t bm_status; /* latched by the interrupt handler */
	uint8_t cmd;                /* BM_CMD value without the start bit */
	bool force_bounce;
	bool bounced, to_memory; /* the transfer in progress */
	uint8_t *user;
	uint32_t bytes;
} eng;

/* The device writes memory the compiler cannot see: keep accesses ordered. */
static inline void
barrier(void)
{
	__asm__ volatile("" ::: "memory");
}

static void
dma_irq(void)
{
	uint8_t bm = inb(eng.base + BM_STATUS);

	if (!(bm & ATA_DMA_IRQ))
		return;             /* not the primary channel's drive */
	(void)inb(eng.status_port); /* acknowledge: the drive drops INTRQ */
	eng.bm_status = bm;
	outb(eng.base + BM_STATUS, bm); /* write-1-to-clear IRQ and ERROR */
	sem_post(&eng.done);
}

static void
drain(void)
{
	while (sem_wait_timeout(&eng.done, 0))
		;
}

void
ata_dma_reset(void)
{
	outb(eng.base + BM_CMD, 0);
	outb(eng.base + BM_STATUS, inb(eng.base + BM_STATUS) | ATA_DMA_IRQ | ATA_DMA_ERROR);
	drain();
}

/* ---------------------------------------------------------------- buffers */

static bool
direct_ok(const void *buf, uint32_t bytes)
{
	uintptr_t a = (uintptr_t)buf;

	return !eng.force_bounce && (a & 3) == 0 && a >= PAGE_SIZE && a < KERNEL_IDMAP_END &&
	       bytes <= KERNEL_IDMAP_END - a;
}

uint32_t
ata_dma_max_bytes(const void *buf)
{
	uint32_t direct = (ATA_DMA_PRDS - 1) * ATA_DMA_BOUNDARY;

	return direct_ok(buf, direct) ? direct : ATA_DMA_BOUNCE;
}

/* Describe [addr, addr + bytes) in PRDs, cut at every 64 KiB boundary. */
static void
build_prds(uint32_t addr, uint32_t bytes)
{
	uint32_t i = 0, len, room;

	while (bytes > 0 && i < ATA_DMA_PRDS) {
		room = ATA_DMA_BOUNDARY - (addr & (ATA_DMA_BOUNDARY - 1));
		len = bytes < room ? bytes : room;
		eng.prd[i++] = (struct prd){ .addr = addr, .bytes = (uint16_t)len };
		addr += len;
		bytes -= len;
	}
	if (bytes > 0)
		panic("ata_dma: transfer too large for the PRD table");
	eng.prd[i - 1].flags = PRD_LAST;
}

void
ata_dma_prepare(void *buf, uint32_t bytes, bool to_memory)
{
	ata_dma_reset();
	eng.user = buf;
	eng.bytes = bytes;
	eng.to_memory = to_memory;
	eng.bounced = !direct_ok(buf, bytes);
	if (eng.bounced && bytes > ATA_DMA_BOUNCE)
		panic("ata_dma: %u bytes do not fit the bounce buffer", (unsigned)bytes);
	if (eng.bounced && !to_memory)
		memcpy(eng.bounce, buf, bytes);
	build_prds((uint32_t)(uintptr_t)(eng.bounced ? eng.bounce : (uint8_t *)buf), bytes);
	barrier();
	outl(eng.base + BM_PRDT, (uint32_t)(uintptr_t)eng.prd);
	eng.cmd = to_memory ? BM_CMD_TO_MEMORY : 0;
	outb(eng.base + BM_CMD, eng.cmd);
}

void
ata_dma_start(void)
{
	barrier();
	outb(eng.base + BM_CMD, eng.cmd | BM_CMD_START);
}

int
ata_dma_wait(uint32_t ms)
{
	bool done = sem_wait_timeout(&eng.done, ms);

	outb(eng.base + BM_CMD, eng.cmd); /* stop: required after completion too */
	barrier();
	return done ? eng.bm_status : -1;
}

void
ata_dma_finish(void)
{
	if (eng.bounced && eng.to_memory)
		memcpy(eng.user, eng.bounce, eng.bytes);
}

void
ata_dma_force_bounce(bool on)
{
	eng.force_bounce = on;
}

uint16_t
ata_dma_io_base(void)
{
	return eng.base;
}

/* ---------------------------------------------------------------- init */

/* Returns NULL when the controller can bus-master the primary channel. */
static const char *
check_controller(const struct pci_dev *d)
{
	uint16_t cmd;

	if (d == NULL)
		return "no IDE controller on PCI";
	if (!(d->progif & PROGIF_BUS_MASTER))
		return "the IDE controller cannot bus-master";
	if (d->progif & PROGIF_PRI_NATIVE)
		return "the primary channel is in PCI native mode";
	if (!(d->bar[4] & 1) || (d->bar[4] & 0xfffc) == 0)
		return "no bus-master I/O BAR";
	cmd = pci_read16(d, PCI_COMMAND);
	if ((cmd & (PCI_CMD_IO | PCI_CMD_BUS_MASTER)) != (PCI_CMD_IO | PCI_CMD_BUS_MASTER)) {
		pci_write16(d, PCI_COMMAND, cmd | PCI_CMD_IO | PCI_CMD_BUS_MASTER);
		klog("ata: bus mastering was off on %02x:%02x.%x: turned on", d->bus, d->dev,
		     d->fn);
		if (!(pci_read16(d, PCI_COMMAND) & PCI_CMD_BUS_MASTER))
			return "bus mastering does not turn on";
	}
	return NULL;
}

static bool
alloc_buffers(void)
{
	uintptr_t prd = pmm_alloc();
	uintptr_t bounce = pmm_alloc_contig(ATA_DMA_BOUNCE / PAGE_SIZE);

	if (prd == 0 || bounce == 0) {
		if (prd)
			pmm_free(prd);
		for (uint32_t i = 0; bounce && i < ATA_DMA_BOUNCE; i += PAGE_SIZE)
			pmm_free(bounce + i);
		return false;
	}
	eng.prd = (struct prd *)prd;
	eng.bounce = (uint8_t *)bounce;
	return true;
}

const char *
ata_dma_init(uint16_t status_port)
{
	const struct pci_dev *d = pci_find_class(0x01, 0x01);
	const char *why = check_controller(d);

	if (why != NULL)
		return why;
	if (!alloc_buffers())
		return "no memory for the PRD table and bounce buffer";
	eng.base = (uint16_t)(d->bar[4] & 0xfffc);
	eng.status_port = status_port;
	ata_dma_reset();
	arch_irq_register(ATA_DMA_IRQ_LINE, dma_irq);
	return NULL;
}
