/*
 * theme.h - the desktop's colours, metrics and font sizes, in one place.
 *
 * Colours are gfx ARGB (not premultiplied); sizes are pixels at the
 * 1024x768 default and do not scale. Every look of the window manager
 * (frames, taskbar, launcher, shadows) and of the widgets takes its numbers
 * from here: the widgets (gui/lib/widgets.ph) read THEME_WIDGETS by name
 * through Desk.theme(name).
 */
#pragma once
#include "gui/gfx.h"

/* desktop */
#define THEME_DESKTOP_BG  GFX_RGB(0x20, 0x28, 0x38)
#define THEME_WALL_TOP    GFX_RGB(0x1c, 0x3d, 0x5a) /* fallback */
#define THEME_WALL_BOTTOM GFX_RGB(0x0b, 0x14, 0x1f) /* gradient */
#define THEME_ACCENT      GFX_RGB(0x3d, 0x7e, 0xd6) /* focus, selection */

/* fonts: DejaVu Sans (regular and bold) at these pixel sizes */
#define THEME_TITLE_PX 13 /* window titles (bold) */
#define THEME_TEXT_PX  13 /* taskbar buttons, launcher items (regular) */

/* taskbar */
#define THEME_TASKBAR_H    36
#define THEME_TASKBAR_BG   GFX_ARGB(0xC8, 0x10, 0x14, 0x1c)
#define THEME_TASKBAR_EDGE GFX_ARGB(0x50, 0xFF, 0xFF, 0xFF) /* top line */
#define THEME_TASKBAR_PAD  6                                /* space around items */
#define THEME_TEXT         GFX_RGB(0xF2, 0xF4, 0xF8)
#define THEME_TEXT_DIM     GFX_RGB(0x9c, 0xa3, 0xae) /* minimised windows */

/* start button */
#define THEME_START_LABEL  "Phantom"
#define THEME_START_BG     GFX_ARGB(0xE0, 0x2a, 0x5d, 0x9c)
#define THEME_START_ACTIVE GFX_ARGB(0xF0, 0x3d, 0x7e, 0xd6) /* launcher open */
#define THEME_START_RADIUS 6
#define THEME_START_PAD_X  14 /* label to button edge */
#define THEME_START_PX     15 /* label size (bold) */

/* taskbar window buttons, in creation order after the start button */
#define THEME_TASKBTN_W      176 /* widest; narrower when many */
#define THEME_TASKBTN_GAP    4
#define THEME_TASKBTN_PAD    8 /* icon to the button's left edge */
#define THEME_TASKBTN_RADIUS 5
#define THEME_TASKBTN_BG     GFX_ARGB(0x1c, 0xFF, 0xFF, 0xFF)
#define THEME_TASKBTN_MIN    GFX_ARGB(0x0a, 0xFF, 0xFF, 0xFF) /* minimised */
#define THEME_TASKBTN_HOT    GFX_ARGB(0x30, 0xFF, 0xFF, 0xFF) /* hover, Alt+Tab */
#define THEME_TASKBTN_FOCUS  GFX_ARGB(0x44, 0xFF, 0xFF, 0xFF)
#define THEME_TASKBTN_MARK   GFX_RGB(0x6c, 0xa8, 0xff) /* focused underline */
#define THEME_TASKBTN_MARK_H 2
#define THEME_TASKBTN_RING   GFX_ARGB(0xC0, 0x6c, 0xa8, 0xff) /* Alt+Tab pick */

/* clock */
#define THEME_CLOCK_PX    15
#define THEME_CLOCK_PAD_X 12 /* clock to the right screen edge */

