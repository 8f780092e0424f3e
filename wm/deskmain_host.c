/*
 * deskmain_host.c - build/host/desk: Phantom-language programs with windows
 * on a memory screen, driven by a script; the host's way to develop, test
 * and look at the gui module (the same desk, wm and natives as the OS).
 *
 *   desk [--size WxH] [--script FILE] FILE.ph...
 *   desk [--size WxH] [--script FILE] --java CLASSPATH APPCLASS
 *
 * The files are compiled together and main() starts; or (--java) the Java
 * runtime (build/host/jrt, as `pvm java`) and the desktop app APPCLASS of
 * CLASSPATH (build/host/jgui, the gui's Java API, and the app's classes)
 * are converted as the OS converts a Java app, in a namespace, and
 * `new APPCLASS().run()` starts. The VM then runs as
 * a world (it does not end when main returns). Whenever every thread
 * waits, the next script line runs; at the end of the script the runner
 * exits 0 (1 if a line failed, 2 on bad usage). Script lines:
 *   wait MS             let MS milliseconds of the world's clock pass
 *   click X Y           press and release the left button at (X, Y)
 *   down X Y | up X Y | move X Y | rclick X Y
 *   drag X0 Y0 X1 Y1    press at the first point, move, release at the last
 *   wheel X Y N         N wheel steps at (X, Y) (+: towards the user)
 *   key NAME            press and release a key: a character, space, or a
 *                       name Event.key() gives (kernel/keys.def: Enter Tab
 *                       Escape Backspace Delete Left ... F1..F12; Shift,
 *                       Control, Alt and Meta are the left ones); prefixes
 *                       shift+ ctrl+ alt+ hold modifiers around it
 *   type TEXT           each character of TEXT (the rest of the line)
 *   shot FILE.png       the screen as it is now
 *   windows             print every open window: title, x, y, w, h, flags
 *   # ...               a comment
 * Input goes through the window manager exactly as the OS's devices' does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fonts/fonts.h"
#include "gui/file.h"
#include "gui/png.h"
#include "pvm/arena.h"
#include "pvm/array.h"
#include "pvm/compile.h"
#include "pvm/jvm/jerror.h"
#include "pvm/jvm/jpath_host.h"
#include "pvm/lib.h"
#include "pvm/module.h"
#include "pvm/platform.h"
#include "pvm/thread.h"
#include "pvm/vm.h"
#include "desk.h"
#include "gui/theme.h"

static struct {
	struct gfx_buf fb; /* the memory "video" */
	struct wm_screen *screen;
	struct wm_surface wall;
	struct desk *desk;
	pv_vm *vm;
	FILE *script;
	int line, failed;
	int64_t until; /* wait: the world's clock to reach */
	unsigned mods;
} R;

static void
flip(void *ctx, const uint32_t *src, int stride, const struct gfx_rect *r)
{
	for (int y = 0; y < r->h; y++)
		memcpy(gfx_row(&R.fb, r->x, r->y + y), src + (size_t)y * stride, (size_t)r->w * 4);
}

static void
fail(const char *what)
{
	fprintf(stderr, "desk: script line %d: %s\n", R.line, what);
	R.failed = 1;
}

/* ---------------------------------------------------------------- input */

/* Wheel steps at (x, y), no button held. */
static void
wheel(int x, int y, int dz)
{
	struct wm_input ev = {
		.type = WM_IN_POINTER, .mods = (uint8_t)R.mods, .x = x, .y = y, .dz = dz
	};
	desk_input(R.desk, &ev);
}

static void
pointer(int x, int y, unsigned buttons)
{
	struct wm_input ev = { .type = WM_IN_POINTER,
		               .mods = (uint8_t)R.mods,
		               .buttons = (uint8_t)buttons,
		               .x = x,
		               .y = y };
	desk_input(R.desk, &ev);
}

/* The keys by the name Event.key() gives them; where two share a name
 * (Shift, Control, Alt, Meta), the first, the left one, is taken. */
static const struct {
	const char *name;
	unsigned key;
} keys[] = {
#define KEY(id, code, log, event) { event, WM_KEY_##id },
#include "kernel/keys.def"
#undef KEY
};

static void
key_event(unsigned key, uint32_t ch, bool pressed)
{
	struct wm_input ev = { .type = WM_IN_KEY,
		               .pressed = pressed,
		               .mods = (uint8_t)R.mods,
		               .key = (uint16_t)key,
		               .ch = pressed ? ch : 0 };
	desk_input(R.desk, &ev);
}

/* A modifier key itself, pressed or released (Alt+Tab needs the release). */
static void
modifier(unsigned bit, unsigned key, bool pressed)
{
	if (pressed)
		R.mods |= bit;
	else
		R.mods &= ~bit;
	key_event(key, 0, pressed);
}

