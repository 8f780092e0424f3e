"""test_apps.py - the desktop's apps (apps/*.ph, issue 6) survive a power
cut as a person would see it.

Each test boots a variant ISO with "phantom.welcome=0" (an empty desktop),
opens the app from the launcher (the start button, then its row), uses it
with clicks, drags and keys, waits until a snapshot holds everything done
and the screen shows it (m.sync()), cuts the power (SIGKILL of QEMU), boots again on the
same disk and compares the screens: at least 98% of the pixels equal and
the parts that carry the app's state exactly equal; and it checks that
the app did something (its state differs from the first screenshot) and
goes on working after the restore. Clock and Monitor change every second:
there the frame must come back in place and the figures must have moved on
(the screen is polled until they have, with a time limit). Time passing
in an app (a game moving on) is likewise waited for on the screen.

Geometry: each app opens its window with the client area where its
start() says (the title bar is the 32 rows above it, gui/theme.h); the
launcher's rows are found by test_desk.launch().
"""

import os
import re
import time

import qemu
from test_desk import boot, cut_and_restore, launch, region, wait_changed

WELCOME = "phantom.welcome=0"
SAME = 0.98
ISO_NAME = "apps"
PARK = (1000, 20)


# ---------------------------------------------------------------- launcher

def open_app(m, name, title):
    """Boot to the desktop, open the app `title` (file apps/NAME.ph) from
    the launcher as a person would, and wait until its window is up; the
    pointer is parked."""
    m.wait_serial(r"desktop ready", 30)
    m.sync()
    launch(m, title)
    m.wait_serial(r"world: launched %s " % name, 20)
    m.mouse_abs(*PARK)
    m.sync()                            # the window is up and drawn


def start(ctx):
    return boot(ctx, WELCOME, ISO_NAME)


def cut_after_a_commit(m, shot, moved_on, park=PARK, timeout=15):
    """For apps that repaint every second: everything so far committed
    and on the screen (m.sync()), a shot (SHOT-before), a power cut, the
    restored desktop and then the first shot (SHOT-after) for which
    moved_on(before, shot) holds (the app's figures went on after the
    restore), or the one after `timeout` seconds, for the caller's
    assertions to judge. Returns (before, after)."""
    m.sync()
    before = m.screendump(shot + "-before")
    cut_and_restore(m, park, windows=1)
    deadline = time.monotonic() + timeout
    while True:
        after = m.screendump()
        if moved_on(before, after) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    after.save_png(os.path.join(qemu.SHOTS, shot + "-after.png"))
    return before, after


def differs(box):
    """moved_on for cut_after_a_commit: box is no longer as it was."""
    return lambda before, after: region(before, *box).rgb != region(after, *box).rgb


# ---------------------------------------------------------------- comparing

def share(a, b, label):
    s = a.same(b)
    print("    %s: %.2f%% of the pixels equal" % (label, 100 * s))
    return s


def same_outside(a, b, box):
    """The share of equal pixels outside box (x, y, w, h)."""
    x0, y0, w, h = box
    equal = total = 0
    for y in range(a.height):
        inside_row = y0 <= y < y0 + h
        ra = a.rgb[y * a.width * 3:(y + 1) * a.width * 3]
        rb = b.rgb[y * b.width * 3:(y + 1) * b.width * 3]
        for x in range(a.width):
            if inside_row and x0 <= x < x0 + w:
                continue
            total += 1
            equal += ra[3 * x:3 * x + 3] == rb[3 * x:3 * x + 3]
    return equal / max(1, total)


def assert_same(before, after, box, what):
    assert region(before, *box).rgb == region(after, *box).rgb, \
        "%s differs after the restore" % what


def assert_changed(a, b, box, what):
    assert region(a, *box).rgb != region(b, *box).rgb, "%s did not change" % what


