/*
 * desk.h - the desk: the VM's Window objects shown by the window manager
 * core (wm.h), input turned into Event objects for the apps, and the
 * rebuild after a restore. The gui module's Desk natives reach it through
 * gui/deskops.h. See docs/desktop.md.
 *
 * Every call, and every desk call the natives make, needs the world lock
 * (the arena and the wm are shared by the VM's thread and the desktop's);
 * portable: the kernel's desktop and the host's memory screen use it.
 */
#pragma once
#include <stdbool.h>
#include "pvm/vm.h"
#include "wm.h"

struct desk;

/* A desk on screen s (the wm goes on top of what s holds); it becomes the
 * gui module's desk. NULL when out of memory. */
struct desk *desk_create(struct wm_screen *s, const struct wm_fonts *fonts);
/* Show vm's windows: those its registry holds already (a restored world:
 * rebuilt as they were, z-order and focus too) and every one opened from
 * now on. */
void desk_attach(struct desk *d, pv_vm *vm);
/* Input from the devices, in screen pixels. */
void desk_input(struct desk *d, const struct wm_input *ev);
void desk_set_clock(struct desk *d, int hour, int minute);
/* Every frame or so: crashed apps' windows marked, an app that does not
 * answer a close offered to be ended, the task manager's rows refreshed
 * (desktask.c). */
void desk_tick(struct desk *d);
/* The launcher's entries, and what starts one (the app's name). */
bool desk_set_apps(struct desk *d, const char *const *names, int n,
                   void (*launch)(void *ctx, const char *name), void *ctx);
/* Called after the desk made an app thread ready (an event came): the
 * VM's idle wait should end now. */
void desk_on_wake(struct desk *d, void (*fn)(void));
/* Open windows (for tests): how many, and the Window object of each. */
int desk_windows(struct desk *d, pv_value *out, int max);
/* A Window object's title, as the window manager shows it ("" if none). */
const char *desk_window_title(struct desk *d, pv_value win);
