/*
 * input.h - keyboard and pointer events from the drivers.
 *
 * Drivers (ps2.c, vmmouse.c) call input_push() from interrupt context; one
 * consumer (the window manager's thread) calls input_wait(). Events are kept
 * in a fixed ring; when it is full the oldest motion is dropped, never a key.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

enum input_type {
	INPUT_KEY = 1,    /* key: keycode, pressed, ch (0 if none), mods */
	INPUT_MOTION_REL, /* dx, dy (screen direction: +y is down) */
	INPUT_MOTION_ABS, /* x, y in 0..65535 over the whole screen */
	INPUT_BUTTONS,    /* buttons: bitmask of INPUT_BTN_* now held */
	INPUT_WHEEL,      /* dz */
	INPUT_SYNC,       /* x: a request id from the serial console (console.c), or
	                     0: the world answered one (pvm/world_kern.c) */
};

#define INPUT_BTN_LEFT   1u
#define INPUT_BTN_RIGHT  2u
#define INPUT_BTN_MIDDLE 4u

#define INPUT_MOD_SHIFT 1u
#define INPUT_MOD_CTRL  2u
#define INPUT_MOD_ALT   4u
#define INPUT_MOD_CAPS  8u

/* Keycodes: printable keys are their unshifted ASCII; the rest keys.def. */
enum input_keycode {
#define KEY(id, code, log, event) KEY_##id = code,
#include "kernel/keys.def"
#undef KEY
};

struct input_event {
	uint8_t type;
	uint8_t pressed;  /* INPUT_KEY: 1 press (or repeat), 0 release */
	uint8_t mods;     /* INPUT_MOD_* at the time of the event */
	uint8_t buttons;  /* INPUT_BUTTONS */
	uint16_t keycode; /* INPUT_KEY */
	uint32_t ch;      /* INPUT_KEY: Unicode of the key with mods, or 0 */
	int32_t x, y;     /* INPUT_MOTION_*: delta or absolute */
	int32_t dz;
};

void input_push(const struct input_event *ev); /* IRQ-safe */
void input_wait(struct input_event *ev);       /* blocks */
bool input_wait_timeout(struct input_event *ev, uint32_t ms);
