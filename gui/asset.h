/*
 * asset.h - files the system ships for programs (images): inside Phantom
 * the files of the apps.tar boot module (asset_kern.c), on the host the
 * directories in PHANTOM_ASSETS, colon-separated (asset_host.c).
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>

/* The bytes of the file `name` (a flat name), valid for good; false if
 * there is none. */
bool gui_asset(const char *name, const void **data, size_t *len);

/* Call fn with the flat name of every file shipped, once per name (the one
 * gui_asset would find), in no particular order; returns the count. */
int gui_asset_each(void (*fn)(const char *name, void *ctx), void *ctx);
