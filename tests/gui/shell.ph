// shell.ph - the Shell (apps/shell.ph, compiled with this file: the
// script's `# with` line) as a user meets it: print("hi") shows hi in the
// window, `x = 5;` at the top defines x, `x + 1` is 6, a compile error
// points into the typed text (a caret under it, line:column counted from
// the first typed character), an unfinished expression is reported at its
// end, `var x = 7;` again assigns; the greeting's examples (1 + 2, a
// def) work; input over several lines (an unfinished def or call goes
// on, Shift+Enter, an error on line 2, Up, a paste of three lines);
// Ctrl+C dropping the input, and copying a selection; an interrupt in a
// running loop reported, the Shell going on. F2 prints the
// window's transcript, F3 repaints it all.
import gui;

// What the desk throws into a busy app on Ctrl+C, as the Shell sees it (by
// class name): the host desk cannot interrupt a loop, so the typed loop
// below throws one itself.
class FakeInterrupt extends Error {
    def init() { super.init("interrupted"); }
    def className() { return "Interrupted"; }
}

class ShellTest extends Shell {
    // print("^C") in typed code: the interrupt arrives there.
    def out(x) {
        if (x == "^C") { throw new FakeInterrupt(); }
        return super.out(x);
    }
    def start() {
        super.start();
        new Clipboard().set("def twice(n) {\n    return 2 * n;\n}");
        win.move(10, 20);
        win.onKey(fn(ev) {
            if (ev.key() == "F3") { win.__paintAll(); }
            if (ev.key() == "F2") {
                print("--- window text");
                print(log.text());
            }
        });
    }
}

def main() { new ShellTest().run(); }
