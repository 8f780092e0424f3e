"""test_ata.py - the ATA driver's PIO and bus-master DMA paths on the real
target (PIIX IDE under QEMU), through the kernel's own self-test.

phantom.atatest=1 makes ata_init save 16 MiB near the end of the disk, then
for PIO, DMA and DMA through the bounce buffer: stream a pattern out (write
+ flush, timed) and back (timed), compare byte for byte, do odd-sized
transfers that cross 64 KiB boundaries (and odd addresses, which DMA must
bounce) with guard bytes around the read buffer, time single-sector write +
flush, and read past the end (EIO, then recovery). With DMA it also starts a
DMA that never completes (timeout, reset, recovery). It restores the old
contents and logs one throughput line, for example

    ata: raw write pio 18.2 MiB/s dma 450.1 MiB/s; read pio 20.0 MiB/s
    dma 1720.3 MiB/s; using dma

The numbers are printed, never asserted (timing under TCG is noisy). What is
asserted: every mode passed, the line is there, the driver runs in the mode
it says, and the disk image is byte for byte what it was before the boot.
"""

import random
import re

PATTERN_MIB = 24             # the end of the disk, where the self-test works
SELFTEST_TIMEOUT = 90        # seconds to "selftest ok" (PIO alone takes ~2 s)
RATE = r"([0-9]+\.[0-9]) MiB/s"
RAW_LINE = (r"ata: raw write pio %s dma (%s|none); read pio %s dma (%s|none); "
            r"using (dma|pio)" % (RATE, RATE, RATE, RATE))


def fill_disk_end(path, mib):
    """Put random (seeded) bytes in the last `mib` MiB of the image, so that
    a restore that misses a sector shows; return the whole image."""
    rnd = random.Random(4)
    with open(path, "r+b") as f:
        f.seek(-(mib << 20), 2)
        f.write(rnd.randbytes(mib << 20))
    with open(path, "rb") as f:
        return f.read()


def first_difference(a, b):
    if len(a) != len(b):
        return "size %d != %d" % (len(a), len(b))
    for off in range(0, len(a), 1 << 20):
        if a[off:off + (1 << 20)] != b[off:off + (1 << 20)]:
            at = next(i for i in range(off, off + (1 << 20)) if a[i] != b[i])
            return "byte %d (sector %d)" % (at, at // 512)
    return None


def run_selftest(ctx, name, kcmdline):
    """Boot with kcmdline, wait for the self-test's verdict; return the
    serial log. The disk must come back unchanged."""
    before = fill_disk_end(ctx.disk, PATTERN_MIB)
    iso = ctx.variant_iso(name, kcmdline)
    with ctx.machine(iso=iso) as m:
        m.wait_serial(r"ata: selftest (ok|FAILED)", SELFTEST_TIMEOUT)
        log = m.serial_text()
    for line in re.findall(r"ata: (?:using|selftest|raw)\b.*", log):
        print("    " + line.strip())
    failed = re.search(r"ata: selftest FAILED.*", log)
    assert not failed, "the ATA self-test failed: " + failed.group(0)
    with open(ctx.disk, "rb") as f:
        diff = first_difference(before, f.read())
    assert diff is None, "the self-test did not restore the disk: differs at " + diff
    return log


def check_mode_passed(log, mode):
    assert re.search(r"ata: selftest %s: write\+flush %s .*, read %s," %
                     (re.escape(mode), RATE, RATE), log), \
        "no passing %s round in the self-test's report" % mode


def test_ata_dma_and_pio(ctx):
    log = run_selftest(ctx, "atatest", "phantom.atatest=1")
    assert re.search(r"ata: using DMA \(bus master at 0x[0-9a-f]+, IRQ 14", log), \
        "the driver did not come up in DMA mode on the PIIX controller"
    for mode in ("pio", "dma", "dma via bounce buffer"):
        check_mode_passed(log, mode)
    assert "a DMA that never completes -> EIO" in log, \
        "the DMA timeout path was not exercised"
    raw = re.search(RAW_LINE, log)
    assert raw, "no 'ata: raw write pio ... dma ...' throughput line"
    assert raw.group(2) != "none" and raw.group(5) != "none", \
        "DMA throughput missing from: " + raw.group(0)
    assert re.search(r"ata: selftest ok [0-9.]+ [0-9.]+", log)


test_ata_dma_and_pio.timeout = 150


def test_ata_pio_only(ctx):
    log = run_selftest(ctx, "atapio", "phantom.atatest=1 phantom.atapio=1")
    assert "ata: using PIO, polled (no DMA: phantom.atapio given)" in log, \
        "phantom.atapio=1 did not keep the driver in PIO mode"
    check_mode_passed(log, "pio")
    assert "selftest dma" not in log, "DMA ran although phantom.atapio=1"
    raw = re.search(RAW_LINE, log)
    assert raw, "no 'ata: raw write pio ...' throughput line"
    assert raw.group(7) == "pio", "not using PIO: " + raw.group(0)


test_ata_pio_only.timeout = 150
