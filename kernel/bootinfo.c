/*
 * bootinfo.c - the boot information and the kernel command line.
 *
 * Command-line options are space-separated `key` or `key=value` words, e.g.
 * `phantom.fault=1 phantom.exit_on_panic=1`.
 */
#include <string.h>
#include "bootinfo.h"

struct bootinfo boot;

const struct boot_module *
bootinfo_module(const char *name)
{
	for (int i = 0; i < boot.nmodules; i++)
		if (!strcmp(boot.modules[i].name, name))
			return &boot.modules[i];
	return NULL;
}

const char *
bootinfo_arg(const char *key, char *buf, size_t bufsz)
{
	size_t klen = strlen(key);
	const char *p = boot.cmdline;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		if ((size_t)(p - w) < klen || strncmp(w, key, klen))
			continue;
		if (w + klen == p) {
			buf[0] = 0;
			return buf;
		}
		if (w[klen] != '=')
			continue;
		size_t n = p - (w + klen + 1);
		if (n >= bufsz)
			n = bufsz - 1;
		memcpy(buf, w + klen + 1, n);
		buf[n] = 0;
		return buf;
	}
	return NULL;
}

bool
bootinfo_flag(const char *key)
{
	char v[16];
	const char *s = bootinfo_arg(key, v, sizeof v);
	return s && strcmp(s, "0") != 0;
}