/* window frame: a border all round, the title bar above the client */
#define THEME_WIN_BORDER     1
#define THEME_WIN_RADIUS     8 /* top corners, unless maximised */
#define THEME_WIN_TITLE_H    32
#define THEME_WIN_BTN_W      44 /* caption buttons: minimise, maximise, close */
#define THEME_WIN_GLYPH      10 /* their drawn symbols */
#define THEME_WIN_TITLE_PAD  10 /* icon to the frame's left edge */
#define THEME_WIN_ICON       18 /* app icon: a rounded square, the initial */
#define THEME_WIN_ICON_R     5
#define THEME_WIN_BG         GFX_RGB(0xfb, 0xfb, 0xfc) /* client not yet drawn */
#define THEME_TITLE_BG       GFX_RGB(0xf4, 0xf5, 0xf8) /* focused */
#define THEME_TITLE_BG_OFF   GFX_RGB(0xe3, 0xe5, 0xea) /* unfocused */
#define THEME_TITLE_TEXT     GFX_RGB(0x1b, 0x1e, 0x25)
#define THEME_TITLE_TEXT_OFF GFX_RGB(0x86, 0x8b, 0x95)
#define THEME_TITLE_RULE     GFX_RGB(0xd8, 0xdb, 0xe1) /* under the title bar */
#define THEME_WIN_EDGE       GFX_RGB(0x3d, 0x7e, 0xd6) /* focused border */
#define THEME_WIN_EDGE_OFF   GFX_RGB(0x9a, 0x9f, 0xa9)
#define THEME_BTN_HOVER      GFX_ARGB(0x1e, 0x00, 0x00, 0x00)
#define THEME_BTN_PRESS      GFX_ARGB(0x3a, 0x00, 0x00, 0x00)
#define THEME_CLOSE_HOVER    GFX_RGB(0xe0, 0x1b, 0x24)
#define THEME_CLOSE_PRESS    GFX_RGB(0xf0, 0x6a, 0x72)
#define THEME_GLYPH          GFX_RGB(0x2a, 0x2d, 0x34)
#define THEME_GLYPH_OFF      GFX_RGB(0x8e, 0x93, 0x9c)

/* window behaviour */
#define THEME_WIN_MIN_W   200 /* smallest client area */
#define THEME_WIN_MIN_H   48
#define THEME_WIN_GRIP    6  /* resize grip outside the frame */
#define THEME_WIN_CORNER  16 /* a grip this near a corner resizes both ways */
#define THEME_WIN_KEEP    48 /* title bar kept on screen when moved */
#define THEME_WIN_CASCADE 28 /* default placement step (wm_place) */

/* soft shadow under normal windows: a blurred copy of the frame */
#define THEME_SHADOW_R     10 /* blur reach */
#define THEME_SHADOW_DY    4  /* offset downwards */
#define THEME_SHADOW_ALPHA 0x80

/* launcher menu, above the start button */
#define THEME_MENU_TITLE  "Applications"
#define THEME_MENU_W      232 /* narrowest */
#define THEME_MENU_HEAD_H 34
#define THEME_MENU_ITEM_H 34
#define THEME_MENU_PAD    8
#define THEME_MENU_RADIUS 10
#define THEME_MENU_BG     GFX_RGB(0x1b, 0x20, 0x2a)
#define THEME_MENU_EDGE   GFX_ARGB(0x38, 0xFF, 0xFF, 0xFF)
#define THEME_MENU_HOT    GFX_ARGB(0xE8, 0x2f, 0x66, 0xb0)
#define THEME_MENU_HEAD   GFX_RGB(0x9c, 0xa3, 0xae)

/*
 * wm panels: the task manager and the notices over a window (not
 * responding, crashed) share the launcher's look (THEME_MENU_*), with the
 * windows' soft shadow round them, push buttons and coloured states.
 */
#define THEME_PANEL_BTN_H      28
#define THEME_PANEL_BTN_PAD    16 /* label to the button's sides */
#define THEME_PANEL_BTN_RADIUS 6
#define THEME_PANEL_BTN        GFX_ARGB(0x26, 0xFF, 0xFF, 0xFF)
#define THEME_PANEL_BTN_HOT    GFX_ARGB(0x42, 0xFF, 0xFF, 0xFF)
#define THEME_PANEL_ACCENT     GFX_RGB(0x2f, 0x66, 0xb0) /* the default answer */
#define THEME_PANEL_ACCENT_HOT GFX_RGB(0x3d, 0x7e, 0xd6)
#define THEME_PANEL_DANGER     GFX_RGB(0xb8, 0x2e, 0x38) /* End */
#define THEME_PANEL_DANGER_HOT GFX_RGB(0xd8, 0x3c, 0x46)
#define THEME_PANEL_ROW_HOT    GFX_ARGB(0x16, 0xFF, 0xFF, 0xFF) /* row under the pointer */
#define THEME_PANEL_RULE       GFX_ARGB(0x20, 0xFF, 0xFF, 0xFF)
#define THEME_STATE_OK         GFX_RGB(0x7c, 0xc6, 0x8a) /* running */
#define THEME_STATE_WARN       GFX_RGB(0xf2, 0xb8, 0x4a) /* not responding */
#define THEME_STATE_PAUSED     GFX_RGB(0x8c, 0xb4, 0xf0)
#define THEME_STATE_BAD        GFX_RGB(0xf0, 0x6a, 0x72) /* crashed */

