/*
 * pci.h - PCI configuration space (mechanism #1) and bus enumeration.
 */
#pragma once
#include <stdint.h>

struct pci_dev {
	uint8_t bus, dev, fn;
	uint16_t vendor, device;
	uint8_t class, subclass, progif;
	uint32_t bar[6];
	uint8_t irq;
};

void pci_init(void); /* scan every bus, log each device */
const struct pci_dev *pci_at(int i);
const struct pci_dev *pci_find_class(uint8_t class, uint8_t subclass);
uint32_t pci_read32(const struct pci_dev *d, uint8_t off);
uint16_t pci_read16(const struct pci_dev *d, uint8_t off);
void pci_write16(const struct pci_dev *d, uint8_t off, uint16_t v);
