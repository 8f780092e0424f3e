/*
 * keymap.c - scancode set 1 to key events, US layout.
 *
 * Set 1 as the i8042 hands it over (the keyboard speaks set 2, the
 * controller translates): a make code is 0x01..0x58, its break code is the
 * same with bit 7 set. 0xE0 prefixes one extended code (arrows, the
 * navigation block, right Ctrl/Alt, keypad Enter and slash, the Windows
 * keys); 0xE1 starts Pause, three bytes per half, no break. The extended
 * block also sends "fake shifts" (E0 2A, E0 36 and their breaks) around
 * some keys: they are skipped so they never disturb the Shift state.
 *
 * Tables: base[] maps a plain make code to its keycode (unshifted ASCII or
 * a KEY_*); ext[] does the same for E0 codes; keypad[] gives the Num Lock
 * digit of keypad codes 0x47..0x53. Zero means "no key here".
 *
 * Invariant: `held` mirrors which modifier keys are down, `locks` the Caps
 * and Num Lock toggles; both change only on the corresponding key events.
 */
#include "keymap.h"

#include <string.h>

/* clang-format off */
static const uint16_t base[0x59] = {
	[0x01] = KEY_ESC,
	[0x02] = '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=',
	[0x0e] = KEY_BACKSPACE, KEY_TAB,
	[0x10] = 'q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', '[', ']',
	[0x1c] = KEY_ENTER, KEY_LCTRL,
	[0x1e] = 'a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', ';', '\'', '`',
	[0x2a] = KEY_LSHIFT, '\\',
	[0x2c] = 'z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.', '/',
	[0x36] = KEY_RSHIFT, '*', KEY_LALT, ' ', KEY_CAPSLOCK,
	[0x3b] = KEY_F1, KEY_F2, KEY_F3, KEY_F4, KEY_F5,
	         KEY_F6, KEY_F7, KEY_F8, KEY_F9, KEY_F10,
	/* 0x45 Num Lock and 0x46 Scroll Lock have no keycode. */
	[0x47] = KEY_HOME, KEY_UP, KEY_PGUP, '-', KEY_LEFT, 0, KEY_RIGHT, '+',
	[0x4f] = KEY_END, KEY_DOWN, KEY_PGDN, KEY_INSERT, KEY_DELETE,
	[0x57] = KEY_F11, KEY_F12,
};

static const uint16_t ext[0x5e] = {
	[0x1c] = KEY_ENTER, [0x1d] = KEY_RCTRL, [0x35] = '/', [0x38] = KEY_RALT,
	[0x47] = KEY_HOME, [0x48] = KEY_UP, [0x49] = KEY_PGUP,
	[0x4b] = KEY_LEFT, [0x4d] = KEY_RIGHT,
	[0x4f] = KEY_END, [0x50] = KEY_DOWN, [0x51] = KEY_PGDN,
	[0x52] = KEY_INSERT, [0x53] = KEY_DELETE,
	[0x5b] = KEY_LMETA, [0x5c] = KEY_RMETA, [0x5d] = KEY_MENU,
};
/* clang-format on */

/* The keypad with Num Lock on, indexed by code - 0x47. */
static const char keypad[13] = "789-456+1230.";

/* Shifted US characters: each unshifted one followed by its shifted twin. */
static const char shift_pairs[] = "1!2@3#4$5%6^7&8*9(0)-_=+[{]};:'\"`~\\|,<.>/?";

#define SC_NUMLOCK     0x45
#define SC_FAKE_LSHIFT 0x2a
#define SC_FAKE_RSHIFT 0x36

static bool e0;      /* the previous byte was 0xE0 */
static int e1_skip;  /* bytes of a Pause sequence still to skip */
static uint8_t held; /* INPUT_MOD_SHIFT/CTRL/ALT from keys down */
static uint8_t lshift, rshift, lctrl, rctrl, lalt, ralt;
static bool caps, num = true;
static bool caps_down, num_down; /* typematic repeats must not toggle */

static bool
is_reply(uint8_t b)
{
	/* ACK, resend, echo, errors: never scancodes in set 1 on a PC. */
	return b == 0x00 || b == 0xfa || b == 0xfe || b == 0xee || b == 0xff;
}

static char
shifted(char c)
{
	const char *p;

	if (c >= 'a' && c <= 'z')
		return (char)(c - 'a' + 'A');
	for (p = shift_pairs; *p; p += 2)
		if (*p == c)
			return p[1];
	return c;
}

