/*
 * fonts.c - open the boot modules' TrueType fonts at the sizes asked for.
 *
 * Each face's bytes are the Multiboot module named after its file (GRUB
 * loads /boot/fonts/<name> with the module string <name>); the module
 * memory stays reserved for the kernel's lifetime, as font_open requires.
 * Opened (face, size) pairs live in a small table for good; a face whose
 * module is missing or unusable is logged once and then answered with NULL
 * without trying again. A mutex guards the table: threads may ask at once.
 */
#include <stdbool.h>
#include "fonts.h"
#include "kernel/bootinfo.h"
#include "kernel/klog.h"
#include "kernel/thread.h"

#define FONTS_MAX_OPEN 24  /* (face, size) pairs kept open */
#define FONTS_MAX_PX   256 /* larger sizes are refused, not tried */

static const char *const face_file[FONTS_NFACES] = {
	[FONTS_SANS] = "DejaVuSans.ttf",
	[FONTS_SANS_BOLD] = "DejaVuSans-Bold.ttf",
	[FONTS_MONO] = "DejaVuSansMono.ttf",
};

struct open_font {
	enum fonts_face face;
	int px;
	struct font *font;
};

static struct open_font opened[FONTS_MAX_OPEN];
static int nopened;
static bool face_broken[FONTS_NFACES];
static struct mutex fonts_lock;

static struct font *
lookup(enum fonts_face face, int px)
{
	for (int i = 0; i < nopened; i++)
		if (opened[i].face == face && opened[i].px == px)
			return opened[i].font;
	return NULL;
}

/* Open face at px from its module; NULL (and face marked) if unusable. */
static struct font *
open_face(enum fonts_face face, int px)
{
	const struct boot_module *m = bootinfo_module(face_file[face]);
	struct font *f;

	if (!m) {
		klog("fonts: no boot module \"%s\"; its text is left out", face_file[face]);
		face_broken[face] = true;
		return NULL;
	}
	f = font_open(m->data, m->len, px);
	if (!f) {
		klog("fonts: \"%s\" (%zu bytes) is not a usable font", face_file[face], m->len);
		face_broken[face] = true;
	}
	return f;
}

struct font *
fonts_get(enum fonts_face face, int px)
{
	struct font *f;

	if ((unsigned)face >= FONTS_NFACES || px <= 0 || px > FONTS_MAX_PX) {
		klog("fonts: no face %d at %dpx", (int)face, px);
		return NULL;
	}
	mutex_lock(&fonts_lock);
	f = lookup(face, px);
	if (!f && !face_broken[face]) {
		if (nopened == FONTS_MAX_OPEN)
			klog("fonts: %d sizes open already; %s %dpx refused", FONTS_MAX_OPEN,
			     face_file[face], px);
		else if ((f = open_face(face, px)))
			opened[nopened++] = (struct open_font){ face, px, f };
	}
	mutex_unlock(&fonts_lock);
	return f;
}
