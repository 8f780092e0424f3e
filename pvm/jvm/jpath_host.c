/*
 * jpath_host.c - class paths on the host: a colon-separated list of
 * directories read as jv_sources, and the runtime's directory with the
 * list of its classes (classes.list, written by the build beside the
 * class files).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "pvm/jvm/jpath_host.h"

uint8_t *
pv_read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	uint8_t *buf = malloc(cap + 1);
	for (size_t r; (r = fread(buf + n, 1, cap - n, f)) > 0;) {
		n += r;
		if (n == cap)
			buf = realloc(buf, (cap *= 2) + 1);
	}
	fclose(f);
	buf[n] = 0;
	*len = n;
	return buf;
}

static uint8_t *
path_read(void *ctx, const char *name, size_t *len)
{
	const char *dirs = ctx;
	char path[4096];
	while (*dirs) {
		size_t n = strcspn(dirs, ":");
		if (n && n + strlen(name) + 8 < sizeof path) {
			snprintf(path, sizeof path, "%.*s/%s.class", (int)n, dirs, name);
			uint8_t *b = pv_read_all(path, len);
			if (b)
				return b;
		}
		dirs += n + (dirs[n] == ':');
	}
	return NULL;
}

jv_source
pv_jpath(const char *dirs)
{
	return (jv_source){ path_read, (void *)dirs };
}

int
pv_jload_runtime(pv_vm *vm, const char *dir, char *err, size_t errn)
{
	char path[4096];
	size_t len;
	snprintf(path, sizeof path, "%s/classes.list", dir);
	char *list = (char *)pv_read_all(path, &len);
	if (!list) {
		snprintf(err, errn, "no Java runtime at %s (make host builds it)", dir);
		return -1;
	}
	jv_source rt = pv_jpath(dir);
	int n = pv_java_load_runtime(vm, &rt, list, len, err, errn);
	free(list);
	return n < 0 ? -1 : 0;
}

const char *
pv_jrt_dir(char *buf, size_t n)
{
	const char *env = getenv("PVM_JRT");
	if (env)
		return env;
	ssize_t len = readlink("/proc/self/exe", buf, n - 8);
	if (len <= 0)
		return "build/host/jrt";
	buf[len] = 0;
	char *slash = strrchr(buf, '/');
	strcpy(slash ? slash + 1 : buf, "jrt");
	return buf;
}
