"""test_kernel.py - the kernel core on the real target (i386 under QEMU).

phantom.selftest=1 runs kernel/selftest.c on the boot thread: klibc's
formatting and setjmp, preemption of busy threads, sleep accuracy, mutex
exclusion, semaphore hand-off and time-out, heap alloc/free/alignment. It
prints one line per check and "selftest: N passed, M failed", then exits
QEMU through isa-debug-exit with 0x10 (pass) or 0x11 (fail).

phantom.fault=stack recurses without end on a new thread: the guard page
below its stack must catch it, and the double-fault task must report a
named stack overflow instead of the machine resetting (a triple fault would
exit QEMU with status 0 under -no-reboot).
"""

import re

SELFTEST_PASS = (0x10 << 1) | 1
PANIC_EXIT = (0x21 << 1) | 1


def test_kernel_selftest(ctx):
    iso = ctx.variant_iso("selftest", "phantom.selftest=1")
    with ctx.machine(iso=iso) as m:
        match, t = m.wait_serial(r"selftest: (\d+) passed, (\d+) failed", 60)
        status = m.wait_exit(10)
        log = m.serial_text()
    for line in re.findall(r"selftest: (?:PASS|FAIL) .*", log):
        print("    " + line)
    passed, failed = int(match.group(1)), int(match.group(2))
    assert failed == 0, "kernel selftest failures:\n" + "\n".join(
        re.findall(r"selftest: FAIL .*", log))
    assert passed >= 9, "only %d kernel selftest checks ran" % passed
    assert status == SELFTEST_PASS, \
        "QEMU exit status %s, not %d" % (status, SELFTEST_PASS)


def test_stack_overflow_is_caught(ctx):
    iso = ctx.variant_iso("stack", "phantom.fault=stack phantom.exit_on_panic=1")
    with ctx.machine(iso=iso) as m:
        match, t = m.wait_serial(r"panic:.*", 20)
        status = m.wait_exit(10)
    print("    %s (%.2f s)" % (match.group(0).strip(), t))
    assert "stack overflow in thread 'overflow'" in match.group(0), \
        "the panic does not name the overflowing thread: " + match.group(0)
    assert status == PANIC_EXIT, \
        "QEMU exit status %s after the panic, not %d" % (status, PANIC_EXIT)
