"""test_panic.py - a deliberate kernel fault gives a readable report.

The boot option phantom.fault=1 (kernel/fault.c) makes kmain call
fault_level1 -> fault_level2 -> fault_level3, which writes to an unmapped
address. The serial log must then show the panic (a page fault) and a
backtrace whose frames are symbolized from the kernel.sym boot module,
and (phantom.exit_on_panic=1) QEMU must then exit through isa-debug-exit:

    [   0.007000] panic: page fault at 0x101fd7 (cr2 0x10)
    [   0.007000] backtrace:
    [   0.007000]   #0 0x00101fd7 fault_level3+0x27
    [   0.007000]   #1 0x00102001 fault_level2+0x11
    [   0.007000]   #2 0x00102021 fault_level1+0x11
    [   0.007000]   #3 0x001020a0 fault_maybe_inject+0x70
    [   0.007000]   #4 0x001051ec kmain+0x16c
"""

import re

FRAME = re.compile(r"^.*#\d+\s+(?:0x)?([0-9a-fA-F]{6,16})\s+([A-Za-z_][\w.]*)\+0x[0-9a-fA-F]+",
                   re.M)
# kernel/panic.c: with phantom.exit_on_panic=1, isa-debug-exit code 0x21.
PANIC_EXIT = (0x21 << 1) | 1
CHAIN = ["fault_level3", "fault_level2", "fault_level1", "kmain"]


def is_subsequence(want, names):
    it = iter(names)
    return all(any(n == w for n in it) for w in want)


def test_fault_backtrace(ctx):
    iso = ctx.variant_iso("fault", "phantom.fault=1 phantom.exit_on_panic=1")
    with ctx.machine(iso=iso) as m:
        match, t = m.wait_serial(r"panic:.*", 20)
        print("    %s (%.2f s)" % (match.group(0).strip(), t))
        status = m.wait_exit(10)
        log = m.serial_text()
    assert status == PANIC_EXIT, \
        "QEMU exit status %s after the panic, not %d" % (status, PANIC_EXIT)
    after = log[log.index("panic:"):]
    assert re.search(r"page fault|#PF|exception 14|vector 14", after, re.I), \
        "the panic does not say it was a page fault:\n" + after[:800]
    frames = FRAME.findall(after)
    names = [name for _, name in frames]
    print("    frames: %s" % " ".join(names))
    assert len(names) >= 3, \
        "only %d symbolized frames in the backtrace:\n%s" % (len(names), after[:1500])
    assert is_subsequence(CHAIN, names), \
        "backtrace %s does not show %s innermost first" % (names, " <- ".join(CHAIN))
    assert names[0] == "fault_level3", \
        "the first frame is %s, not the faulting fault_level3" % names[0]
