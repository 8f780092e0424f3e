/*
 * surface.c - the Surface natives: a pixel buffer in the arena and the
 * drawing every widget does (gui/gfx.c underneath).
 *
 * A Surface's pixels are a pv_bytes of w*h XRGB words in the arena, so a
 * window's contents persist like everything else and the compositor shows
 * them straight from there. Every drawing call clips to the surface and to
 * its clip rect, and adds what it drew to the surface's damage, which the
 * window hands to the desk (damage()) so only that part is composed again.
 * Colours are 0xRRGGBB; a non-zero alpha byte (0xAARRGGBB) blends.
 * Invariant: no call writes outside the pv_bytes it owns; sizes are
 * checked (1..4096 a side) before anything is allocated.
 */
#include <string.h>
#include "fonts/fonts.h"
#include "gui/font.h"
#include "guinat.h"

#define MAX_SIDE 4096

static int32_t
slot(pv_inst *o, int i)
{
	return pv_ival(o->f[i]);
}

static void
set_slot(pv_inst *o, int i, int32_t v)
{
	o->f[i] = pv_mkint(v);
}

bool
gui_is(pv_vm *vm, pv_value v, int cls)
{
	static const char *const names[] = {
#define GCLASS(id, name, slots) #name,
#define GNAT(cls, name, arity, kind, fn)
#include "gui/gui.def"
#undef GCLASS
#undef GNAT
	};
	if (!pv_is(v, PV_K_INST))
		return false;
	pv_class *c = pv_obj(v)->cls;
	return c && (c->cflags & PV_CF_NATIVE) && strcmp(c->name->s, names[cls]) == 0;
}

pv_inst *
gui_check(pv_vm *vm, pv_value *a, int i, int cls, int *err)
{
	static const char *const names[] = {
#define GCLASS(id, name, slots) "a " #name,
#define GNAT(cls, name, arity, kind, fn)
#include "gui/gui.def"
#undef GCLASS
#undef GNAT
	};
	if (gui_is(vm, a[i], cls))
		return (pv_inst *)a[i];
	*err = 1;
	pv_throw(vm, "argument %d must be %s, not %s", i, names[cls], pv_typename(vm, a[i]));
	return NULL;
}

struct gfx_buf
gui_surface_buf(pv_inst *s)
{
	pv_bytes *b = (pv_bytes *)s->f[SURF_PX];
	int w = slot(s, SURF_W);
	return (struct gfx_buf){ (uint32_t *)(void *)b->b, w, slot(s, SURF_H), w };
}

bool
gui_surface_of(pv_vm *vm, pv_value v, struct gfx_buf *out)
{
	if (!gui_is(vm, v, GUI_C_SURFACE))
		return false;
	*out = gui_surface_buf((pv_inst *)v);
	return true;
}

/* One drawing call on the receiver: its pixels, its clip rect (cp NULL:
 * none) and the integer arguments. */
struct draw {
	pv_inst *s;
	struct gfx_buf b;
	struct gfx_rect clip;
	const struct gfx_rect *cp;
	int32_t v[6];
};

/* Integer arguments from..to into v; false after throwing. */
static bool
ints(pv_vm *vm, pv_value *a, int from, int to, int32_t *v)
{
	int err = 0;
	for (int i = from; i <= to && !err; i++)
		v[i - from] = pv_check_int(vm, a, i, &err);
	return !err;
}

/* Start a drawing call whose arguments from..to are integers (to < from:
 * none checked here); false after throwing. */
static bool
begin(pv_vm *vm, pv_value *a, int from, int to, struct draw *d)
{
	pv_inst *s = (pv_inst *)a[0];
	d->s = s;
	d->b = gui_surface_buf(s);
	d->clip = gfx_rect_make(slot(s, SURF_CX), slot(s, SURF_CY), slot(s, SURF_CW),
	                        slot(s, SURF_CH));
	d->cp = slot(s, SURF_CW) > 0 ? &d->clip : NULL;
	return to < from || ints(vm, a, from, to, d->v);
}

/* End it: what it drew (r, before clipping) joins the damage; returns
 * null. */
static int
end(pv_value *a, struct draw *d, struct gfx_rect r)
{
	r = gfx_clip(&d->b, d->cp, r);
	if (!gfx_rect_empty(r)) {
		pv_inst *s = d->s;
		struct gfx_rect old = gfx_rect_make(slot(s, SURF_DX), slot(s, SURF_DY),
		                                    slot(s, SURF_DW), slot(s, SURF_DH));
		struct gfx_rect u = gfx_rect_union(old, r);
		set_slot(s, SURF_DX, u.x);
		set_slot(s, SURF_DY, u.y);
		set_slot(s, SURF_DW, u.w);
		set_slot(s, SURF_DH, u.h);
	}
	a[0] = PV_NULL;
	return PV_OK;
}

/* 0xRRGGBB is opaque; a colour with an alpha byte is blended. */
static uint32_t
colour(int32_t c)
{
	uint32_t u = (uint32_t)c;
	return u >> 24 ? u : u | 0xFF000000u;
}

