"""The Shell (apps/shell.ph) in the OS, typed into over the real keyboard
path: input over several lines, Ctrl+C on an idle Shell dropping the input,
and Ctrl+C stopping typed code that loops (the desk throws Interrupted into
the busy app's thread: skipped until the VM has it)."""

import time

from test_desk import boot

SHELL = "phantom.run=shell phantom.welcome=0"


def wait_shell(m):
    """The Shell is open, its input focused, and idle."""
    m.wait_serial(r"world: launched shell", 30)
    m.wait_serial(r"desktop ready", 30)
    m.sync()


def run_input(m, text, want, timeout=10):
    """Type text (its newlines are Enter presses); wait for the transcript
    line `want` (a regex, after "shell: ") on the serial log."""
    mark = m.serial_size()
    m.type_text(text)
    m.wait_serial(r"shell: " + want, timeout, since=mark)


def test_shell_multiline_and_idle_ctrl_c(ctx):
    """A def typed over three lines runs once its block closes; Ctrl+C
    with nothing running drops the half-typed input; the Shell goes on."""
    with boot(ctx, SHELL, name="shell") as m:
        wait_shell(m)
        mark = m.serial_size()
        run_input(m, "def sq(n) {\n  return n * n;\n}\n", r"ok\r?\n")
        log = m.serial_text(mark)
        assert "shell: ... }" in log, "the def's lines were not taken as one input:\n" + log
        run_input(m, "sq(\n7)\n", r"49\r?\n")
        m.type_text("1 +")
        m.chord("ctrl", "c")
        m.wait_serial(r"shell: > 1 \+\^C", 10, since=mark)
        run_input(m, "sq(8)\n", r"64\r?\n")
        log = m.serial_text(mark)
    assert "kbd: press" not in log, "typed keys are on the serial log"
    assert " pvm! " not in log, "an error report on the log:\n" + log


def test_shell_ctrl_c_stops_a_loop(ctx):
    """`while (true) {}` typed into the Shell: Ctrl+C stops it with
    "interrupted" in the transcript, and the Shell, its definitions kept,
    evaluates the next input."""
    with boot(ctx, SHELL, name="shell") as m:
        wait_shell(m)
        mark = m.serial_size()
        run_input(m, "def sq(n) { return n * n; }\n", r"ok\r?\n")
        run_input(m, "while (true) {\n}\n", r"\.\.\. }\r?\n")
        time.sleep(1.0)                     # busy for longer than the desk's 250 ms
        m.chord("ctrl", "c")
        m.wait_serial(r"shell: \^C interrupted", 10, since=mark)
        run_input(m, "1+2\n", r"3\r?\n")
        run_input(m, "sq(9)\n", r"81\r?\n")
        log = m.serial_text(mark)
    assert " pvm! " not in log, "the interrupt ended the Shell's thread:\n" + log
