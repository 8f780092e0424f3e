// many.ph - a culprit for tests/system/test_faults.py: an app that opens 200 windows,
// when its Go button is clicked. The desktop must contain it: the rest
// keeps working, the task manager (or the crash mark's Close) ends it,
// and after a power cut the world is healthy.
import gui;

class Many extends App {
    def start() {
        var win = new Window("Many", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { for (var i = 0; i < 200; i += 1) { new Window("Many " + i, 20 + i % 40 * 4, 20 + i % 40 * 4, 160, 60).show(); } });
        win.add(button);
        win.show();
    }
}
