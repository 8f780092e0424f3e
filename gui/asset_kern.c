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

struct each {
	void (*fn)(const char *name, void *ctx);
	void *ctx;
};

static void
one(const char *name, const void *data, size_t len, void *ctx)
{
	struct each *e = ctx;
	e->fn(name, e->ctx);
}

int
gui_asset_each(void (*fn)(const char *name, void *ctx), void *ctx)
{
	struct each e = { fn, ctx };
	return bootfs_each(one, &e);
}
