/*
 * png_host.c - PNG files on the host (golden images, the desk runner's
 * screenshots), through libpng's simplified API.
 *
 * In memory a pixel is a gfx ARGB word, i.e. bytes B, G, R, A on this
 * little-endian host, which is libpng's PNG_FORMAT_BGRA. Alpha is written
 * as it is: callers writing an XRGB screen set it to 0xFF first. Host only.
 */
#include <png.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include "gui/png.h"

/* libpng's message lives in the png_image on our stack: keep a copy. */
static const char *
message(const png_image *img)
{
	static char msg[sizeof(img->message)];
	memcpy(msg, img->message, sizeof(msg));
	msg[sizeof(msg) - 1] = 0;
	return msg;
}

/* Make the directories on the way to path. */
static bool
mkdirs(const char *path)
{
	char buf[1024];
	snprintf(buf, sizeof(buf), "%s", path);
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		if (mkdir(buf, 0777) != 0 && access(buf, F_OK) != 0)
			return false;
		*p = '/';
	}
	return true;
}

bool
gui_png_write(const char *path, const struct gfx_buf *b, const char **why)
{
	png_image img;

	memset(&img, 0, sizeof(img));
	img.version = PNG_IMAGE_VERSION;
	img.width = (png_uint_32)b->w;
	img.height = (png_uint_32)b->h;
	img.format = PNG_FORMAT_BGRA;
	if (!mkdirs(path)) {
		*why = "cannot create the directory";
		return false;
	}
	if (!png_image_write_to_file(&img, path, 0, b->px, b->stride * 4, NULL)) {
		*why = message(&img);
		return false;
	}
	return true;
}

bool
gui_png_read(const char *path, struct gfx_buf *out, const char **why)
{
	png_image img;

	memset(&img, 0, sizeof(img));
	img.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_file(&img, path)) {
		*why = message(&img);
		return false;
	}
	img.format = PNG_FORMAT_BGRA;
	if (!gfx_buf_alloc(out, (int)img.width, (int)img.height)) {
		png_image_free(&img);
		*why = "out of memory";
		return false;
	}
	if (!png_image_finish_read(&img, NULL, out->px, out->stride * 4, NULL)) {
		*why = message(&img);
		gfx_buf_free(out);
		return false;
	}
	return true;
}
