/*
 * ftoption_kern.h - FreeType's compile-time options for the kernel build.
 *
 * Reached through FT_CONFIG_OPTIONS_H (gui/freetype.mk). It takes
 * FreeType's own defaults and switches off what a kernel that only renders
 * DejaVu TrueType fonts from memory with light (auto-fitter) hinting never
 * uses: file and compressed streams, Mac resource forks, colour and bitmap
 * glyphs, font variations, SVG, the Adobe glyph list, the TrueType bytecode interpreter (light
 * hinting does not run it) and the auto-fitter's CJK and Indic scripts.
 * Switching these off changes nothing in the public structures, so code
 * built against this header and the host's libfreetype agree.
 */
#pragma once
#include <freetype/config/ftoption.h>

#undef FT_CONFIG_OPTION_ENVIRONMENT_PROPERTIES
#undef FT_CONFIG_OPTION_USE_LZW
#undef FT_CONFIG_OPTION_USE_ZLIB
#undef FT_CONFIG_OPTION_MAC_FONTS
#undef FT_CONFIG_OPTION_GUESSING_EMBEDDED_RFORK
#undef FT_CONFIG_OPTION_INCREMENTAL
#undef FT_CONFIG_OPTION_SVG
/* The Adobe glyph list maps glyph names to Unicode for fonts without a
 * Unicode cmap (Type 1 mostly); DejaVu has one. Saves ~55 KB. */
#undef FT_CONFIG_OPTION_ADOBE_GLYPH_LIST

#undef TT_CONFIG_OPTION_EMBEDDED_BITMAPS
#undef TT_CONFIG_OPTION_COLOR_LAYERS
#undef TT_CONFIG_OPTION_GX_VAR_SUPPORT
#undef TT_CONFIG_OPTION_BDF

/* ftoption.h derives these three from the bytecode option: undo them too. */
#undef TT_CONFIG_OPTION_BYTECODE_INTERPRETER
#undef TT_CONFIG_OPTION_SUBPIXEL_HINTING
#undef TT_USE_BYTECODE_INTERPRETER
#undef TT_SUPPORT_SUBPIXEL_HINTING_INFINALITY
#undef TT_SUPPORT_SUBPIXEL_HINTING_MINIMAL
#undef TT_SUPPORT_COLRV1

#undef AF_CONFIG_OPTION_CJK
#undef AF_CONFIG_OPTION_INDIC
