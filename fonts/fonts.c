/*
 * fonts.c - open the system's TrueType fonts at the sizes asked for.
 *
 * Each face's bytes come from fonts_face_bytes (fonts_kern.c: the boot
 * module named after the file; fonts_host.c: the file under
 * /usr/share/fonts/truetype/dejavu), and stay in memory for good, as
 * font_open requires. Opened (face, size) pairs live in a small table for
 * good; a face whose bytes are missing or unusable is logged once, never
 * tried again, and stood in for by another face. fonts_lock guards the table:
 * threads may ask at once.
 * Portable: kernel and host.
 */
#include <stdbool.h>
#include "fonts.h"
#include "gui/glog.h"

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
	const void *data;
	size_t len;
	struct font *f;

	if (!fonts_face_bytes(face_file[face], &data, &len)) {
		GLOG("fonts: no \"%s\"; its text is left out", face_file[face]);
		face_broken[face] = true;
		return NULL;
	}
	f = font_open(data, len, px);
	if (!f) {
		GLOG("fonts: \"%s\" (%zu bytes) is not a usable font", face_file[face], len);
		face_broken[face] = true;
		fonts_face_drop(data);
	}
	return f;
}

/* face at px, opened on first use; NULL if the face is unusable. Lock held. */
static struct font *
get(enum fonts_face face, int px)
{
	struct font *f = lookup(face, px);
	if (!f && !face_broken[face]) {
		if (nopened == FONTS_MAX_OPEN)
			GLOG("fonts: %d sizes open already; %s %dpx refused", FONTS_MAX_OPEN,
			     face_file[face], px);
		else if ((f = open_face(face, px)))
			opened[nopened++] = (struct open_font){ face, px, f };
	}
	return f;
}

/* A face that is missing or damaged is stood in for by the next one that
 * works (sans -> mono -> bold ...): text changes its look, never vanishes. */
struct font *
fonts_get(enum fonts_face face, int px)
{
	struct font *f = NULL;

	if ((unsigned)face >= FONTS_NFACES || px <= 0 || px > FONTS_MAX_PX) {
		GLOG("fonts: no face %d at %dpx", (int)face, px);
		return NULL;
	}
	fonts_lock(true);
	for (int k = 0; k < FONTS_NFACES && !f; k++)
		f = get((enum fonts_face)((face + k) % FONTS_NFACES), px);
	fonts_lock(false);
	return f;
}
