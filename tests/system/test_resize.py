"""test_resize.py - apps lay themselves out for the room their window
gets (win.onResize + Widget.setBounds), and a maximised layout survives
a power cut like everything else.

Each test boots a variant ISO with "phantom.welcome=0", opens the app from
the launcher, clicks its maximise button and checks from the screenshot
that the content now spans the window (not only the initial size's
corner of it), uses it, cuts the power once a snapshot holds everything
and the screen shows it (m.sync()), boots again on the same disk and checks that the
maximised window came back laid out as it was, with its state.

Geometry: the maximise button is at (x + w - 66, y - 17) for a window whose
client area start() puts at (x, y), w wide (the title bar is the 32 rows
above it, gui/theme.h); maximised, the client area is the work area (the
screen less the 36-row taskbar) less the 1-pixel border and the title
bar: MAX_CLIENT.
"""

import os

import qemu
from test_apps import (PARK, cut_after_a_commit, cut_after_settling, differs, open_app, start,
                       wait_unlit)
from test_desk import region

MAX_CLIENT = (1, 33, 1022, 698)
ACCENT = (0x3D, 0x7E, 0xD6)       # THEME_ACCENT: the face of Calculator's =
FIELD_EDGE = (0xB8, 0xBD, 0xC6)   # fieldEdge: the border of cards and tables


def maximise(m, x, y, w):
    m.click(x + w - 66, y - 17)
    m.mouse_abs(*PARK)
    m.sync()                    # laid out again and drawn


