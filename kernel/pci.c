/*
 * pci.c - PCI configuration space through mechanism #1 (ports 0xCF8/0xCFC)
 * and a one-time scan of every bus, device and function.
 *
 * Address word written to 0xCF8: bit 31 enable, bits 23-16 bus, 15-11
 * device, 10-8 function, 7-2 dword register. The scan is brute force over
 * 256 buses x 32 devices (no bridge walking needed: ~8 k reads, a few ms);
 * functions 1-7 are probed only when function 0's header type has bit 7
 * (multi-function) set.
 *
 * Invariant: devs[] is filled once by pci_init() and read-only afterwards.
 * bar[] holds the raw register values, flag bits included: bit 0 set means
 * an I/O BAR (address = bar & ~3), else memory (address = bar & ~15). A
 * 64-bit memory BAR's upper half is in the next slot. Bridges (header type
 * 1) have only bar[0] and bar[1]; the rest are 0. irq is the interrupt
 * line register (0xff: none).
 */
#include "pci.h"

#include <stddef.h>
#include <stdio.h>

#include "arch.h"
#include "klog.h"

#define PCI_ADDR 0xcf8
#define PCI_DATA 0xcfc

#define PCI_MAX_DEVS 64

#define REG_ID     0x00
#define REG_CLASS  0x08
#define REG_HEADER 0x0c /* header type is byte 2 */
#define REG_BAR0   0x10
#define REG_IRQ    0x3c

static struct pci_dev devs[PCI_MAX_DEVS];
static int ndevs;

static uint32_t
address(uint8_t bus, uint8_t dev, uint8_t fn, uint8_t off)
{
	return 0x80000000u | (uint32_t)bus << 16 | (uint32_t)dev << 11 | (uint32_t)fn << 8 |
	       (off & 0xfc);
}

/* Raw read; address + data must not be split by an interrupt handler. */
static uint32_t
cfg_read(uint8_t bus, uint8_t dev, uint8_t fn, uint8_t off)
{
	uint32_t flags = arch_irq_save();
	uint32_t v;

	arch_outl(PCI_ADDR, address(bus, dev, fn, off));
	v = arch_inl(PCI_DATA);
	arch_irq_restore(flags);
	return v;
}

uint32_t
pci_read32(const struct pci_dev *d, uint8_t off)
{
	return cfg_read(d->bus, d->dev, d->fn, off);
}

uint16_t
pci_read16(const struct pci_dev *d, uint8_t off)
{
	return (uint16_t)(pci_read32(d, off) >> ((off & 2) * 8));
}

void
pci_write16(const struct pci_dev *d, uint8_t off, uint16_t v)
{
	uint32_t flags = arch_irq_save();

	arch_outl(PCI_ADDR, address(d->bus, d->dev, d->fn, off));
	arch_outw(PCI_DATA + (off & 2), v);
	arch_irq_restore(flags);
}

const struct pci_dev *
pci_at(int i)
{
	return i >= 0 && i < ndevs ? &devs[i] : NULL;
}

const struct pci_dev *
pci_find_class(uint8_t class, uint8_t subclass)
{
	int i;

	for (i = 0; i < ndevs; i++)
		if (devs[i].class == class && devs[i].subclass == subclass)
			return &devs[i];
	return NULL;
}

/* ---------------------------------------------------------------- scan */

static const char *
class_name(uint8_t class, uint8_t sub)
{
	/* clang-format off */
	static const struct { uint8_t class, sub; const char *name; } names[] = {
		{ 0x01, 0x01, "IDE controller" },   { 0x01, 0x06, "SATA controller" },
		{ 0x02, 0x00, "Ethernet" },         { 0x03, 0x00, "VGA" },
		{ 0x04, 0x01, "audio" },            { 0x04, 0x03, "HD audio" },
		{ 0x06, 0x00, "host bridge" },      { 0x06, 0x01, "ISA bridge" },
		{ 0x06, 0x04, "PCI bridge" },       { 0x06, 0x80, "bridge" },
		{ 0x0c, 0x03, "USB" },              { 0x0c, 0x05, "SMBus" },
	};
	/* clang-format on */
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].class == class && names[i].sub == sub)
			return names[i].name;
	return "";
}

static void
log_dev(const struct pci_dev *d)
{
	char bars[6 * 14 + 1];
	int i, n = 0;

	bars[0] = 0;
	for (i = 0; i < 6; i++)
		if (d->bar[i] != 0)
			n += snprintf(bars + n, sizeof bars - n, " bar%d=%x", i,
			              (unsigned)d->bar[i]);
	klog("pci: %02x:%02x.%x %04x:%04x class %02x.%02x prog %02x irq %u%s %s", d->bus, d->dev,
	     d->fn, d->vendor, d->device, d->class, d->subclass, d->progif, d->irq, bars,
	     class_name(d->class, d->subclass));
}

/* Record one present function; returns its header type byte. */
static uint8_t
add(uint8_t bus, uint8_t dev, uint8_t fn, uint32_t id)
{
	struct pci_dev *d = &devs[ndevs];
	uint32_t cls = cfg_read(bus, dev, fn, REG_CLASS);
	uint8_t header = (uint8_t)(cfg_read(bus, dev, fn, REG_HEADER) >> 16);
	int i, nbars = (header & 0x7f) == 0 ? 6 : (header & 0x7f) == 1 ? 2 : 0;

	*d = (struct pci_dev){
		.bus = bus,
		.dev = dev,
		.fn = fn,
		.vendor = (uint16_t)id,
		.device = (uint16_t)(id >> 16),
		.class = (uint8_t)(cls >> 24),
		.subclass = (uint8_t)(cls >> 16),
		.progif = (uint8_t)(cls >> 8),
		.irq = (uint8_t)cfg_read(bus, dev, fn, REG_IRQ),
	};
	for (i = 0; i < nbars; i++)
		d->bar[i] = cfg_read(bus, dev, fn, REG_BAR0 + 4 * i);
	log_dev(d);
	ndevs++;
	return header;
}

static void
scan_device(uint8_t bus, uint8_t dev)
{
	uint32_t id;
	uint8_t fn, nfn = 1;

	for (fn = 0; fn < nfn && ndevs < PCI_MAX_DEVS; fn++) {
		id = cfg_read(bus, dev, fn, REG_ID);
		if ((id & 0xffff) == 0xffff)
			continue;
		if ((add(bus, dev, fn, id) & 0x80) && fn == 0)
			nfn = 8;
	}
}

void
pci_init(void)
{
	int bus, dev;

	for (bus = 0; bus < 256; bus++)
		for (dev = 0; dev < 32; dev++)
			scan_device((uint8_t)bus, (uint8_t)dev);
	if (ndevs == PCI_MAX_DEVS)
		klog("pci: stopped at %d functions", PCI_MAX_DEVS);
	klog("pci: %d functions", ndevs);
}
