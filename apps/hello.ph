// hello.ph - the smallest app: a window with a label and a button. The
// count is a field of the app object, so it survives a power cut like
// everything else; nothing here saves anything.
import gui;

class Hello extends App {
    var count = 0;

    def start() {
        var win = new Window("Hello", 160, 120, 340, 150);
        var label = new Label("Hello from Phantom!", 20, 20, 300, 24);
        win.add(label);
        var button = new Button("Again", 20, 64, 110, 32);
        button.onClick(fn() {
            count += 1;
            label.setText("Hello again: " + count + " clicks");
        });
        win.add(button);
        win.show();
    }
}
