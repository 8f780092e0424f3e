/*
 * theme.h - the desktop's colours and metrics, in one place.
 *
 * Colours are gfx ARGB (not premultiplied); sizes are pixels at the
 * 1024x768 default and do not scale.
 */
#pragma once
#include "gui/gfx.h"

/* desktop */
#define THEME_DESKTOP_BG  GFX_RGB(0x20, 0x28, 0x38)
#define THEME_WALL_TOP    GFX_RGB(0x1c, 0x3d, 0x5a) /* fallback */
#define THEME_WALL_BOTTOM GFX_RGB(0x0b, 0x14, 0x1f) /* gradient */

/* taskbar */
#define THEME_TASKBAR_H    36
#define THEME_TASKBAR_BG   GFX_ARGB(0xC8, 0x10, 0x14, 0x1c)
#define THEME_TASKBAR_EDGE GFX_ARGB(0x50, 0xFF, 0xFF, 0xFF) /* top line */
#define THEME_TASKBAR_PAD  6                                /* space around items */
#define THEME_TEXT         GFX_RGB(0xF2, 0xF4, 0xF8)

/* start button */
#define THEME_START_LABEL  "Phantom"
#define THEME_START_BG     GFX_ARGB(0xE0, 0x2a, 0x5d, 0x9c)
#define THEME_START_RADIUS 6
#define THEME_START_PAD_X  14 /* label to button edge */
#define THEME_START_PX     15 /* label size (bold) */

/* clock */
#define THEME_CLOCK_PX    15
#define THEME_CLOCK_PAD_X 12 /* clock to the right screen edge */
