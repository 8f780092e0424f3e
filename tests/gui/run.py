#!/usr/bin/env python3
"""run.py - the gui test suite (`make gui-test`): widget programs run on the
host desk (build/host/desk, a memory screen driven by a script), their
output and screenshots checked.

    python3 tests/gui/run.py [-k NAME] [--desk build/host/desk]
    GUI_BLESS=1 python3 tests/gui/run.py      # rewrite the golden pictures

Each tests/gui/NAME.ph runs as

    build/host/desk --size 640x480 --script tests/gui/NAME.script tests/gui/NAME.ph

from the top of the repository, with PHANTOM_ASSETS pointing at a fresh
directory holding good.png (a 64x48 gradient) and bad.png (garbage bytes:
the image loader must show a placeholder, not crash). A test passes when

  - the desk exits 0 (a script line failed, a compile error, an uncaught
    error in main's thread or a sanitizer report make it fail);
  - its stdout equals NAME.out, if there is one (lines starting "info:"
    are shown but not compared: measurements such as damage figures);
  - every line of NAME.log, if there is one, is in its stderr (the log);
  - a script's comments `# with FILE...` name files compiled before
    NAME.ph (an app under test, apps/NAME.ph);
  - a script NAME.script with the comment `# java DIR CLASS` (and no
    NAME.ph) runs the Java app CLASS of apps/DIR instead, converted as
    the OS converts it: `desk --java build/host/jgui:build/japps/apps/DIR
    CLASS`; `# size WxH` gives its screen another size;
  - a script with the comment `# fonts broken-sans` runs with PHANTOM_FONTS
    at a directory whose DejaVuSans.ttf is garbage (the fallback face);
  - every `shot PATH` of the script matches tests/gui/golden/BASENAME(PATH)
    (but the second shot of a `# same` pair, which is compared exactly):
    same size, at most MAX_SHARE of the pixels differing by more than TOL
    in a channel (a failure writes PATH.diff.png, differing pixels in red);
  - every script comment `# same A.png B.png` names two shots that are
    identical: the tests take one after incremental repaints and one after
    a full repaint of the window, which must agree pixel for pixel.

Ends with "N passed, N failed"; exits 1 on any failure. Python 3 standard
library only (the PNG codec is tests/system/qemu.py's).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "system"))
from qemu import Image, png_decode, png_encode  # noqa: E402

HERE = os.path.join(ROOT, "tests", "gui")
GOLDEN = os.path.join(HERE, "golden")
SIZE = "640x480"
TOL = 24           # per-channel difference still taken as equal
MAX_SHARE = 0.002  # share of pixels that may differ by more than TOL
TIMEOUT = 120


def make_assets(d):
    """good.png: a small gradient; bad.png: bytes that are no image."""
    w, h = 64, 48
    rgb = bytearray()
    for y in range(h):
        for x in range(w):
            rgb += bytes((40 + x * 3, 90 + y * 3, 200 - x * 2))
    with open(os.path.join(d, "good.png"), "wb") as f:
        f.write(png_encode(w, h, bytes(rgb)))
    with open(os.path.join(d, "bad.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) & 255 for i in range(200)))


def script_lines(path):
    with open(path) as f:
        return [line.strip() for line in f]


def load(path):
    with open(path, "rb") as f:
        return png_decode(f.read())


def compare(shot, golden):
    """None if the pictures match, else why not (and a diff picture)."""
    with open(shot, "rb") as f:
        a_bytes = f.read()
    with open(golden, "rb") as f:
        if f.read() == a_bytes:
            return None
    a, b = png_decode(a_bytes), load(golden)
    if a.size != b.size:
        return "size %s, golden %s" % (a.size, b.size)
    ra, rb = a.rgb, b.rgb
    out = bytearray(ra)
    bad = 0
    for i in range(0, len(ra), 3):
        if (abs(ra[i] - rb[i]) > TOL or abs(ra[i + 1] - rb[i + 1]) > TOL
                or abs(ra[i + 2] - rb[i + 2]) > TOL):
            bad += 1
            out[i:i + 3] = b"\xff\x00\x00"
    share = bad / (a.width * a.height)
    if share <= MAX_SHARE:
        return None
    Image(a.width, a.height, bytes(out)).save_png(shot + ".diff.png")
    return "%d pixels differ (%.3f%% > %.3f%%), see %s.diff.png" % (
        bad, share * 100, MAX_SHARE * 100, os.path.relpath(shot, ROOT))


def identical(a, b):
    """None if two shots are the same pixels, else why not."""
    ia, ib = load(a), load(b)
    if ia.size != ib.size:
        return "%s and %s differ in size" % (a, b)
    if ia.rgb == ib.rgb:
        return None
    n = sum(1 for i in range(0, len(ia.rgb), 3) if ia.rgb[i:i + 3] != ib.rgb[i:i + 3])
    return "%s and %s differ in %d pixels (incremental vs full repaint)" % (a, b, n)


def broken_fonts(assets):
    """A fonts directory (for PHANTOM_FONTS) whose DejaVuSans.ttf is
    garbage after a TrueType header; the other faces are the real ones."""
    d = os.path.join(assets, "fonts-broken-sans")
    os.makedirs(d, exist_ok=True)
    for face in ("DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        dst = os.path.join(d, face)
        if not os.path.exists(dst):
            os.symlink(os.path.join("/usr/share/fonts/truetype/dejavu", face), dst)
    with open(os.path.join(d, "DejaVuSans.ttf"), "wb") as f:
        f.write(b"\x00\x01\x00\x00\x00\x10" + bytes((i * 37) % 251 for i in range(4000)))
    return d


def with_files(lines):
    """The files a script's `# with FILE...` lines name (from the top of
    the repository), compiled before the test's program: an app under
    test."""
    files = []
    for l in lines:
        if l.startswith("# with "):
            files += l.split()[2:]
    return files


def run_test(name, desk, assets, bless):
    """A list of failures (empty: passed) and the info lines."""
    ph = os.path.join(HERE, name + ".ph")
    script = os.path.join(HERE, name + ".script")
    lines = script_lines(script)
    shots = [l.split(None, 1)[1] for l in lines if l.startswith("shot ")]
    for s in shots:
        for stale in (s, s + ".diff.png"):
            if os.path.exists(os.path.join(ROOT, stale)):
                os.remove(os.path.join(ROOT, stale))
    env = dict(os.environ, PHANTOM_ASSETS=assets)
    size = ([l.split()[2] for l in lines if l.startswith("# size ")] or [SIZE])[0]
    java = [l.split()[2:4] for l in lines if l.startswith("# java ")]
    if java:
        run = ["--java", "build/host/jgui:build/japps/apps/%s" % java[0][0], java[0][1]]
    else:
        run = with_files(lines) + [ph]
    if any(l.startswith("# fonts broken-sans") for l in lines):
        env["PHANTOM_FONTS"] = broken_fonts(assets)
    try:
        p = subprocess.run([desk, "--size", size, "--script", script] + run,
                           cwd=ROOT,
                           env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return ["timed out after %d s" % TIMEOUT], []
    out = p.stdout.decode(errors="replace")
    err = p.stderr.decode(errors="replace")
    info = [l for l in out.splitlines() if l.startswith("info:")]
    fails = []
    if p.returncode != 0:
        fails.append("desk exited %d:\n%s" % (p.returncode, err.strip()[-3000:]))
    expect = os.path.join(HERE, name + ".out")
    if os.path.exists(expect):
        got = [l for l in out.splitlines() if not l.startswith("info:")]
        with open(expect) as f:
            want = f.read().splitlines()
        if got != want:
            fails.append("stdout differs from %s.out:\n--- expected\n%s\n--- got\n%s"
                         % (name, "\n".join(want), "\n".join(got)))
    same = [l.split()[2:4] for l in lines if l.startswith("# same ")]
    checked_by_same = {b for a, b in same}
    for s in shots:
        path = os.path.join(ROOT, s)
        golden = os.path.join(GOLDEN, os.path.basename(s))
        if not os.path.exists(path):
            fails.append("no screenshot %s" % s)
        elif s in checked_by_same:
            continue  # compared with its pair, exactly
        elif bless:
            os.makedirs(GOLDEN, exist_ok=True)
            shutil.copyfile(path, golden)
        elif not os.path.exists(golden):
            fails.append("no golden %s (GUI_BLESS=1 writes it)" % os.path.relpath(golden, ROOT))
        else:
            why = compare(path, golden)
            if why:
                fails.append("%s: %s" % (os.path.basename(s), why))
    logged = os.path.join(HERE, name + ".log")
    if os.path.exists(logged):
        with open(logged) as f:
            for want in f.read().splitlines():
                if want and want not in err:
                    fails.append("stderr lacks the log line: %s" % want)
    for a, b in same:
        pa, pb = os.path.join(ROOT, a), os.path.join(ROOT, b)
        if os.path.exists(pa) and os.path.exists(pb):
            why = identical(pa, pb)
            if why:
                fails.append(why)
        else:
            fails.append("# same: missing %s or %s" % (a, b))
    return fails, info


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-k", action="append", default=[], help="run tests whose name contains this")
    ap.add_argument("--desk", default=os.path.join(ROOT, "build", "host", "desk"))
    args = ap.parse_args()
    bless = os.environ.get("GUI_BLESS") == "1"
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.endswith(".ph") and os.path.exists(os.path.join(HERE, f[:-3] + ".script")))
    names = sorted(names + [f[:-7] for f in os.listdir(HERE) if f.endswith(".script")
                            and any(l.startswith("# java ")
                                    for l in script_lines(os.path.join(HERE, f)))])
    if args.k:
        names = [n for n in names if any(k in n for k in args.k)]
    if not os.access(args.desk, os.X_OK):
        print("no %s (make build/host/desk)" % args.desk)
        print("0 passed, 1 failed")
        return 1
    os.makedirs(os.path.join(ROOT, "build", "test-shots", "gui"), exist_ok=True)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="gui-assets-") as assets:
        make_assets(assets)
        for name in names:
            fails, info = run_test(name, args.desk, assets, bless)
            print("%s %s%s" % ("FAIL" if fails else "PASS", name, " (blessed)" if bless and not fails else ""))
            for l in info:
                print("    " + l)
            for f in fails:
                print("    " + f.replace("\n", "\n    "))
            if fails:
                failed += 1
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
