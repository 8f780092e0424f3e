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
 * Buffers: a dword-aligned buffer is DMA'd in place, page by page: RAM
 * below KERNEL_IDMAP_END is identity-mapped (virtual address = physical),
 * and any other page (the arena, the copy-on-write window) is translated
 * through its page-table entry; physically adjacent pieces share a PRD.
 * A write may gather several such buffers (ata_dma_prepare_segs). What
 * cannot go in place (odd addresses, a page with no frame) goes through a
 * physically contiguous bounce buffer, which caps that transfer at
 * ATA_DMA_BOUNCE bytes. The caller keeps the pages mapped and unchanged
 * until the transfer ends.
 *
 * Completion: the drive raises IRQ 14 (ata.c clears nIEN for DMA commands
 * only). The handler acknowledges the drive (reads its status register),
 * latches and clears the bus-master status and posts `done`; the waiting
 * thread sleeps on `done` with a timeout. Invariant: `done` counts no
 * completion from an earlier command when a new one starts (prepare and
 * arm drain it), so a late interrupt after a timeout cannot complete the
 * next one. The same interrupt ends a command without data (a flush):
 * the bus-master interrupt bit follows the drive's INTRQ.
 */
#include "ata_dma.h"

#include <string.h>

#include "arch.h"
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
	volatile bool completed;    /* and the completion seen */
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
	uint8_t bm = arch_inb(eng.base + BM_STATUS);

	if (!(bm & ATA_DMA_IRQ))
		return;                  /* not the primary channel's drive */
	(void)arch_inb(eng.status_port); /* acknowledge: the drive drops INTRQ */
	eng.bm_status = bm;
	arch_outb(eng.base + BM_STATUS, bm); /* write-1-to-clear IRQ and ERROR */
	eng.completed = true;
	sem_post(&eng.done);
}

static void
drain(void)
{
	while (sem_wait_timeout(&eng.done, 0))
		;
	eng.completed = false;
}

void
ata_dma_reset(void)
{
	arch_outb(eng.base + BM_CMD, 0);
	arch_outb(eng.base + BM_STATUS,
	          arch_inb(eng.base + BM_STATUS) | ATA_DMA_IRQ | ATA_DMA_ERROR);
	drain();
}

/* ---------------------------------------------------------------- buffers */

/* The physical address of va for the engine, or 0 if it has none. */
static uint32_t
phys_of(uintptr_t va)
{
	unsigned flags;
	uint32_t frame;

	if (va >= PAGE_SIZE && va < KERNEL_IDMAP_END)
		return (uint32_t)va;
	frame = arch_page_get((uint32_t)(va & ~(uintptr_t)(PAGE_SIZE - 1)), &flags);
	return frame ? frame + (uint32_t)(va & (PAGE_SIZE - 1)) : 0;
}

static uint32_t
prd_len(const struct prd *p)
{
	return p->bytes ? p->bytes : ATA_DMA_BOUNDARY;
}

/*
 * Append the physical range [pa, pa + bytes) to the PRD table's first *n
 * entries, joining it to the last entry when adjacent, and cut at every
 * 64 KiB boundary. False if the table is full.
 */
static bool
add_range(uint32_t *n, uint32_t pa, uint32_t bytes)
{
	while (bytes > 0) {
		struct prd *last = *n ? &eng.prd[*n - 1] : NULL;
		uint32_t room = ATA_DMA_BOUNDARY - (pa & (ATA_DMA_BOUNDARY - 1));
		uint32_t len = bytes < room ? bytes : room;

		if (last && last->addr + prd_len(last) == pa &&
		    (last->addr & ~(ATA_DMA_BOUNDARY - 1)) == (pa & ~(ATA_DMA_BOUNDARY - 1)))
			last->bytes = (uint16_t)(prd_len(last) + len); /* 64 KiB is 0 */
		else if (*n == ATA_DMA_PRDS)
			return false;
		else
			eng.prd[(*n)++] = (struct prd){ .addr = pa, .bytes = (uint16_t)len };
		pa += len;
		bytes -= len;
	}
	return true;
}

/* Append the buffer [va, va + bytes) in place, page by page. False if it
 * cannot go in place: unaligned, a page without a frame, a full table. */