/* key NAME: modifiers held around one key. */
static void
press(char *name)
{
	static const struct {
		const char *prefix;
		unsigned bit, key;
	} mods[] = { { "shift+", WM_MOD_SHIFT, WM_KEY_LSHIFT },
		     { "ctrl+", WM_MOD_CTRL, WM_KEY_LCTRL },
		     { "alt+", WM_MOD_ALT, WM_KEY_LALT } };
	unsigned held = 0;
	for (bool again = true; again;) {
		again = false;
		for (int i = 0; i < 3; i++)
			if (strncmp(name, mods[i].prefix, strlen(mods[i].prefix)) == 0) {
				modifier(mods[i].bit, mods[i].key, true);
				held |= 1u << i;
				name += strlen(mods[i].prefix);
				again = true;
			}
	}
	unsigned key = 0;
	uint32_t ch = 0;
	for (size_t i = 0; i < sizeof keys / sizeof keys[0] && !key; i++)
		if (strcmp(name, keys[i].name) == 0)
			key = keys[i].key;
	if (!key && strlen(name) == 1) {
		char c = name[0];
		key = (unsigned char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
		ch = (R.mods & WM_MOD_SHIFT) && c >= 'a' && c <= 'z' ? (uint32_t)(c - 'a' + 'A')
		                                                     : (uint32_t)c;
		if (R.mods & (WM_MOD_CTRL | WM_MOD_ALT))
			ch = 0;
	}
	if (!key && strcmp(name, "space") == 0)
		key = ' ', ch = ' ';
	if (key == WM_KEY_ENTER)
		ch = '\n';
	if (!key) {
		fail("unknown key"); /* the modifiers held still go up */
	} else {
		key_event(key, ch, true);
		key_event(key, 0, false);
	}
	for (int i = 2; i >= 0; i--)
		if (held & (1u << i))
			modifier(mods[i].bit, mods[i].key, false);
}

/* type TEXT: every byte of an ASCII text as its key (shifted capitals). */
static void
type(const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		unsigned key = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
		bool shift = c >= 'A' && c <= 'Z';
		if (shift)
			modifier(WM_MOD_SHIFT, WM_KEY_LSHIFT, true);
		key_event(key, c, true);
		key_event(key, 0, false);
		if (shift)
			modifier(WM_MOD_SHIFT, WM_KEY_LSHIFT, false);
	}
}

/* ---------------------------------------------------------------- the script */

static void
print_windows(void)
{
	pv_value w[64];
	int n = desk_windows(R.desk, w, 64);
	for (int i = 0; i < n; i++)
		printf("window %s\n", desk_window_title(R.desk, w[i]));
	fflush(stdout);
}

static void
shot(const char *path)
{
	const char *why;
	wm_compose(R.screen);
	for (int i = 0; i < R.fb.w * R.fb.h; i++)
		R.fb.px[i] |= 0xFF000000u;
	if (!gui_png_write(path, &R.fb, &why))
		fail(why);
}

/* Run one line; false at the end of the script. */
static bool
step(void)
{
	char buf[512], cmd[32], arg[480];
	int a, b, c, d;
	if (!fgets(buf, sizeof buf, R.script))
		return false;
	R.line++;
	buf[strcspn(buf, "\r\n")] = 0;
	arg[0] = 0;
	if (sscanf(buf, "%31s %479[^\n]", cmd, arg) < 1 || cmd[0] == '#')
		return true;
	if (strcmp(cmd, "wait") == 0 && sscanf(arg, "%d", &a) == 1)
		R.until = pv_uptime_ms() + a;
	else if (strcmp(cmd, "click") == 0 && sscanf(arg, "%d %d", &a, &b) == 2) {
		pointer(a, b, 0);
		pointer(a, b, WM_BTN_LEFT);
		pointer(a, b, 0);
	} else if (strcmp(cmd, "rclick") == 0 && sscanf(arg, "%d %d", &a, &b) == 2) {
		pointer(a, b, WM_BTN_RIGHT);
		pointer(a, b, 0);
	} else if (strcmp(cmd, "down") == 0 && sscanf(arg, "%d %d", &a, &b) == 2)
		pointer(a, b, WM_BTN_LEFT);
	else if (strcmp(cmd, "up") == 0 && sscanf(arg, "%d %d", &a, &b) == 2)
		pointer(a, b, 0);
	else if (strcmp(cmd, "move") == 0 && sscanf(arg, "%d %d", &a, &b) == 2)
		pointer(a, b, 0);
	else if (strcmp(cmd, "drag") == 0 && sscanf(arg, "%d %d %d %d", &a, &b, &c, &d) == 4) {
		pointer(a, b, 0);
		pointer(a, b, WM_BTN_LEFT);
		for (int i = 1; i <= 8; i++)
			pointer(a + (c - a) * i / 8, b + (d - b) * i / 8, WM_BTN_LEFT);
		pointer(c, d, 0);
	} else if (strcmp(cmd, "wheel") == 0 && sscanf(arg, "%d %d %d", &a, &b, &c) == 3)
		wheel(a, b, c);
	else if (strcmp(cmd, "key") == 0 && arg[0])
		press(arg);
	else if (strcmp(cmd, "type") == 0)
		type(arg);
	else if (strcmp(cmd, "shot") == 0 && arg[0])
		shot(arg);
	else if (strcmp(cmd, "windows") == 0)
		print_windows();
	else
		fail("not a command");
	return true;
}

