/*
 * png.h - PNG files on the host (png_host.c, libpng): 8-bit RGBA on disk,
 * ARGB gfx buffers in memory. Host only: the OS never writes files.
 */
#pragma once
#include <stdbool.h>
#include "gui/gfx.h"

bool gui_png_write(const char *path, const struct gfx_buf *b, const char **why);
/* out->px is malloc'd (gfx_buf_free). */
bool gui_png_read(const char *path, struct gfx_buf *out, const char **why);
