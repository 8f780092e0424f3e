"""test_faults.py - a fault never lives forever (issue 12): for each kind
of faulty app, the fault is contained, the rest of the desktop keeps
working, the culprit is ended, and after a power cut the world is healthy.

The culprits are tests/system/apps/faults/*.ph and the Java app
jthrower/: each opens a window at
(40, 520), 300 x 120, whose Go button (client (20, 20), 120 x 32) starts
its fault in a click handler. Each test boots a new world running Clock
and one culprit (phantom.run=clock,NAME), clicks Go, waits for the
fault's mark on the serial log, and then checks, in order:

  contained    the Clock still ticks, snapshots still commit, Notes opens
               from the launcher and takes typing;
  ended        the culprit is ended: from the task manager (Ctrl+Alt+Del,
               its row selected by the keys, then Delete), or, once the
               task manager listed it "crashed", by the Close of its crash
               mark, or, listed "not responding", by the desktop's offer to
               end an app that does not answer a close; the log says
               "desk: app N (TITLE) ended";
  healthy      a power cut, the restore, and then: the Clock ticks,
               snapshots commit, no window of the culprit came back.

Screenshots (build/test-system/shots): faults-NAME-contained,
faults-NAME-taskman (the task manager before End), faults-NAME-ended,
faults-NAME-restored.
"""

import os
import re
import time

import qemu
from test_apps import CLOCK_TIME
from test_desk import launch, region, wait_changed

FAULTS_DIR = "tests/system/apps/faults"
APPS = sorted(os.path.join(FAULTS_DIR, f)      # .ph files and Java apps (directories)
              for f in os.listdir(os.path.join(qemu.ROOT, FAULTS_DIR))
              if f.endswith(".ph") or os.path.isdir(os.path.join(qemu.ROOT, FAULTS_DIR, f)))
GO = (40 + 20 + 60, 520 + 20 + 16)
CLOSE_X = (40 + 300 - 22, 520 - 16)     # the title bar's close button
NOTES_TEXT = (158, 134, 444, 268)       # apps/notes.ph's first note's TextArea
PARK = (1000, 20)


def boot(ctx, name, extra=""):
    iso = ctx.variant_iso(ctx.name, "phantom.run=clock,%s phantom.welcome=0 %s" % (name, extra),
                          APPS)
    m = ctx.machine(iso=iso, disk=qemu.new_blank_disk(ctx.disk, 512))
    return m


def clock_ticks(m, name):
    m.mouse_abs(*PARK)
    ref = region(m.screendump(), *CLOCK_TIME)
    shot = wait_changed(m, CLOCK_TIME, ref, timeout=8, name=name)
    assert region(shot, *CLOCK_TIME).rgb != ref.rgb, "the Clock stopped (%s)" % name


def snapshots_commit(m):
    mark = m.serial_size()
    m.wait_serial(r"snapshot committed gen=\d+", 15, since=mark)


def notes_work(m):
    """Notes opens from the launcher and what is typed shows."""
    mark = m.serial_size()
    launch(m, "Notes", APPS)
    m.wait_serial(r"world: launched notes", 20, since=mark)
    m.mouse_abs(*PARK)
    m.sync()
    before = region(m.screendump(), *NOTES_TEXT)
    m.type_text("still here")
    m.sync()
    after = region(m.screendump(), *NOTES_TEXT)
    assert before.rgb != after.rgb, "Notes did not show what was typed"


def task_rows(m):
    """Open the task manager: the rows the desk listed."""
    mark = m.serial_size()
    m.chord("ctrl", "alt", "delete")
    return m.wait_serial(r"desk: task manager open: [^\n]*", 10, since=mark)[0].group(0)


def end_from_task_manager(m, title, name):
    mark = m.serial_size()
    rows = task_rows(m)
    names = re.findall(r"(\w+) \(", rows)
    assert title in names, "the culprit is not listed: %s" % rows
    m.key("home")
    for _ in range(names.index(title)):
        m.key("down")
    m.sync()
    m.screendump("faults-%s-taskman" % name)
    m.key("delete")
    m.wait_serial(r"desk: app \d+ \(%s\) ended" % title, 10, since=mark)
    m.key("esc")


