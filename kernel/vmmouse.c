/*
 * vmmouse.c - the VMware backdoor's absolute pointer.
 *
 * Protocol: `inl` from port 0x5658 with EAX = the magic, ECX = command,
 * EBX = argument; the reply comes back in EAX..EDX. Without a backdoor the
 * read gives 0xffffffff and leaves EBX alone, which is how we detect it.
 * Enabling: ABSPOINTER_COMMAND(ENABLE), then STATUS must show a queued word,
 * DATA(1) must return the vmmouse version, then REQUEST_ABSOLUTE.
 *
 * Events: STATUS's low 16 bits count queued words, its high 16 bits are
 * 0xffff after an error (queue overrun). Each event is 4 words, taken by
 * DATA(4): buttons, x, y (0..65535 over the screen), wheel. QEMU also
 * queues a dummy PS/2 packet per event, only to raise IRQ 12: ps2.c
 * discards those while we own the interrupt and calls vmmouse_poll().
 *
 * Invariant: the backdoor is only used with interrupts off (init) or from
 * the IRQ 12 handler, so the 4-word reads are never interleaved.
 */
#include "vmmouse.h"

#include <stdint.h>
#include <string.h>

#include "arch.h"
#include "input.h"
#include "keymap.h"
#include "klog.h"
#include "ps2.h"

#define VMW_MAGIC 0x564d5868u
#define VMW_PORT  0x5658

#define CMD_GETVERSION  10
#define CMD_ABS_DATA    39
#define CMD_ABS_STATUS  40
#define CMD_ABS_COMMAND 41

#define ABS_ENABLE           0x45414552u
#define ABS_DISABLE          0x000000f5u
#define ABS_REQUEST_ABSOLUTE 0x53424152u
#define VMMOUSE_VERSION      0x3442554au

#define STATUS_ERROR 0xffff0000u
#define EVENT_WORDS  4

#define VM_LEFT   0x20
#define VM_RIGHT  0x10
#define VM_MIDDLE 0x08

static int32_t last_x = -1, last_y = -1;
static uint8_t buttons;
static unsigned errors;

static struct arch_backdoor
backdoor(uint32_t cmd, uint32_t arg)
{
	struct arch_backdoor r = { VMW_MAGIC, arg, cmd, VMW_PORT };

	arch_io_backdoor(&r);
	return r;
}

static bool
enable_absolute(void)
{
	uint32_t st;

	backdoor(CMD_ABS_COMMAND, ABS_ENABLE);
	st = backdoor(CMD_ABS_STATUS, 0).a;
	if ((st & STATUS_ERROR) == STATUS_ERROR || (st & 0xffff) == 0)
		return false;
	if (backdoor(CMD_ABS_DATA, 1).a != VMMOUSE_VERSION)
		return false;
	backdoor(CMD_ABS_COMMAND, ABS_REQUEST_ABSOLUTE);
	return true;
}

static void
push(uint8_t type, int32_t x, int32_t y, int32_t dz)
{
	struct input_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = type;
	ev.mods = keymap_mods();
	ev.buttons = buttons;
	ev.x = x;
	ev.y = y;
	ev.dz = dz;
	input_push(&ev);
}

static void
event(const struct arch_backdoor *r)
{
	int32_t x = (int32_t)(r->b & 0xffff), y = (int32_t)(r->c & 0xffff);
	uint8_t b = (uint8_t)(((r->a & VM_LEFT) ? INPUT_BTN_LEFT : 0) |
	                      ((r->a & VM_RIGHT) ? INPUT_BTN_RIGHT : 0) |
	                      ((r->a & VM_MIDDLE) ? INPUT_BTN_MIDDLE : 0));

	if (x != last_x || y != last_y) {
		last_x = x;
		last_y = y;
		push(INPUT_MOTION_ABS, x, y, 0);
	}
	if (b != buttons) {
		buttons = b;
		push(INPUT_BUTTONS, x, y, 0);
	}
	if ((int32_t)r->d != 0)
		push(INPUT_WHEEL, x, y, (int32_t)r->d);
}

/* After a queue overrun: start over, or give the mouse back to PS/2. */
static void
recover(void)
{
	if (errors++ % 16 == 0)
		klog("vmmouse: queue error, re-enabling (%u so far)", errors);
	backdoor(CMD_ABS_COMMAND, ABS_DISABLE);
	if (!enable_absolute()) {
		klog("vmmouse: cannot re-enable, falling back to PS/2 motion");
		ps2_mouse_override(NULL);
	}
}

/* IRQ 12 (through ps2.c): drain every complete event. */
static void
vmmouse_poll(void)
{
	uint32_t st;
	int n;

	for (n = 0; n < 64; n++) {
		st = backdoor(CMD_ABS_STATUS, 0).a;
		if ((st & STATUS_ERROR) == STATUS_ERROR) {
			recover();
			return;
		}
		if ((st & 0xffff) < EVENT_WORDS)
			return;
		struct arch_backdoor r = backdoor(CMD_ABS_DATA, EVENT_WORDS);
		event(&r);
	}
}

bool
vmmouse_init(void)
{
	uint32_t flags;
	bool ok;

	if (!ps2_mouse_present()) {
		klog("vmmouse: not used (no PS/2 mouse to raise IRQ 12)");
		return false;
	}
	if (backdoor(CMD_GETVERSION, 0).b != VMW_MAGIC) {
		klog("vmmouse: absent (no VMware backdoor)");
		return false;
	}
	flags = arch_irq_save();
	ps2_mouse_override(vmmouse_poll);
	ok = enable_absolute();
	if (!ok)
		ps2_mouse_override(NULL);
	arch_irq_restore(flags);
	if (!ok)
		klog("vmmouse: backdoor present but the pointer did not enable");
	return ok; /* success is logged by the caller */
}
