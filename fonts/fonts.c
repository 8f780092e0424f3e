/*
 * fonts.c - open the system's TrueType fonts at the sizes asked for.
 *
 * Each face's bytes come from fonts_face_bytes (fonts_kern.c: the boot
 * module named after the file; fonts_host.c: the file under
 * /usr/share/fonts/truetype/dejavu), and stay in memory for good, as
 * font_open requires. Opened (face, size) pairs live in a small table: a
 * pair asked for by fonts_get is pinned there for good (its caller keeps
 * the pointer); one only lent (fonts_lend, the VM's natives) may be closed
 * when the table is full and another size is asked for - the least
 * recently used one, never the one used last - so an app that goes
 * through many sizes (text that shrinks to fit, a face that scales with
 * its window) never runs the table out. A face whose bytes are missing or
 * unusable is logged once, never tried again, and stood in for by another
 * face. fonts_lock guards the table: threads may ask at once.
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
	bool pinned;
	unsigned long used; /* the stamp of its last use */
};

static struct open_font opened[FONTS_MAX_OPEN];
static int nopened;
static unsigned long stamp;
static bool face_broken[FONTS_NFACES];

static struct open_font *
lookup(enum fonts_face face, int px)
{
	for (int i = 0; i < nopened; i++)
		if (opened[i].face == face && opened[i].px == px)
			return &opened[i];
	return NULL;
}

/* A slot for one more pair: a free one, or the least recently used lent
 * one closed (never the one used last); NULL if every pair is pinned. */
static struct open_font *
slot(void)
{
	struct open_font *v = NULL;
	if (nopened < FONTS_MAX_OPEN)
		return &opened[nopened++];
	for (int i = 0; i < nopened; i++)
		if (!opened[i].pinned && opened[i].used != stamp &&
		    (!v || opened[i].used < v->used))
			v = &opened[i];
	if (v)
		font_close(v->font);
	return v;
}

/* Open face at px; its bytes are fetched once, on its first size. NULL
 * (and the face marked) if unusable. */
static struct font *
open_face(enum fonts_face face, int px)
{
	static const void *data[FONTS_NFACES];
	static size_t len[FONTS_NFACES];
	struct font *f;

	if (!data[face] && !fonts_face_bytes(face_file[face], &data[face], &len[face])) {
		GLOG("fonts: no \"%s\"; its text is left out", face_file[face]);
		face_broken[face] = true;
		return NULL;
	}
	f = font_open(data[face], len[face], px);
	if (!f) {
		GLOG("fonts: \"%s\" (%zu bytes) is not a usable font", face_file[face], len[face]);
		face_broken[face] = true;
		fonts_face_drop(data[face]);
		data[face] = NULL;
	}
	return f;
}

/* face at px, opened on first use; NULL if the face is unusable. Lock held. */
static struct font *
get(enum fonts_face face, int px, bool pin)
{
	struct open_font *o = lookup(face, px);
	struct font *f;
	if (!o && !face_broken[face] && (f = open_face(face, px))) {
		if ((o = slot()))
			*o = (struct open_font){ face, px, f, false, 0 };
		else {
			font_close(f);
			GLOG("fonts: %d sizes pinned already; %s %dpx refused", FONTS_MAX_OPEN,
			     face_file[face], px);
		}
	}
	if (!o)
		return NULL;
	o->pinned |= pin;
	o->used = ++stamp;
	return o->font;
}

/* A face that is missing or damaged is stood in for by the next one that
 * works (sans -> mono -> bold ...): text changes its look, never vanishes. */
static struct font *
find(enum fonts_face face, int px, bool pin)
{
	struct font *f = NULL;

	if ((unsigned)face >= FONTS_NFACES || px <= 0 || px > FONTS_MAX_PX) {
		GLOG("fonts: no face %d at %dpx", (int)face, px);
		return NULL;
	}
	fonts_lock(true);
	for (int k = 0; k < FONTS_NFACES && !f; k++)
		f = get((enum fonts_face)((face + k) % FONTS_NFACES), px, pin);
	fonts_lock(false);
	return f;
}

struct font *
fonts_get(enum fonts_face face, int px)
{
	return find(face, px, true);
}

struct font *
fonts_lend(enum fonts_face face, int px)
{
	return find(face, px, false);
}
