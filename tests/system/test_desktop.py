"""test_desktop.py - the desktop comes up, shows the wallpaper and the
taskbar, the cursor follows the absolute pointer, keys reach the kernel.

Screens are 1024x768; the taskbar is the bottom TASKBAR_H rows (wm/theme.h).
Each assertion names what a person would see broken when it fails.
"""

import os
import re
import shutil
import time

import qemu

BOOT_TIMEOUT = 20           # seconds from QEMU start to "desktop ready"
TASKBAR_H = 36
CURSOR_W, CURSOR_H = 12, 19  # the box the arrow is drawn in; hotspot (0, 0)
MIN_WALLPAPER_COLOURS = 400


def boot_desktop(m):
    """Wait for the desktop; return seconds since QEMU started."""
    _, t = m.wait_serial(r"desktop ready", BOOT_TIMEOUT)
    return t


def wait_until(what, check, timeout=3.0, every=0.1):
    """Poll check() until it returns a true value; return that value, or
    raise AssertionError naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError("%s: not seen within %.1f s" % (what, timeout))
        time.sleep(every)


# ---------------------------------------------------------------- desktop

def check_wallpaper(img):
    area = img.crop(0, 0, img.width, img.height - TASKBAR_H)
    n = area.distinct_colours()
    r, g, b = area.mean()
    print("    wallpaper: %d colours, mean rgb (%.0f, %.0f, %.0f)" % (n, r, g, b))
    # A flat fill or the fallback gradient (wm/theme.h) has at most ~80
    # colours; Debian's emerald wallpaper cropped to 4:3 has ~900.
    assert n > MIN_WALLPAPER_COLOURS, \
        "no wallpaper: only %d distinct colours above the taskbar" % n
    # Emerald is a dark teal (about 5, 72, 95): red/blue swapped shows here.
    assert b > r + 20 and g > r + 20, \
        "wallpaper is not teal (mean rgb %.0f, %.0f, %.0f): channel order?" % (r, g, b)


def check_taskbar(img):
    bar = img.crop(0, img.height - TASKBAR_H, img.width, TASKBAR_H).luminance()
    above = img.crop(0, 0, img.width, img.height - TASKBAR_H).luminance()
    print("    taskbar luminance %.1f, above it %.1f" % (bar, above))
    # The wallpaper's own bottom strip is about as bright as the rest of it.
    assert bar < 0.8 * above, \
        "no dark taskbar: bottom %d rows %.1f vs %.1f above" % (TASKBAR_H, bar, above)


def test_desktop_appears(ctx):
    with ctx.machine() as m:
        t = boot_desktop(m)
        print("boot-to-desktop: %.2f s" % t)
        m.sync()                    # the world has drawn, the screen shows it
        img = m.screendump("desktop")
    assert img.size == (1024, 768), "screen is %dx%d, not 1024x768" % img.size
    check_wallpaper(img)
    check_taskbar(img)
    if os.environ.get("PHANTOM_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(os.path.join(qemu.SHOTS, "desktop.png"),
                        os.path.join(qemu.ROOT, "docs", "screenshot.png"))
        print("    docs/screenshot.png updated")


# ---------------------------------------------------------------- cursor

def cursor_box(img, x, y):
    return img.crop(x, y, CURSOR_W, CURSOR_H)


def has_cursor(img, x, y):
    """The arrow is white with a black outline: both must be in its box."""
    px = cursor_box(img, x, y).pixels()
    white = any(min(p) >= 245 for p in px)
    black = any(max(p) <= 30 for p in px)
    return white and black


def is_cursor_pixel(p):
    return min(p) >= 245 or max(p) <= 30


def tip_at(img, x, y):
    """The arrow's tip (its top-left pixel) is the hotspot: exactly (x, y)."""
    return (is_cursor_pixel(img.pixel(x, y)) and not is_cursor_pixel(img.pixel(x - 1, y))
            and not is_cursor_pixel(img.pixel(x, y - 1)))


