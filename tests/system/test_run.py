"""test_run.py - phantom.run=NAME[,NAME...] starts what each file is: an
app (a class that extends App) as the launcher starts it, a program's
main() as a thread of the world (pvm/world_kern.c).

Geometry: apps/hello.ph opens its window with the client area at (160,
120), 340 x 150; the title bar is the 32 rows above it (gui/theme.h).
"""

import os
import re

import qemu
from test_desk import launcher_items

HI = ["tests/system/apps/hi.ph"]   # main(), no App
HELLO_WINDOW = (150, 80, 360, 200)  # Hello's frame, a margin of wallpaper
HELLO_LABEL = (170, 140, 300, 30)   # "Hello from Phantom!" on the plain client
TITLE_BAR = (350, 100)              # a plain spot of Hello's title bar
TITLE_BG = (0xF4, 0xF5, 0xF8)       # gui/theme.h THEME_TITLE_BG (focused)
POINTER_AWAY = (1000, 20)


def hello_shot(ctx, name, kcmdline, apps, waits):
    """Boot `kcmdline` on a blank disk, wait for each regex of `waits` and
    the desktop, park the pointer; the screen and the serial log."""
    iso = ctx.variant_iso(name, kcmdline, apps)
    disk = qemu.new_blank_disk(os.path.join(qemu.WORK, name + ".img"), 64)
    with ctx.machine(iso=iso, disk=disk, name=name) as m:
        for regex in waits:
            m.wait_serial(regex, 30)
        m.wait_serial(r"desktop ready", 30)
        m.mouse_abs(*POINTER_AWAY)
        m.sync()
        return m.screendump(name), m.serial_text()


def test_run_starts_an_app_and_a_program(ctx):
    """phantom.run=hi,hello: hi's main() runs, and Hello opens the same
    window, pixel for pixel, as when the launcher's path opens it
    (phantom.welcome=hello)."""
    shot, log = hello_shot(
        ctx, "run-hi-hello", "phantom.run=hi,hello phantom.welcome=0", HI,
        [r"hi: main\(\) ran, boot 1", r"world: launched hello \(class Hello\)"])
    assert "has no main()" not in log, "phantom.run looked for a main() in an app"
    apps = int(re.search(r"desktop: (\d+) apps in the launcher", log).group(1))
    assert apps == len(launcher_items()), \
        "%d apps in the launcher: hi.ph's comment or string was taken for an App" % apps
    assert not re.search(r"world: launched (notes|hi)\b", log), \
        "something besides hello was launched as an app"
    ref, _ = hello_shot(ctx, "run-welcome-hello", "phantom.welcome=hello", (),
                        [r"world: launched hello \(class Hello\)"])
    assert shot.pixel(*TITLE_BAR) == TITLE_BG, \
        "no focused title bar where Hello's window goes: %s" % (shot.pixel(*TITLE_BAR),)
    assert shot.crop(*HELLO_LABEL).distinct_colours() > 10, "no text in Hello's label"
    win, ref_win = shot.crop(*HELLO_WINDOW), ref.crop(*HELLO_WINDOW)
    share = win.same(ref_win)
    print("    Hello's window: %.2f%% of its pixels as the launcher's" % (100 * share))
    assert win.rgb == ref_win.rgb, \
        "phantom.run=hello's window differs from the launcher's (%.1f%% equal)" % (100 * share)
