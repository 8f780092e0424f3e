/*
 * deskops.h - how the gui module's Desk natives reach whoever shows windows:
 * wm/desk.c, inside Phantom and in host tests. One desk per process, set
 * before any program opens a window; without one Desk.open throws.
 * Every call runs on the VM's thread with the world lock held (see
 * docs/desktop.md), so a desk needs no lock of its own against them.
 */
#pragma once
#include <stdbool.h>
#include "gui/gfx.h"
#include "pvm/vm.h"

struct gui_desk {
	/* Show the Window object win (the desk reads its fields): its wid,
	 * or -1 with the reason thrown by the desk (pv_throw). */
	int (*open)(void *ctx, pv_vm *vm, pv_value win);
	/* The rest return false for a wid that is not open. */
	bool (*close)(void *ctx, int wid);
	bool (*title)(void *ctx, int wid, const char *utf8);
	bool (*place)(void *ctx, int wid, struct gfx_rect client, unsigned flags);
	bool (*surface)(void *ctx, int wid, const struct gfx_buf *px);
	bool (*damage)(void *ctx, int wid, struct gfx_rect r);
	bool (*focus)(void *ctx, int wid);
	bool (*raise)(void *ctx, int wid);
	struct gfx_rect (*work)(void *ctx); /* the work area */
	void *ctx;
};

void gui_desk_set(const struct gui_desk *d);
/* A Surface object's pixels as a gfx buffer (they live in the arena);
 * false if v is not a Surface. */
bool gui_surface_of(pv_vm *vm, pv_value v, struct gfx_buf *out);
