/*
 * imagenat.c - the Image natives: an Image object in the arena names a
 * file shipped with the system (gui/asset.h) and records its size; the
 * decoded pixels (stb_image, gui/image.c) are an ephemeral cache, decoded
 * again on first use after a boot. A file that is not a usable PNG or JPEG
 * is logged once and shown as a placeholder (a grey box with a cross), so
 * a damaged file never stops a program; a name that is not shipped at all
 * is the program's error. Image.names() lists the images shipped (the
 * .png, .jpg and .jpeg files among the assets), sorted by name.
 */
#include <stdlib.h>
#include <string.h>
#include "gui/asset.h"
#include "gui/glog.h"
#include "gui/image.h"
#include "guinat.h"

#define CACHE_MAX   64
#define PLACEHOLDER 64  /* pixels a side */
#define NAMES_MAX   256 /* Image.names() lists at most this many */

struct cached {
	char *name;
	struct gfx_buf px;
};

static struct cached cache[CACHE_MAX];
static int ncached;

static void
placeholder(struct gfx_buf *b)
{
	if (!gfx_buf_alloc(b, PLACEHOLDER, PLACEHOLDER))
		return;
	struct gfx_rect all = gfx_rect_make(0, 0, PLACEHOLDER, PLACEHOLDER);
	gfx_fill(b, NULL, all, GFX_RGB(0xd0, 0xd3, 0xd8));
	gfx_line(b, NULL, 0, 0, PLACEHOLDER - 1, PLACEHOLDER - 1, GFX_RGB(0x80, 0x84, 0x8c));
	gfx_line(b, NULL, PLACEHOLDER - 1, 0, 0, PLACEHOLDER - 1, GFX_RGB(0x80, 0x84, 0x8c));
}

/* The decoded file, or a placeholder; NULL only when the file is not
 * shipped (or memory ran out). */
static const struct gfx_buf *
decoded(const char *name)
{
	for (int i = 0; i < ncached; i++)
		if (strcmp(cache[i].name, name) == 0)
			return &cache[i].px;
	const void *data;
	size_t len;
	if (ncached == CACHE_MAX || !gui_asset(name, &data, &len))
		return NULL;
	struct cached *c = &cache[ncached];
	const char *why = "";
	if (!image_decode(data, len, &c->px, &why)) {
		GLOG("gui: image %s: %s; shown as a placeholder", name, why);
		placeholder(&c->px);
	}
	c->name = malloc(strlen(name) + 1);
	if (!c->name || !c->px.px) {
		free(c->name);
		image_free(&c->px);
		return NULL;
	}
	strcpy(c->name, name);
	ncached++;
	return &c->px;
}

const struct gfx_buf *
gui_image_pixels(pv_inst *img)
{
	return decoded(PV_STR(img->f[IMG_NAME])->s);
}

int
gn_image_load(pv_vm *vm, pv_value *a, int n)
{
	int err = 0;
	pv_value name = pv_check_str(vm, a, 1, &err);
	if (err)
		return PV_ERR;
	const struct gfx_buf *px = decoded(PV_STR(name)->s);
	if (!px)
		return pv_throw(vm, "Image.load: no image named \"%s\"", PV_STR(name)->s);
	pv_inst *img = pv_inst_new(vm, (pv_class *)a[0]);
	if (!img)
		return pv_oom(vm);
	PV_SET(vm, img, img->f[IMG_NAME], name);
	img->f[IMG_W] = pv_mkint(px->w);
	img->f[IMG_H] = pv_mkint(px->h);
	a[0] = pv_val(img);
	return PV_OK;
}

int
gn_image_width(pv_vm *vm, pv_value *a, int n)
{
	a[0] = ((pv_inst *)a[0])->f[IMG_W];
	return PV_OK;
}

int
gn_image_height(pv_vm *vm, pv_value *a, int n)
{
	a[0] = ((pv_inst *)a[0])->f[IMG_H];
	return PV_OK;
}

/* ---------------------------------------------------------------- names */

struct names {
	char *v[NAMES_MAX];
	int n;
};

/* Does name end in ext, ignoring case? */
static bool
ends_with(const char *name, const char *ext)
{
	size_t n = strlen(name), k = strlen(ext);
	if (n <= k)
		return false;
	for (size_t i = 0; i < k; i++) {
		char c = name[n - k + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != ext[i])
			return false;
	}
	return true;
}

static void
collect(const char *name, void *ctx)
{
	struct names *l = ctx;
	if (l->n == NAMES_MAX ||
	    !(ends_with(name, ".png") || ends_with(name, ".jpg") || ends_with(name, ".jpeg")))
		return;
	char *copy = malloc(strlen(name) + 1);
	if (copy) {
		strcpy(copy, name);
		l->v[l->n++] = copy;
	}
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Image.names(): an Array of the names Image.load accepts, sorted. */
int
gn_image_names(pv_vm *vm, pv_value *a, int n)
{
	struct names *l = malloc(sizeof *l);
	if (!l)
		return pv_oom(vm);
	l->n = 0;
	gui_asset_each(collect, l);
	qsort(l->v, (size_t)l->n, sizeof l->v[0], by_name);
	pv_array *v = pv_array_new(vm, (uint32_t)l->n);
	int rc = PV_OK;
	if (!v)
		rc = pv_oom(vm);
	else
		a[0] = pv_val(v); /* rooted while the names are made */
	for (int i = 0; i < l->n; i++) {
		if (rc == PV_OK)
			pv_array_push(vm, v, pv_str_cstr(vm, l->v[i]));
		free(l->v[i]);
	}
	free(l);
	return rc;
}