/* The VM waits: run script lines until one gives it something to do. */
static void
idle(int ms)
{
	desk_tick(R.desk);
	wm_compose(R.screen);
	if (R.until) {
		if (pv_uptime_ms() < R.until) {
			pv_idle_ms(ms);
			return;
		}
		R.until = 0;
	}
	if (!R.script || !step()) {
		fflush(stdout);
		exit(R.failed);
	}
}

/* ---------------------------------------------------------------- setup */

static bool
setup(int w, int h)
{
	struct wm_fonts fonts = { fonts_get(FONTS_SANS_BOLD, THEME_TITLE_PX),
		                  fonts_get(FONTS_SANS, THEME_TEXT_PX),
		                  fonts_get(FONTS_SANS, THEME_CLOCK_PX),
		                  fonts_get(FONTS_SANS_BOLD, THEME_START_PX) };
	if (!gfx_buf_alloc(&R.fb, w, h) || !gfx_buf_alloc(&R.wall.buf, w, h))
		return false;
	R.screen = wm_screen_create(w, h, flip, NULL);
	if (!R.screen)
		return false;
	gfx_gradient(&R.wall.buf, NULL, gfx_rect_make(0, 0, w, h), THEME_WALL_TOP,
	             THEME_WALL_BOTTOM);
	R.wall.visible = true;
	wm_surface_add(R.screen, &R.wall);
	R.desk = desk_create(R.screen, &fonts);
	if (!R.desk)
		return false;
	desk_set_clock(R.desk, 9, 41);
	wm_damage_all(R.screen);
	return true;
}

static int
usage(void)
{
	fprintf(stderr, "usage: desk [--size WxH] [--script FILE] FILE.ph...\n"
	                "       desk [--size WxH] [--script FILE] --java CLASSPATH APPCLASS\n");
	return 2;
}

/* --java: the gui module, the Java runtime and the app into vm; its
 * launcher in *fn, the gui module's initialisers in *inits. 0 or 2. */
static int
load_java(pv_vm *vm, const char *cp, const char *app, pv_value *inits, pv_value *fn)
{
	char dirbuf[4096], err[600] = "the gui module does not load";
	const char *dir = pv_jrt_dir(dirbuf, sizeof dirbuf);
	pv_jerror_install();
	pv_array *init = pv_array_new(vm, 4);
	*inits = pv_val(init);
	jv_source rt = pv_jpath(dir), path = pv_jpath(cp);
	int rc = pv_module_import(vm, pv_module_find("gui"), init) != 0 ? -1 : 0;
	if (rc == 0)
		rc = pv_jload_runtime(vm, dir, err, sizeof err);
	if (rc == 0)
		rc = pv_java_load_app(vm, &rt, &path, app, "app@1", fn, err, sizeof err);
	if (rc != 0) {
		fprintf(stderr, "desk: %s\n", err);
		return 2;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	int w = 1024, h = 768, i = 1;
	const char *java = NULL;
	for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
		if (strcmp(argv[i], "--size") == 0 && sscanf(argv[i + 1], "%dx%d", &w, &h) == 2)
			continue;
		if (strcmp(argv[i], "--script") == 0 && (R.script = fopen(argv[i + 1], "r")))
			continue;
		if (strcmp(argv[i], "--java") == 0) {
			java = argv[i + 1];
			continue;
		}
		return usage();
	}
	if (i >= argc || w < 320 || h < 240 || w > 4096 || h > 4096 || (java && i + 1 != argc))
		return usage();
	int n = java ? 0 : argc - i;
	pv_src *src = calloc((size_t)n, sizeof *src);
	for (int k = 0; k < n; k++) {
		src[k].name = argv[i + k];
		src[k].text = gui_read_file(argv[i + k], &src[k].len);
		if (!src[k].text) {
			fprintf(stderr, "desk: cannot read %s\n", argv[i + k]);
			return 2;
		}
	}
	if (!setup(w, h)) {
		fprintf(stderr, "desk: out of memory\n");
		return 1;
	}
	R.vm = pv_vm_open(PV_ARENA_BASE, PV_ARENA_SIZE);
	if (!R.vm || pv_openlibs(R.vm) != 0)
		return 1;
	pv_value inits = PV_NULL, fn = PV_NULL;
	if (java && load_java(R.vm, java, argv[i], &inits, &fn) != 0)
		return 2;
	if (!java && pv_compile_load(R.vm, src, n, &inits) != 0)
		return 2;
	if (!java)
		fn = pv_global_get(R.vm, "main");
	if (!pv_main_start(R.vm, inits, fn)) {
		fprintf(stderr, "desk: no main() to run\n");
		return 2;
	}
	R.vm->world = 1;
	desk_attach(R.desk, R.vm);
	pv_idle_hook = idle;
	pv_schedule(R.vm);
	return 1;
}
