/*
 * crc32c.c - CRC-32C, slice-by-8 (eight 256-entry tables, 8 KiB).
 *
 * Invariant: tab[0] is the classic byte-at-a-time table; tab[k][b] is the
 * CRC of byte b followed by k zero bytes, so eight input bytes are folded
 * with eight lookups. The tables are built on first use; building them
 * twice (two threads racing on the first call) writes the same values.
 */
#include "crc32c.h"

#define POLY 0x82F63B78u

static uint32_t tab[8][256];
static volatile int ready;

static void
build(void)
{
	for (uint32_t b = 0; b < 256; b++) {
		uint32_t c = b;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (POLY & (0u - (c & 1)));
		tab[0][b] = c;
	}
	for (uint32_t b = 0; b < 256; b++)
		for (int k = 1; k < 8; k++)
			tab[k][b] = (tab[k - 1][b] >> 8) ^ tab[0][tab[k - 1][b] & 0xff];
	ready = 1;
}

static uint32_t
load32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

uint32_t
crc32c(uint32_t crc, const void *buf, size_t n)
{
	const uint8_t *p = buf;
	if (!ready)
		build();
	crc = ~crc;
	for (; n >= 8; n -= 8, p += 8) {
		uint32_t lo = load32(p) ^ crc, hi = load32(p + 4);
		crc = tab[7][lo & 0xff] ^ tab[6][(lo >> 8) & 0xff] ^ tab[5][(lo >> 16) & 0xff] ^
		      tab[4][lo >> 24] ^ tab[3][hi & 0xff] ^ tab[2][(hi >> 8) & 0xff] ^
		      tab[1][(hi >> 16) & 0xff] ^ tab[0][hi >> 24];
	}
	while (n--)
		crc = (crc >> 8) ^ tab[0][(crc ^ *p++) & 0xff];
	return ~crc;
}
