"""test_desk.py - the persistent desktop (issue 5): windows and widgets are
VM objects; after a power cut the screen is composed again from them.

Each test boots a variant ISO, uses the desktop as a person would (the
launcher, clicks, drags, keys), cuts the power (SIGKILL) once m.sync()
says a snapshot holding the last action committed and the screen shows
it, boots again on the same disk and compares: at least 98% of the pixels equal (the cursor is the usual
difference), and the parts that carry state exactly equal.

Geometry: apps/hello.ph opens its window with the client area at (160,
120), 340 x 150; the title bar is the 32 rows above it (gui/theme.h).
"""

import os
import re
import time

import qemu

HELLO = "phantom.welcome=hello"
SAME = 0.98


def boot(ctx, kcmdline, name=None, apps=()):
    iso = ctx.variant_iso(name or ctx.name, kcmdline, apps)
    return ctx.machine(iso=iso, disk=qemu.new_blank_disk(ctx.disk, 512))


def cut_and_restore(m, point=(1000, 20), windows=None):
    """Power cut, boot again, wait for the restored desktop (and its
    "desk: N windows restored" line when `windows` is given); the pointer
    parks at `point` in both shots, so the cursor matches too. Returns
    once the restored world has handled that and the screen shows it."""
    m.power_cut()
    m.start()
    m.wait_serial(r"restore gen=\d+", 30)
    m.wait_serial(r"desktop ready", 30)
    if windows is not None:
        m.wait_serial(r"desk: %d windows restored" % windows, 10)
    m.mouse_abs(*point)
    m.sync()


def wait_changed(m, box, ref, timeout=10, name=None):
    """The first screen whose box (x, y, w, h) differs from the picture
    `ref` (an Image of that box): for time passing in an app (a clock
    ticks, a game moves on). After `timeout` seconds the screen as it is
    then, for the caller's assertion to judge. Saved as NAME.png."""
    deadline = time.monotonic() + timeout
    while True:
        img = m.screendump()
        if region(img, *box).rgb != ref.rgb or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    if name:
        img.save_png(os.path.join(qemu.SHOTS, name + ".png"))
    return img


def region(img, x, y, w, h):
    return img.crop(x, y, w, h)


def launcher_items(extra=()):
    """The launcher's entries, top to bottom: the class extending App of
    every apps/*.ph, then of the `extra` files (APPS_EXTRA), then the
    class extending phantom.gui.App of every Java app (a directory
    apps/NAME/ of .java files, then the `extra` ones): apps.tar's order."""
    items = []
    apps = os.path.join(qemu.ROOT, "apps")
    files = [os.path.join(apps, f) for f in sorted(os.listdir(apps))]
    for f in files + [os.path.join(qemu.ROOT, e) for e in extra]:
        if f.endswith(".ph"):
            with open(f) as src:
                m = re.search(r"class\s+(\w+)\s+extends\s+App\b", src.read())
            if m:
                items.append(m.group(1))
    extra_dirs = [os.path.join(qemu.ROOT, e) for e in extra
                  if os.path.isdir(os.path.join(qemu.ROOT, e))]
    for d in [f for f in files if os.path.isdir(f)] + extra_dirs:
        for n in sorted(os.listdir(d)):
            if n.endswith(".java"):
                with open(os.path.join(d, n)) as src:
                    m = re.search(r"class\s+(\w+)\s+extends\s+(?:phantom\.gui\.)?App\b",
                                  src.read())
                if m:
                    items.append(m.group(1))
    return items


def launch(m, title, extra=()):
    """Open the launcher and choose `title`. Rows of 34 px grow upward from
    y = 735 (wm/launcher.c, gui/theme.h THEME_MENU_*)."""
    items = launcher_items(extra)
    i = items.index(title)
    m.click(58, 750)
    m.sync()                            # the menu is open
    m.click(70, 735 - 34 * (len(items) - i))


