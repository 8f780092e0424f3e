/*
 * gui.h - the gui module of the Phantom language (`import gui;`): widgets
 * and windows as VM objects. See docs/desktop.md.
 */
#pragma once

/* Make `import gui;` available (once, before any program is compiled). */
void gui_register(void);
