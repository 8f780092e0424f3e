/*
 * ps2.c - the i8042 controller, its keyboard port and its mouse port.
 *
 * Init runs polled with both device IRQs off in the controller's
 * configuration byte; only at the end are IRQ 1 and IRQ 12 registered and
 * enabled. After that every byte is read in interrupt context: one drain
 * loop serves both IRQs and routes each byte by the status register's AUX
 * bit (0x20), so a byte is never taken for the wrong device.
 *
 * Keyboard bytes go to keymap.c (scancode set 1: the keyboard is put in set
 * 2 and the controller's translation, config bit 6, is left on). The only
 * command sent at run time is 0xED (LEDs) after a lock key: a small state
 * machine eats its two ACKs in the interrupt handler.
 *
 * Mouse format: standard 3-byte packets. Byte 0 = YO XO YS XS 1 M R L (bit 3
 * always set: it is how we find a packet's start), then X and Y as 9-bit
 * two's complement with the sign in byte 0; PS/2 Y grows upward. A packet
 * with an overflow bit has garbage deltas: its motion is dropped, its
 * buttons kept. A gap longer than PS2_PACKET_GAP_MS inside a packet means
 * lost bytes: we resynchronise at the next byte with bit 3 set.
 */
#include "ps2.h"

#include <string.h>

#include "arch.h"
#include "bootinfo.h"
#include "input.h"
#include "keymap.h"
#include "klog.h"
#include "timer.h"

#define PS2_DATA   0x60
#define PS2_STATUS 0x64 /* read: status; write: controller command */

#define ST_OBF 0x01 /* output buffer full: a byte to read */
#define ST_IBF 0x02 /* input buffer full: do not write yet */
#define ST_AUX 0x20 /* the byte in the output buffer is the mouse's */

#define CMD_READ_CONFIG  0x20
#define CMD_WRITE_CONFIG 0x60
#define CMD_AUX_DISABLE  0xa7
#define CMD_AUX_ENABLE   0xa8
#define CMD_SELF_TEST    0xaa
#define CMD_KBD_DISABLE  0xad
#define CMD_KBD_ENABLE   0xae
#define CMD_WRITE_AUX    0xd4

#define CFG_KBD_IRQ   0x01
#define CFG_AUX_IRQ   0x02
#define CFG_AUX_CLOCK 0x20 /* set: mouse port clock disabled */
#define CFG_TRANSLATE 0x40

#define DEV_ACK       0xfa
#define DEV_RESEND    0xfe
#define KBD_SET_LEDS  0xed
#define KBD_SCANSET   0xf0
#define KBD_TYPEMATIC 0xf3
#define DEV_ENABLE    0xf4
#define DEV_DISABLE   0xf5
#define DEV_DEFAULTS  0xf6

/* Typematic: bits 6-5 delay (01 = 500 ms), bits 4-0 rate (0 = 30/s). */
#define PS2_TYPEMATIC     0x20
#define PS2_REPLY_MS      100     /* a device answers a command within this */
#define PS2_PACKET_GAP_MS 30      /* longest pause between bytes of a packet */
#define PS2_SPIN_MAX      2000000 /* poll cap in case time does not move */

enum led_state { LED_IDLE, LED_WAIT_CMD_ACK, LED_WAIT_ARG_ACK };

static bool mouse_ok;
static void (*volatile mouse_poll)(void);
static uint8_t packet[3];
static unsigned npacket;
static uint64_t last_mouse_ms;
static uint8_t buttons;
static enum led_state led_state;
static bool led_dirty;
static uint64_t led_sent_ms;

/* ---------------------------------------------------------------- polling */

/* Wait until (status & mask) == want; false after `ms` milliseconds. */
static bool
wait_status(uint8_t mask, uint8_t want, uint32_t ms)
{
	uint64_t deadline = timer_ms() + ms;
	long spins = 0;

	while ((arch_inb(PS2_STATUS) & mask) != want)
		if (timer_ms() > deadline || ++spins > PS2_SPIN_MAX)
			return false;
	return true;
}

static bool
write_cmd(uint8_t cmd)
{
	if (!wait_status(ST_IBF, 0, PS2_REPLY_MS))
		return false;
	arch_outb(PS2_STATUS, cmd);
	return true;
}

static bool
write_data(uint8_t b)
{
	if (!wait_status(ST_IBF, 0, PS2_REPLY_MS))
		return false;
	arch_outb(PS2_DATA, b);
	return true;
}

/* Read the controller's reply byte, or -1. */
static int
read_data(void)
{
	if (!wait_status(ST_OBF, ST_OBF, PS2_REPLY_MS))
		return -1;
	return arch_inb(PS2_DATA);
}

