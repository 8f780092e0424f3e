// hog.ph - a culprit for tests/system/test_faults.py: an app that allocates until it is out of memory,
// when its Go button is clicked. The desktop must contain it: the rest
// keeps working, the task manager (or the crash mark's Close) ends it,
// and after a power cut the world is healthy.
import gui;

class Hog extends App {
    def start() {
        var win = new Window("Hog", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { var keep = []; while (true) { keep.push(new Array(10000)); } });
        win.add(button);
        win.show();
    }
}