def extent(img, colour, box):
    """(x0, y0, x1, y1): the bounding box of the pixels of `colour` in box
    (x, y, w, h), or None."""
    bx, by, bw, bh = box
    want = bytes(colour)
    xs, ys = [], []
    for y in range(by, by + bh):
        row = img.rgb[(y * img.width + bx) * 3:(y * img.width + bx + bw) * 3]
        at = row.find(want)
        while at >= 0:
            if at % 3 == 0:
                xs.append(bx + at // 3)
                ys.append(y)
                at = row.find(want, at + 3)
            else:
                at = row.find(want, at + 1)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


# ---------------------------------------------------------------- Calculator

# apps/calculator.ph: client area at (360, 110), 278 x 394. Maximised, the
# keys grow (to at most 150 x 96) and the display and the key grid are
# centred: = ends far right of where it ends at first (x 626) and near
# the window's bottom.

CALC_CLIENT = (360, 110, 278, 394)


def test_calculator_lays_out_maximised(ctx):
    """Maximised, the display and the keys fill the window (the accent
    face of = reaches its lower right part); 12+3 typed and = clicked
    there compute 15; after the cut the maximised window is back pixel
    for pixel, Escape still clears it (the keyboard works on), and
    restored to its normal size it is laid out as at first, pixel for
    pixel."""
    with start(ctx) as m:
        open_app(m, "calculator", "Calculator")
        first = m.screendump("resize-calc-first")
        maximise(m, 360, 110, 278)
        fresh = m.screendump("resize-calc-max")
        eq = extent(fresh, ACCENT, MAX_CLIENT)
        assert eq is not None, "no = key on the screen"
        print("    accent from (%d, %d) to (%d, %d)" % eq)
        assert eq[2] > 760, "= ends at x %d: the keys did not grow across the window" % eq[2]
        assert eq[3] > 33 + 698 - 60, "= ends at y %d: the keys did not grow down" % eq[3]
        face = extent(fresh, ACCENT, (eq[0], eq[3] - 8, eq[2] - eq[0] + 1, 8))
        m.type_text("12+3")
        m.click((face[0] + face[2]) // 2, eq[3] - 10)   # = as laid out now
        wait_unlit(m, MAX_CLIENT)       # the keys typed look pressed for a moment
        before, after = cut_after_settling(m, "resize-calc")           # (m.sync())
        assert region(before, *MAX_CLIENT).rgb != region(fresh, *MAX_CLIENT).rgb, \
            "12+3= did not change the display"
        assert region(before, *MAX_CLIENT).rgb == region(after, *MAX_CLIENT).rgb, \
            "the maximised calculator differs after the restore " \
            "(see build/test-shots/resize-calc-*.png)"
        m.key("esc")
        m.sync()
        cleared = wait_unlit(m, MAX_CLIENT)
        cleared.save_png(os.path.join(qemu.SHOTS, "resize-calc-cleared.png"))
        assert region(cleared, *MAX_CLIENT).rgb == region(fresh, *MAX_CLIENT).rgb, \
            "Escape after the restore did not give the fresh maximised calculator"
        m.click(MAX_CLIENT[0] + MAX_CLIENT[2] - 66, MAX_CLIENT[1] - 17)   # restore
        m.mouse_abs(*PARK)
        m.sync()
        normal = m.screendump("resize-calc-normal")
        assert region(normal, *CALC_CLIENT).rgb == region(first, *CALC_CLIENT).rgb, \
            "restored to its normal size, the calculator is not laid out as at first"


test_calculator_lays_out_maximised.timeout = 60


# ---------------------------------------------------------------- Monitor

# apps/monitor.ph: client area at (400, 150), 560 x 446. Maximised, the
# four cards span the width 12 from each side, the table takes the rest:
# (12, 204) in the client area to 12 from its right and bottom edges.
MON_RIGHT = MAX_CLIENT[0] + MAX_CLIENT[2] - 12 - 1      # the cards' and the table's right edge
MON_BOTTOM = MAX_CLIENT[1] + MAX_CLIENT[3] - 12 - 1     # the table's bottom edge
MON_TITLE = (1, 1, 400, 31)
MON_HEADINGS = (13, 33 + 98, 300, 22), (13, 33 + 152, 300, 22)
MON_TABLE_HEAD = (14, 33 + 205, 996, 24)
MON_BOOTS = (1 + 309 + 1, 33 + 12 + 1, 150, 68)   # the second card: 974 * 152 / 512 right of the first's x


def test_monitor_lays_out_maximised(ctx):
    """Maximised, the cards and the table reach the window's right edge
    and the table its bottom; after the cut the maximised layout is back
    (the header, the headings, the edges), the boot count went up and
    the table lists snapshots."""
    with start(ctx) as m:
        open_app(m, "monitor", "Monitor")
        maximise(m, 400, 150, 560)
        fresh = m.screendump("resize-mon-max")
        for what, x, y in (("the fourth card's right edge", MON_RIGHT, 33 + 12 + 35),
                           ("the table's right edge", MON_RIGHT, 33 + 450),
                           ("the table's bottom edge", 500, MON_BOTTOM)):
            assert fresh.pixel(x, y) == FIELD_EDGE, \
                "%s is not at (%d, %d): %r" % (what, x, y, fresh.pixel(x, y))
        # Monitor repaints every second: after the restore, wait until it
        # has (the boot count moved on)
        before, later = cut_after_a_commit(m, "resize-mon", differs(MON_BOOTS))
        for box, what in ((MON_TITLE, "the title bar"), (MON_TABLE_HEAD, "the table's header"),
                          (MON_HEADINGS[0], "a heading"), (MON_HEADINGS[1], "a heading"),
                          ((MON_RIGHT, 33, 1, 698 - 12), "the right edges"),
                          ((13, MON_BOTTOM, 996, 1), "the table's bottom edge")):
            assert region(before, *box).rgb == region(later, *box).rgb, \
                "%s differs after the restore (see build/test-shots/resize-mon-*.png)" % what
        assert region(before, *MON_BOOTS).rgb != region(later, *MON_BOOTS).rgb, \
            "the boot count did not change"
        row = region(later, 14, 33 + 204 + 29, 996, 22)
        dark = [x for x, p in enumerate(row.pixels()) if sum(p) < 3 * 110]
        assert len(dark) > 150, "no snapshot in the table's first row"
        assert max(x % 996 for x in dark) > 900, "the table's last column is not at its right"


test_monitor_lays_out_maximised.timeout = 60
