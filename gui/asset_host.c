/*
 * asset_host.c - asset.h on the host: NAME is looked up in each directory
 * of PHANTOM_ASSETS (colon-separated) in turn; a file found is read and
 * kept for good (callers ask once per name and boot: imagenat.c's cache).
 * Names with a '/' are refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "asset.h"

static bool
read_all(const char *path, const void **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
	bool ok = buf && fread(buf, 1, (size_t)n, f) == (size_t)n;
	fclose(f);
	if (!ok) {
		free(buf);
		return false;
	}
	*data = buf;
	*len = (size_t)n;
	return true;
}

bool
gui_asset(const char *name, const void **data, size_t *len)
{
	const char *dirs = getenv("PHANTOM_ASSETS");
	if (!dirs || strchr(name, '/'))
		return false;
	while (*dirs) {
		const char *end = strchr(dirs, ':');
		size_t n = end ? (size_t)(end - dirs) : strlen(dirs);
		char path[1024];
		snprintf(path, sizeof path, "%.*s/%s", (int)n, dirs, name);
		if (read_all(path, data, len))
			return true;
		dirs += n + (end != NULL);
	}
	return false;
}
