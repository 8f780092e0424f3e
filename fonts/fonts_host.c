/*
 * fonts_host.c - fonts.c's platform part on the host: each face is read
 * once from PHANTOM_FONTS (a directory) or Debian's
 * /usr/share/fonts/truetype/dejavu and kept for good. A pthread mutex
 * guards the table.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fonts.h"

#define FONT_DIR "/usr/share/fonts/truetype/dejavu"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

bool
fonts_face_bytes(const char *file, const void **data, size_t *len)
{
	const char *dir = getenv("PHANTOM_FONTS") ? getenv("PHANTOM_FONTS") : FONT_DIR;
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, file);
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	void *buf = n > 0 ? malloc((size_t)n) : NULL;
	bool ok = buf && fread(buf, 1, (size_t)n, f) == (size_t)n;
	fclose(f);
	if (!ok) {
		free(buf);
		return false;
	}
	*data = buf; /* kept for good: font_open needs the bytes */
	*len = (size_t)n;
	return true;
}

void
fonts_lock(bool on)
{
	if (on)
		pthread_mutex_lock(&lock);
	else
		pthread_mutex_unlock(&lock);
}
