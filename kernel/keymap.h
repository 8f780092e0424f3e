/*
 * keymap.h - PC scancode set 1 (as the i8042 delivers it, translated) to
 * input events, US layout.
 *
 * Pure decoding: no port I/O, so the same file can be compiled for the host.
 * One keyboard: the modifier and lock state lives inside keymap.c and is
 * only touched from the keyboard interrupt.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>

#include "input.h"

/* Bits of the keyboard's 0xED "set LEDs" argument. */
#define KEYMAP_LED_SCROLL 1u
#define KEYMAP_LED_NUM    2u
#define KEYMAP_LED_CAPS   4u

/*
 * Feed one byte of the set-1 stream. Returns true when it completed a key
 * event, then stored in *ev (type INPUT_KEY, keycode, pressed, mods, ch).
 * Prefix bytes (0xE0, 0xE1 ...), keys without a keycode (Num Lock, Scroll
 * Lock, Print Screen, Pause) and controller replies (0xFA ...) return false.
 *
 * ch is the printable character (0x20..0x7e) the key types with Shift and
 * Caps Lock applied; it is 0 for every other key and whenever Ctrl or Alt is
 * held (Ctrl+C: keycode 'c', ch 0, mods CTRL). With Num Lock on (the boot
 * default) the keypad types digits, with it off (or Shift held) it gives
 * the arrow and navigation keys; keypad keys are never shifted ('-' stays
 * '-'), and their keycodes are those of the main block ('7', '/', ENTER).
 */
bool keymap_feed(uint8_t byte, struct input_event *ev);

/* INPUT_MOD_* now in force (for pointer events: Shift+click ...). */
uint8_t keymap_mods(void);

/* The KEYMAP_LED_* bits that match the current lock state. */
uint8_t keymap_leds(void);

/* A readable name for a keycode: "ENTER", "F1", "UP", "SPACE", "a" ... */
#define KEYMAP_NAME_MAX 12
void keymap_name(uint16_t keycode, char buf[KEYMAP_NAME_MAX]);
