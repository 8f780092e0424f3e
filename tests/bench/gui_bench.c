/*
 * gui_bench.c - the gui module on the host against memcpy of the same bytes
 * (build/host/bench-gui, -O2; `make bench` runs it):
 *
 * (a) glyphs, warm cache: a 60-character line of DejaVu Sans 14 px drawn
 *     into a buffer; reference: memcpy of the line's box (its bytes).
 * (b) typing into a full TextArea: a 600x440 window whose TextArea holds
 *     200 lines, caret in the middle; per keystroke, the key goes through
 *     the window manager to the App's thread (the VM runs the widget's
 *     .ph code), then the desk composes and flips; reference: memcpy of the
 *     bytes the compositor wrote. Also the damage per keystroke, in pixels:
 *     it must be a few glyphs, not the window.
 * Medians of RUNS; the VM runs in world mode and this program drives it
 * from the scheduler's idle hook, as build/host/desk does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fonts/fonts.h"
#include "gui/font.h"
#include "bench.h"
#include "gui/theme.h"
#include "pvm/arena.h"
#include "pvm/compile.h"
#include "pvm/lib.h"
#include "pvm/thread.h"
#include "pvm/vm.h"
#include "wm/desk.h"

#define W      1024
#define H      768
#define RUNS   31
#define GLYPHS 200 /* lines drawn per timed run of (a) */
#define KEYS   120 /* keystrokes measured in (b) */
#define WARMUP 10

static const char line[] = "The quick brown fox jumps over the lazy dog, 0123456789 ...";

static const char program[] =
	"import gui;\n"
	"class Full extends App {\n"
	"    def start() {\n"
	"        var win = new Window(\"Full\", 100, 80, 600, 440);\n"
	"        var t = new TextArea(8, 8, 584, 424);\n"
	"        var parts = [];\n"
	"        for (var i = 0; i < 200; i += 1) {\n"
	"            parts.push(\"line \" + i + \" the quick brown fox jumps over the lazy dog\");\n"
	"        }\n"
	"        t.setText(parts.join(\"\\n\"));\n"
	"        t.setCaret(100, 10);\n"
	"        win.add(t);\n"
	"        win.setFocus(t);\n"
	"        win.show();\n"
	"    }\n"
	"}\n"
	"def main() { new Full().run(); }\n";

static uint32_t *vram;

/* memcpy of `bytes` in rows of `row` bytes, the reference for either case */
static double
memcpy_time(uint32_t *dst, const uint32_t *src, long long bytes, long long row)
{
	double t0 = bench_now();
	for (long long done = 0; done < bytes; done += row)
		memcpy((char *)dst + done % (W * H * 4 - row),
		       (const char *)src + done % (W * H * 4 - row), (size_t)row);
	return bench_now() - t0;
}

/* ---------------------------------------------------------------- (a) glyphs */

static void
glyphs(void)
{
	struct font *f = fonts_get(FONTS_SANS, 14);
	struct gfx_buf b;
	if (!f || !gfx_buf_alloc(&b, W, H)) {
		printf("  (a) glyphs: no DejaVu Sans (fonts-dejavu-core): skipped\n");
		return;
	}
	int lw = font_measure(f, line), lh = font_height(f);
	font_draw(&b, NULL, f, 0, font_ascent(f), line, 0x1B1E25); /* warm the cache */
	double t[RUNS], m[RUNS];
	uint32_t *src = calloc((size_t)W * H, 4);
	for (int r = 0; r < RUNS; r++) {
		double t0 = bench_now();
		for (int i = 0; i < GLYPHS; i++)
			font_draw(&b, NULL, f, 0, (i % 30) * lh + font_ascent(f), line, 0x1B1E25);
		t[r] = bench_now() - t0;
		m[r] = memcpy_time(b.px, src, (long long)GLYPHS * lw * lh * 4, (long long)lw * 4);
	}
	double tm = bench_median(t, RUNS), mm = bench_median(m, RUNS);
	printf("  %-44s %9.2f us %9.2f us %7.2fx\n", "(a) a 60-character line, 14 px, warm cache",
	       tm / GLYPHS * 1e6, mm / GLYPHS * 1e6, tm / mm);
	free(src);
	gfx_buf_free(&b);
}

/* ---------------------------------------------------------------- (b) typing */

