/*
 * blockdev.h - the block-device interface the persist layer is written
 * against. Pure declarations: the host build includes it too.
 *
 * Contract: read/write move `count` blocks of `block_size` bytes starting at
 * `lba`; they return 0 on success and a negative BLOCKDEV_E* on failure.
 * A write that returned 0 is on the medium unless flush() is pending in a
 * device with a volatile cache; flush() returns only when it is durable.
 */
#pragma once
#include <stdint.h>

#define BLOCKDEV_EIO    (-5)
#define BLOCKDEV_ERANGE (-34)

struct blockdev {
	const char *name;
	uint64_t nblocks;
	uint32_t block_size;
	int (*read)(struct blockdev *bd, uint64_t lba, uint32_t count, void *buf);
	int (*write)(struct blockdev *bd, uint64_t lba, uint32_t count, const void *buf);
	int (*flush)(struct blockdev *bd);
	void *priv;
};

struct blockdev *blockdev_get(const char *name); /* kernel: "ata0" */
void blockdev_register(struct blockdev *bd);
