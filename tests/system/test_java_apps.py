"""test_java_apps.py - the desktop's Java apps (apps/minesweeper,
apps/todo: javac's class files converted in the kernel, issue 13) used
and through a power cut, as test_apps.py does for the .ph apps.

Each test boots a new world with "phantom.welcome=0", opens the app from
the launcher (its first Java app converts the runtime, jrt.tar, into the
world), uses it with clicks and keys, waits until a snapshot holds
everything done and the screen shows it, cuts the power (SIGKILL of
QEMU), boots again on the same disk and checks that the app's state is on
the screen exactly as before and that the app goes on working.

Geometry: Minesweeper's client area is at (420, 120), 300 x 360; its board
(a Canvas of 9 x 9 cells of 28 px) at (23, 56) in it, the mines left at
(11, 14) and the time at (202, 14), 86 x 30 each, the status line at (11, 319) 277 x 24. To-do's client
area is at (120, 140), 360 x 400: the field at (12, 12), the list at (12,
54) 336 x 292 with rows of 24 from its top + 2, Done at (12, 358) 88 x 30,
the count at (204, 358) 144 x 30 (layout() of each app).
"""

import os

import qemu
from test_apps import PARK, assert_changed, assert_same, open_app, power_cycle, start
from test_desk import boot, launch, region, wait_changed

BAD = ("Uncaught", "does not load", "Error:", "internal error")

MINES_CLIENT = (420, 120, 300, 360)
MINES_BOARD = (443, 176, 253, 253)
MINES_LEFT = (431, 134, 86, 30)
MINES_TIME = (622, 134, 86, 30)
MINES_STATUS = (431, 439, 277, 24)
FACE = (0xD5, 0xDB, 0xE4)       # an unopened cell (Minesweeper.FACE)
CELL = 28


def cell_centre(r, c):
    return MINES_BOARD[0] + CELL * c + CELL // 2, MINES_BOARD[1] + CELL * r + CELL // 2


def closed_cells(img):
    """The (row, column) of every cell still shown unopened and unflagged:
    its face colour all over its middle."""
    out = []
    for r in range(9):
        for c in range(9):
            x, y = cell_centre(r, c)
            box = region(img, x - 6, y - 6, 12, 12)
            if all(box.pixel(i, j) == FACE for i in range(12) for j in range(12)):
                out.append((r, c))
    return out


def assert_log_clean(m, since=0):
    log = m.serial_text(since)
    for bad in BAD:
        assert bad not in log, "the log says %r:\n%s" % (bad, log[log.find(bad) - 400:][:1200])


