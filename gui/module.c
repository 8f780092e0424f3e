/*
 * module.c - the gui module as pvm sees it (pvm/module.h): the native
 * classes and natives of gui.def and the part written in the language,
 * gui/lib/window.ph and widgets.ph, embedded in the build (gui/embed.sh ->
 * build/gen/gui_lib.c).
 * gui_register() makes `import gui;` work; the kernel calls it at boot
 * (module_kern.c), the host runner when it starts (module_host.c).
 */
#include "gui/gui.h"
#include "guinat.h"

extern const pv_src gui_lib[];
extern const int gui_lib_n;

enum { M = PV_NAT_M, S = PV_NAT_S, G = PV_NAT_G, C = PV_NAT_C };

static const pv_natdef natives[] = {
#define GCLASS(id, name, slots)
#define GNAT(cls, name, arity, kind, fn) { GUI_C_##cls, #name, arity, kind, fn },
#include "gui/gui.def"
#undef GCLASS
#undef GNAT
};

static const pv_modclass classes[] = {
#define GCLASS(id, name, slots) { #name, slots },
#define GNAT(cls, name, arity, kind, fn)
#include "gui/gui.def"
#undef GCLASS
#undef GNAT
};

static pv_module gui_module = {
	"gui",   GUI_NATIVE_BASE,
	natives, sizeof natives / sizeof natives[0],
	classes, sizeof classes / sizeof classes[0],
	NULL,    0,
};

void
gui_register(void)
{
	gui_module.src = gui_lib;
	gui_module.nsrc = gui_lib_n;
	pv_module_register(&gui_module);
}
