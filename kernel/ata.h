/*
 * ata.h - the primary-master ATA disk (ports 0x1F0 / 0x3F6), PIO, polled.
 */
#pragma once

/*
 * IDENTIFY the primary master and register it as block device "ata0"
 * (512-byte blocks). A missing or non-ATA device logs one line and
 * registers nothing. With "phantom.atatest" on the command line, also runs
 * a write/read-back test near the end of the disk (crossing LBA 2^28 when
 * the disk is that big), restores the old contents and logs
 * "ata: selftest ok <write MiB/s> <read MiB/s>".
 * Call from a thread with interrupts enabled (time must advance).
 */
void ata_init(void);