def cut_after_settling(m, shot):
    """Everything done so far committed and on the screen, a shot
    (SHOT-before), a power cut, the restored desktop, a shot (SHOT-after):
    (before, after)."""
    m.mouse_abs(*PARK)
    m.sync()
    before = m.screendump(shot + "-before")
    cut_and_restore(m, PARK, windows=1)
    return before, m.screendump(shot + "-after")


def power_cycle(m, tag):
    """Settle, screenshot, cut the power, restore, screenshot; most of the
    screen must be back."""
    before, after = cut_after_settling(m, "apps-" + tag)
    assert share(before, after, "whole screen") >= SAME, \
        "the screen did not come back (see build/test-shots/apps-%s-*.png)" % tag
    return before, after


# ---------------------------------------------------------------- Calculator

# apps/calculator.ph: client area at (360, 110), 278 x 394; the display at
# (12, 12) in it, 254 x 84; key (row, column) at (12 + 65 c, 108 + 56 r),
# 59 x 50.
CALC_DISPLAY = (372, 122, 254, 84)
CALC_CLIENT = (360, 110, 278, 394)
BUTTON_PRESSED = (0xDC, 0xE3, 0xEE)     # buttonPressed: a key held, or lit when typed


def lit(img, box):
    """Pixels of the pressed face in box: Calculator shows a key typed on
    the keyboard pressed for a moment (PRESSED_MS, a Timer)."""
    x, y, w, h = box
    want = bytes(BUTTON_PRESSED)
    d = region(img, x, y, w, h).rgb
    return sum(1 for i in range(0, len(d), 3) if d[i:i + 3] == want)


def wait_unlit(m, box, timeout=10):
    """Wait until no key in box looks pressed (the keys typed last went
    out); return that screen, or the one after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        img = m.screendump()
        if not lit(img, box) or time.monotonic() > deadline:
            return img
        time.sleep(0.05)


def calc_key(row, col):
    return 360 + 12 + 65 * col + 29, 110 + 108 + 56 * row + 25


def test_calculator_survives_power_cut(ctx):
    """Clicks and keys compute 12 + 7 = 19, * 3 = 57, then 57 - 2 is typed
    but not finished. After the cut the display is the same, pixel for
    pixel, and Enter finishes the sum that was half typed (the display
    changes again); Escape then clears it back to the first screen's 0."""
    with start(ctx) as m:
        open_app(m, "calculator", "Calculator")
        first = m.screendump("apps-calc-first")
        m.click(*calc_key(3, 0))        # 1
        m.click(*calc_key(3, 1))        # 2
        m.type_text("+")
        m.click(*calc_key(1, 0))        # 7
        m.type_text("*3")
        m.key("ret")                    # 57
        m.sync()
        m.type_text("-2")               # 57 - 2, not yet =
        wait_unlit(m, CALC_CLIENT)      # - and 2 typed look pressed for a moment
        before, after = power_cycle(m, "calc")
        assert_same(before, after, CALC_DISPLAY, "the display")
        assert_changed(first, before, CALC_DISPLAY, "the display")
        mark = m.serial_size()
        m.key("ret")
        m.sync()
        done = wait_unlit(m, CALC_CLIENT)
        done.save_png(os.path.join(qemu.SHOTS, "apps-calc-done.png"))
        assert_changed(after, done, CALC_DISPLAY, "the display after Enter")
        m.key("esc")
        m.sync()
        cleared = wait_unlit(m, CALC_CLIENT)
        cleared.save_png(os.path.join(qemu.SHOTS, "apps-calc-cleared.png"))
        assert_same(first, cleared, CALC_DISPLAY, "the cleared display (vs. a fresh one)")
        assert "Error" not in m.serial_text(mark), m.serial_text(mark)[-800:]


test_calculator_survives_power_cut.timeout = 90


# ---------------------------------------------------------------- Clock

