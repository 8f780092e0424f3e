/*
 * blockdev.c - the kernel's table of block devices, looked up by name.
 *
 * Drivers register a struct blockdev they own (static storage: it is never
 * freed); the persist layer finds its disk with blockdev_get("ata0").
 * Invariant: names are unique; a second device with a taken name, or one
 * past BLOCKDEV_MAX, is refused with a log line. Registration happens at
 * boot from one thread, lookups may come from any thread afterwards.
 */
#include "blockdev.h"

#include <string.h>

#include "klog.h"

#define BLOCKDEV_MAX 8

static struct blockdev *devs[BLOCKDEV_MAX];
static int ndevs;

struct blockdev *
blockdev_get(const char *name)
{
	int i;

	for (i = 0; i < ndevs; i++)
		if (strcmp(devs[i]->name, name) == 0)
			return devs[i];
	return NULL;
}

void
blockdev_register(struct blockdev *bd)
{
	uint64_t bytes = bd->nblocks * bd->block_size;

	if (blockdev_get(bd->name) != NULL || ndevs == BLOCKDEV_MAX) {
		klog("blockdev: %s refused (%s)", bd->name,
		     ndevs == BLOCKDEV_MAX ? "table full" : "name taken");
		return;
	}
	devs[ndevs++] = bd;
	klog("blockdev: %s, %u blocks of %u bytes (%u MiB)", bd->name, (unsigned)bd->nblocks,
	     bd->block_size, (unsigned)(bytes >> 20));
}
