// import brings a library module's names into scope. Needs the gui module
// on the host (against a memory screen); it only builds objects, no events.
import gui;

def main() {
    var win = new Window("Test", 10, 20, 200, 100);
    print(win.className());
    var label = new Label("hello");
    win.add(label);
    var button = new Button("OK");
    var clicked = false;
    button.onClick(fn() { clicked = true; });
    win.add(button);
    print(label.className());
    print(button.className());
    print(clicked);
    win.close();
    print("done");
}
