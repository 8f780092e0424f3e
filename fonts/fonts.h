/*
 * fonts.h - the system's fonts, by face and pixel size.
 *
 * Inside Phantom the TrueType files arrive as Multiboot modules (see
 * fonts/README.md), on the host they are read from Debian's
 * fonts-dejavu-core; fonts_get opens a (face, size) pair on first use and
 * returns the same struct font every later time: it stays open for good.
 * fonts_lend is for callers that use a font only for the moment (the VM's
 * natives): its font may be closed once enough other sizes have been
 * asked for since - never before the next fonts_lend or fonts_get call.
 */
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include "gui/font.h"

enum fonts_face {
	FONTS_SANS,      /* DejaVuSans.ttf */
	FONTS_SANS_BOLD, /* DejaVuSans-Bold.ttf */
	FONTS_MONO,      /* DejaVuSansMono.ttf */
	FONTS_NFACES
};

/* NULL (logged once per face) if the module is missing or not a font. */
struct font *fonts_get(enum fonts_face face, int px);
struct font *fonts_lend(enum fonts_face face, int px);

/* Per platform (fonts_kern.c, fonts_host.c): the bytes of a font file,
 * valid for good; and a lock around the table (on: take it). */
bool fonts_face_bytes(const char *file, const void **data, size_t *len);
/* The bytes of a face that turned out unusable are not needed after all. */
void fonts_face_drop(const void *data);
void fonts_lock(bool on);
