// hover.ph - the widget under the pointer hears of it (hoverChanged): a
// Button takes the hover face while the pointer is over it and gives it
// back when the pointer moves to another widget, to the window's empty
// space, or out of the window (the desk's "leave" event); a ListView's row
// under the pointer takes it too. F2 prints each button's state and the
// colour of its face beside the label, and the colour of the list's first
// two rows.
import gui;

def hex(c) {
    var digits = "0123456789ABCDEF"; var s = "";
    for (var i = 0; i < 6; i += 1) { s = digits.charAt(c % 16) + s; c = c / 16; }
    return s;
}

class Hover extends App {
    var win; var a; var b; var list;
    def start() {
        win = new Window("Hover", 20, 40, 320, 120);
        a = new Button("A", 10, 10, 90, 30);
        b = new Button("B", 110, 10, 90, 30);
        list = new ListView(["one", "two", "three"], 210, 10, 100, 96);
        win.add(a);
        win.add(b);
        win.add(list);
        win.onKey(fn(ev) {
            if (ev.key() == "F2") {
                var s = win.surface();
                print("A " + a.isHovered() + " " + hex(s.getPixel(20, 25) % 16777216) +
                      "  B " + b.isHovered() + " " + hex(s.getPixel(120, 25) % 16777216) +
                      "  rows " + hex(s.getPixel(216, 20) % 16777216) + " " + hex(s.getPixel(216, 44) % 16777216));
            }
        });
        win.show();
    }
}

def main() { new Hover().run(); }
