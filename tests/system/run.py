#!/usr/bin/env python3
"""run.py --iso ISO [-k NAME] [--list] - run Phantom's QEMU system tests.

Tests are the functions named test_* in tests/system/test_*.py, run in file
order and then in the order they are defined. Each is called with one
argument, a Context: ctx.iso, ctx.disk (a fresh blank 64 MiB raw disk under
build/test-system/), ctx.name, ctx.machine(**kw) -> qemu.Machine on them,
and ctx.variant_iso(name, kcmdline) for a test that needs a boot option.

A test passes by returning, fails by raising (AssertionError, TimeoutError,
anything). One line per test: PASS/FAIL, its name and seconds; then, alone on
the last line, "N passed, N failed". Exit status 1 if any test failed or no
test ran. A test may set `fn.timeout = seconds` (default 120): past it the
test is failed by SIGALRM and its QEMU killed.
"""

import argparse
import importlib.util
import os
import signal
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import qemu  # noqa: E402

DISK_MIB = 64
DEFAULT_TIMEOUT = 120


class TestTimeout(Exception):
    pass


class Context:
    def __init__(self, name, iso, disk):
        self.name, self.iso, self.disk = name, iso, disk

    def machine(self, iso=None, disk=None, **kw):
        kw.setdefault("name", self.name)
        return qemu.Machine(iso or self.iso, disk or self.disk, **kw)

    def variant_iso(self, name, kcmdline, apps=()):
        return qemu.variant_iso(name, kcmdline, apps)


def discover():
    """[(name, function)] for every test_* function in test_*.py."""
    tests = []
    for fname in sorted(os.listdir(HERE)):
        if not (fname.startswith("test_") and fname.endswith(".py")):
            continue
        modname = fname[:-3]
        spec = importlib.util.spec_from_file_location(modname, os.path.join(HERE, fname))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for attr, fn in vars(mod).items():      # definition order
            if attr.startswith("test_") and callable(fn):
                tests.append(("%s.%s" % (modname, attr), fn))
    return tests


def _alarm(signum, frame):
    raise TestTimeout("test took longer than its time limit")


def run_one(name, fn, iso):
    """Run one test; return (passed, seconds)."""
    short = name.split(".", 1)[1]
    disk = qemu.new_blank_disk(os.path.join(qemu.WORK, short + ".img"), DISK_MIB)
    ctx = Context(short, iso, disk)
    t0 = time.monotonic()
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(int(getattr(fn, "timeout", DEFAULT_TIMEOUT)))
    try:
        fn(ctx)
        ok, err = True, None
    except Exception:
        ok, err = False, traceback.format_exc()
    finally:
        signal.alarm(0)
        qemu._kill_all()                     # a test that leaked a Machine
    dt = time.monotonic() - t0
    print("%s %-45s %6.2f s" % ("PASS" if ok else "FAIL", name, dt), flush=True)
    if err:
        print("    " + err.rstrip().replace("\n", "\n    "), flush=True)
    return ok, dt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default=os.path.join(qemu.BUILD, "phantom.iso"))
    ap.add_argument("-k", dest="filter", action="append", default=[],
                    help="run only tests whose name contains this (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the tests and exit")
    args = ap.parse_args()

    tests = [t for t in discover()
             if not args.filter or any(k in t[0] for k in args.filter)]
    if args.list:
        for name, _ in tests:
            print(name)
        return 0
    if not os.path.exists(args.iso):
        print("run.py: no ISO at %s (run `make iso` first)" % args.iso)
        print("0 passed, 1 failed")
        return 1
    iso = os.path.abspath(args.iso)
    os.makedirs(qemu.WORK, exist_ok=True)
    passed = failed = 0
    t0 = time.monotonic()
    for name, fn in tests:
        ok, _ = run_one(name, fn, iso)
        passed += ok
        failed += not ok
    print("system tests: %.1f s" % (time.monotonic() - t0))
    if not tests:
        print("run.py: no test matched %s" % args.filter)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main())
