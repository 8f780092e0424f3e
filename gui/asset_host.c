/*
 * asset_host.c - asset.h on the host: NAME is looked up in each directory
 * of PHANTOM_ASSETS (colon-separated) in turn; a file found is read and
 * kept for good (callers ask once per name and boot: imagenat.c's cache),
 * in a table that also gives the same bytes to a second ask. Names with a
 * '/' are refused. gui_asset_each lists the regular files of the same
 * directories (no dot files), a name in an earlier directory hiding the
 * same name in a later one, as gui_asset finds them.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "asset.h"
#include "gui/file.h"

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
	*data = gui_read_file(path, len);
	return *data != NULL;
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

/* Is there a regular file NAME in the directory dir (n bytes of a
 * PHANTOM_ASSETS entry)? */
static bool
is_file(const char *dir, size_t n, const char *name)
{
	char path[1024];
	struct stat st;
	snprintf(path, sizeof path, "%.*s/%s", (int)n, dir, name);
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Is NAME in one of the n directories of dirs before `upto`? */
static bool
seen_before(const char *dirs, const char *upto, const char *name)
{
	while (dirs < upto) {
		const char *end = strchr(dirs, ':');
		size_t n = end ? (size_t)(end - dirs) : strlen(dirs);
		if (is_file(dirs, n, name))
			return true;
		dirs += n + (end != NULL);
	}
	return false;
}

int
gui_asset_each(void (*fn)(const char *name, void *ctx), void *ctx)
{
	const char *all = getenv("PHANTOM_ASSETS");
	int count = 0;
	for (const char *dirs = all; dirs && *dirs;) {
		const char *end = strchr(dirs, ':');
		size_t n = end ? (size_t)(end - dirs) : strlen(dirs);
		char dir[1024];
		snprintf(dir, sizeof dir, "%.*s", (int)n, dirs);
		DIR *d = n ? opendir(dir) : NULL;
		for (struct dirent *e; d && (e = readdir(d));) {
			if (e->d_name[0] == '.' || !is_file(dirs, n, e->d_name) ||
			    seen_before(all, dirs, e->d_name))
				continue;
			fn(e->d_name, ctx);
			count++;
		}
		if (d)
			closedir(d);
		dirs += n + (end != NULL);
	}
	return count;
}
