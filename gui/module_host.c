/*
 * module_host.c - the gui module is importable in every host program that
 * links gui/ (the host runner, tests): registered before main() runs.
 */
#include "gui/gui.h"

static void __attribute__((constructor)) register_gui(void)
{
	gui_register();
}
