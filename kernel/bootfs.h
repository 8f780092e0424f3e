/*
 * bootfs.h - files brought by the boot loader in tar modules ("apps.tar":
 * the programs a new world can start; "jrt.tar": the Java runtime's
 * classes; boot/mkiso.sh packs them). Read-only after boot; data points
 * into the module (identity-mapped).
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>

typedef void (*bootfs_fn)(const char *name, const void *data, size_t len, void *ctx);

/* The file `name` of apps.tar ("counter.ph", "todo/Todo.class"): true and
 * its bytes, or false. */
bool bootfs_find(const char *name, const void **data, size_t *len);
/* Call fn for every regular file of apps.tar, in archive order; returns
 * the count. */
int bootfs_each(bootfs_fn fn, void *ctx);
/* The same for the tar module named module; 0 if there is none. */
int bootfs_each_in(const char *module, bootfs_fn fn, void *ctx);
