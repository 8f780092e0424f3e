// swarm.ph - a culprit for tests/system/test_faults.py: an app that starts 500 threads,
// when its Go button is clicked. The desktop must contain it: the rest
// keeps working, the task manager (or the crash mark's Close) ends it,
// and after a power cut the world is healthy.
import gui;

class Swarm extends App {
    def start() {
        var win = new Window("Swarm", 40, 520, 300, 120);
        var button = new Button("Go", 20, 20, 120, 32);
        button.onClick(fn() { for (var i = 0; i < 500; i += 1) { new Thread(fn() { while (true) { Thread.sleep(50); } }); } });
        win.add(button);
        win.show();
    }
}
