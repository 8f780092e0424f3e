// versioned.ph, version 1 - for tests/system/test_desk.py's test of app
// versions: the same app (file name and class) in two builds. A world made
// with version 1 and booted by a build carrying version 2 keeps running
// version 1's window with version 1's code; the launcher starts version 2.
import gui;

class Versioned extends App {
    var clicks = 0;
    def start() {
        var win = new Window("Versioned 1", 100, 80, 380, 120);
        var label = new Label("version 1", 20, 16, 340, 24);
        win.add(label);
        var button = new Button("Click", 20, 56, 100, 32);
        button.onClick(fn() {
            clicks += 1;
            label.setText("v1 clicked " + clicks);
            print("versioned: v1 clicked " + clicks);
        });
        win.add(button);
        win.show();
    }
}
