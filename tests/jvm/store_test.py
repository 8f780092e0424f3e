#!/usr/bin/env python3
"""tests/jvm/store_test.py - a Java program in a persistent world on the host.

`pvm java --store FILE` runs tests/jvm/store/Count.java (it counts to 30,
sleeping 100 ms a step, keeping what it saw in an ArrayList and a
StringBuilder), is killed with SIGKILL (a power cut) after a few snapshots,
and is run again on the same store: the world must be restored (the log
says `restore gen=N`, N > 0), the program must go on from where its last
snapshot left it (not from 0) and finish with everything it collected
before and after the cut. Prints "jvm-store: N passed, M failed".
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    pvm = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/host/pvm")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["javac", "-d", tmp, os.path.join(ROOT, "tests/jvm/store/Count.java")],
                       check=True)
        store = os.path.join(tmp, "world.store")
        with open(store, "wb") as f:
            f.truncate(64 << 20)
        cmd = [pvm, "java", "--store", store, "--snapshot-ms", "200", "-cp", tmp, "Count"]
        env = dict(os.environ, PVM_SNAPLOG="1")
        first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        try:
            deadline = time.time() + 60
            seen = b""
            while time.time() < deadline and seen.count(b"snapshot committed") < 3:
                line = first.stderr.readline()
                if not line:
                    break
                seen += line
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait()
        out1 = first.stdout.read().decode()
        if seen.count(b"snapshot committed") < 3:
            failures.append("fewer than 3 snapshots before the cut: " + seen.decode()[-300:])
        second = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        m = re.search(r"restore gen=(\d+)", second.stderr)
        if not m or int(m.group(1)) == 0:
            failures.append("no restore: " + second.stderr[-300:])
        lines = second.stdout.splitlines()
        if not lines or lines[0].startswith("0 "):
            failures.append("the restored program started over: " + repr(lines[:2]))
        want = "done [" + ", ".join("n%d" % i for i in range(30)) + "]"
        if not lines or lines[-1] != want:
            failures.append("last line %r" % (lines[-1] if lines else None))
        if second.returncode != 0:
            failures.append("exit status %d" % second.returncode)
        print("cut after %d lines; the restored run printed %d, starting %r" %
              (len(out1.splitlines()), len(lines), lines[0] if lines else None))
    for f in failures:
        print("FAIL jvm-store:", f)
    print("jvm-store: %d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
