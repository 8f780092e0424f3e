/*
 * taskman.h - the task manager panel: the owner's apps as rows (app,
 * windows, threads, memory, CPU, state) with End and Resume buttons and a
 * Close button, drawn in the launcher's look with a shadow round it.
 *
 * It knows rows only as copies (fixed-size strings: no allocation per
 * row), so it draws while the VM that owns the apps is stuck or out of
 * memory. The selection is kept by row id across new lists; the rows
 * shown scroll to keep it in sight. The surface is added on top of the
 * screen while open and removed when closed. Portable: kernel and host.
 */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "gui/font.h"
#include "compose.h"
#include "wm.h"

#define TASKMAN_NAME_MAX  64 /* bytes kept of a name, of a state */
#define TASKMAN_STATE_MAX 24

struct taskman_row {
	uint32_t id;
	char name[TASKMAN_NAME_MAX], state[TASKMAN_STATE_MAX];
	int windows, threads;
	uint32_t kib, cpu_permille;
};

/* What a point hits: a part of a row, Close, the panel, or nothing. */
struct taskman_hit {
	int row;  /* or -1 */
	int part; /* enum wm_task_part, or TASKMAN_PANEL / TASKMAN_OUTSIDE */
};
#define TASKMAN_PANEL   (-1)
#define TASKMAN_OUTSIDE (-2)

struct taskman {
	struct wm_surface surf;
	struct font *font, *bold;
	struct taskman_row *rows;
	int n, cap;
	int sel, top;           /* selected row (or -1), first row shown */
	struct taskman_hit hot; /* under the pointer */
	struct gfx_rect area;   /* the screen part it is centred in */
	struct gfx_rect panel;  /* screen coordinates, while open */
	uint32_t interior;
};

void taskman_init(struct taskman *t, struct font *font, struct font *bold, struct gfx_rect area);
void taskman_free(struct taskman *t);
/* Copy the rows; redraws when open. False: out of memory (nothing changed). */
bool taskman_set(struct taskman *t, const struct wm_task *rows, int n);
bool taskman_open(struct taskman *t, struct wm_screen *s);
void taskman_close(struct taskman *t);
bool taskman_is_open(const struct taskman *t);
struct taskman_hit taskman_hit(const struct taskman *t, int x, int y);
/* Draw what the pointer is over (a row, a button). */
void taskman_hover(struct taskman *t, struct taskman_hit h);
/* Select row i (clamped to the rows); scrolls it into sight. */
void taskman_select(struct taskman *t, int i);
/* A part's rect on the screen (empty: not shown). */
struct gfx_rect taskman_rect(const struct taskman *t, int row, int part);
/* Whether row i offers End / Resume. */
bool taskman_can_end(const struct taskman *t, int i);
bool taskman_can_resume(const struct taskman *t, int i);
