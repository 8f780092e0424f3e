/*
 * bootfs.c - the apps.tar boot module as a tiny read-only file system.
 *
 * Format: POSIX ustar. A 512-byte header (name at 0, 100 bytes; size at
 * 124, 12 bytes of octal; type at 156: '0' or NUL a regular file; magic
 * "ustar" at 257; a prefix at 345, 155 bytes, that goes before the name
 * and a slash), then the data padded to 512 bytes; two zero blocks end
 * the archive. Names are at most 255 bytes ("counter.ph",
 * "java/util/ArrayList.class").
 * Invariant: nothing outside the module is ever read; a header with a bad
 * checksum or a size running past the module ends the walk with one log
 * line (the files before it stay usable).
 */
#include "bootfs.h"

#include <string.h>

#include "bootinfo.h"
#include "klog.h"

#define BLOCK 512

static size_t
octal(const char *p, int n)
{
	size_t v = 0;
	for (int i = 0; i < n && p[i] >= '0' && p[i] <= '7'; i++)
		v = v * 8 + (size_t)(p[i] - '0');
	return v;
}

/* The stored checksum: the header's bytes summed with the field as spaces. */
static bool
header_ok(const unsigned char *h)
{
	unsigned sum = 0;
	for (int i = 0; i < BLOCK; i++)
		sum += i >= 148 && i < 156 ? ' ' : h[i];
	return sum == octal((const char *)h + 148, 8) && memcmp(h + 257, "ustar", 5) == 0;
}

static bool
all_zero(const unsigned char *h)
{
	for (int i = 0; i < BLOCK; i++)
		if (h[i])
			return false;
	return true;
}

int
bootfs_each(bootfs_fn fn, void *ctx)
{
	return bootfs_each_in("apps.tar", fn, ctx);
}

int
bootfs_each_in(const char *module, bootfs_fn fn, void *ctx)
{
	const struct boot_module *m = bootinfo_module(module);
	if (!m)
		return 0;
	const unsigned char *p = m->data, *end = p + m->len;
	int n = 0;
	while (end - p >= BLOCK && !all_zero(p)) {
		size_t size = octal((const char *)p + 124, 12);
		if (!header_ok(p) || size > (size_t)(end - p - BLOCK)) {
			klog("bootfs: %s: damaged header at offset %u; the rest is ignored", module,
			     (unsigned)(p - (const unsigned char *)m->data));
			break;
		}
		char name[256];
		size_t pl = strnlen((const char *)p + 345, 155), nl = strnlen((const char *)p, 100);
		memcpy(name, p + 345, pl);
		if (pl)
			name[pl++] = '/';
		memcpy(name + pl, p, nl);
		name[pl + nl] = 0;
		if ((p[156] == '0' || p[156] == 0) && fn)
			fn(strncmp(name, "./", 2) == 0 ? name + 2 : name, p + BLOCK, size, ctx);
		n += p[156] == '0' || p[156] == 0;
		size_t adv = BLOCK + (size + BLOCK - 1) / BLOCK * BLOCK;
		if (adv > (size_t)(end - p))
			break;
		p += adv;
	}
	return n;
}

struct lookup {
	const char *name;
	const void *data;
	size_t len;
	bool found;
};

static void
match(const char *name, const void *data, size_t len, void *ctx)
{
	struct lookup *l = ctx;
	if (!l->found && strcmp(name, l->name) == 0) {
		l->data = data;
		l->len = len;
		l->found = true;
	}
}

bool
bootfs_find(const char *name, const void **data, size_t *len)
{
	struct lookup l = { name, NULL, 0, false };
	bootfs_each(match, &l);
	if (l.found) {
		*data = l.data;
		*len = l.len;
	}
	return l.found;
}
