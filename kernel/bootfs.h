/*
 * bootfs.h - files brought by the boot loader in a tar module ("apps.tar":
 * the programs a new world can start; boot/mkiso.sh packs them).
 * Read-only after boot; data points into the module (identity-mapped).
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>

/* The file `name` (a flat name such as "counter.ph"): true and its bytes,
 * or false. */
bool bootfs_find(const char *name, const void **data, size_t *len);
/* Call fn for every regular file, in archive order; returns the count. */
int bootfs_each(void (*fn)(const char *name, const void *data, size_t len, void *ctx), void *ctx);
