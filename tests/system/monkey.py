#!/usr/bin/env python3
"""monkey.py - random use of the whole desktop, from a seed, checked after
every step (make monkey SEED=N MINUTES=M; a short run is in make test).

The monkey boots a new world with phantom.heapcheck=1 (the whole heap is
checked after every collection and for every sync: pvm/world_kern.c) and,
until its time is up, does what a restless person does: opens apps from
the launcher (every app, in any order, again and again), closes windows
(Alt+F4), ends apps from the task manager, clicks and drags anywhere, types text and keys, and now and then
pulls the power and boots again. After every step it syncs (qemu.py
Machine.sync: the apps handled the step, the heap checked clean, a
snapshot holds it) and reads the serial log since the step for a panic, a
fatal VM error, a failed heap check or snapshot, or an error reported by
managed code. A power cut must restore a generation at least as new as the
last one synced: nothing committed is lost.

Every step is logged to build/monkey/steps-SEED.log; a failure names the
seed and the step, so `make monkey SEED=N` replays the same choices (the
timing of a real machine may still differ). Prints one summary line:
    monkey: seed=S steps=N launches=L apps=A/T cuts=C heapchecks=H in Ms
"""

import argparse
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import qemu  # noqa: E402
from test_desk import launch, launcher_items  # noqa: E402

OUT = os.path.join(qemu.BUILD, "monkey")
KCMDLINE = "phantom.heapcheck=1"
SCREEN_W, SCREEN_H = qemu.SCREEN_W, qemu.SCREEN_H
TASKBAR_Y = 736
CROWDED = 24        # open windows past which the monkey closes before it opens
OPEN = re.compile(r"desk: (?:window \d+ (?:opened|closed) \((\d+) open\)|(\d+) windows restored)")

# What must never appear on the serial log.
BAD = re.compile(r"panic|pvm: fatal|page fault|heap check failed|snapshot failed|"
                 r"^\[[ 0-9.]+\] pvm! ", re.M)

# Things a person types: text for Notes and text fields, code for the Shell.
TEXTS = ["hello", "Phantom ", "1+2", "print(1 + 2);\n", "x = 5;\n", "var y = [1, 2, 3];\n",
         "y.push(4);\n", "def f(n) { return n * 2; }\n", "f(21)\n", "42", "\n", "abc def\n",
         "7*6=", "(", ")", "{", "}", "\"", "3.5", "-", "qwerty", "zz top\n"]
KEYS = ["ret", "backspace", "delete", "left", "right", "up", "down", "home", "end", "tab",
        "esc", "spc", "p", "pgup", "pgdn"]


class Failure(Exception):
    pass


