#!/usr/bin/env python3
"""demo.py - the conference demo (make demo; make demo HEADLESS=1).

Boots Phantom on a blank disk in a QEMU window, plays a scripted session
over QMP - types a note, draws in Paint, starts Snake, moves windows,
defines a function in the Shell - pulls the power (SIGKILL of QEMU) while
the game runs, boots again on the same disk and shows that everything came
back, narrating each step. HEADLESS=1 (or --headless) runs without a
window; the exit status is 0 only if every check held. Screenshots:
build/demo/before.png, build/demo/after.png (and a few on the way).

Geometry comes from the apps (apps/*.ph open their windows at fixed
places) and the window manager's theme (gui/theme.h).
"""

import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import qemu  # noqa: E402
from test_desk import launch, region, ink  # noqa: E402

OUT = os.path.join(qemu.BUILD, "demo")
NOTE = "Live at the conference: pull the plug, nothing is lost."

# where things are (client rects from the apps, title bars 32 px above)
NOTES_TEXT = (550, 426, 440, 264)    # the note's text once Notes is moved
PAINT_CANVAS = (244, 70, 566, 420)   # Paint's canvas, screen coordinates
SNAKE_BOARD = (20, 324, 480, 360)    # Snake's board once Snake is moved


class Demo:
    def __init__(self, headless):
        self.headless = headless
        self.failures = []
        self.step_no = 0

    def say(self, text):
        self.step_no += 1
        print("\n[%d] %s" % (self.step_no, text), flush=True)
        if not self.headless:
            time.sleep(0.8)             # let the audience read it

    def check(self, ok, what):
        print("    %s %s" % ("ok  " if ok else "FAIL", what), flush=True)
        if not ok:
            self.failures.append(what)

    def shot(self, m, name):
        img = m.screendump("demo-" + name)
        os.makedirs(OUT, exist_ok=True)
        shutil.copyfile(os.path.join(qemu.SHOTS, "demo-%s.png" % name),
                        os.path.join(OUT, name + ".png"))
        return img

    def changed(self, m, box, ref, timeout=10):
        """The screen's box once it differs from ref (a game moving on)."""
        deadline = time.monotonic() + timeout
        while True:
            now = region(m.screendump(), *box)
            if now.rgb != ref.rgb or time.monotonic() > deadline:
                return now
            time.sleep(0.1)

    # ------------------------------------------------------------ the session

    def first_boot(self, m):
        self.say("Phantom boots on a blank disk: a new world, and its welcome note.")
        m.wait_serial(r"cold boot", 30)
        m.wait_serial(r"world: launched notes", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()

        self.say("Typing into the note: it has the keyboard focus already.")
        m.type_text(NOTE + "\n", hold=0.01)
        m.sync()

        self.say("Moving the note to the lower right by its title bar.")
        m.drag(300, 74, 690, 364)
        m.sync()

        self.say("Opening Paint from the launcher and drawing.")
        launch(m, "Paint")
        m.wait_serial(r"world: launched paint", 15)
        m.sync()
        for (x0, y0, x1, y1) in ((300, 150, 520, 260), (320, 330, 640, 180),
                                 (420, 420, 760, 440), (700, 120, 520, 300)):
            m.drag(x0, y0, x1, y1, steps=16, pause=0.02)
        m.mouse_abs(1010, 10)
        m.sync()
        self.paint = region(self.shot(m, "paint"), *PAINT_CANVAS)
        self.check(self.paint.distinct_colours() > 1, "Paint shows the strokes")

        self.say("Minimising Paint: its drawing lives on in the world.")
        m.click(710, 44)
        m.sync()

        self.say("Defining a function in the Shell: it becomes part of the world.")
        launch(m, "Shell")
        m.wait_serial(r"world: launched shell", 15)
        m.sync()
        mark = m.serial_size()
        m.type_text("def greet(who) { return \"hello, \" + who; }\n", hold=0.01)
        m.wait_serial(r"shell: ok", 10, since=mark)
        m.click(690, 94)                # minimise the Shell too
        m.sync()

        self.say("Starting Snake, moving it to the left, playing, pausing.")
        launch(m, "Snake")
        m.wait_serial(r"world: launched snake", 15)
        m.sync()
        m.drag(500, 64, 260, 264)
        m.sync()
        m.key("space")                  # start the game
        self.changed(m, SNAKE_BOARD, region(m.screendump(), *SNAKE_BOARD))
        m.key("up")
        m.sync()
        m.key("p")                      # pause: the board holds still for the camera
        m.mouse_abs(1010, 10)
        gen = m.sync()                  # all of it on disk, and on the screen
        print("    everything so far is committed: gen=%d" % gen)
        self.before = self.shot(m, "before")

        self.say("Pulling the power, mid-game (SIGKILL of QEMU: a faithful power cut).")
        committed = m.serial_text().count("snapshot committed")
        m.power_cut()
        print("    %d snapshots had committed in this boot" % committed)

    def second_boot(self, m):
        self.say("Booting again on the same disk.")
        m.start()
        got, _ = m.wait_serial(r"restore gen=(\d+)", 30)
        m.wait_serial(r"desktop ready", 30)
        print("    the serial log says: %s" % got.group(0))
        m.mouse_abs(1010, 10)
        m.sync()
        after = self.shot(m, "after")

        self.say("Checking that everything came back.")
        share = self.before.same(after)
        print("    %.1f%% of the screen is pixel for pixel as it was" % (100 * share))
        self.check(share >= 0.98, "at least 98% of the screen as it was")
        self.check(region(self.before, *NOTES_TEXT).rgb == region(after, *NOTES_TEXT).rgb,
                   "the note and its text, where it was moved to")
        board = region(after, *SNAKE_BOARD)
        self.check(board.rgb == region(self.before, *SNAKE_BOARD).rgb,
                   "Snake's board, mid-game, cell for cell")
        self.say("Un-pausing Snake: the game goes on from the very move it was at.")
        m.key("p")
        later = self.changed(m, SNAKE_BOARD, board)
        self.shot(m, "after-later")
        self.check(later.rgb != board.rgb, "the snake moves on")

        self.say("Opening Paint again from the taskbar: the drawing is there.")
        m.click(122 + 180 + 88, 750)    # the taskbar's second button: Paint
        m.sync()
        paint = region(self.shot(m, "paint-after"), *PAINT_CANVAS)
        self.check(paint.rgb == self.paint.rgb, "Paint's drawing, pixel for pixel")

        self.say("The Shell still knows the function defined before the cut.")
        m.click(122 + 2 * 180 + 88, 750)  # the third button: Shell
        m.sync()
        mark = m.serial_size()
        m.type_text("greet(\"Phantom\")\n", hold=0.01)
        try:
            m.wait_serial(r'shell: "hello, Phantom"', 10, since=mark)
            self.check(True, "greet() survived the power cut")
        except (TimeoutError, qemu.QemuError):
            self.check(False, "greet() survived the power cut")
        self.shot(m, "shell-after")

    def run(self, iso):
        os.makedirs(OUT, exist_ok=True)
        disk = qemu.new_blank_disk(os.path.join(OUT, "disk.img"), 512)
        display = "none" if self.headless else "gtk"
        with qemu.Machine(iso, disk, name="demo", display=display) as m:
            self.first_boot(m)
            self.second_boot(m)
            if not self.headless:
                self.say("That was Phantom. (Close the QEMU window or press Ctrl+C.)")
                try:
                    while m.alive():
                        time.sleep(0.5)
                except KeyboardInterrupt:
                    pass
        print()
        if self.failures:
            print("demo: %d check(s) failed: %s" % (len(self.failures), "; ".join(self.failures)))
            return 1
        print("demo: every check held; screenshots in %s" % os.path.relpath(OUT, qemu.ROOT))
        return 0


def main():
    headless = "--headless" in sys.argv[1:] or os.environ.get("HEADLESS") == "1"
    if not headless and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("demo: no display here (DISPLAY unset): running headless")
        headless = True
    iso = os.path.join(qemu.BUILD, "phantom.iso")
    for a in sys.argv[1:]:
        if a.endswith(".iso"):
            iso = a
    try:
        return Demo(headless).run(iso)
    finally:
        qemu._kill_all()


if __name__ == "__main__":
    sys.exit(main())
