"""test_docs.py - the documents say what is there (no QEMU needed).

docs/READING_ORDER lists files one a line; README.md's tables name files
in backquotes. A rename that forgets the documents fails here. NOTICE
names the Debian patches that go into the kernel's FreeType: a Debian
update that changes the series fails here until NOTICE follows.
"""

import os
import re

from qemu import BUILD, ROOT


def missing(paths):
    return [p for p in paths if not os.path.exists(os.path.join(ROOT, p))]


def test_reading_order_files_exist(ctx):
    with open(os.path.join(ROOT, "docs", "READING_ORDER")) as f:
        paths = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
    assert len(paths) >= 10, "docs/READING_ORDER lists only %d files" % len(paths)
    gone = missing(paths)
    assert not gone, "docs/READING_ORDER names missing files: %s" % " ".join(gone)


def test_readme_paths_exist(ctx):
    """Every `path/with/slash` in a README table row, except rows marked
    (planned), must exist."""
    with open(os.path.join(ROOT, "README.md")) as f:
        rows = [ln for ln in f if ln.startswith("|") and "(planned)" not in ln]
    paths = set()
    for row in rows:
        for tok in re.findall(r"`([^`\s]+)`", row):
            if "/" in tok and not tok.startswith(("-", "make", "build/")):
                paths.add(tok.rstrip("/"))
    assert len(paths) >= 20, "README.md names only %d paths" % len(paths)
    gone = missing(sorted(paths))
    assert not gone, "README.md names missing files: %s" % " ".join(gone)


def notice_freetype_patches():
    """The "     - NAME" lines of NOTICE's FreeType item, in order."""
    with open(os.path.join(ROOT, "NOTICE")) as f:
        text = f.read()
    start = text.index("\n1. FreeType")
    item = text[start:text.index("\n2. ", start)]
    return re.findall(r"^     - (\S+)", item, re.M)


def test_notice_lists_freetype_patches(ctx):
    """NOTICE names the patches gui/fetch-freetype.sh applied to FreeType
    (build/freetype/patches-applied), the same ones in the same order."""
    ft = os.path.join(BUILD, "freetype")
    path = os.path.join(ft, "patches-applied")
    assert os.path.exists(path), "no %s: build the kernel first" % path
    with open(path) as f:
        applied = [ln.strip() for ln in f if ln.strip()]
    with open(os.path.join(ft, "fetched.stamp")) as f:
        version = f.read().strip()
    listed = notice_freetype_patches()
    assert listed == applied, (
        "NOTICE's FreeType patches differ from those the build applied (%s):\n"
        "  only in NOTICE: %s\n  only applied: %s\n  NOTICE order: %s\n"
        "  applied order: %s" % (
            version, [p for p in listed if p not in applied],
            [p for p in applied if p not in listed], listed, applied))
