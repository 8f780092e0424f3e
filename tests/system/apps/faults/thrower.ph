// thrower.ph - a culprit for tests/system/test_faults.py: an app that throws an error it does not catch,
// when its Go button is clicked. The desktop must contain it: the rest
// keeps working, the task manager (or the crash mark's Close) ends it,
// and after a power cut the world is healthy.
import gui;

class Thrower extends App {
    def start() {
        var win = new Window("Thrower", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { throw new Error("thrown on purpose"); });
        win.add(button);
        win.show();
    }
}
