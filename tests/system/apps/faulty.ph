// faulty.ph - an app with a bug, for tests/system/test_desk.py: its
// "Crash" button calls a method on null. The uncaught error must end this
// app's thread alone (reported on the serial log, "pvm!" lines); the
// desktop and other apps carry on, and its window still closes.
import gui;

class Faulty extends App {
    def start() {
        var win = new Window("Faulty", 600, 400, 300, 120);
        var button = new Button("Crash", 20, 20, 120, 32);
        button.onClick(fn() { var nothing = null; nothing.boom(); });
        win.add(button);
        win.show();
    }
}
