"""test_persist.py - the persistent world in the kernel: snapshots to the
IDE disk, atomic commit, restore after a power cut (SIGKILL of QEMU).

The world runs tests/system/apps/churn.ph (phantom.run=churn): it mutates
a map of object trees and a big array on every step and checks that they
agree, printing "churn: CORRUPT" if a restored world is not one consistent
snapshot. Every boot must log "cold boot" (blank disk) or "restore gen=N"
where N is the newest generation that committed before the cut: the last
"snapshot committed gen=L" line, or L+1 when the cut fell between the
superblock reaching the disk and that line reaching the log.
"""

import os
import random
import re
import time

import qemu

CHURN = ["tests/system/apps/churn.ph"]
DISK_MIB = 512      # churn's heap is ~30 MiB; the store needs ~3x its dirty set
PRINT_EVERY = 500   # churn prints its step this often

RE_COMMIT = re.compile(r"snapshot committed gen=(\d+) pages=(\d+) kib=(\d+) "
                       r"pause_us=(\d+) write_ms=(\d+)")
RE_RESTORE = re.compile(r"restore gen=(\d+)")
RE_RESUMED = re.compile(r"churn: resumed boots=(\d+) step=(\d+)")
RE_STEP = re.compile(r"churn: step=(\d+)")


def churn_iso(ctx, name="churn", extra=""):
    return ctx.variant_iso(name, ("phantom.run=churn phantom.welcome=0 " + extra).strip(), CHURN)


def big_disk(ctx):
    return qemu.new_blank_disk(ctx.disk, DISK_MIB)


def last_commit(text):
    gens = [int(g[0]) for g in RE_COMMIT.findall(text)]
    return gens[-1] if gens else None


def no_corruption(text):
    bad = [l for l in text.splitlines() if "CORRUPT" in l or "panic" in l]
    assert not bad, "the world is damaged:\n" + "\n".join(bad[:5])


def wait_commits(m, n, timeout=30):
    """Block until the log of this boot holds n commit lines."""
    deadline = time.monotonic() + timeout
    while True:
        text = m.serial_text()
        if len(RE_COMMIT.findall(text)) >= n:
            return text
        if time.monotonic() > deadline or not m.alive():
            raise AssertionError("fewer than %d snapshots after %.0f s:\n%s" %
                                 (n, timeout, m.serial_tail()))
        time.sleep(0.1)


def check_restored(text, committed_before):
    """The boot restored the newest committed generation; returns it."""
    got = RE_RESTORE.search(text)
    assert got, "no 'restore gen=N' line:\n" + text[-2000:]
    gen = int(got.group(1))
    assert gen in (committed_before, committed_before + 1), \
        "restored gen %d, but gen %d was the last committed" % (gen, committed_before)
    return gen


def test_cold_boot_then_restore(ctx):
    """A blank disk boots cold and commits; after a power cut the next
    boot restores the last committed generation and churn carries on from
    where that snapshot caught it."""
    cold_boot_then_restore(ctx, churn_iso(ctx))


def test_cold_boot_then_restore_by_pio(ctx):
    """The same with the disk driver kept in PIO (phantom.atapio=1): the
    snapshot writer's requests are then done at once, not in flight."""
    log = cold_boot_then_restore(ctx, churn_iso(ctx, "churn-pio", "phantom.atapio=1"))
    assert "ata: using PIO" in log, "the driver did not stay in PIO"


def cold_boot_then_restore(ctx, iso):
    disk = big_disk(ctx)
    with ctx.machine(iso=iso, disk=disk) as m:
        m.wait_serial(r"cold boot", 30)
        m.wait_serial(r"churn: start boots=1", 30)
        text = wait_commits(m, 3)
        m.power_cut()
        text = m.serial_text()
        before = last_commit(text)
        steps = [int(s) for s in RE_STEP.findall(text)]
        no_corruption(text)
        m.start()
        m.wait_serial(r"churn: resumed", 30)
        after = m.serial_text()
        gen = check_restored(after, before)
        boots, step = map(int, RE_RESUMED.search(after).groups())
        assert boots == 2, "System.boots() is %d after one restore" % boots
        assert step <= steps[-1] + PRINT_EVERY + 1, \
            "resumed at step %d, but the first boot never got past %d" % (step, steps[-1])
        assert step > steps[0], "resumed at step %d: older than the first snapshot" % step
        wait_commits(m, 1)
        no_corruption(m.serial_text())
        print("    restored gen=%d (last committed %d), churn resumed at step %d"
              % (gen, before, step))
        return m.serial_text()