class Monkey:
    def __init__(self, seed, seconds, iso=None, name="monkey", cut_every=40):
        self.seed, self.seconds = seed, seconds
        self.rng = random.Random(seed)
        self.iso = iso or qemu.variant_iso(name, KCMDLINE)
        self.name = name
        self.cut_every = cut_every      # about one power cut in this many steps
        self.items = launcher_items()
        self.steps = self.launches = self.cuts = self.checks = 0
        self.opened = {}
        self.gen = 0
        self.log = None

    # ------------------------------------------------------------ steps

    def note(self, text):
        self.log.write("%5d %s\n" % (self.steps, text))
        self.log.flush()

    def open_windows(self, m):
        """How many windows the desk has open, by its last word on it."""
        last = None
        for last in OPEN.finditer(m.serial_text()):
            pass
        return int(last.group(1) or last.group(2)) if last else 0

    def do_launch(self, m):
        if self.open_windows(m) >= CROWDED:
            return self.do_close(m)     # a person closes some first (issue 12: quotas)
        title = self.rng.choice(self.items)
        self.note("launch %s" % title)
        before = m.serial_text().count("world: launched ")
        launch(m, title)
        m.sync()
        if m.serial_text().count("world: launched ") > before:
            self.launches += 1
            self.opened[title] = self.opened.get(title, 0) + 1

    def do_close(self, m):
        self.note("alt+f4")
        m.chord("alt", "f4")

    def do_click(self, m):
        x, y = self.rng.randrange(SCREEN_W), self.rng.randrange(SCREEN_H)
        button = "right" if self.rng.random() < 0.1 else "left"
        self.note("click %d %d %s" % (x, y, button))
        m.click(x, y, button)

    def do_drag(self, m):
        x0, y0 = self.rng.randrange(SCREEN_W), self.rng.randrange(TASKBAR_Y)
        x1, y1 = self.rng.randrange(SCREEN_W), self.rng.randrange(TASKBAR_Y)
        self.note("drag %d %d %d %d" % (x0, y0, x1, y1))
        m.drag(x0, y0, x1, y1, steps=6, pause=0.02)

    def do_type(self, m):
        if self.rng.random() < 0.5:
            text = self.rng.choice(TEXTS)
            self.note("type %r" % text)
            m.type_text(text, hold=0.01)
        else:
            key = self.rng.choice(KEYS)
            self.note("key %s" % key)
            m.key(key, hold=0.01)

    def do_end(self, m):
        """The task manager (Ctrl+Alt+Del): end the app in a random row."""
        k = self.rng.randrange(6)
        self.note("task manager: end row %d" % k)
        m.chord("ctrl", "alt", "delete")
        m.key("home")
        for _ in range(k):
            m.key("down")
        m.key("delete")
        m.key("esc")

    def do_cut(self, m):
        """Pull the power; the next boot must restore what was synced."""
        self.note("power cut after gen=%d" % self.gen)
        m.power_cut()
        self.cuts += 1
        m.start()
        got, _ = m.wait_serial(r"restore gen=(\d+)|cold boot", 60)
        if not got.group(1) or int(got.group(1)) < self.gen:
            raise Failure("step %d: the boot after a power cut found %s, but gen=%d had "
                          "committed" % (self.steps, got.group(0), self.gen))
        m.wait_serial(r"desktop ready", 60)
        self.mark = 0                   # a new log

    ACTIONS = [(do_launch, 14), (do_close, 6), (do_click, 30), (do_drag, 12), (do_type, 38),
               (do_end, 3)]

    def step(self, m):
        self.steps += 1
        if self.steps > 3 and self.rng.randrange(self.cut_every) == 0:
            self.do_cut(m)
        else:
            r = self.rng.randrange(sum(w for _, w in self.ACTIONS))
            for fn, w in self.ACTIONS:
                if r < w:
                    fn(self, m)
                    break
                r -= w
        self.gen = m.sync(timeout=60)
        self.check(m)

    def check(self, m):
        text = m.serial_text(self.mark)
        bad = BAD.search(text)
        if bad:
            line = text[bad.start():text.find("\n", bad.start())]
            raise Failure("step %d (seed %d): %s" % (self.steps, self.seed, line.strip()))
        n = text.count("gc: heap checked clean for sync")
        if n == 0:
            raise Failure("step %d (seed %d): no heap check for the sync" %
                          (self.steps, self.seed))
        self.checks += n
        self.mark = len(m.serial_bytes())

    # ------------------------------------------------------------ the run

    def run(self):
        os.makedirs(OUT, exist_ok=True)
        disk = qemu.new_blank_disk(os.path.join(qemu.WORK, self.name + ".img"), 512)
        self.log = open(os.path.join(OUT, "steps-%d.log" % self.seed), "w")
        t0 = time.monotonic()
        try:
            with qemu.Machine(self.iso, disk, name=self.name) as m:
                m.wait_serial(r"desktop ready", 60)
                self.mark = 0
                self.gen = m.sync(timeout=60)
                while time.monotonic() - t0 < self.seconds:
                    self.step(m)
                m.screendump("%s-last" % self.name)
        except (Failure, TimeoutError, qemu.QemuError) as e:
            self.note("FAILED: %s" % e)
            raise Failure("%s\n(seed %d, step %d; steps in %s)" %
                          (e, self.seed, self.steps, self.log.name))
        finally:
            self.log.close()
        return self.summary(time.monotonic() - t0)

    def summary(self, secs):
        return ("monkey: seed=%d steps=%d launches=%d apps=%d/%d cuts=%d heapchecks=%d "
                "in %.0fs (%s)" %
                (self.seed, self.steps, self.launches, len(self.opened), len(self.items),
                 self.cuts, self.checks, secs,
                 " ".join("%s:%d" % kv for kv in sorted(self.opened.items()))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--minutes", type=float, default=5)
    ap.add_argument("--iso", default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    try:
        print(Monkey(seed, args.minutes * 60, iso=args.iso).run(), flush=True)
    except Failure as e:
        print("monkey: FAILED: %s" % e, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
