/*
 * vmmouse.h - the absolute pointer of the VMware backdoor, as QEMU offers
 * it on -machine pc ("vmport"). Lets the host pointer be followed exactly,
 * without PS/2 acceleration or grabbing.
 */
#pragma once
#include <stdbool.h>

/*
 * Probe the backdoor and switch its pointer to absolute mode. On success
 * the PS/2 mouse interrupt is taken over (ps2_mouse_override): each IRQ 12
 * drains the vmmouse queue into INPUT_MOTION_ABS (x, y in 0..65535),
 * INPUT_BUTTONS and INPUT_WHEEL (dz: +1 per step towards the user) events.
 * Call after ps2_init(). Returns false, with one log line, when absent.
 */
bool vmmouse_init(void);