int
gn_surface_new(pv_vm *vm, pv_value *a, int n)
{
	int32_t v[2];
	if (!ints(vm, a, 1, 2, v))
		return PV_ERR;
	if (v[0] < 1 || v[1] < 1 || v[0] > MAX_SIDE || v[1] > MAX_SIDE)
		return pv_throw(vm, "new Surface: %d x %d is not a size from 1 to %d", v[0], v[1],
		                MAX_SIDE);
	pv_inst *s = pv_inst_new(vm, (pv_class *)a[0]);
	pv_bytes *px = s ? pv_bytes_new(vm, (uint32_t)v[0] * (uint32_t)v[1] * 4) : NULL;
	if (!px)
		return pv_oom(vm);
	for (int i = 0; i < SURF_N; i++)
		set_slot(s, i, 0);
	set_slot(s, SURF_W, v[0]);
	set_slot(s, SURF_H, v[1]);
	PV_SET(vm, s, s->f[SURF_PX], pv_val(px));
	memset(px->b, 0xff, px->n); /* white */
	a[0] = pv_val(s);
	return PV_OK;
}

int
gn_surface_width(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint(slot((pv_inst *)a[0], SURF_W));
	return PV_OK;
}

int
gn_surface_height(pv_vm *vm, pv_value *a, int n)
{
	a[0] = pv_mkint(slot((pv_inst *)a[0], SURF_H));
	return PV_OK;
}

int
gn_surface_clear(pv_vm *vm, pv_value *a, int n)
{
	struct draw d;
	if (!begin(vm, a, 1, 1, &d))
		return PV_ERR;
	struct gfx_rect r = gfx_rect_make(0, 0, d.b.w, d.b.h);
	gfx_fill(&d.b, d.cp, r, colour(d.v[0]) | 0xFF000000u);
	return end(a, &d, r);
}

/* fill and rect: x, y, w, h, colour. */
static int
box(pv_vm *vm, pv_value *a, bool outline)
{
	struct draw d;
	if (!begin(vm, a, 1, 5, &d))
		return PV_ERR;
	int32_t *v = d.v;
	struct gfx_rect r = gfx_rect_make(v[0], v[1], v[2], v[3]);
	uint32_t c = colour(v[4]);
	if (outline && v[2] > 0 && v[3] > 0) {
		gfx_hline(&d.b, d.cp, v[0], v[1], v[2], c);
		gfx_hline(&d.b, d.cp, v[0], v[1] + v[3] - 1, v[2], c);
		gfx_vline(&d.b, d.cp, v[0], v[1], v[3], c);
		gfx_vline(&d.b, d.cp, v[0] + v[2] - 1, v[1], v[3], c);
	} else if (!outline)
		gfx_fill_blend(&d.b, d.cp, r, c);
	return end(a, &d, r);
}

int
gn_surface_fill(pv_vm *vm, pv_value *a, int n)
{
	return box(vm, a, false);
}

int
gn_surface_rect(pv_vm *vm, pv_value *a, int n)
{
	return box(vm, a, true);
}