def run_fault(ctx, name, title, mark_re, end="taskman", wait=0.0, extra="", state=None):
    with boot(ctx, name, extra) as m:
        m.wait_serial(r"world: launched clock", 30)
        m.wait_serial(r"world: launched %s " % name, 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        mark = m.serial_size()
        m.click(*GO)
        if mark_re:
            m.wait_serial(mark_re, 60, since=mark)
        time.sleep(wait)
        clock_ticks(m, "faults-%s-contained" % name)
        snapshots_commit(m)
        notes_work(m)
        if state:                                   # listed so, before it is ended
            rows = task_rows(m)
            assert "%s (%s)" % (title, state) in rows, rows
            m.key("esc")
        if end == "taskman":
            end_from_task_manager(m, title, name)
        elif end == "close":                        # the crash mark's Close
            m.click(*CLOSE_X)
            m.wait_serial(r"desk: app \d+ \(%s\) ended" % title, 10, since=mark)
        elif end == "ask":                          # no answer to a close
            m.click(*CLOSE_X)
            m.wait_serial(r"desk: app \d+ \(%s\) did not answer a close" % title, 15,
                          since=mark)
            m.mouse_abs(*PARK)
            m.sync()
            m.screendump("faults-%s-asked" % name)
            m.key("ret")                             # End now
            m.wait_serial(r"desk: app \d+ \(%s\) ended" % title, 10, since=mark)
        m.mouse_abs(*PARK)
        m.sync()
        m.screendump("faults-%s-ended" % name)
        log = m.serial_text(mark)
        assert "panic" not in log and "snapshot failed" not in log, log[-2000:]
        trace = [l for l in log.splitlines() if l.startswith("pvm!")]
        assert len(trace) <= 40, "a %d-line error report" % len(trace)
        first = m.serial_text()
        m.power_cut()
        m.start()
        m.wait_serial(r"restore gen=\d+", 30)
        m.wait_serial(r"desktop ready", 30)
        restored = m.wait_serial(r"desk: \d+ windows restored", 10)[0].group(0)
        m.sync()
        clock_ticks(m, "faults-%s-restored" % name)
        snapshots_commit(m)
        after = m.serial_text()
        assert "panic" not in after
    # Clock and the note: the culprit's windows did not come back
    assert re.search(r"desk: 2 windows restored", restored), restored
    return first


def test_out_of_memory(ctx):
    run_fault(ctx, "hog", "Hog", r"pvm! Uncaught Error: out of memory")


test_out_of_memory.timeout = 240


def test_out_of_memory_with_a_quota_given(ctx):
    """phantom.quota=hog:12 gives the app 12 MiB, not half the heap."""
    run_fault(ctx, "hog", "Hog", r"pvm! Uncaught Error: out of memory: the app holds 12 MiB, its quota",
              extra="phantom.quota=hog:12")


test_out_of_memory_with_a_quota_given.timeout = 180


def test_endless_loop_in_a_handler(ctx):
    run_fault(ctx, "spin", "Spin", None, wait=1.0)


test_endless_loop_in_a_handler.timeout = 180


def test_ctrl_c_interrupts_a_looping_app(ctx):
    """Ctrl+C to an app stuck in a loop (busy, not waiting for events)
    throws Interrupted into it: an app that does not catch it crashes,
    its report saying where it was stopped, and its crash mark's Close
    ends it."""
    with boot(ctx, "spin") as m:
        m.wait_serial(r"world: launched spin ", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        mark = m.serial_size()
        m.click(*GO)                            # Spin has the focus now
        time.sleep(1)
        m.chord("ctrl", "c")
        m.wait_serial(r"desk: app \d+ \(Spin\) interrupted \(Ctrl\+C\)", 10, since=mark)
        m.wait_serial(r"pvm! Uncaught Interrupted: interrupted", 10, since=mark)
        m.wait_serial(r"pvm!     at <fn> \(spin.ph:11\)", 5, since=mark)
        m.wait_serial(r"desk: app \d+ \(Spin\) crashed", 10, since=mark)
        m.mouse_abs(*PARK)
        m.sync()
        m.screendump("faults-spin-interrupted")
        clock_ticks(m, "faults-spin-interrupted-clock")
        m.click(*CLOSE_X)
        m.wait_serial(r"desk: app \d+ \(Spin\) ended", 10, since=mark)


test_ctrl_c_interrupts_a_looping_app.timeout = 120


def test_unbounded_recursion(ctx):
    run_fault(ctx, "deep", "Deep", r"pvm! Uncaught Error: stack overflow")


test_unbounded_recursion.timeout = 180


def test_two_hundred_windows(ctx):
    run_fault(ctx, "many", "Many", r"pvm! Uncaught Error: Desk.open: the app has 64 windows")


test_two_hundred_windows.timeout = 180


def test_five_hundred_threads(ctx):
    run_fault(ctx, "swarm", "Swarm", r"pvm! Uncaught Error: too many threads")


test_five_hundred_threads.timeout = 180


def test_print_flood(ctx):
    t0 = time.monotonic()
    log = run_fault(ctx, "chatter", "Chatter", r"pvm: \d+ lines of Chatter not logged")
    # 100 lines a second after a burst of 200, whatever it printed
    lines = len(re.findall(r"pvm\| chatter line", log))
    assert lines <= 200 + 100 * (time.monotonic() - t0) + 100, "%d lines logged" % lines


test_print_flood.timeout = 180


def test_thrown_error(ctx):
    run_fault(ctx, "thrower", "Thrower", r"pvm! Uncaught Error: thrown on purpose", end="close",
              state="crashed")


test_thrown_error.timeout = 180


def test_java_exception(ctx):
    """A Java app's handler indexes past an array's end: the
    ArrayIndexOutOfBoundsException nobody catches ends its thread, with
    the JVM's message, and nothing else."""
    run_fault(ctx, "jthrower", "Jthrower",
              r"pvm! Uncaught java/lang/ArrayIndexOutOfBoundsException: Index 5 out of bounds "
              r"for length 3", end="close", state="crashed")


test_java_exception.timeout = 180


def test_native_that_blocks(ctx):
    run_fault(ctx, "blocker", "Blocker", None, end="ask", wait=0.5, state="not responding")


test_native_that_blocks.timeout = 180


def test_safe_boot(ctx):
    """A world with an app stuck in a loop, cut; booted with phantom.safe=1
    it comes back with every app paused: the Clock stands still, the task
    manager lists both apps paused, ends the looping one and resumes the
    Clock (R), which ticks again."""
    disk = qemu.new_blank_disk(ctx.disk, 512)
    iso = ctx.variant_iso(ctx.name, "phantom.run=clock,spin phantom.welcome=0", APPS)
    safe = ctx.variant_iso(ctx.name + "-safe", "phantom.safe=1", APPS)
    with ctx.machine(iso=iso, disk=disk) as m:
        m.wait_serial(r"world: launched spin ", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        m.click(*GO)
        time.sleep(1)
        m.mouse_abs(*PARK)
        m.sync()                                # committed with Spin looping
    with ctx.machine(iso=safe, disk=disk) as m:
        m.wait_serial(r"restore gen=\d+", 30)
        m.wait_serial(r"safe boot: 2 apps paused", 10)
        m.wait_serial(r"desktop ready", 30)
        m.mouse_abs(*PARK)
        m.sync()
        ref = region(m.screendump(), *CLOCK_TIME)
        time.sleep(2.5)
        still = m.screendump("faults-safe-paused")
        assert region(still, *CLOCK_TIME).rgb == ref.rgb, "a paused Clock ticked"
        mark = m.serial_size()
        m.chord("ctrl", "alt", "delete")
        rows = m.wait_serial(r"desk: task manager open: [^\n]*", 10, since=mark)[0].group(0)
        assert "Clock (paused)" in rows and "Spin (paused)" in rows, rows
        names = re.findall(r"(\w+) \(", rows)
        m.sync()
        m.screendump("faults-safe-taskman")
        m.key("home")
        for _ in range(names.index("Spin")):
            m.key("down")
        m.key("delete")
        m.wait_serial(r"desk: app \d+ \(Spin\) ended", 10, since=mark)
        m.key("home")
        for _ in range(names.index("Clock")):
            m.key("down")
        m.key("r")
        m.wait_serial(r"desk: app \d+ resumed", 10, since=mark)
        m.key("esc")
        clock_ticks(m, "faults-safe-resumed")
        snapshots_commit(m)
        assert "panic" not in m.serial_text()


test_safe_boot.timeout = 180


def test_rollback_before_a_fault(ctx):
    """The last resort: a world committed with an app stuck in a loop is
    booted with phantom.rollback=1 and comes back as it was before the
    fault (Spin answers, the Clock ticks); the rolled-back world is the
    newest from then on: a power cut and a plain boot bring it back."""
    disk = qemu.new_blank_disk(ctx.disk, 512)
    base = "phantom.run=clock,spin phantom.welcome=0 phantom.snapms=600000"
    iso = ctx.variant_iso(ctx.name, base, APPS)
    back = ctx.variant_iso(ctx.name + "-back", "phantom.snapms=600000 phantom.rollback=1", APPS)
    with ctx.machine(iso=iso, disk=disk) as m:
        m.wait_serial(r"world: launched spin ", 30)
        m.wait_serial(r"desktop ready", 30)
        m.mouse_abs(*PARK)
        g1 = m.sync()
        m.click(*GO)
        time.sleep(1)
        m.mouse_abs(*PARK)
        g2 = m.sync()                           # committed with Spin looping
        assert g2 > g1
    with ctx.machine(iso=back, disk=disk) as m:
        roll, _ = m.wait_serial(r"rollback: restored gen=(\d+) [^\n]*dropped gens", 30)
        assert int(roll.group(1)) == g1, roll.group(0)
        m.wait_serial(r"desktop ready", 30)
        m.mouse_abs(*PARK)
        m.sync()
        time.sleep(2.5)                         # a looping Spin would be "not responding" now
        mark = m.serial_size()
        m.chord("ctrl", "alt", "delete")
        rows = m.wait_serial(r"desk: task manager open: [^\n]*", 10, since=mark)[0].group(0)
        assert "Spin (running)" in rows and "Clock (running)" in rows, rows
        m.key("esc")
        clock_ticks(m, "faults-rolled-back")
        m.sync()
    with ctx.machine(iso=iso, disk=disk) as m:    # a plain boot: the rolled-back world
        m.wait_serial(r"restore gen=\d+", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        clock_ticks(m, "faults-rolled-back-again")
        time.sleep(2.5)
        mark = m.serial_size()
        m.chord("ctrl", "alt", "delete")
        rows = m.wait_serial(r"desk: task manager open: [^\n]*", 10, since=mark)[0].group(0)
        assert "Spin (running)" in rows, rows


test_rollback_before_a_fault.timeout = 180
