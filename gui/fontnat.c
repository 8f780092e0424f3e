/*
 * fontnat.c - the Font natives: a Font object in the arena names a face
 * and a pixel size; the FreeType font behind it (fonts/fonts.c, glyph
 * cache included) is ephemeral and opened again on first use after a boot.
 * Families: "sans", "sans-bold" (or "bold"), "mono"; sizes 4 to 200 px.
 */
#include <string.h>
#include "fonts/fonts.h"
#include "guinat.h"

static const struct {
	const char *name;
	enum fonts_face face;
} families[] = {
	{ "sans", FONTS_SANS },
	{ "sans-bold", FONTS_SANS_BOLD },
	{ "bold", FONTS_SANS_BOLD },
	{ "mono", FONTS_MONO },
};

struct font *
gui_font(pv_inst *f)
{
	return fonts_lend((enum fonts_face)pv_ival(f->f[FONT_FACE]), pv_ival(f->f[FONT_PX]));
}

int
gn_font_get(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value name = pv_check_str(vm, a, 1, &err);
	int32_t px = err ? 0 : pv_check_int(vm, a, 2, &err);
	if (err)
		return PV_ERR;
	for (size_t i = 0; i < sizeof families / sizeof families[0]; i++) {
		if (strcmp(PV_STR(name)->s, families[i].name) != 0)
			continue;
		if (px < 4 || px > 200)
			return pv_throw(vm, "Font.get: size %d is not from 4 to 200 pixels", px);
		pv_inst *f = pv_inst_new(vm, (pv_class *)a[0]);
		if (!f)
			return pv_oom(vm);
		f->f[FONT_FACE] = pv_mkint(families[i].face);
		f->f[FONT_PX] = pv_mkint(px);
		a[0] = pv_val(f);
		return PV_OK;
	}
	return pv_throw(vm, "Font.get: no font family \"%s\" (sans, sans-bold, mono)",
	                PV_STR(name)->s);
}

/* The receiver's font; a face that cannot be opened measures as nothing
 * (the log says why once). */
static struct font *
self_font(pv_value *a)
{
	return gui_font((pv_inst *)a[0]);
}

int
gn_font_measure(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value s = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	struct font *f = self_font(a);
	a[0] = pv_mkint(f ? font_measure(f, PV_STR(s)->s) : 0);
	return PV_OK;
}

int
gn_font_height(pv_vm *vm, pv_value *a, int n)
{
	struct font *f = self_font(a);
	a[0] = pv_mkint(f ? font_height(f) : pv_ival(((pv_inst *)a[0])->f[FONT_PX]));
	return PV_OK;
}

int
gn_font_ascent(pv_vm *vm, pv_value *a, int n)
{
	struct font *f = self_font(a);
	a[0] = pv_mkint(f ? font_ascent(f) : pv_ival(((pv_inst *)a[0])->f[FONT_PX]));
	return PV_OK;
}

/* How many characters of s, from its start, fit in w pixels. */
int
gn_font_fit(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value s = pv_check_str(vm, a, 1, &err);
	int32_t w = err ? 0 : pv_check_int(vm, a, 2, &err);
	if (err)
		return PV_ERR;
	struct font *f = self_font(a);
	const char *t = PV_STR(s)->s;
	int bytes = f ? font_fit(f, t, w) : (int)PV_STR(s)->len;
	int chars = 0;
	for (int i = 0; i < bytes; i++)
		chars += ((unsigned char)t[i] & 0xC0) != 0x80;
	a[0] = pv_mkint(chars);
	return PV_OK;
}