def test_minesweeper_survives_power_cut(ctx):
    """The first click opens a region (never a mine), a right click
    flags a cell; after the cut the board is the same pixel for pixel and
    the game's clock goes on counting; a click opens more of it."""
    with start(ctx) as m:
        open_app(m, "minesweeper", "Minesweeper")
        log = m.serial_text()
        assert "the Java runtime (" in log and "converted Java app minesweeper" in log, log[-1500:]
        first = m.screendump("java-mines-first")
        assert len(closed_cells(first)) == 81, "the new board is not 81 closed cells"
        m.click(*cell_centre(4, 4))
        m.mouse_abs(*PARK)
        m.sync()
        opened = m.screendump("java-mines-opened")
        left = closed_cells(opened)
        assert len(left) < 81, "the first click opened nothing"
        r, c = left[len(left) // 2]
        m.click(*cell_centre(r, c), button="right")
        m.mouse_abs(*PARK)
        m.sync()
        flagged = m.screendump("java-mines-flagged")
        assert (r, c) not in closed_cells(flagged), "the right click drew no flag"
        assert_changed(opened, flagged, MINES_LEFT, "the mines left after a flag")
        before, after = power_cycle(m, "java-mines")
        assert_same(before, after, MINES_BOARD, "the board")
        assert_changed(first, before, MINES_BOARD, "the board")
        going = wait_changed(m, MINES_TIME, region(after, *MINES_TIME), timeout=10,
                             name="java-mines-ticking")
        assert_changed(after, going, MINES_TIME, "the game's clock after the restore")
        rest = [x for x in closed_cells(going) if x != (r, c)]
        m.click(*cell_centre(*rest[0]))
        m.mouse_abs(*PARK)
        m.sync()
        more = m.screendump("java-mines-more")
        assert_changed(going, more, MINES_BOARD, "the board after a click on the restored game")
        assert_log_clean(m)


test_minesweeper_survives_power_cut.timeout = 120


TODO_LIST = (132, 194, 336, 292)
TODO_COUNT = (324, 498, 144, 30)
TODO_DONE = (176, 513)


def todo_row(i):
    return 240, 194 + 2 + 24 * i + 12


def test_todo_survives_power_cut(ctx):
    """Three items typed (Enter adds each), the second marked done; after
    the cut the list and the count are the same pixel for pixel; a fourth
    item typed then joins them and the count changes."""
    with start(ctx) as m:
        open_app(m, "todo", "Todo")
        first = m.screendump("java-todo-first")
        for item in ("buy milk", "write the tests", "call Anna"):
            m.type_text(item + "\n")
            m.sync()
        m.click(*todo_row(1))
        m.sync()
        m.click(*TODO_DONE)
        m.mouse_abs(*PARK)
        m.sync()
        before, after = power_cycle(m, "java-todo")
        assert_same(before, after, TODO_LIST, "the list")
        assert_same(before, after, TODO_COUNT, "the count")
        assert_changed(first, before, TODO_LIST, "the list")
        assert_changed(first, before, TODO_COUNT, "the count")
        m.click(200, 167)               # the field
        m.type_text("fourth\n")
        m.mouse_abs(*PARK)
        m.sync()
        more = m.screendump("java-todo-more")
        assert_changed(after, more, TODO_LIST, "the list after a fourth item")
        assert_changed(after, more, TODO_COUNT, "the count after a fourth item")
        assert_log_clean(m)


test_todo_survives_power_cut.timeout = 120


def test_run_starts_a_java_app(ctx):
    """phantom.run=todo starts the Java app in a new world as the
    launcher does: its window comes up, with the field and the buttons."""
    with boot(ctx, "phantom.run=todo phantom.welcome=0") as m:
        m.wait_serial(r"world: launched todo \(class Todo\) as thread \d+, app \d+, in Java", 30)
        m.wait_serial(r"desk: window 0 opened", 10)
        m.wait_serial(r"desktop ready", 30)
        m.mouse_abs(*PARK)
        m.sync()
        shot = m.screendump("java-run-todo")
        assert region(shot, 120, 140, 360, 400).distinct_colours() > 20, "no To-do window"
        assert_log_clean(m)


test_run_starts_a_java_app.timeout = 90


JV1 = ["tests/system/apps/jv1/jversioned"]
JV2 = ["tests/system/apps/jv2/jversioned"]


def test_new_build_keeps_old_java_app_and_launches_new_version(ctx):
    """A world made by a build with version 1 of a Java app, booted by a
    build with version 2: version 1's window comes back and still runs
    version 1's classes; the launcher converts version 2 into a namespace
    of its own and starts it beside; both count on."""
    iso1 = ctx.variant_iso(ctx.name + "-1", "phantom.welcome=jversioned", JV1)
    iso2 = ctx.variant_iso(ctx.name + "-2", "phantom.welcome=jversioned", JV2)
    disk = qemu.new_blank_disk(ctx.disk, 512)
    with ctx.machine(iso=iso1, disk=disk) as m:
        ns1 = m.wait_serial(r"world: converted Java app jversioned \(class Jversioned\) as "
                            r"(jversioned@\w+)", 30)[0].group(1)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        mark = m.serial_size()
        m.click(170, 152)                       # version 1's button
        m.wait_serial(r"jversioned: v1 clicked 1", 10, since=mark)
        m.mouse_abs(*PARK)
        m.sync()
        before = m.screendump("java-versions-1")
        m.power_cut()
    with ctx.machine(iso=iso2, disk=disk, name=ctx.name + "-2") as m:
        m.wait_serial(r"restore gen=\d+", 30)
        m.wait_serial(r"desktop ready", 30)
        m.wait_serial(r"desk: 1 windows restored", 10)
        m.mouse_abs(*PARK)
        m.sync()
        after = m.screendump("java-versions-2-restored")
        old = (100, 40, 380, 160)
        assert region(before, *old).rgb == region(after, *old).rgb, \
            "version 1's window did not come back as it was"
        mark = m.serial_size()
        m.click(170, 152)                       # version 1's button, new build
        m.wait_serial(r"jversioned: v1 clicked 2", 10, since=mark)
        launch(m, "Jversioned", JV2)
        ns2 = m.wait_serial(r"world: converted Java app jversioned \(class Jversioned\) as "
                            r"(jversioned@\w+)", 10, since=mark)[0].group(1)
        m.wait_serial(r"world: launched jversioned", 10, since=mark)
        m.sync()
        m.click(590, 152)                       # version 2's button
        m.wait_serial(r"jversioned: v2 clicked 1", 10, since=mark)
        m.click(170, 152)
        m.wait_serial(r"jversioned: v1 clicked 3", 10, since=mark)
        m.mouse_abs(*PARK)
        m.sync()
        m.screendump("java-versions-3-both")
        assert ns1 != ns2, "one namespace for two versions: %s" % ns1
        assert_log_clean(m)


test_new_build_keeps_old_java_app_and_launches_new_version.timeout = 150