static struct {
	struct wm_screen *screen;
	struct wm_surface wall;
	struct desk *desk;
	int step;    /* keystrokes injected */
	double sent; /* when the last one was */
	double t[KEYS], ref[KEYS];
	long long px[KEYS];
} B;

static void
flip(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	for (int y = 0; y < r->h; y++)
		memcpy(vram + (size_t)(r->y + y) * W + r->x, src + (size_t)y * stride,
		       (size_t)r->w * 4);
}

static void
key(char c)
{
	struct wm_input ev = {
		.type = WM_IN_KEY, .pressed = 1, .key = (uint16_t)c, .ch = (uint32_t)c
	};
	desk_input(B.desk, &ev);
	ev.pressed = 0;
	ev.ch = 0;
	desk_input(B.desk, &ev);
}

static void
report(void)
{
	int n = KEYS - WARMUP;
	double t[KEYS], ref[KEYS], px[KEYS];
	for (int i = 0; i < n; i++) {
		t[i] = B.t[WARMUP + i];
		ref[i] = B.ref[WARMUP + i];
		px[i] = (double)B.px[WARMUP + i];
	}
	double tm = bench_median(t, n), rm = bench_median(ref, n), pm = bench_median(px, n);
	printf("  %-44s %9.2f us %9.2f us %7.2fx\n", "(b) a key typed into a full TextArea",
	       tm * 1e6, rm * 1e6, tm / rm);
	printf("  damage per keystroke: %.0f pixels composed (median; the window is %d)\n", pm,
	       600 * 440);
	printf("ratio glyphs and typing: see (a) and (b) above\n");
}

/* Every VM thread waits: the last keystroke is handled. */
static void
idle(int ms)
{
	static int composed_setup;
	if (!composed_setup) { /* the window came up: compose it once */
		wm_compose(B.screen);
		composed_setup = 1;
		B.sent = 0;
	} else if (B.sent > 0) {
		wm_compose(B.screen);
		double t = bench_now() - B.sent;
		const struct wm_stats *st = wm_screen_stats(B.screen);
		long long bytes = (st->pixels + st->direct) * 4;
		uint32_t *tmp = malloc((size_t)W * H * 4);
		B.t[B.step - 1] = t;
		B.px[B.step - 1] = st->pixels + st->direct;
		B.ref[B.step - 1] =
			memcpy_time(tmp, vram, bytes > 0 ? bytes : 4, bytes > 0 ? bytes : 4);
		free(tmp);
	}
	if (B.step == KEYS) {
		report();
		exit(0);
	}
	B.sent = bench_now();
	key("abcdefghij"[B.step++ % 10]);
}

static int
typing(void)
{
	struct wm_fonts fonts = { fonts_get(FONTS_SANS_BOLD, THEME_TITLE_PX),
		                  fonts_get(FONTS_SANS, THEME_TEXT_PX),
		                  fonts_get(FONTS_SANS, THEME_CLOCK_PX),
		                  fonts_get(FONTS_SANS_BOLD, THEME_START_PX) };
	vram = calloc((size_t)W * H, 4);
	B.screen = wm_screen_create(W, H, flip, NULL);
	if (!vram || !B.screen || !gfx_buf_alloc(&B.wall.buf, W, H))
		return 1;
	gfx_gradient(&B.wall.buf, NULL, gfx_rect_make(0, 0, W, H), THEME_WALL_TOP,
	             THEME_WALL_BOTTOM);
	B.wall.visible = true;
	wm_surface_add(B.screen, &B.wall);
	B.desk = desk_create(B.screen, &fonts);
	pv_vm *vm = pv_vm_open(PV_ARENA_BASE, PV_ARENA_SIZE);
	pv_src src = { "full.ph", program, sizeof program - 1 };
	pv_value inits = PV_NULL;
	if (!B.desk || !vm || pv_openlibs(vm) != 0 || pv_compile_load(vm, &src, 1, &inits) != 0 ||
	    !pv_main_start(vm, inits, pv_global_get(vm, "main")))
		return 1;
	vm->world = 1;
	desk_attach(B.desk, vm);
	pv_idle_hook = idle;
	pv_schedule(vm);
	return 1;
}

int
main(void)
{
	printf("gui bench: medians; times per operation\n");
	printf("  %-44s %12s %12s %8s\n", "case", "gui", "memcpy", "ratio");
	glyphs();
	return typing();
}