# apps/clock.ph: client area at (680, 70), 300 x 370; the face at (20, 14)
# in it, 260 x 260; the digital time at (0, 282), 300 x 40.
CLOCK_WINDOW = (679, 37, 302, 404)
CLOCK_TITLE = (680, 38, 300, 31)
CLOCK_TIME = (680, 352, 300, 40)
CLOCK_DIAL_EDGE = (700, 84, 260, 12)     # the top of the rim: no hand reaches it


def test_clock_keeps_time_across_power_cut(ctx):
    """The clock's window comes back in place, framed as it was, and its
    time has moved on (the Timer runs on after the restore)."""
    with start(ctx) as m:
        open_app(m, "clock", "Clock")
        before, after = cut_after_a_commit(m, "apps-clock", differs(CLOCK_TIME))
        later = wait_changed(m, CLOCK_TIME, region(after, *CLOCK_TIME),
                             name="apps-clock-later")
    assert share(before, after, "whole screen") >= SAME, "the screen did not come back"
    assert same_outside(before, after, CLOCK_WINDOW) >= SAME, "the desktop around differs"
    assert_same(before, after, CLOCK_TITLE, "the title bar")
    assert_same(before, after, CLOCK_DIAL_EDGE, "the dial's rim")
    assert region(before, *CLOCK_TIME).distinct_colours() > 5, "no digital time"
    assert_changed(before, after, CLOCK_TIME, "the time across the restore")
    assert_changed(after, later, CLOCK_TIME, "the time after the restore")


test_clock_keeps_time_across_power_cut.timeout = 90


# ---------------------------------------------------------------- Paint

# apps/paint.ph: client area at (120, 60), 700 x 500; tools at (10, 30 +
# 38 i) in it, 104 x 32; sizes at (10 + 54 (k % 2), 210 + 42 (k / 2)),
# 50 x 36; swatches at (186 + 30 (c % 8), 438 + 28 (c / 8)), 28 x 28; the
# canvas at (124, 10), 566 x 420.
PAINT_CANVAS = (244, 70, 566, 420)
PAINT_TOOLS = (130, 90, 104, 300)
PAINT_PALETTE = (244, 498, 300, 60)


def paint_tool(i):
    return 120 + 62, 60 + 30 + 38 * i + 16


