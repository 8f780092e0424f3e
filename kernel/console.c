/*
 * console.c - the serial console: lines typed into COM1 (a person at
 * `make run`'s terminal) or COM2 (a test: tests/system/qemu.py) are
 * commands for whoever drives Phantom from outside. They are read in
 * interrupt context, a byte at a time, into a line buffer per port; a
 * complete line is looked up in the command table and run there, so a
 * command only queues work (input_push) and logs. An unknown line is answered with a log line, never executed.
 *
 * Commands:
 *   sync N   "is everything up to now committed?" - queued behind the
 *            input already received, so the desktop handles it after
 *            every earlier key and click; the answer is the line
 *            "sync N: committed gen=G" once a snapshot holding all of it
 *            is on disk (wm/desktop.c, pvm/world_kern.c).
 */
#include <stdlib.h>
#include <string.h>
#include "initcall.h"
#include "input.h"
#include "klog.h"

#define LINE_MAX 64

static struct {
	char line[LINE_MAX];
	unsigned len;
	bool overlong;
} ports[2];

static void
cmd_sync(const char *arg)
{
	char *end;
	long id = strtol(arg, &end, 10);
	if (end == arg || id <= 0) {
		klog("console: sync wants a positive request number");
		return;
	}
	struct input_event ev = { .type = INPUT_SYNC, .x = (int32_t)id };
	input_push(&ev);
}

static const struct {
	const char *name;
	void (*fn)(const char *arg);
} commands[] = {
	{ "sync", cmd_sync },
};

static void
run(char *s)
{
	while (*s == ' ')
		s++;
	if (!*s)
		return;
	char *arg = strchr(s, ' ');
	if (arg)
		*arg++ = 0;
	for (unsigned i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, s) == 0) {
			commands[i].fn(arg ? arg : "");
			return;
		}
	klog("console: unknown command '%s' (known: sync N)", s);
}

static void
on_byte(int port, char c)
{
	typeof(ports[0]) *p = &ports[port];
	if (c == '\r' || c == '\n') {
		p->line[p->len] = 0;
		if (p->overlong)
			klog("console: line longer than %d bytes ignored", LINE_MAX - 1);
		else
			run(p->line);
		p->len = 0;
		p->overlong = false;
	} else if (p->len < LINE_MAX - 1)
		p->line[p->len++] = c;
	else
		p->overlong = true;
}

static void
console_start(void)
{
	serial_on_input(on_byte);
}
INITCALL(console_start);