/* Track modifier and lock keys; other keycodes change nothing. */
static void
track_mods(uint16_t kc, bool down)
{
	switch (kc) {
	case KEY_LSHIFT:
		lshift = down;
		break;
	case KEY_RSHIFT:
		rshift = down;
		break;
	case KEY_LCTRL:
		lctrl = down;
		break;
	case KEY_RCTRL:
		rctrl = down;
		break;
	case KEY_LALT:
		lalt = down;
		break;
	case KEY_RALT:
		ralt = down;
		break;
	case KEY_CAPSLOCK:
		caps ^= down && !caps_down;
		caps_down = down;
		return;
	default:
		return;
	}
	held = (uint8_t)((lshift || rshift ? INPUT_MOD_SHIFT : 0) |
	                 (lctrl || rctrl ? INPUT_MOD_CTRL : 0) |
	                 (lalt || ralt ? INPUT_MOD_ALT : 0));
}

uint8_t
keymap_mods(void)
{
	return (uint8_t)(held | (caps ? INPUT_MOD_CAPS : 0));
}

/* Keypad keys type their own character: Shift never turns '-' into '_'. */
static bool
is_keypad(uint8_t code, bool extended)
{
	if (extended)
		return code == 0x35 || code == 0x1c;
	return code == 0x37 || (code >= 0x47 && code <= 0x53);
}

/* The printable character keycode `kc` types under the current modifiers. */
static uint32_t
char_of(uint16_t kc, bool kp)
{
	bool shift = (held & INPUT_MOD_SHIFT) && !kp;
	char c;

	if (kc < 0x20 || kc > 0x7e || (held & (INPUT_MOD_CTRL | INPUT_MOD_ALT)))
		return 0;
	c = (char)kc;
	if (c >= 'a' && c <= 'z' && caps)
		shift = !shift;
	return (uint8_t)(shift ? shifted(c) : c);
}

/*
 * Keycode of a plain (non-E0) make code. On the keypad, Num Lock selects
 * digits and Shift inverts it for the moment, as on every PC.
 */
static uint16_t
base_keycode(uint8_t code)
{
	bool digits = num != !!(held & INPUT_MOD_SHIFT);

	if (code >= 0x47 && code <= 0x53 && digits)
		return (uint8_t)keypad[code - 0x47];
	return code < sizeof base / sizeof base[0] ? base[code] : 0;
}

/* Swallow prefixes and sequences; true if `b` is consumed here. */
static bool
prefix(uint8_t b)
{
	if (e1_skip > 0) {
		e1_skip--;
		return true;
	}
	if (b == 0xe1) {
		e1_skip = 2;
		return true;
	}
	if (b == 0xe0) {
		e0 = true;
		return true;
	}
	return is_reply(b);
}

bool
keymap_feed(uint8_t b, struct input_event *ev)
{
	uint8_t code = b & 0x7f;
	bool down = !(b & 0x80), was_e0 = e0;
	uint16_t kc;

	if (prefix(b))
		return false;
	e0 = false;
	if (!was_e0 && code == SC_NUMLOCK) {
		num ^= down && !num_down;
		num_down = down;
		return false;
	}
	if (was_e0 && (code == SC_FAKE_LSHIFT || code == SC_FAKE_RSHIFT))
		return false;
	if (was_e0)
		kc = code < sizeof ext / sizeof ext[0] ? ext[code] : 0;
	else
		kc = base_keycode(code);
	if (kc == 0)
		return false;
	track_mods(kc, down);
	memset(ev, 0, sizeof *ev);
	ev->type = INPUT_KEY;
	ev->keycode = kc;
	ev->pressed = down;
	ev->mods = keymap_mods();
	ev->ch = char_of(kc, is_keypad(code, was_e0));
	return true;
}

uint8_t
keymap_leds(void)
{
	return (uint8_t)((caps ? KEYMAP_LED_CAPS : 0) | (num ? KEYMAP_LED_NUM : 0));
}

void
keymap_name(uint16_t kc, char buf[KEYMAP_NAME_MAX])
{
	const char *s = NULL;

	switch (kc) {
#define KEY(id, code, log, event) \
	case code:                \
		s = log;          \
		break;
#include "kernel/keys.def"
#undef KEY
	case ' ':
		s = "SPACE";
		break;
	default:
		if (kc > 0x20 && kc < 0x7f) {
			buf[0] = (char)kc;
			buf[1] = 0;
			return;
		}
	}
	strncpy(buf, s ? s : "?", KEYMAP_NAME_MAX - 1);
	buf[KEYMAP_NAME_MAX - 1] = 0;
}
