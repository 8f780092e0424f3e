/*
 * asset_host.c - asset.h on the host: NAME is looked up in each directory
 * of PHANTOM_ASSETS (colon-separated) in turn; a file found is read and
 * kept for good (callers ask once per name and boot: imagenat.c's cache),
 * in a table that also gives the same bytes to a second ask. Names with a
 * '/' are refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "asset.h"

#define KEPT_MAX 256

static struct {
	char *name;
	const void *data;
	size_t len;
} kept[KEPT_MAX];
static int nkept;

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
	for (int i = 0; i < nkept; i++)
		if (strcmp(kept[i].name, name) == 0) {
			*data = kept[i].data;
			*len = kept[i].len;
			return true;
		}
	if (nkept == KEPT_MAX)
		return false;
	while (*dirs) {
		const char *end = strchr(dirs, ':');
		size_t n = end ? (size_t)(end - dirs) : strlen(dirs);
		char path[1024];
		snprintf(path, sizeof path, "%.*s/%s", (int)n, dirs, name);
		if (read_all(path, data, len)) {
			kept[nkept].name = strdup(name);
			kept[nkept].data = *data;
			kept[nkept].len = *len;
			nkept += kept[nkept].name != NULL;
			return true;
		}
		dirs += n + (end != NULL);
	}
	return false;
}
