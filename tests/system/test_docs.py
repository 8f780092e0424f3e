"""test_docs.py - the documents say what is there (no QEMU needed).

docs/READING_ORDER lists files one a line; README.md's tables name files
in backquotes. A rename that forgets the documents fails here. NOTICE
names the Debian patches that go into the kernel's FreeType: a Debian
update that changes the series fails here until NOTICE follows. The
examples of docs/*.md run and print what they say (below).
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


# ---------------------------------------------------------------- examples
#
# The examples of the documents run, and say what they print. In
# docs/*.md, a fenced block whose info string is `ph` is a program the
# host runner runs (`build/host/pvm run example.ph`, in a fresh
# directory); one whose info string is `ph desk` runs on the host desk
# (`build/host/desk --size 640x480 --script S example.ph`). The blocks
# right after it say what must happen:
#
#   ```script   the desk's script (a desk example only; empty if absent)
#   ```output   stdout, exactly (the final newline aside)
#   ```error    each line must appear in stderr, and the exit status
#               must not be 0 (without it, it must be 0)
#
# A `ph` block followed by neither `output` nor `error` fails the test:
# every example shown is checked. A sketch that is not a whole program
# goes in a plain ``` block.

FENCE = re.compile(r"^(```+)\s*(.*)$")
RUNNERS = {"ph": "pvm", "ph desk": "desk"}
AFTER = ("script", "output", "error")


def fenced_blocks(text):
    """[(info, body, line)] of the fenced blocks of a markdown text."""
    out, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, start = m.group(1), m.group(2).strip(), i + 1
        i += 1
        body = []
        while i < len(lines) and lines[i].strip() != fence:
            body.append(lines[i])
            i += 1
        out.append((info, "\n".join(body) + "\n", start))
        i += 1
    return out


def examples(text):
    """[(runner, program, {"script"|"output"|"error": text}, line)]; a
    block of AFTER not right after an example is an error too."""
    blocks, out, i = fenced_blocks(text), [], 0
    while i < len(blocks):
        info, body, line = blocks[i]
        i += 1
        if info in AFTER:
            raise ValueError("line %d: a ```%s block after no example" % (line, info))
        if info not in RUNNERS:
            continue
        checks = {}
        while i < len(blocks) and blocks[i][0] in AFTER and blocks[i][0] not in checks:
            checks[blocks[i][0]] = blocks[i][1]
            i += 1
        out.append((RUNNERS[info], body, checks, line))
    return out


def run_example(runner, program, checks, timeout=60):
    """None if the example does what its blocks say, else why not."""
    import subprocess
    import tempfile
    binary = os.path.join(ROOT, "build", "host", runner)
    if not os.access(binary, os.X_OK):
        return "no %s (make build/host/%s)" % (binary, runner)
    if "output" not in checks and "error" not in checks:
        return "no ```output or ```error block after it: an example nobody checks"
    if runner == "pvm" and "script" in checks:
        return "a ```script block after a `ph` example (only `ph desk` ones have one)"
    with tempfile.TemporaryDirectory(prefix="doc-example-") as d:
        with open(os.path.join(d, "example.ph"), "w") as f:
            f.write(program)
        if runner == "pvm":
            cmd = [binary, "run", "example.ph"]
        else:
            with open(os.path.join(d, "example.script"), "w") as f:
                f.write(checks.get("script", ""))
            cmd = [binary, "--size", "640x480", "--script", "example.script", "example.ph"]
        try:
            p = subprocess.run(cmd, cwd=d, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "timed out after %d s" % timeout
    out = p.stdout.decode(errors="replace")
    err = p.stderr.decode(errors="replace")
    why = []
    if "error" in checks:
        if p.returncode == 0:
            why.append("exit status 0, but an ```error block says it fails")
        why += ["stderr lacks: %s" % l for l in checks["error"].splitlines()
                if l.strip() and l not in err]
    elif p.returncode != 0:
        why.append("exit status %d:\n%s" % (p.returncode, err.strip()[-1500:]))
    if "output" in checks and out.rstrip("\n") != checks["output"].rstrip("\n"):
        why.append("stdout differs:\n--- expected\n%s--- got\n%s" % (checks["output"], out))
    return "\n".join(why) or None


def check_examples(path):
    """[failure text] for the examples of one document; the count run."""
    with open(path) as f:
        text = f.read()
    rel = os.path.relpath(path, ROOT)
    try:
        found = examples(text)
    except ValueError as e:
        return ["%s: %s" % (rel, e)], 0
    fails = []
    for runner, program, checks, line in found:
        why = run_example(runner, program, checks)
        if why:
            fails.append("%s:%d: %s" % (rel, line, why))
    return fails, len(found)


def test_docs_examples_run(ctx):
    """Every example of docs/*.md runs and prints what the document says
    (docs/LANGUAGE.md holds most of them)."""
    docs = os.path.join(ROOT, "docs")
    fails, total = [], 0
    for name in sorted(os.listdir(docs)):
        if name.endswith(".md"):
            f, n = check_examples(os.path.join(docs, name))
            fails += f
            total += n
    assert total >= 15, "the documents show only %d checked examples" % total
    assert not fails, "%d of %d examples fail:\n%s" % (len(fails), total, "\n".join(fails))


def test_docs_examples_checker_fails(ctx):
    """The checker itself: a wrong output, a missing check, a program that
    does not compile and an error that does not happen each fail."""
    wrong = [
        ("pvm", "def main() { print(1 + 1); }\n", {"output": "3\n"}),
        ("pvm", "def main() { print(1); }\n", {}),
        ("pvm", "def main() { print(1) }\n", {"output": "1\n"}),
        ("pvm", "def main() { print(1); }\n", {"output": "1\n", "error": "x\n"}),
    ]
    for runner, program, checks in wrong:
        assert run_example(runner, program, checks), "not caught: %r %r" % (program, checks)
    assert run_example("pvm", "def main() { print(1 + 1); }\n", {"output": "2\n"}) is None