def move_and_see(m, x, y, shot):
    """Move the pointer to (x, y); return the first screen showing the
    cursor there (within 3 s)."""
    m.mouse_abs(x, y)
    deadline = time.monotonic() + 3.0
    while True:
        img = m.screendump()
        seen = has_cursor(img, x, y)
        if seen or time.monotonic() > deadline:
            img.save_png(os.path.join(qemu.SHOTS, shot + ".png"))
            assert seen, "no cursor at (%d,%d) 3 s after the move (see %s.png)" % (
                x, y, shot)
            return img
        time.sleep(0.1)


# Two places over the wallpaper, clear of the welcome Notes window of a
# new world (apps/notes.ph opens it at (150, 90), 460 x 320).
A = (80, 450)
B = (880, 600)


def test_cursor_follows_pointer(ctx):
    with ctx.machine() as m:
        boot_desktop(m)
        m.sync()
        before = m.screendump("cursor-0")       # pointer not yet moved
        assert not has_cursor(before, *A), \
            "cursor already at %s before the pointer moved there" % (A,)
        a = move_and_see(m, A[0], A[1], "cursor-a")
        move_and_see(m, B[0], B[1], "cursor-b")
        m.sync()                                # the old place is redrawn by now
        b = m.screendump("cursor-b")
    assert has_cursor(b, *B), "cursor vanished from %s" % (B,)
    assert tip_at(a, *A) and tip_at(b, *B), \
        "the arrow's tip is not exactly at the pointer (hotspot off by a pixel or more)"
    assert cursor_box(a, *B).rgb != cursor_box(b, *B).rgb, \
        "%s looks the same with and without the cursor" % (B,)
    worst, mean = cursor_box(b, *A).diff(cursor_box(before, *A))
    print("    old cursor place vs wallpaper: max diff %d, mean %.2f" % (worst, mean))
    assert worst <= 8 and mean <= 1.0, \
        "the cursor left a trail at %s: max diff %d, mean %.2f" % (A, worst, mean)


# ---------------------------------------------------------------- keyboard

# kernel/ps2.h: "kbd: press <keycode> '<ch>'" or "kbd: press <keycode> <NAME>"
KBD_PRESS = re.compile(r"kbd: press (0x[0-9a-fA-F]+) (?:'(.)'|(\S+))")


def is_enter(press):
    code, ch, name = press
    return int(code, 16) == 0x0a and ch in ("", "\n") and name in ("", "ENTER")


def test_keys_reach_kernel(ctx):
    """With the debug option phantom.keylog=1 every press is logged."""
    word = "phantom"
    with ctx.machine(iso=ctx.variant_iso(ctx.name, "phantom.keylog=1")) as m:
        boot_desktop(m)
        mark = m.serial_size()
        m.type_text(word)
        m.key("ret")
        wait_until("%d kbd: press lines" % (len(word) + 1),
                   lambda: len(KBD_PRESS.findall(m.serial_text(mark))) >= len(word) + 1,
                   timeout=5)
        m.sync()                                # every key sent is handled by now
        presses = KBD_PRESS.findall(m.serial_text(mark))
    print("    presses: %s" % " ".join("%s:%s" % (c, ch or name) for c, ch, name in presses))
    assert len(presses) == len(word) + 1, \
        "expected %d presses (one per key, none for releases), got %d" % (
            len(word) + 1, len(presses))
    typed = "".join(ch or "<%s>" % name for _, ch, name in presses[:len(word)])
    assert typed == word, "keys arrived as %r, typed %r" % (typed, word)
    assert is_enter(presses[-1]), "last press %r is not Enter" % (presses[-1],)


def test_keys_not_logged_by_default(ctx):
    """What a person types never reaches the serial log on a normal boot:
    no kbd: press lines, and not the text (it goes to the welcome Notes)."""
    word = "s3cr3tword"
    with ctx.machine() as m:
        boot_desktop(m)
        mark = m.serial_size()
        m.type_text(word)
        m.key("ret")
        m.sync()                                # every key sent is handled by now
        log = m.serial_text(mark)
        assert "key log on" not in m.serial_text(), "the key log is on by default"
    assert not KBD_PRESS.search(log), "key presses were logged: %r" % KBD_PRESS.search(log).group(0)
    assert word not in log, "the typed text is on the serial log"