def test_sigkill_cycles(ctx):
    """20 power cuts at random moments while churn mutates: every boot
    restores a committed generation, the world is consistent, and churn's
    progress never goes backwards past a committed snapshot."""
    iso = churn_iso(ctx)
    disk = big_disk(ctx)
    rng = random.Random(int.from_bytes(os.urandom(4), "little"))
    committed = 0       # newest generation known to be on disk
    last_step = 0       # churn's step at the last resume
    resumes = 0
    with ctx.machine(iso=iso, disk=disk) as m:
        for cycle in range(21):
            if cycle:
                m.start()
            m.wait_serial(r"cold boot|restore gen=\d+", 30)
            m.wait_serial(r"world: running", 30)
            m.wait_serial(r"churn: (start|resumed)", 30)
            text = m.serial_text()
            if "cold boot" in text:
                # only right if no snapshot ever committed before the cut
                assert committed == 0, "cycle %d: cold boot, but gen %d had committed" \
                    % (cycle, committed)
                last_step = 0
            else:
                gen = check_restored(text, committed)
                committed = gen
                boots, step = map(int, RE_RESUMED.search(text).groups())
                assert step >= last_step, \
                    "cycle %d: churn went back from step %d to %d" % (cycle, last_step, step)
                last_step = step
                resumes += 1
            if cycle == 20:
                break
            time.sleep(rng.uniform(0.2, 3.0))
            m.power_cut()
            text = m.serial_text()
            no_corruption(text)
            gen = last_commit(text)
            if gen is not None:
                committed = gen
    assert resumes >= 15, "only %d of 20 boots restored a world" % resumes
    print("    20 cuts: %d restores, last restored gen=%d, churn at step %d"
          % (resumes, committed, last_step))


test_sigkill_cycles.timeout = 400


def test_damaged_newest_superblock_falls_back(ctx):
    """The newest superblock destroyed: the previous generation is restored,
    the log says so, and the world is consistent."""
    iso = churn_iso(ctx)
    disk = big_disk(ctx)
    with ctx.machine(iso=iso, disk=disk) as m:
        m.wait_serial(r"cold boot", 30)
        wait_commits(m, 3)
        m.power_cut()
        newest = last_commit(m.serial_text())
        # the newest committed superblock may be newest or newest + 1
        with open(disk, "r+b") as f:
            f.seek(0)
            slots = f.read(8192)
        gens = [int.from_bytes(slots[s * 4096 + 16:s * 4096 + 24], "little") for s in (0, 1)]
        top = max(gens)
        assert top in (newest, newest + 1)
        with open(disk, "r+b") as f:
            f.seek((top % 2) * 4096 + 200)
            f.write(b"\xde\xad" * 100)
        m.start()
        m.wait_serial(r"churn: resumed", 30)
        text = m.serial_text()
        assert "restore gen=%d" % (top - 1) in text, text[-2000:]
        assert re.search(r"restore: superblock slot %d is damaged" % (top % 2), text), text[-2000:]
        wait_commits(m, 1)
        no_corruption(m.serial_text())


def test_damaged_blocks_never_load_garbage(ctx):
    """Random blocks of the store overwritten: the boot restores (if no
    block it needs was hit) or stops the world with a clear message; it
    never runs a world that is not one consistent snapshot."""
    iso = churn_iso(ctx)
    disk = big_disk(ctx)
    rng = random.Random(7)
    with ctx.machine(iso=iso, disk=disk) as m:
        m.wait_serial(r"cold boot", 30)
        wait_commits(m, 2)
        m.power_cut()
        with open(disk, "r+b") as f:
            for _ in range(200):
                b = rng.randrange(2, 20000)      # the store's blocks start low
                f.seek(b * 4096 + rng.randrange(0, 4000))
                f.write(bytes(rng.randrange(256) for _ in range(64)))
        m.start()
        # Until the world stopped (a block it needed was hit, at the restore
        # or when a page was loaded later), or churn resumed and made one
        # more full check (a step line).
        stopped = re.compile(r"world: .*(damaged|cannot)|persist: .*damaged|store damaged")
        deadline = time.monotonic() + 30
        while True:
            text = m.serial_text()
            at = text.find("churn: resumed")
            if stopped.search(text) or (at >= 0 and RE_STEP.search(text, at)):
                break
            if time.monotonic() > deadline or not m.alive():
                raise AssertionError("neither stopped nor resumed and checked:\n"
                                     + m.serial_tail())
            time.sleep(0.1)
        text = m.serial_text()
        no_corruption(text)
        assert "restore gen=" in text or "damaged" in text, text[-2000:]
        hurt = [l.strip() for l in text.splitlines() if "damaged" in l]
        print("    %s" % ("stopped with: " + hurt[0] if hurt else "restored and consistent"))


def test_foreign_disk_is_refused(ctx):
    """A disk that is not a Phantom store is refused with a clear message
    and left byte for byte as it was; phantom.format=1 then starts afresh."""
    iso = churn_iso(ctx)
    disk = qemu.new_blank_disk(ctx.disk, 64)
    rng = random.Random(3)
    foreign = bytes(rng.randrange(256) for _ in range(1 << 20))
    with open(disk, "r+b") as f:
        f.write(b"\xebX\x90MSDOS5.0" + foreign[11:])
    with open(disk, "rb") as f:
        before = f.read()
    with ctx.machine(iso=iso, disk=disk) as m:
        m.wait_serial(r"world: not a Phantom store.*phantom.format=1", 30)
        m.wait_serial(r"desktop ready", 30)
        time.sleep(1)
        assert "cold boot" not in m.serial_text()
    with open(disk, "rb") as f:
        assert f.read() == before, "a refused disk was written to"
    iso2 = churn_iso(ctx, "churn-format", "phantom.format=1")
    with ctx.machine(iso=iso2, disk=disk, name=ctx.name + "-format") as m:
        m.wait_serial(r"cold boot", 30)
        m.wait_serial(r"churn: start", 30)
        wait_commits(m, 1)
