/*
 * fonts.h - the system's fonts, by face and pixel size (kernel only).
 *
 * The TrueType files arrive as Multiboot modules (see fonts/README.md);
 * fonts_get opens a (face, size) pair on first use and returns the same
 * struct font every later time. Fonts are never closed.
 */
#pragma once
#include "gui/font.h"

enum fonts_face {
	FONTS_SANS,      /* DejaVuSans.ttf */
	FONTS_SANS_BOLD, /* DejaVuSans-Bold.ttf */
	FONTS_MONO,      /* DejaVuSansMono.ttf */
	FONTS_NFACES
};

/* NULL (logged once per face) if the module is missing or not a font. */
struct font *fonts_get(enum fonts_face face, int px);
