/*
 * fonts_kern.c - fonts.c's platform part inside Phantom: each face is the
 * Multiboot module named after its file (GRUB loads /boot/modules/<name>
 * with the module string <name>); module memory stays reserved for the
 * kernel's lifetime. A kernel mutex guards the table.
 */
#include "fonts.h"
#include "kernel/bootinfo.h"
#include "kernel/thread.h"

static struct mutex lock;

bool
fonts_face_bytes(const char *file, const void **data, size_t *len)
{
	const struct boot_module *m = bootinfo_module(file);
	if (!m)
		return false;
	*data = m->data;
	*len = m->len;
	return true;
}

void
fonts_face_drop(const void *data)
{
	/* boot module memory: it stays where GRUB put it */
}

void
fonts_lock(bool on)
{
	if (on)
		mutex_lock(&lock);
	else
		mutex_unlock(&lock);
}
