/*
 * guinat.h - what the gui module's natives (surface.c, fontnat.c ...) share:
 * their declarations (from gui.def), the class ids, and access to the
 * hidden slots of Surface, Font and Image objects.
 *
 * The slot enums below are the one list of each class's slots (ints
 * unless said); gui.def's GCLASS takes each class's count, *_N, from here.
 */
#pragma once
#include "gui/deskops.h"
#include "gui/gfx.h"
#include "pvm/module.h"
#include "pvm/natives.h"

#define GUI_NATIVE_BASE PV_MODULE_BASE0

enum gui_class {
#define GCLASS(id, name, slots) GUI_C_##id,
#define GNAT(cls, name, arity, kind, fn)
#include "gui/gui.def"
#undef GCLASS
#undef GNAT
	GUI_C_N
};

#define GCLASS(id, name, slots)
#define GNAT(cls, name, arity, kind, fn) int fn(pv_vm *vm, pv_value *a, int n);
#include "gui/gui.def"
#undef GCLASS
#undef GNAT

enum {
	SURF_W,
	SURF_H,
	SURF_PX, /* a pv_bytes of w*h XRGB words */
	SURF_CX, /* the clip rect (CW 0: none) */
	SURF_CY,
	SURF_CW,
	SURF_CH,
	SURF_DX, /* the damage since it was last taken (DW 0: none) */
	SURF_DY,
	SURF_DW,
	SURF_DH,
	SURF_N
};
enum {
	FONT_FACE, /* enum fonts_face */
	FONT_PX,
	FONT_N
};
enum {
	IMG_NAME, /* a String */
	IMG_W,
	IMG_H,
	IMG_N
};

/* v is an instance of the module's class id (by name: "Surface" ...). */
bool gui_is(pv_vm *vm, pv_value v, int cls);
/* Argument i as an instance of cls, or NULL after throwing. */
pv_inst *gui_check(pv_vm *vm, pv_value *a, int i, int cls, int *err);
/* The Surface's pixels as a gfx buffer. */
struct gfx_buf gui_surface_buf(pv_inst *s);
struct font *gui_font(pv_inst *f);
/* An Image's pixels (decoded once per boot, or a placeholder). */
const struct gfx_buf *gui_image_pixels(pv_inst *img);
