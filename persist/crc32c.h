/*
 * crc32c.h - CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the
 * checksum of every block of a Phantom store. Portable C, no tables to
 * initialise by hand: the first call builds them.
 */
#pragma once
#include <stddef.h>
#include <stdint.h>

/* crc32c(0, p, n) is the CRC of n bytes; pass a previous result to
 * continue over more bytes. */
uint32_t crc32c(uint32_t crc, const void *p, size_t n);
