"""test_rollback.py - the store's room and its kept generations, in the
kernel.

- A program that eats memory on a 32 MiB disk gets "out of memory" from
  the heap (whose limit comes from the store), the snapshots keep
  committing (never "snapshot failed"), the desktop warns that the disk is
  nearly full, and after a power cut the world restores.
- phantom.rollback=1 boots the world as it was one kept generation ago:
  text typed into Notes, synced, more typed, synced; the rolled-back boot
  shows the first text, logs "rollback: restored gen=G ..." and commits on.
"""

import re
import time

import qemu

RE_COMMIT = re.compile(r"snapshot committed gen=(\d+)")
RE_RUNNING = re.compile(r"heap up to (\d+) MiB \(RAM allows (\d+), the disk (\d+)\)")


def commits_after(m, since, n, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        text = m.serial_text()[since:]
        if len(RE_COMMIT.findall(text)) >= n:
            return text
        if time.monotonic() > deadline or not m.alive():
            raise AssertionError("fewer than %d snapshots after the mark:\n%s" %
                                 (n, m.serial_tail()))
        time.sleep(0.2)


def test_small_disk_out_of_memory(ctx):
    """On a 32 MiB disk an app eating memory gets out of memory and the
    world keeps committing and restores after a power cut."""
    iso = ctx.variant_iso("eater", "phantom.run=eater phantom.welcome=0",
                          ["tests/system/apps/eater.ph"])
    disk = qemu.new_blank_disk(ctx.disk, 32)
    with ctx.machine(iso=iso, disk=disk) as m:
        run, _ = m.wait_serial(RE_RUNNING.pattern, 30)
        heap, ram, room = (int(x) for x in run.groups())
        print("    heap up to %d MiB (RAM %d, disk %d) on a 32 MiB disk" % (heap, ram, room))
        assert heap <= room < 32, "the heap is not limited by the disk: %s" % run.group(0)
        m.wait_serial(r"eater: out of memory after \d+ blocks", 60)
        mark = m.serial_size()
        text = commits_after(m, mark, 3)
        assert "snapshot failed" not in m.serial_text(), \
            "a snapshot failed on a full disk:\n" + m.serial_tail()
        last = [int(g) for g in RE_COMMIT.findall(text)][-1]
        m.wait_serial(r"eater: alive boots=1", 10, since=mark)
        m.sync()
        m.power_cut()
        m.start()
        m.wait_serial(r"restore gen=(\d+)", 30)
        m.wait_serial(r"eater: alive boots=2", 30)
        commits_after(m, 0, 2)
        text = m.serial_text()
        assert "snapshot failed" not in text, "a snapshot failed after the restore"
        gen = int(re.search(r"restore gen=(\d+)", text).group(1))
        assert gen >= last, "restored gen %d, but %d had committed" % (gen, last)


def test_rollback_one_generation(ctx):
    """Type, sync, type more, sync; boot with phantom.rollback=1: the
    world is the one of the first sync."""
    iso = ctx.variant_iso("rollback-base", "phantom.snapms=600000")
    with ctx.machine(iso=iso) as m:
        m.wait_serial(r"desktop ready", 30)
        m.wait_serial(r"world: launched notes", 30)
        m.sync()
        m.type_text("first")
        g1 = m.sync()
        first = m.screendump("rollback-first")
        m.type_text(" second")
        g2 = m.sync()
        assert g2 > g1, "the second sync committed no new generation"
        m.power_cut()
    iso = ctx.variant_iso("rollback-1", "phantom.snapms=600000 phantom.rollback=1")
    with ctx.machine(iso=iso) as m:
        roll, _ = m.wait_serial(r"rollback: restored gen=(\d+) from \d+ s ago as gen=(\d+); "
                                r"dropped gens (\d+)\.\.(\d+)", 30)
        assert int(roll.group(1)) == g1, "rolled back to gen %s, the first sync was %d" % (
            roll.group(1), g1)
        assert int(roll.group(4)) == g2
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        back = m.screendump("rollback-restored")
        assert back.same(first) > 0.98, "the rolled-back screen is not the first sync's"