int
gn_surface_line(pv_vm *vm, pv_value *a, int n)
{
	struct draw d;
	if (!begin(vm, a, 1, 5, &d))
		return PV_ERR;
	int32_t *v = d.v;
	gfx_line(&d.b, d.cp, v[0], v[1], v[2], v[3], colour(v[4]));
	int x0 = v[0] < v[2] ? v[0] : v[2], y0 = v[1] < v[3] ? v[1] : v[3];
	int x1 = v[0] < v[2] ? v[2] : v[0], y1 = v[1] < v[3] ? v[3] : v[1];
	return end(a, &d, gfx_rect_make(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
}

int
gn_surface_pixel(pv_vm *vm, pv_value *a, int n)
{
	struct draw d;
	if (!begin(vm, a, 1, 3, &d))
		return PV_ERR;
	struct gfx_rect r = gfx_rect_make(d.v[0], d.v[1], 1, 1);
	gfx_fill_blend(&d.b, d.cp, r, colour(d.v[2]));
	return end(a, &d, r);
}

int
gn_surface_getpixel(pv_vm *vm, pv_value *a, int n)
{
	int32_t v[2];
	if (!ints(vm, a, 1, 2, v))
		return PV_ERR;
	struct gfx_buf b = gui_surface_buf((pv_inst *)a[0]);
	if (v[0] < 0 || v[1] < 0 || v[0] >= b.w || v[1] >= b.h)
		return pv_throw(vm, "Surface.getPixel: (%d, %d) is outside %d x %d", v[0], v[1],
		                b.w, b.h);
	a[0] = pv_int(vm, (int32_t)(*gfx_row(&b, v[0], v[1]) & 0xFFFFFFu));
	return PV_OK;
}

int
gn_surface_roundrect(pv_vm *vm, pv_value *a, int n)
{
	struct draw d;
	if (!begin(vm, a, 1, 6, &d))
		return PV_ERR;
	int32_t *v = d.v;
	struct gfx_rect r = gfx_rect_make(v[0], v[1], v[2], v[3]);
	gfx_rounded_rect(&d.b, d.cp, r, v[4] < 0 ? 0 : v[4], colour(v[5]));
	return end(a, &d, r);
}

int
gn_surface_text(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	int32_t x = pv_check_int(vm, a, 1, &err), y = err ? 0 : pv_check_int(vm, a, 2, &err);
	pv_value s = err ? PV_NULL : pv_check_str(vm, a, 3, &err);
	pv_inst *f = err ? NULL : gui_check(vm, a, 4, GUI_C_FONT, &err);
	int32_t c = err ? 0 : pv_check_int(vm, a, 5, &err);
	if (err)
		return PV_ERR;
	struct font *font = gui_font(f);
	if (!font) { /* no usable face: the text is left out, as the log said */
		a[0] = pv_mkint(x);
		return PV_OK;
	}
	struct draw d;
	begin(vm, a, 1, 0, &d);
	int pen = font_draw(&d.b, d.cp, font, x, y + font_ascent(font), PV_STR(s)->s,
	                    colour(c) & 0xFFFFFFu);
	end(a, &d, gfx_rect_make(x, y, pen - x, font_height(font)));
	a[0] = pv_mkint(pen);
	return PV_OK;
}

int
gn_surface_blit(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_inst *src = gui_check(vm, a, 1, GUI_C_SURFACE, &err);
	struct draw d;
	if (err || !begin(vm, a, 2, 3, &d))
		return PV_ERR;
	struct gfx_buf sb = gui_surface_buf(src);
	gfx_blit(&d.b, d.cp, d.v[0], d.v[1], &sb, NULL);
	return end(a, &d, gfx_rect_make(d.v[0], d.v[1], sb.w, sb.h));
}

int
gn_surface_image(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_inst *img = gui_check(vm, a, 1, GUI_C_IMAGE, &err);
	struct draw d;
	if (err || !begin(vm, a, 2, 3, &d))
		return PV_ERR;
	const struct gfx_buf *px = gui_image_pixels(img);
	if (px)
		gfx_blit_blend(&d.b, d.cp, d.v[0], d.v[1], px, NULL);
	return end(a, &d, gfx_rect_make(d.v[0], d.v[1], px ? px->w : 0, px ? px->h : 0));
}

int
gn_surface_clip(pv_vm *vm, pv_value *a, int n)
{
	int32_t v[4];
	if (!ints(vm, a, 1, 4, v))
		return PV_ERR;
	pv_inst *s = (pv_inst *)a[0];
	struct gfx_rect r =
		gfx_rect_intersect(gfx_rect_make(v[0], v[1], v[2], v[3]),
	                           gfx_rect_make(0, 0, slot(s, SURF_W), slot(s, SURF_H)));
	if (gfx_rect_empty(r)) /* nothing may be drawn: a clip of one pixel off the surface */
		r = gfx_rect_make(-1, -1, 1, 1);
	set_slot(s, SURF_CX, r.x);
	set_slot(s, SURF_CY, r.y);
	set_slot(s, SURF_CW, r.w);
	set_slot(s, SURF_CH, r.h);
	a[0] = PV_NULL;
	return PV_OK;
}

int
gn_surface_unclip(pv_vm *vm, pv_value *a, int n)
{
	set_slot((pv_inst *)a[0], SURF_CW, 0);
	a[0] = PV_NULL;
	return PV_OK;
}

/* Move the pixels of rect (x, y, w, h) by dy rows (negative: up), inside
 * the rect; the rows uncovered keep their old pixels (the caller paints
 * them). */
int
gn_surface_scroll(pv_vm *vm, pv_value *a, int n)
{
	struct draw d;
	if (!begin(vm, a, 1, 5, &d))
		return PV_ERR;
	int32_t *v = d.v;
	d.cp = NULL; /* the rect itself bounds it */
	struct gfx_rect r = gfx_clip(&d.b, NULL, gfx_rect_make(v[0], v[1], v[2], v[3]));
	int dy = v[4];
	if (!gfx_rect_empty(r) && dy != 0 && (dy < 0 ? -dy : dy) < r.h) {
		struct gfx_rect src =
			gfx_rect_make(r.x, dy < 0 ? r.y - dy : r.y, r.w, r.h - (dy < 0 ? -dy : dy));
		gfx_blit(&d.b, &r, r.x, dy < 0 ? r.y : r.y + dy, &d.b, &src);
	}
	return end(a, &d, r);
}

/* The damage since the last call as [x, y, w, h], or null; then none. */
int
gn_surface_damage(pv_vm *vm, pv_value *a, int n)
{
	pv_inst *s = (pv_inst *)a[0];
	if (slot(s, SURF_DW) <= 0) {
		a[0] = PV_NULL;
		return PV_OK;
	}
	pv_array *r = pv_array_new(vm, 4);
	if (!r)
		return pv_oom(vm);
	for (int i = SURF_DX; i <= SURF_DH; i++)
		pv_array_push(vm, r, s->f[i]);
	set_slot(s, SURF_DW, 0);
	set_slot(s, SURF_DH, 0);
	a[0] = pv_val(r);
	return PV_OK;
}
