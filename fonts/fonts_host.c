/*
 * fonts_host.c - fonts.c's platform part on the host: each face is read
 * once from PHANTOM_FONTS (a directory) or Debian's
 * /usr/share/fonts/truetype/dejavu and kept for good. A pthread mutex
 * guards the table.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "fonts.h"
#include "gui/file.h"

#define FONT_DIR "/usr/share/fonts/truetype/dejavu"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

bool
fonts_face_bytes(const char *file, const void **data, size_t *len)
{
	const char *dir = getenv("PHANTOM_FONTS") ? getenv("PHANTOM_FONTS") : FONT_DIR;
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, file);
	char *buf = gui_read_file(path, len); /* kept for good: font_open needs it */
	*data = buf;
	return buf != NULL;
}

void
fonts_face_drop(const void *data)
{
	free((void *)data);
}

void
fonts_lock(bool on)
{
	if (on)
		pthread_mutex_lock(&lock);
	else
		pthread_mutex_unlock(&lock);
}
