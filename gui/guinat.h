/*
 * guinat.h - what the gui module's natives (surface.c, fontnat.c ...) share:
 * their declarations (from gui.def), the class ids, and access to the
 * hidden slots of Surface, Font and Image objects.
 *
 * Slots (ints unless said): Surface 0 w, 1 h, 2 pixels (a pv_bytes of
 * w*h XRGB words), 3-6 clip x y w h (w 0: none), 7-10 damage x y w h
 * (w 0: none); Font 0 face (enum fonts_face), 1 px; Image 0 name (a
 * String), 1 w, 2 h.
 */
#pragma once
#include "gui/desk.h"
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
	SURF_PX,
	SURF_CX,
	SURF_CY,
	SURF_CW,
	SURF_CH,
	SURF_DX,
	SURF_DY,
	SURF_DW,
	SURF_DH
};
enum { FONT_FACE, FONT_PX };
enum { IMG_NAME, IMG_W, IMG_H };

/* v is an instance of the module's class id (by name: "Surface" ...). */
bool gui_is(pv_vm *vm, pv_value v, int cls);
/* Argument i as an instance of cls, or NULL after throwing. */
pv_inst *gui_check(pv_vm *vm, pv_value *a, int i, int cls, int *err);
/* The Surface's pixels as a gfx buffer. */
struct gfx_buf gui_surface_buf(pv_inst *s);
struct font *gui_font(pv_inst *f);
/* An Image's pixels (decoded once per boot, or a placeholder). */
const struct gfx_buf *gui_image_pixels(pv_inst *img);
