#!/usr/bin/env python3
"""world.py - benchmarks of the persistent world in QEMU (make bench).

Prints figures, never fails on a slow result (exit 1 only if a run breaks):

1. Snapshot pause and write rate (phantom.snapbench=1, persist/snapbench_kern.c):
   median and max pause for 100, 1000 and 10000 dirty pages; snapshot write
   throughput as a ratio to raw DMA writes of the same bytes by the same
   kernel. Targets: at 1000 pages median <= 1 ms, max <= 5 ms; ratio >= 0.5.
2. Interpreter slowdown with snapshots every second: tests/bench/world/cpu.ph
   in the world with phantom.snapms=1000 and with snapshots off, alternating
   boots, best of RUNS each, for compute-bound code and for code that
   rewrites the heap all the time. Target <= 5 %.
3. Boot to a restored world for a 16 MiB and a 256 MiB arena (filled with 8
   and 160 MiB of objects): QEMU start to "world: running" and to the app's
   first line after the restore, on the second boot. Target: the same.
4. Frames per second while a window is dragged (the desktop logs them).

Environment: WORLD_BENCH_RUNS (default 3).
"""

import os
import re
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "system"))
import qemu  # noqa: E402

WORK = os.path.join(qemu.BUILD, "bench-world")
RUNS = int(os.environ.get("WORLD_BENCH_RUNS", "3"))
PASS = (0x12 << 1) | 1


def disk(name, mib=1024):
    return qemu.new_blank_disk(os.path.join(WORK, name + ".img"), mib)


def iso(name, kcmdline, apps=()):
    return qemu.variant_iso("bench-" + name, kcmdline, apps)


def snapbench():
    print("== snapshot pause and write rate (QEMU TCG, DMA)")
    m = qemu.Machine(iso("snap", "phantom.snapbench=1"), disk("snap"), name="bench-snap")
    with m:
        rc = m.wait_exit(180)
        text = m.serial_text()
    if rc != PASS:
        print(text[-3000:])
        raise RuntimeError("snapbench failed (exit %s)" % rc)
    for line in text.splitlines():
        if "snapbench:" in line and "done" not in line:
            print("  " + line.split("snapbench: ", 1)[1])


def cpu_once(image, snap_ms):
    name = "bench-cpu-%d" % snap_ms
    with qemu.Machine(image, disk(name, 512), name=name) as m:
        match, _ = m.wait_serial(r"cpu: compute ms=(\d+) alloc ms=(\d+)", 300)
        commits = len(re.findall(r"snapshot committed", m.serial_text()))
        return int(match.group(1)), int(match.group(2)), commits


def slowdown(kind, on, off):
    best_on, best_off = min(on), min(off)
    print("  %-8s off %s ms, on %s ms: %+.1f %% (best of %d), %+.1f %% (medians)" % (
        kind, off, on, 100.0 * (best_on - best_off) / best_off, RUNS,
        100.0 * (statistics.median(on) - statistics.median(off)) / statistics.median(off)))


def cpu_slowdown():
    print("== interpreter slowdown with snapshots every second (tests/bench/world/cpu.ph)")
    on = iso("cpu-on", "phantom.run=cpu phantom.snapms=1000 phantom.welcome=0",
             ["tests/bench/world/cpu.ph"])
    off = iso("cpu-off", "phantom.run=cpu phantom.snapms=0 phantom.welcome=0",
              ["tests/bench/world/cpu.ph"])
    c_on, c_off, a_on, a_off, n_on = [], [], [], [], []
    for _ in range(RUNS):
        c, a, _ = cpu_once(off, 0)
        c_off.append(c)
        a_off.append(a)
        c, a, commits = cpu_once(on, 1000)
        c_on.append(c)
        a_on.append(a)
        n_on.append(commits)
    slowdown("compute", c_on, c_off)
    slowdown("alloc", a_on, a_off)
    print("  commits during the runs with snapshots: %s" % n_on)


def restore_time(arena_mib, fill_mib, mem):
    src = os.path.join(WORK, "fill.ph")
    with open(os.path.join(HERE, "world", "fill.ph.in")) as f:
        body = f.read()
    os.makedirs(WORK, exist_ok=True)
    with open(src, "w") as f:
        f.write("var MIB = %d;\n" % fill_mib + body)
    image = iso("fill%d" % arena_mib,
                # fill holds more than an app's default share (half the heap)
                "phantom.run=fill phantom.arena=%d phantom.welcome=0 phantom.quota=fill:%d"
                % (arena_mib, arena_mib),
                [os.path.relpath(src, ROOT)])
    d = disk("fill%d" % arena_mib, 1024)
    with qemu.Machine(image, d, mem=mem, name="bench-fill%d" % arena_mib) as m:
        m.wait_serial(r"fill: done", 300)
        mark = m.serial_size()
        m.wait_serial(r"snapshot committed", 60, since=mark)
        mark = m.serial_size()
        m.wait_serial(r"snapshot committed", 60, since=mark)   # the last pages too
        m.power_cut()
        m.start()
        _, t_world = m.wait_serial(r"world: running", 60)
        _, t_app = m.wait_serial(r"fill: resumed", 60)
        k = re.search(r"\[\s*([\d.]+)\] world: running", m.serial_text())
        gen = re.search(r"restore gen=(\d+)", m.serial_text()).group(1)
    print("  %3d MiB arena, %3d MiB of objects: restore gen=%s; QEMU start to world running "
          "%.2f s (kernel %.3f s), to the app's first line %.2f s"
          % (arena_mib, fill_mib, gen, t_world, float(k.group(1)), t_app))
    return t_world


def restore_times():
    print("== boot to a restored world (second boot, same disk)")
    a = restore_time(16, 8, 256)
    b = restore_time(256, 160, 512)
    print("  256 MiB / 16 MiB: %.2fx" % (b / a))


def drag_fps():
    """A window dragged across the desktop by QMP pointer events as fast as
    they come: the desktop logs the frames it composed per second."""
    print("== frames per second while dragging a window (QEMU, hello's window)")
    image = iso("drag", "phantom.welcome=hello")
    with qemu.Machine(image, disk("drag", 512), name="bench-drag") as m:
        m.wait_serial(r"world: launched hello", 30)
        m.wait_serial(r"desktop ready", 30)
        time.sleep(1.5)
        for _ in range(3):
            m.drag(300, 104, 700, 404, steps=80, pause=0.004)
            m.drag(500, 404, 300, 104, steps=80, pause=0.004)
        time.sleep(0.5)
        for line in re.findall(r"desktop: drag: .*", m.serial_text()):
            print("  " + line)


def main():
    os.makedirs(WORK, exist_ok=True)
    try:
        snapbench()
        cpu_slowdown()
        restore_times()
        drag_fps()
    finally:
        qemu._kill_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