static bool
add_buffer(uint32_t *n, uintptr_t va, uint32_t bytes)
{
	if (eng.force_bounce || (va & 3) || (bytes & 3))
		return false;
	while (bytes > 0) {
		uint32_t pa = phys_of(va), len = PAGE_SIZE - (uint32_t)(va & (PAGE_SIZE - 1));

		if (len > bytes)
			len = bytes;
		if (pa == 0 || !add_range(n, pa, len))
			return false;
		va += len;
		bytes -= len;
	}
	return true;
}

uint32_t
ata_dma_max_bytes(const void *buf)
{
	uintptr_t a = (uintptr_t)buf;

	/* Identity-mapped RAM is contiguous; elsewhere a page may take a PRD
	 * of its own, and a transfer that falls back must fit the bounce. */
	if (a < KERNEL_IDMAP_END && (a & 3) == 0 && !eng.force_bounce)
		return (ATA_DMA_PRDS - 1) * ATA_DMA_BOUNDARY;
	return ATA_DMA_BOUNCE;
}

/* Point the engine at the table's first n entries. */
static void
load(uint32_t n, bool to_memory)
{
	eng.prd[n - 1].flags = PRD_LAST;
	barrier();
	arch_outl(eng.base + BM_PRDT, (uint32_t)(uintptr_t)eng.prd);
	eng.cmd = to_memory ? BM_CMD_TO_MEMORY : 0;
	arch_outb(eng.base + BM_CMD, eng.cmd);
}

/* Describe the bounce buffer's first `bytes`; returns the entries. */
static uint32_t
bounce_prds(uint32_t bytes)
{
	uint32_t n = 0;

	if (bytes > ATA_DMA_BOUNCE || !add_range(&n, (uint32_t)(uintptr_t)eng.bounce, bytes))
		panic("ata_dma: %u bytes do not fit the bounce buffer", (unsigned)bytes);
	return n;
}

/*
 * Point the engine at the segments (count * unit bytes each, back to
 * back): in place, else through the bounce buffer - gathered for a write,
 * copied out by ata_dma_finish for a read (one segment only). False if it
 * can go neither way.
 */
static bool
prepare(const struct blockdev_seg *seg, uint32_t nseg, uint32_t unit, bool to_memory)
{
	uint32_t n = 0, bytes = 0, i;

	for (i = 0; i < nseg; i++)
		bytes += seg[i].count * unit;
	ata_dma_reset();
	eng.user = (uint8_t *)seg[0].buf;
	eng.bytes = bytes;
	eng.to_memory = to_memory;
	eng.bounced = false;
	for (i = 0; i < nseg && add_buffer(&n, (uintptr_t)seg[i].buf, seg[i].count * unit); i++)
		;
	if (i < nseg) {
		if (bytes > ATA_DMA_BOUNCE || (to_memory && nseg > 1))
			return false;
		eng.bounced = true;
		for (uint32_t at = 0, k = 0; !to_memory && k < nseg; at += seg[k++].count * unit)
			memcpy(eng.bounce + at, seg[k].buf, seg[k].count * unit);
		n = bounce_prds(bytes);
	}
	load(n, to_memory);
	return true;
}

void
ata_dma_prepare(void *buf, uint32_t bytes, bool to_memory)
{
	struct blockdev_seg one = { buf, bytes };

	if (!prepare(&one, 1, 1, to_memory))
		panic("ata_dma: %u bytes do not fit the bounce buffer", (unsigned)bytes);
}

bool
ata_dma_prepare_segs(const struct blockdev_seg *seg, uint32_t nseg, uint32_t unit)
{
	return prepare(seg, nseg, unit, false);
}

void
ata_dma_arm(void)
{
	ata_dma_reset();
	eng.cmd = 0;
	eng.bounced = false; /* nothing for ata_dma_finish to copy */
}

bool
ata_dma_completed(void)
{
	return eng.completed;
}

void
ata_dma_start(void)
{
	barrier();
	arch_outb(eng.base + BM_CMD, eng.cmd | BM_CMD_START);
}

int
ata_dma_wait(uint32_t ms)
{
	bool done = sem_wait_timeout(&eng.done, ms);

	arch_outb(eng.base + BM_CMD, eng.cmd); /* stop: required after completion too */
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