def test_hello_survives_power_cut(ctx):
    """Clicks change a label; after the cut the same window shows the same
    text in the same place."""
    with boot(ctx, HELLO) as m:
        m.wait_serial(r"world: launched hello", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        for _ in range(3):
            m.click(234, 200)
            m.sync()
        m.mouse_abs(1000, 20)
        m.sync()
        before = m.screendump("desk-hello-before")
        cut_and_restore(m, windows=1)
        after = m.screendump("desk-hello-after")
    share = before.same(after)
    print("    %.2f%% of the pixels equal" % (100 * share))
    assert share >= SAME, "only %.1f%% of the screen came back" % (100 * share)
    label = (170, 130, 300, 30)
    assert region(before, *label).rgb == region(after, *label).rgb, \
        "the label's text differs after the restore"
    assert region(before, *label).distinct_colours() > 10, "no text in the label"


def test_hover_look_is_not_restored_without_the_pointer(ctx):
    """A button under the pointer takes the hover face; a snapshot taken
    then holds it, but after the cut the pointer is elsewhere: the restored
    window shows the button plain again (the desk tells each restored
    window the pointer has left)."""
    face = (188, 200)  # Hello's Again button, left of its label
    with boot(ctx, HELLO) as m:
        m.wait_serial(r"world: launched hello", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        m.mouse_abs(234, 200)
        m.sync()
        over = m.screendump("desk-hover-over")
        cut_and_restore(m, windows=1)
        after = m.screendump("desk-hover-after")
    assert over.pixel(*face) == (0xEE, 0xF2, 0xF8), \
        "no hover face under the pointer: %s" % (over.pixel(*face),)
    assert after.pixel(*face) == (0xFF, 0xFF, 0xFF), \
        "the restored button still looks hovered: %s" % (after.pixel(*face),)


def test_launcher_opens_an_app(ctx):
    """The start button opens the launcher; choosing Hello starts it."""
    with boot(ctx, "phantom.welcome=0") as m:
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        empty = m.screendump("desk-launcher-empty")
        m.click(58, 750)
        m.sync()
        menu = m.screendump("desk-launcher-menu")
        assert region(menu, 10, 680, 200, 40).luminance() < \
            region(empty, 10, 680, 200, 40).luminance() - 5, "no launcher menu"
        m.key("esc")
        m.sync()
        launch(m, "Hello")
        m.wait_serial(r"world: launched hello", 10)
        m.sync()
        shot = m.screendump("desk-launcher-hello")
    title = region(shot, 170, 92, 300, 24)
    assert title.luminance() > 200, "no Hello window (its title bar is light)"


def test_drag_and_resize_survive_power_cut(ctx):
    """The title bar drags the window, the corner resizes it; the new place
    and size are in the world and come back after the cut."""
    with boot(ctx, HELLO) as m:
        m.wait_serial(r"world: launched hello", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        m.drag(300, 104, 500, 304)              # the title bar, by (200, 200)
        m.sync()
        moved = m.screendump("desk-drag-moved")
        assert region(moved, 370, 292, 300, 24).luminance() > 200, \
            "the title bar is not at its new place"
        m.drag(700, 470, 800, 570)              # the bottom-right corner, by (100, 100)
        m.mouse_abs(1000, 20)
        m.sync()
        before = m.screendump("desk-drag-before")
        cut_and_restore(m, windows=1)
        after = m.screendump("desk-drag-after")
    # the client area grew to 440 x 250: its bottom-right corner region is
    # the window's background, not wallpaper
    inside = region(before, 760, 540, 30, 20)
    assert inside.luminance() > 200, "the window was not resized"
    share = before.same(after)
    print("    %.2f%% of the pixels equal" % (100 * share))
    assert share >= SAME, "only %.1f%% of the screen came back" % (100 * share)


# ---------------------------------------------------------------- Notes

# apps/notes.ph: the welcome note's client area is at (150, 90), 460 x 320;
# its TextArea at (8, 44) in it, 444 x 268. A new world's note has the
# keyboard focus with the caret at the end of the welcome text.
TEXT_BOX = (160, 136, 440, 264)


def welcome_notes(m):
    m.wait_serial(r"world: launched notes", 30)
    m.wait_serial(r"desktop ready", 30)
    m.sync()


def ink(img, x, y, w, h, dark=120):
    """Dark pixels in a box: (count, rightmost x or -1)."""
    count, right = 0, -1
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            if sum(img.pixel(xx, yy)) < 3 * dark:
                count += 1
                right = max(right, xx)
    return count, right


def test_notes_typing_survives_power_cut(ctx):
    """A new world opens Notes with the focus; what is typed there is on
    the screen again after a power cut, pixel for pixel; a fresh disk
    does not show it."""
    with boot(ctx, "") as m:
        welcome_notes(m)
        m.type_text("Typed before the power cut, 42!")
        m.mouse_abs(1000, 20)
        m.sync()
        before = m.screendump("notes-before")
        cut_and_restore(m, windows=1)
        after = m.screendump("notes-after")
    share = before.same(after)
    print("    %.2f%% of the pixels equal" % (100 * share))
    assert share >= SAME, "only %.1f%% of the screen came back" % (100 * share)
    assert region(before, *TEXT_BOX).rgb == region(after, *TEXT_BOX).rgb, \
        "the note's text differs after the restore"
    with ctx.machine(iso=ctx.variant_iso(ctx.name, ""), disk=qemu.new_blank_disk(
            ctx.disk + ".fresh", 512), name=ctx.name + "-fresh") as m:
        welcome_notes(m)
        m.mouse_abs(1000, 20)
        m.sync()
        fresh = m.screendump("notes-fresh")
    assert region(fresh, *TEXT_BOX).rgb != region(before, *TEXT_BOX).rgb, \
        "a fresh disk shows the text typed into another world"


def test_notes_select_copy_paste(ctx):
    """Shift+Home selects the line just typed, ctrl+c copies it, End and
    ctrl+v paste it: the line's ink doubles; it survives a power cut."""
    with boot(ctx, "") as m:
        welcome_notes(m)
        m.type_text("paste me")
        m.sync()
        line = (164, 272, 430, 19)          # the 8th line of the note
        one = ink(m.screendump("notes-copy-1"), *line)
        assert one[0] > 50, "the typed line is not where expected (ink %d)" % one[0]
        m.chord("shift", "home")
        m.chord("ctrl", "c")
        m.key("end")
        m.chord("ctrl", "v")
        m.mouse_abs(1000, 20)
        m.sync()
        before = m.screendump("notes-copy-2")
        two = ink(before, *line)
        print("    ink of the line: %d pixels to x=%d, then %d to x=%d" % (one + two))
        assert 1.8 * one[0] <= two[0] <= 2.2 * one[0], "the paste did not double the line"
        assert two[1] - 164 >= 1.8 * (one[1] - 164), "the pasted text is not after the first"
        cut_and_restore(m, windows=1)
        after = m.screendump("notes-copy-3")
    assert region(before, *TEXT_BOX).rgb == region(after, *TEXT_BOX).rgb, \
        "the pasted text differs after the restore"


# ---------------------------------------------------------------- Shell

def test_shell_definitions_survive_power_cut(ctx):
    """apps/shell.ph: a function defined at the console is still defined
    after a power cut, and the transcript is on the screen as it was."""
    with boot(ctx, "phantom.welcome=shell") as m:
        m.wait_serial(r"world: launched shell", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        mark = m.serial_size()
        m.type_text("def twice(n) { return 2 * n; }\n")
        m.wait_serial(r"shell: ok", 10, since=mark)
        m.type_text("twice(21)\n")
        m.wait_serial(r"shell: 42", 10, since=mark)
        m.type_text("print(\"hi\");\n")     # print writes into the transcript (and the log)
        m.wait_serial(r"shell: hi\r?\n", 10, since=mark)
        m.mouse_abs(1000, 20)
        m.sync()
        before = m.screendump("shell-before")
        cut_and_restore(m, windows=1)
        after = m.screendump("shell-after")
        transcript = (210, 120, 580, 360)
        assert region(before, *transcript).rgb == region(after, *transcript).rgb, \
            "the transcript differs after the restore"
        mark = m.serial_size()
        m.type_text("twice(50)\n")
        m.wait_serial(r"shell: 100", 10, since=mark)
        assert "error" not in m.serial_text(mark), m.serial_text(mark)[-500:]


# ---------------------------------------------------------------- a faulty app

FAULTY = ["tests/system/apps/faulty.ph"]


def test_faulty_app_ends_alone(ctx):
    """An uncaught error in an app ends its thread only: the error is
    reported on the serial log, another app still opens and works, and the
    dead app's window still closes."""
    with boot(ctx, "phantom.welcome=faulty", apps=FAULTY) as m:
        m.wait_serial(r"world: launched faulty", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        mark = m.serial_size()
        m.click(680, 436)                       # Crash
        m.wait_serial(r"pvm! Uncaught Error: null receiver", 10, since=mark)
        m.wait_serial(r"pvm!     at <fn> \(faulty.ph:11\)", 5, since=mark)
        launch(m, "Hello", FAULTY)
        m.wait_serial(r"world: launched hello", 10, since=mark)
        m.sync()
        m.click(234, 200)                       # Hello's button works
        m.sync()
        m.click(878, 384)                       # the dead app's close button
        m.mouse_abs(1000, 20)
        m.sync()
        shot = m.screendump("desk-faulty")
        assert "panic" not in m.serial_text()
    assert region(shot, 610, 380, 280, 120).luminance() < 150, \
        "the dead app's window did not close"
    assert region(shot, 170, 130, 300, 30).distinct_colours() > 10, "Hello's label is gone"


# ---------------------------------------------------------------- app versions

V1 = ["tests/system/apps/v1/versioned.ph"]
V2 = ["tests/system/apps/v2/versioned.ph"]


def test_new_build_keeps_old_windows_and_launches_new_version(ctx):
    """A world made by a build with version 1 of an app, booted by a build
    with version 2: the desktop comes back, version 1's window still runs
    version 1's code, and the launcher starts version 2 beside it."""
    iso1 = ctx.variant_iso(ctx.name + "-1", "phantom.welcome=versioned", V1)
    iso2 = ctx.variant_iso(ctx.name + "-2", "phantom.welcome=versioned", V2)
    disk = qemu.new_blank_disk(ctx.disk, 512)
    with ctx.machine(iso=iso1, disk=disk) as m:
        m.wait_serial(r"world: launched versioned", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        mark = m.serial_size()
        m.click(170, 152)                       # version 1's button
        m.wait_serial(r"versioned: v1 clicked 1", 10, since=mark)
        m.mouse_abs(1000, 20)
        m.sync()
        before = m.screendump("versions-1")
        m.power_cut()
    with ctx.machine(iso=iso2, disk=disk, name=ctx.name + "-2") as m:
        m.wait_serial(r"restore gen=\d+", 30)
        m.wait_serial(r"desktop ready", 30)
        m.wait_serial(r"desk: 1 windows restored", 10)
        m.mouse_abs(1000, 20)
        m.sync()
        after = m.screendump("versions-2-restored")
        old = (100, 40, 380, 160)
        assert region(before, *old).rgb == region(after, *old).rgb, \
            "version 1's window did not come back as it was"
        mark = m.serial_size()
        m.click(170, 152)                       # version 1's button, new build
        m.wait_serial(r"versioned: v1 clicked 2", 10, since=mark)
        launch(m, "Versioned", V2)
        m.wait_serial(r"world: compiled versioned.ph as versioned@\w+", 10, since=mark)
        m.wait_serial(r"world: launched versioned", 10, since=mark)
        m.sync()
        m.click(590, 152)                       # version 2's button
        m.wait_serial(r"versioned: v2 clicked 1", 10, since=mark)
        m.click(170, 152)
        m.wait_serial(r"versioned: v1 clicked 3", 10, since=mark)
        m.mouse_abs(1000, 20)
        m.sync()
        m.screendump("versions-3-both")
