"""test_docs.py - the documents name files that exist (no QEMU needed).

docs/READING_ORDER lists files one a line; README.md's tables name files
in backquotes. A rename that forgets the documents fails here.
"""

import os
import re

from qemu import ROOT


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
