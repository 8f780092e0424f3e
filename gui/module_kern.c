/*
 * module_kern.c - the gui module is importable inside Phantom from boot.
 */
#include "kernel/initcall.h"
#include "gui/gui.h"

INITCALL(gui_register);