/* task manager: Ctrl+Alt+Delete or the taskbar's tasks button */
#define THEME_TASKMAN_TITLE  "Task manager"
#define THEME_TASKMAN_W      720 /* widest; narrower on a small screen */
#define THEME_TASKMAN_HEAD_H 48  /* the title */
#define THEME_TASKMAN_COLS_H 28  /* column names */
#define THEME_TASKMAN_ROW_H  36
#define THEME_TASKMAN_FOOT_H 52 /* hint and Close */
#define THEME_TASKMAN_ROWS   10 /* rows shown; more scroll with the selection */
#define THEME_TASKS_BTN_W    34 /* its button, left of the clock */

/* a notice over a window's client area: the client veiled, a box on it */
#define THEME_NOTICE_W          380 /* widest box */
#define THEME_NOTICE_PAD        18
#define THEME_NOTICE_LINES      9                                /* most lines of text shown */
#define THEME_NOTICE_VEIL       GFX_ARGB(0x58, 0x10, 0x14, 0x1c) /* not responding */
#define THEME_NOTICE_TEXT       GFX_RGB(0xc9, 0xce, 0xd6)
#define THEME_NOTICE_VEIL_CRASH GFX_ARGB(0x90, 0x18, 0x10, 0x12)
#define THEME_TITLE_BG_CRASH    GFX_RGB(0xea, 0xd6, 0xd8) /* a crashed window's title bar */
#define THEME_TITLE_CRASH       GFX_RGB(0xb0, 0x26, 0x30) /* its "(crashed)" */

/* app icons: background colours, one picked by a hash of the app's name */
#define THEME_ICON_1 GFX_RGB(0x3d, 0x7e, 0xd6)
#define THEME_ICON_2 GFX_RGB(0x2f, 0xa5, 0x72)
#define THEME_ICON_3 GFX_RGB(0xd9, 0x7a, 0x2b)
#define THEME_ICON_4 GFX_RGB(0x9b, 0x59, 0xc9)
#define THEME_ICON_5 GFX_RGB(0xd0, 0x4a, 0x5a)
#define THEME_ICON_6 GFX_RGB(0x1f, 0x9c, 0xae)
#define THEME_ICON_7 GFX_RGB(0x6b, 0x75, 0x85)
#define THEME_ICON_8 GFX_RGB(0xc4, 0x9a, 0x1c)

/* widgets: X(name, value), read by Desk.theme("name"); colours 0xRRGGBB */
#define THEME_WIDGETS(X)                                                        \
	X(windowBg, 0xF6F7F9)     /* a window's client background */            \
	X(text, 0x1B1E25)         /* labels, field text */                      \
	X(textDim, 0x868B95)      /* disabled, hints */                         \
	X(accent, 0x3D7ED6)       /* focus rings, checked boxes */              \
	X(fieldBg, 0xFFFFFF)      /* text fields, lists */                      \
	X(fieldEdge, 0xB8BDC6)    /* their border */                            \
	X(selection, 0xCFE0F7)    /* selected text / rows, focused */           \
	X(selectionOff, 0xE3E6EB) /* the same without focus */                  \
	X(caret, 0x1B1E25)                                                      \
	X(buttonFace, 0xFFFFFF)                                                 \
	X(buttonPressed, 0xDCE3EE)                                              \
	X(buttonEdge, 0xB8BDC6)                                                 \
	X(hover, 0xEEF2F8) /* a row or button under the pointer */              \
	X(scrollTrack, 0xEEF0F3)                                                \
	X(scrollThumb, 0xB4BAC4)                                                \
	X(textPx, 14)              /* sans size of widget text */               \
	X(monoPx, 14)              /* mono size (TextArea in code mode) */      \
	X(radius, 6)               /* corner radius of buttons and fields */    \
	X(pad, 6)                  /* text to a field's edge */                 \
	X(rowH, 24)                /* a ListView row */                         \
	X(scrollW, 10)             /* scroll bar width */                       \
	X(focusRing, 0x703D7ED6)   /* a focused widget's inner ring (blends) */ \
	X(buttonShade, 0xE2E5EA)   /* a button's bottom inner line */           \
	X(accentPressed, 0x2F66B0) /* a checked box while pressed */            \
	X(onAccent, 0xFFFFFF)      /* marks drawn on the accent */              \
	X(checkSize, 16)           /* a Checkbox's box */                       \
	X(lineGap, 3)              /* added to the font's line height */        \
	X(caretW, 1)               /* caret width */                            \
	X(wheelRows, 3)            /* rows one wheel step scrolls */
