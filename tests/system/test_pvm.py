"""test_pvm.py - the managed VM and its compiler inside the kernel.

phantom.pvmtest=1 runs pvm/selftest_kern.c: a kernel thread compiles each
embedded .ph program with pvm/lang inside the kernel, runs main() in a fresh
VM whose arena is mapped at ARENA_BASE, and checks the heap afterwards. The
program's print() lines reach the serial log as "pvm| TEXT", error reports
as "pvm! TEXT", between "pvmtest: run NAME" and "pvmtest: NAME exit RC ...".
QEMU then exits through isa-debug-exit: 0x12 pass, 0x13 fail.

Every program's output is compared line for line with what the host runner
(build/host/pvm run) prints for the same source, so the kernel's klibc must
format floats digit for digit like glibc. Programs: objects (classes, super,
closures, maps, strings, integer wrap-around), floats (arithmetic, Math and
the shortest round-trip float text), errors (throw/catch, runtime errors),
threads (Thread.sleep ordering, shared closures, an uncaught error that ends
only its own thread), bad (compile errors), deep_* (nesting near the
parser's bound, on a 64 KiB kernel stack) and too_deep (past it: an error,
not a stack overflow).
"""

import re

PVMTEST_PASS = (0x12 << 1) | 1

EXPECTED = {
    "objects": [
        "rect of area 12",
        "square of area 25",
        "blob of area 0",
        "Shape,Rect,Square",
        "[13, 101]",
        "{one: 1, three: 3, 4: four}",
        "one|three|4 size 3 has one true",
        "PHANTOM OS, PERSISTENT / 22 / 8",
        "persist!A",
        "{3: 2, 5: 2}",
        "-2147483648",
        "2147483645 -3 -1 -2147483648",
        "5 \u00e9",
    ],
    "floats": [
        "0.30000000000000004",
        "0.3333333333333333",
        "2.5",
        "1e+02",
        "1e+30",
        "1.5e-07",
        "123456789.125",
        "-3.0",
        "2.0",
        "1e+21",
        "1e+23",
        "5e-324",
        "1.7976931348623157e+308",
        "inf",
        "-inf",
        "0.30000000000000004",
        "1.5",
        "-1.5",
        "1.4142135623730951",
        "4.0",
        "1024.0",
        "1.4142135623730951",
        "0.01",
        "1.2100000000000002",
        "-3 3 7",
        "3.25 1.5 2.0",
        "0.479425538604203",
        "0.5403023058681398",
        "6.5",
        "1e-05",
        "12.5x",
        "2.9289682539682538",
        "36768468716.93302",
        "[0.5, 1.0, 1e+100]",
    ],
    "errors": [
        "fine 0",
        "caught AppError: custom failure",
        "caught Error: division by zero",
        "caught Error: index 5 out of range (length 2)",
        "caught Error: null receiver: cannot call missing() on null",
        "caught string: a plain string",
        "caught Error: no method nosuch() in class String",
        "code 7 from the bottom",
        "[1:inner, 2:outer]",
    ],
    "threads": [
        "fast < middle < slow",
        "after the failed thread, step 1",
        "total 6000",
        "slept enough true",
        "clock sane true",
    ],
    "bad": [],
    "deep_parens": ["2"],
    "deep_chain": ["2001"],
    "deep_closures": ["2"],
    "deep_blocks": ["61"],
    "too_deep": [],
}

# Error-report lines ("pvm! "), exactly; a regex where a number may vary.
EXPECTED_ERR = {
    "threads": [r"Uncaught Error: division by zero",
                r"    at <fn> \(threads:14\)",
                r"    in thread \d+"],
    "bad": [r"bad:2:13: expected an expression before ';'",
            r"bad:3:11: undefined name 'undefined_name'"],
    "too_deep": [r"too_deep:3:\d+: program nested too deeply \(more than 128 levels\)"],
}

EXIT_RC = {"bad": 2, "too_deep": 2}
STACK_LIMIT = 64 * 1024


def _programs(log):
    """{name: (stdout lines, stderr lines, exit line)} from the serial log."""
    progs, cur = {}, None
    for line in log.splitlines():
        m = re.match(r"\[[ \d.]+\] (.*)$", line)
        if not m:
            continue
        text = m.group(1)
        start = re.match(r"pvmtest: run (\S+)$", text)
        if start:
            cur = start.group(1)
            progs[cur] = ([], [], None)
        elif cur and text.startswith("pvm| "):
            progs[cur][0].append(text[5:])
        elif cur and text.startswith("pvm! "):
            progs[cur][1].append(text[5:])
        elif cur and text.startswith("pvmtest: %s exit" % cur):
            progs[cur] = (progs[cur][0], progs[cur][1], text)
            cur = None
    return progs


def test_pvm_in_kernel(ctx):
    iso = ctx.variant_iso("pvmtest", "phantom.pvmtest=1")
    with ctx.machine(iso=iso) as m:
        match, t = m.wait_serial(r"pvmtest: (\d+) passed, (\d+) failed", 90)
        status = m.wait_exit(10)
        log = m.serial_text()
    progs = _programs(log)
    problems = []
    for name, want in EXPECTED.items():
        if name not in progs or progs[name][2] is None:
            problems.append("%s: did not run to its end" % name)
            continue
        out, err, done = progs[name]
        print("    " + done.split("pvmtest: ", 1)[1])
        if out != want:
            problems.append("%s: output differs\n      want %r\n      got  %r" % (name, want, out))
        want_err = EXPECTED_ERR.get(name, [])
        if len(err) != len(want_err) or not all(
                re.fullmatch(w, e) for w, e in zip(want_err, err)):
            problems.append("%s: error report differs\n      want %r\n      got  %r"
                            % (name, want_err, err))
        rc = int(re.search(r"exit (-?\d+)", done).group(1))
        if rc != EXIT_RC.get(name, 0):
            problems.append("%s: exit %d, not %d" % (name, rc, EXIT_RC.get(name, 0)))
        if not done.endswith("heap ok"):
            problems.append("%s: %s" % (name, done))
        stack = re.search(r"C stack (\d+) bytes", done)
        if stack and int(stack.group(1)) > STACK_LIMIT * 3 // 4:
            problems.append("%s: used %s bytes of the 64 KiB kernel stack"
                            % (name, stack.group(1)))
    assert not problems, "\n".join(problems)
    assert match.group(2) == "0", "the kernel counted %s failed programs" % match.group(2)
    assert status == PVMTEST_PASS, \
        "QEMU exit status %s, not %d" % (status, PVMTEST_PASS)