/* Read a reply from one device, discarding the other one's bytes. */
static int
read_dev(bool aux)
{
	uint64_t deadline = timer_ms() + PS2_REPLY_MS;
	long spins = 0;
	uint8_t st;

	while (timer_ms() <= deadline && ++spins < PS2_SPIN_MAX) {
		st = arch_inb(PS2_STATUS);
		if (!(st & ST_OBF))
			continue;
		if (!!(st & ST_AUX) == aux)
			return arch_inb(PS2_DATA);
		(void)arch_inb(PS2_DATA);
	}
	return -1;
}

static void
flush_output(void)
{
	int n;

	for (n = 0; n < 64 && (arch_inb(PS2_STATUS) & ST_OBF); n++)
		(void)arch_inb(PS2_DATA);
}

/* Send one byte to a device and wait for its ACK; retries on RESEND. */
static bool
dev_send(bool aux, uint8_t b)
{
	int tries, r;

	for (tries = 0; tries < 3; tries++) {
		if (aux && !write_cmd(CMD_WRITE_AUX))
			return false;
		if (!write_data(b))
			return false;
		r = read_dev(aux);
		if (r == DEV_ACK)
			return true;
		if (r != DEV_RESEND)
			return false;
	}
	return false;
}

static bool
dev_send2(bool aux, uint8_t b, uint8_t arg)
{
	return dev_send(aux, b) && dev_send(aux, arg);
}

/* ---------------------------------------------------------------- keyboard */

static void
send_leds(void)
{
	if (led_state != LED_IDLE && timer_ms() - led_sent_ms < PS2_REPLY_MS) {
		led_dirty = true;
		return;
	}
	led_dirty = false;
	led_sent_ms = timer_ms();
	led_state = write_data(KBD_SET_LEDS) ? LED_WAIT_CMD_ACK : LED_IDLE;
}

/* The LED command's replies; true if `b` was one of them. */
static bool
led_reply(uint8_t b)
{
	if (led_state == LED_IDLE || (b != DEV_ACK && b != DEV_RESEND))
		return false;
	if (b == DEV_RESEND) {
		led_state = LED_IDLE;
	} else if (led_state == LED_WAIT_CMD_ACK) {
		led_state = write_data(keymap_leds()) ? LED_WAIT_ARG_ACK : LED_IDLE;
	} else {
		led_state = LED_IDLE;
		if (led_dirty)
			send_leds();
	}
	return true;
}

/* phantom.keylog=1 (a debug boot): log every key press. Off by default:
 * what a person types (passwords too) never reaches the serial log. */
static bool keylog;

static void
log_press(const struct input_event *ev)
{
	char name[KEYMAP_NAME_MAX];
	bool modkey = ev->keycode >= KEY_LSHIFT && ev->keycode <= KEY_RMETA;
	bool pfx = !modkey;

	if (ev->ch != 0) {
		klog("kbd: press 0x%02x '%c'", ev->keycode, (char)ev->ch);
		return;
	}
	keymap_name(ev->keycode, name);
	klog("kbd: press 0x%02x %s%s%s%s", ev->keycode,
	     pfx && (ev->mods & INPUT_MOD_CTRL) ? "CTRL+" : "",
	     pfx && (ev->mods & INPUT_MOD_ALT) ? "ALT+" : "",
	     pfx && (ev->mods & INPUT_MOD_SHIFT) ? "SHIFT+" : "", name);
}

static void
kbd_byte(uint8_t b)
{
	struct input_event ev;
	uint8_t leds = keymap_leds();

	if (led_reply(b) || !keymap_feed(b, &ev))
		return;
	input_push(&ev);
	if (ev.pressed && keylog)
		log_press(&ev);
	if (keymap_leds() != leds)
		send_leds();
}

/* ---------------------------------------------------------------- mouse */

static void
push_mouse(uint8_t type, int32_t x, int32_t y)
{
	struct input_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = type;
	ev.mods = keymap_mods();
	ev.buttons = buttons;
	ev.x = x;
	ev.y = y;
	input_push(&ev);
}

static void
mouse_packet(const uint8_t *p)
{
	int32_t dx = p[1] - ((p[0] & 0x10) ? 256 : 0);
	int32_t dy = p[2] - ((p[0] & 0x20) ? 256 : 0);
	/* PS/2 L R M are bits 0 1 2, the same as INPUT_BTN_*. */
	uint8_t b = p[0] & 7;

	if (!(p[0] & 0xc0) && (dx != 0 || dy != 0))
		push_mouse(INPUT_MOTION_REL, dx, -dy);
	if (b != buttons) {
		buttons = b;
		push_mouse(INPUT_BUTTONS, 0, 0);
	}
}

