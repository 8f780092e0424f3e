/*
 * test_crc32c.c - persist/crc32c.c against the definition: the check value
 * of the standard ("123456789" -> E3069283), a bit-at-a-time reference
 * over every length 0..300 at every alignment 0..15, and continuation
 * (crc32c(crc32c(0, a), b) is the CRC of a followed by b).
 */
#include <stdlib.h>
#include <string.h>
#include "persist/crc32c.h"
#include "test.h"

static uint32_t
reference(const uint8_t *p, size_t n)
{
	uint32_t c = ~0u;
	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0x82F63B78u & (0u - (c & 1)));
	}
	return ~c;
}

TEST(crc32c_check_value)
{
	CHECK_EQ(crc32c(0, "123456789", 9), 0xE3069283u);
	CHECK_EQ(crc32c(0, "", 0), 0);
	uint8_t zeros[32] = { 0 };
	CHECK_EQ(crc32c(0, zeros, 32), 0x8A9136AAu); /* RFC 3720 B.4 */
}

TEST(crc32c_matches_reference)
{
	uint8_t buf[16 + 300];
	uint32_t seed = 12345;
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = (uint8_t)test_rand(&seed);
	int bad = 0;
	for (size_t off = 0; off < 16; off++)
		for (size_t n = 0; n <= 300; n++)
			bad += crc32c(0, buf + off, n) != reference(buf + off, n);
	CHECK_EQ(bad, 0);
}

TEST(crc32c_continues)
{
	uint8_t *page = malloc(4096);
	REQUIRE(page);
	uint32_t seed = 99;
	for (int i = 0; i < 4096; i++)
		page[i] = (uint8_t)test_rand(&seed);
	uint32_t whole = crc32c(0, page, 4096);
	CHECK_EQ(whole, reference(page, 4096));
	for (size_t cut = 0; cut <= 4096; cut += 37)
		CHECK_EQ(crc32c(crc32c(0, page, cut), page + cut, 4096 - cut), whole);
	free(page);
}
