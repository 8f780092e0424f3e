/*
 * file.h - whole files into memory, on the host (file_host.c): fonts,
 * assets, programs for the host tools. The OS has no files.
 */
#pragma once
#include <stddef.h>

/* The file's bytes, malloc'd, with a NUL after them (not counted in *len);
 * NULL if it cannot be read. */
char *gui_read_file(const char *path, size_t *len);