static void
mouse_byte(uint8_t b)
{
	uint64_t now = timer_ms();

	if (mouse_poll != NULL) {
		npacket = 0;
		return;
	}
	if (npacket >= sizeof packet || (npacket > 0 && now - last_mouse_ms > PS2_PACKET_GAP_MS))
		npacket = 0;
	last_mouse_ms = now;
	if (npacket == 0 && !(b & 0x08))
		return;
	packet[npacket++] = b;
	if (npacket == sizeof packet) {
		npacket = 0;
		mouse_packet(packet);
	}
}

/* ---------------------------------------------------------------- IRQs */

static void
drain(void)
{
	uint8_t st, b;
	int n;

	for (n = 0; n < 64; n++) {
		st = arch_inb(PS2_STATUS);
		if (!(st & ST_OBF))
			break;
		b = arch_inb(PS2_DATA);
		if (st & ST_AUX)
			mouse_byte(b);
		else
			kbd_byte(b);
	}
}

static void
kbd_irq(void)
{
	drain();
}

static void
mouse_irq(void)
{
	void (*poll)(void) = mouse_poll;

	drain();
	if (poll != NULL)
		poll();
}

void
ps2_mouse_override(void (*poll)(void))
{
	uint32_t flags = arch_irq_save();

	mouse_poll = poll;
	npacket = 0;
	arch_irq_restore(flags);
}

bool
ps2_mouse_present(void)
{
	return mouse_ok;
}

/* ---------------------------------------------------------------- init */

static int
read_config(void)
{
	return write_cmd(CMD_READ_CONFIG) ? read_data() : -1;
}

static bool
write_config(uint8_t cfg)
{
	return write_cmd(CMD_WRITE_CONFIG) && write_data(cfg);
}

/* Both ports off, IRQs off, translation on, controller self-tested. */
static bool
controller_init(uint8_t *cfg)
{
	int c;

	if (arch_inb(PS2_STATUS) == 0xff) {
		klog("ps2: no controller (status reads 0xff)");
		return false;
	}
	write_cmd(CMD_KBD_DISABLE);
	write_cmd(CMD_AUX_DISABLE);
	flush_output();
	c = read_config();
	if (c < 0) {
		klog("ps2: controller does not answer");
		return false;
	}
	*cfg = (uint8_t)((c & ~(CFG_KBD_IRQ | CFG_AUX_IRQ)) | CFG_TRANSLATE);
	if (!write_config(*cfg) || !write_cmd(CMD_SELF_TEST) || read_data() != 0x55) {
		klog("ps2: controller self-test failed");
		return false;
	}
	return write_config(*cfg); /* the self-test may have reset it */
}

static bool
keyboard_init(void)
{
	write_cmd(CMD_KBD_ENABLE);
	flush_output();
	return dev_send(false, DEV_DISABLE) && dev_send2(false, KBD_SCANSET, 2) &&
	       dev_send2(false, KBD_TYPEMATIC, PS2_TYPEMATIC) &&
	       dev_send2(false, KBD_SET_LEDS, keymap_leds()) && dev_send(false, DEV_ENABLE);
}

static bool
mouse_init(uint8_t *cfg)
{
	int c;

	write_cmd(CMD_AUX_ENABLE);
	c = read_config();
	if (c < 0 || (c & CFG_AUX_CLOCK))
		return false; /* a single-port controller */
	*cfg = (uint8_t)(c & ~(CFG_KBD_IRQ | CFG_AUX_IRQ));
	return dev_send(true, DEV_DEFAULTS) && dev_send(true, DEV_ENABLE);
}

void
ps2_init(void)
{
	uint8_t cfg;
	bool kbd_ok;

	keylog = bootinfo_flag("phantom.keylog");
	if (!controller_init(&cfg))
		return;
	kbd_ok = keyboard_init();
	mouse_ok = mouse_init(&cfg);
	flush_output();
	arch_irq_register(1, kbd_irq);
	if (mouse_ok)
		arch_irq_register(12, mouse_irq);
	cfg |= (kbd_ok ? CFG_KBD_IRQ : 0) | (mouse_ok ? CFG_AUX_IRQ : 0);
	write_config(cfg);
	klog("ps2: keyboard %s (set 1 translated, typematic 0x%02x), mouse %s%s",
	     kbd_ok ? "ok" : "not answering", PS2_TYPEMATIC,
	     mouse_ok ? "ok (3-byte packets)" : "absent", keylog ? ", key log on" : "");
}
