// blocker.ph - a culprit for tests/system/test_faults.py: a native call that blocks (an hour-long sleep) in a click handler,
// when its Go button is clicked. The desktop must contain it: the rest
// keeps working, the task manager (or the crash mark's Close) ends it,
// and after a power cut the world is healthy.
import gui;

class Blocker extends App {
    def start() {
        var win = new Window("Blocker", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { Thread.sleep(3600000); });
        win.add(button);
        win.show();
    }
}