def paint_size(k):
    return 120 + 10 + 54 * (k % 2) + 25, 60 + 210 + 42 * (k // 2) + 18


def paint_swatch(c):
    return 120 + 186 + 30 * (c % 8) + 14, 60 + 438 + 28 * (c // 8) + 14


def test_paint_drawing_survives_power_cut(ctx):
    """Brush strokes, a line, an outlined and a filled rectangle in
    several colours and sizes; after the cut the drawing, the chosen tool
    and colour are back pixel for pixel, and drawing goes on."""
    with start(ctx) as m:
        open_app(m, "paint", "Paint")
        first = m.screendump("apps-paint-first")
        m.drag(300, 150, 500, 250)                 # brush, size 3, blue
        m.click(*paint_swatch(5))                  # red
        m.click(*paint_size(3))                    # 12
        m.drag(280, 420, 420, 330)
        m.click(*paint_tool(1))                    # line
        m.click(*paint_swatch(0))                  # black
        m.click(*paint_size(1))                    # 3
        m.drag(270, 300, 560, 110)
        m.click(*paint_tool(2))                    # rectangle
        m.click(*paint_swatch(8))                  # green
        m.drag(460, 320, 760, 460)
        m.click(*paint_tool(3))                    # filled
        m.click(*paint_swatch(6))                  # orange
        m.drag(640, 110, 780, 260)
        m.click(*paint_tool(0))                    # brush again
        m.click(*paint_swatch(13))                 # purple
        m.drag(560, 400, 700, 300)
        before, after = power_cycle(m, "paint")
        for box, what in ((PAINT_CANVAS, "the drawing"), (PAINT_TOOLS, "the tools"),
                          (PAINT_PALETTE, "the palette")):
            assert_same(before, after, box, what)
        assert_changed(first, before, PAINT_CANVAS, "the canvas")
        assert region(before, *PAINT_CANVAS).distinct_colours() >= 6, "too few colours drawn"
        m.drag(300, 460, 780, 460)                 # one more stroke
        m.sync()
        more = m.screendump("apps-paint-more")
        assert_changed(after, more, PAINT_CANVAS, "the canvas after the restore")


test_paint_drawing_survives_power_cut.timeout = 90


# ---------------------------------------------------------------- Snake

# apps/snake.ph: client area at (250, 80), 500 x 440; the score at (12, 8)
# in it; the board at (10, 44), 480 x 360 (24 x 18 cells of 20).
SNAKE_BOARD = (260, 124, 480, 360)
SNAKE_SCORE = (262, 88, 140, 28)


def test_snake_game_survives_power_cut(ctx):
    """A game under way, paused: after the cut the board and the score
    are back as they were; P resumes it and the snake moves on."""
    with start(ctx) as m:
        open_app(m, "snake", "Snake")
        first = m.screendump("apps-snake-first")
        m.key("right")                  # starts the game
        going = wait_changed(m, SNAKE_BOARD, region(first, *SNAKE_BOARD))
        m.key("up")
        wait_changed(m, SNAKE_BOARD, region(going, *SNAKE_BOARD))   # it moves on
        m.key("p")
        before, after = power_cycle(m, "snake")
        assert_same(before, after, SNAKE_BOARD, "the board")
        assert_same(before, after, SNAKE_SCORE, "the score")
        assert_changed(first, before, SNAKE_BOARD, "the board")
        m.key("p")                      # go on
        moving = wait_changed(m, SNAKE_BOARD, region(after, *SNAKE_BOARD),
                              name="apps-snake-moving")
        m.key("p")
        assert_changed(after, moving, SNAKE_BOARD, "the board after P")


test_snake_game_survives_power_cut.timeout = 90


# ---------------------------------------------------------------- Images

# apps/images.ph: client area at (60, 40), 870 x 546; the list at (10, 32)
# in it, 180 x 504 (rows of 24 from its top + 2); the picture's view at
# (201, 11), 658 x 494; its name and size below at (200, 512).
IMAGES_VIEW = (261, 51, 658, 494)
IMAGES_INFO = (260, 552, 660, 24)
IMAGES_LIST = (70, 72, 180, 504)


def shipped_images():
    """The names of the images apps.tar carries (the Makefile's IMAGE_SRC,
    NAME=PATH each), sorted as Image.names() gives them."""
    with open(os.path.join(qemu.ROOT, "Makefile")) as f:
        return sorted(re.findall(r"([\w.-]+\.(?:png|jpg|jpeg))=", f.read()))


def images_row(i):
    return 160, 40 + 32 + 2 + 24 * i + 12


def test_images_viewer_survives_power_cut(ctx):
    """Down moves through the list (PNG pictures), a click picks the JPEG;
    after the cut the same picture, its caption and the list's selection
    are on the screen (the pixels decoded again from apps.tar)."""
    with start(ctx) as m:
        open_app(m, "images", "Images")
        first = m.screendump("apps-images-first")
        assert region(first, *IMAGES_VIEW).distinct_colours() > 50, "no picture shown"
        for _ in range(3):
            m.key("down")
            m.sync()
        png = m.screendump("apps-images-png")
        assert_changed(first, png, IMAGES_VIEW, "the picture after Down")
        names = shipped_images()
        jpeg = [i for i, n in enumerate(names) if n.endswith(".jpg")][0]
        m.click(*images_row(jpeg))       # power_cycle waits for it (m.sync())
        before, after = power_cycle(m, "images")
        for box, what in ((IMAGES_VIEW, "the picture"), (IMAGES_INFO, "the caption"),
                          (IMAGES_LIST, "the list")):
            assert_same(before, after, box, what)
        assert_changed(png, before, IMAGES_VIEW, "the picture after the click")
        assert "shown as a placeholder" not in m.serial_text(), "a picture did not decode"


test_images_viewer_survives_power_cut.timeout = 90


# ---------------------------------------------------------------- Monitor

# apps/monitor.ph: client area at (400, 150), 560 x 446; the cards at y 12
# in it (uptime at x 12, 152 wide; boots at x 172, 110 wide), 70 high; the
# headings at (12, 98) and (12, 152); the table at (12, 204), 536 x 230.
MONITOR_WINDOW = (399, 117, 562, 480)
MONITOR_TITLE = (400, 118, 560, 31)
MONITOR_UPTIME = (413, 163, 150, 68)
MONITOR_BOOTS = (573, 163, 108, 68)
MONITOR_HEADINGS = ((412, 248, 200, 22), (412, 302, 200, 22))
MONITOR_TABLE_HEAD = (413, 355, 534, 24)
MONITOR_TABLE_ROW = (413, 381, 534, 22)
MONITOR_TABLE_ROWS = 8  # rows shown at the first size


def monitor_rows(img):
    """How many of the table's rows (23 px apart) show a snapshot."""
    n = 0
    for i in range(MONITOR_TABLE_ROWS):
        x, y, w, h = MONITOR_TABLE_ROW
        row = region(img, x, y + 23 * i, w, h)
        n += sum(1 for p in row.pixels() if sum(p) < 3 * 110) > 150
    return n


def wait_rows(m, n, timeout=30):
    """Wait until the table lists n snapshots (Monitor refreshes every
    second; the world commits as it does)."""
    deadline = time.monotonic() + timeout
    while monitor_rows(m.screendump()) < n:
        if time.monotonic() > deadline:
            raise AssertionError("Monitor lists fewer than %d snapshots after %.0f s"
                                 % (n, timeout))
        time.sleep(0.2)


def monitor_moved_on(before, after):
    """The restored Monitor refreshed and listed a commit of the new boot:
    the boot count, the uptime and the table's top row are new. (Then a
    table that kept the snapshots of the boot before is full again; one
    that forgot them lists a row or two.)"""
    return all(region(before, *box).rgb != region(after, *box).rgb
               for box in (MONITOR_UPTIME, MONITOR_BOOTS, MONITOR_TABLE_ROW))


def test_monitor_goes_on_after_power_cut(ctx):
    """The monitor comes back in place; its uptime has moved on, the boot
    count went up by one, and the table lists snapshots: those of the boot
    before the cut too (the app keeps them), the new ones on top."""
    with start(ctx) as m:
        open_app(m, "monitor", "Monitor")
        wait_rows(m, MONITOR_TABLE_ROWS)    # the table full of this boot's snapshots
        before, after = cut_after_a_commit(m, "apps-monitor", monitor_moved_on)
    share(before, after, "whole screen")
    assert same_outside(before, after, MONITOR_WINDOW) >= SAME, "the desktop around differs"
    assert_same(before, after, MONITOR_TITLE, "the title bar")
    for box in MONITOR_HEADINGS:
        assert_same(before, after, box, "a heading")
    assert_same(before, after, MONITOR_TABLE_HEAD, "the table's header")
    assert_changed(before, after, MONITOR_UPTIME, "the uptime")
    assert_changed(before, after, MONITOR_BOOTS, "the boot count")
    row = region(after, *MONITOR_TABLE_ROW)
    dark = sum(1 for p in row.pixels() if sum(p) < 3 * 110)
    assert dark > 150, "no snapshot in the table's first row (%d dark pixels)" % dark
    rows = monitor_rows(before), monitor_rows(after)
    print("    table rows: %d before the cut, %d after" % rows)
    assert rows[1] >= min(rows[0] + 1, MONITOR_TABLE_ROWS), \
        "the table forgot the snapshots of the boot before the cut (%d rows, then %d)" % rows
