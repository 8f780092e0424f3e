/*
 * desk_impl.h - the desk's own state, shared by its files: desk.c (the
 * windows: fields, events, the wm's callbacks, gui/deskops.h) and
 * desktask.c (the apps: the task manager's rows, ending an app, crashed
 * and unresponsive apps, Ctrl+C). Not for other layers: they use desk.h.
 *
 * Invariants: slots[wid].w is NULL or the wm window showing the Window
 * object slots[wid].win, which the registry holds; a Window object's wid
 * field is its slot while shown. Everything here is ephemeral: a restored
 * world's desk is rebuilt from the registry (desk_attach).
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "gui/deskops.h"
#include "pvm/object.h"
#include "desk.h"

#define DESK_MAX    512  /* open windows, all apps */
#define APP_WINDOWS 64   /* open windows of one app (docs/desktop.md) */
#define QUEUE_MAX   1024 /* events waiting in one app's queue */

struct slot {
	struct wm_window *w;
	pv_value win; /* the Window object; reachable from the registry */
};

enum desk_class {
#define DCLASS(id, name) DC_##id,
#define DFIELD(cls, id, name)
#define DGLOBAL(id, name)
#include "gui/deskfields.def"
#undef DCLASS
#undef DFIELD
#undef DGLOBAL
	DC_N
};

enum desk_field {
#define DCLASS(id, name)
#define DFIELD(cls, id, name) DF_##cls##_##id,
#define DGLOBAL(id, name)
#include "gui/deskfields.def"
#undef DCLASS
#undef DFIELD
#undef DGLOBAL
	DF_N
};

/* An app the desk watches (desktask.c), by its group's serial. */
struct desk_app {
	uint32_t serial;
	uint64_t close_asked; /* uptime ms a close was posted to it; 0 none */
	uint64_t cpu_ns;      /* its group's cpu_ns at the last refresh */
	bool asked, marked;   /* "not responding" shown; crashed windows marked */
};

#define DESK_APPS 64

struct desk {
	struct wm *wm;
	pv_vm *vm;
	bool resolved;       /* cls and at hold vm's classes' */
	pv_class *cls[DC_N]; /* reachable from vm's globals */
	int at[DF_N];        /* index of each field in its class; -1: none */
	struct slot slots[DESK_MAX];
	unsigned buttons; /* held, as the last pointer event to a client had them */
	bool dropped;     /* an event was dropped (logged once) */
	void (*wake)(void);
	void (*launch)(void *ctx, const char *name);
	void *launch_ctx;
	char **apps;
	int napps;
	struct gui_desk gui;
	struct desk_app watch[DESK_APPS];
	uint64_t refreshed; /* uptime ms of the task rows */
	uint64_t purged;    /* uptime ms the watch table was last cleaned */
};


/* desk.c: fields of deskfields.def (NULL/null/nothing when obj lacks f) */
pv_value desk_get(struct desk *d, pv_value obj, enum desk_field f);
void desk_set(struct desk *d, pv_value obj, enum desk_field f, pv_value v);
pv_value desk_registry(struct desk *d);
/* Close the window in slot wid for good: it is closed, out of the
 * registry and off the screen. */
void desk_close_slot(struct desk *d, int wid);
void desk_post_simple(struct desk *d, pv_value win, const char *kind, int x, int y);
/* The group (pvm/group.h) a window's app runs in: its Window object's. */
uint32_t desk_window_group(struct desk *d, int wid);

/* desktask.c */
/* The wm's callbacks for apps. */
void desk_on_end_task(void *ctx, uint32_t serial);
void desk_on_resume_task(void *ctx, uint32_t serial);
void desk_on_taskman(void *ctx, bool open);
void desk_on_ask_end(void *ctx, struct wm_window *w, bool end);
/* A close was asked of window wid's app; false if the app cannot answer
 * (ended or crashed: the caller closes the window itself). */
bool desk_close_asked(struct desk *d, int wid);
/* Ctrl+C to window wid: true if its busy app was interrupted (the key is
 * not posted). */
bool desk_interrupt(struct desk *d, int wid);
/* A restored world's apps launched by a build without groups (their App
 * objects the system's): each becomes an app of its own, its thread, App
 * and windows retagged, so the task manager lists and ends it. */
void desk_adopt(struct desk *d);
/* Windows of group g open now. */
int desk_group_windows(struct desk *d, uint32_t g);
