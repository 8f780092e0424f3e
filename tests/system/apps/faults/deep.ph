// deep.ph - a culprit for tests/system/test_faults.py: unbounded recursion,
// when its Go button is clicked. The desktop must contain it: the rest
// keeps working, the task manager (or the crash mark's Close) ends it,
// and after a power cut the world is healthy.
import gui;

def down(n) { return down(n + 1) + 1; }

class Deep extends App {
    def start() {
        var win = new Window("Deep", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { down(0); });
        win.add(button);
        win.show();
    }
}
