/*
 * blockdev.h - the block-device interface the persist layer is written
 * against. Pure declarations: the host build includes it too.
 *
 * Contract: read/write move `count` blocks of `block_size` bytes starting at
 * `lba`; they return 0 on success and a negative BLOCKDEV_E* on failure.
 * A write that returned 0 is on the medium unless flush() is pending in a
 * device with a volatile cache; flush() returns only when it is durable.
 *
 * Requests in flight (optional: all four hooks or none). submit_write()
 * begins writing the segments back to back from lba - seg[0].count blocks
 * from seg[0].buf, then seg[1]... - and submit_flush() a flush; either may
 * return before the device is done, so that the caller can compute
 * meanwhile. One request is in flight per device at a time: complete()
 * waits for it and returns its result, busy() tells without waiting
 * whether it still runs. A submit that returns an error started nothing.
 * A write's buffers stay unchanged until complete() (the seg array itself
 * may be reused at once); the device may keep other callers waiting while
 * a request is in flight. Without the hooks a caller uses write() and
 * flush().
 */
#pragma once
#include <stdint.h>

#define BLOCKDEV_EIO    (-5)
#define BLOCKDEV_ERANGE (-34)

struct blockdev_seg {
	const void *buf;
	uint32_t count; /* blocks */
};

struct blockdev {
	const char *name;
	uint64_t nblocks;
	uint32_t block_size;
	int (*read)(struct blockdev *bd, uint64_t lba, uint32_t count, void *buf);
	int (*write)(struct blockdev *bd, uint64_t lba, uint32_t count, const void *buf);
	int (*flush)(struct blockdev *bd);
	int (*submit_write)(struct blockdev *bd, uint64_t lba, const struct blockdev_seg *seg,
	                    uint32_t nseg);
	int (*submit_flush)(struct blockdev *bd);
	int (*busy)(struct blockdev *bd);
	int (*complete)(struct blockdev *bd);
	void *priv;
};

struct blockdev *blockdev_get(const char *name); /* kernel: "ata0" */
void blockdev_register(struct blockdev *bd);
