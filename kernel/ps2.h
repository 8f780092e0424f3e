/*
 * ps2.h - the i8042 PS/2 controller: keyboard (IRQ 1) and mouse (IRQ 12).
 *
 * Both devices end up as input_push() events (input.h). With the debug
 * boot option phantom.keylog=1 (and only then: what a person types stays
 * off the serial log by default) every key press and typematic repeat is
 * also logged on the serial line, one line each:
 *
 *   kbd: press <keycode> '<ch>'      when the key typed a character
 *   kbd: press <keycode> <NAME>      otherwise
 *
 * <keycode> is "0x%02x" of enum input_keycode / unshifted ASCII. <NAME> is
 * keymap_name()'s ("ENTER", "F1", "UP", "LSHIFT", "SPACE", "a" ...), with
 * "CTRL+", "ALT+", "SHIFT+" in front (in that order) for those held, unless
 * the key is a modifier or lock key itself. Examples:
 *
 *   kbd: press 0x61 'a'        kbd: press 0x31 '!'  (with Shift)
 *   kbd: press 0x0a ENTER      kbd: press 0x63 CTRL+c
 *   kbd: press 0x10c UP        kbd: press 0x118 LCTRL
 *   kbd: press 0x09 SHIFT+TAB  kbd: press 0x74 CTRL+SHIFT+t
 */
#pragma once
#include <stdbool.h>

/*
 * Initialise the controller and both devices, then enable their IRQs:
 * keyboard in scancode set 2 translated to set 1, typematic rate set;
 * mouse reset to defaults (0xF6) and streaming (0xF4), 3-byte packets.
 * Logs one line; a missing or dead controller logs why and returns.
 */
void ps2_init(void);

/* True once ps2_init() found a mouse that acknowledged 0xF4. */
bool ps2_mouse_present(void);

/*
 * Hand the mouse interrupt to another driver (vmmouse): from now on PS/2
 * mouse bytes are read and discarded, and `poll` runs in interrupt context
 * after each IRQ 12. NULL gives the mouse back to PS/2 packet decoding.
 */
void ps2_mouse_override(void (*poll)(void));
