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
