// chatter.ph - a culprit for tests/system/test_faults.py: an app that
// prints in an endless loop, when its Go button is clicked. Its output must
// not stall the desktop or the snapshots (the log takes 100 lines a second
// of it, and counts the rest); the task manager ends it.
import gui;

class Chatter extends App {
    def start() {
        var win = new Window("Chatter", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { var n = 0; while (true) { print("chatter line " + n); n += 1; } });
        win.add(button);
        win.show();
    }
}
