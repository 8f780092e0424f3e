/*
 * asset_kern.c - asset.h inside Phantom: the files of apps.tar.
 */
#include "kernel/bootfs.h"
#include "asset.h"

bool
gui_asset(const char *name, const void **data, size_t *len)
{
	return bootfs_find(name, data, len);
}
