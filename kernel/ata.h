/*
 * ata.h - the primary-master ATA disk (ports 0x1F0 / 0x3F6): bus-master
 * DMA on the PIIX IDE controller when it works, else PIO, polled.
 */
#pragma once

/*
 * IDENTIFY the primary master and register it as block device "ata0"
 * (512-byte blocks), logging one line that says whether DMA or PIO is
 * used (and why not DMA). A missing or non-ATA device logs one line and
 * registers nothing. Boot options: "phantom.atapio" keeps the driver in
 * PIO; "phantom.atatest" runs a write/read-back test over 16 MiB near the
 * end of the disk (crossing LBA 2^28 when the disk is that big) in PIO, in
 * DMA and in DMA through the bounce buffer, restores the old contents,
 * logs "ata: raw write pio <x> MiB/s dma <y> MiB/s; read pio ... dma ...;
 * using <pio|dma>" and "ata: selftest ok <write MiB/s> <read MiB/s>", and
 * keeps the faster mode (the test is kernel/ata_test.c).
 * Call from a thread with interrupts enabled (time must advance; DMA
 * completion is an interrupt).
 */
void ata_init(void);
