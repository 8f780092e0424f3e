// textfield.ph - a TextField: typing, horizontal scrolling past the right
// edge and back, selection by Shift+Home/End and by a drag, the clipboard
// between two fields, a multi-line paste (its lines joined by spaces),
// onEnter, keys it leaves to the window (Up, Down), the placeholder.
// F2 prints the state, F3 repaints the whole window, F4 puts three lines
// on the clipboard.
import gui;

class Fields extends App {
    var win; var one; var two;
    def start() {
        win = new Window("TextField", 20, 40, 420, 200);
        one = new TextField(10, 10, 200, 30);
        one.onEnter(fn() { print("enter: " + one.text()); });
        win.add(one);
        two = new TextField(10, 50, 200, 30);
        two.setPlaceholder("Search");
        win.add(two);
        win.add(new Button("Go", 220, 50, 80, 30));
        win.onKey(fn(ev) {
            if (ev.key() == "F2") { report(); }
            else if (ev.key() == "F3") { win.__paintAll(); }
            else if (ev.key() == "F4") { new Clipboard().set("one\ntwo\r\nthree"); }
            else if (ev.char() == null && ev.key() != "Shift" && ev.key() != "Control") {
                print("window got " + ev.key());
            }
        });
        win.show();
    }
    def report() {
        print("one: [" + one.text() + "] caret " + one.caret()[1] + " selected [" + one.selectedText() + "]");
        print("two: [" + two.text() + "] caret " + two.caret()[1] + " selected [" + two.selectedText() + "]");
    }
}

def main() { new Fields().run(); }
