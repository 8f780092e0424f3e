"""test_deskfields.py - the build's check of the desk's contract (no QEMU
needed): gui/deskfields.sh passes gui/lib/window.ph as it is, and fails,
naming the class and the field, on a copy where a field the desk uses
(gui/deskfields.def) is renamed or a class is missing.
"""

import os
import subprocess
import tempfile

from qemu import ROOT

DEF = os.path.join(ROOT, "gui", "deskfields.def")
PH = os.path.join(ROOT, "gui", "lib", "window.ph")
CHECK = os.path.join(ROOT, "gui", "deskfields.sh")


def check(text):
    with tempfile.NamedTemporaryFile("w", suffix=".ph", delete=False) as f:
        f.write(text)
    try:
        p = subprocess.run([CHECK, DEF, f.name], capture_output=True, text=True)
        return p.returncode, p.stderr
    finally:
        os.unlink(f.name)


def window_ph():
    with open(PH) as f:
        return f.read()


def test_deskfields_window_ph_agrees(ctx):
    rc, err = check(window_ph())
    assert rc == 0 and err == "", "window.ph and deskfields.def disagree:\n" + err


def test_deskfields_renamed_field_fails(ctx):
    text = window_ph()
    assert "var wx;" in text
    rc, err = check(text.replace("var wx;", "var left;", 1))
    assert rc != 0, "a renamed Window field passed the check"
    assert "class Window declares no field wx" in err, err


def test_deskfields_field_in_a_method_is_no_field(ctx):
    """A `var` inside a method body or a comment declares no field."""
    text = window_ph()
    text = text.replace("var queue;", "def q() { var queue; } // var queue;", 1)
    rc, err = check(text)
    assert rc != 0 and "class App declares no field queue" in err, err


def test_deskfields_missing_class_fails(ctx):
    text = window_ph().replace("class DeskRegistry {", "class Registry {", 1)
    rc, err = check(text)
    assert rc != 0 and "no class DeskRegistry" in err, err
