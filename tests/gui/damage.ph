// damage.ph - what one keystroke costs: the window's damage (the pixels it
// hands the desk, Window.damagedPixels) for one character typed into a
// TextArea full of text must be one text row at most, never the widget.
// Also measured: Backspace, a caret move, Enter (the rows below move with
// Surface.scroll), a wheel step, a ListView selection step, a Canvas pixel,
// and a whole-window repaint (which shows the meter works at all).
// F4 starts a measurement, F5 ends it (name taken from the last F1..F4
// step: see `what`), F3 repaints everything.
import gui;

class Meter extends App {
    var win; var area; var list; var canvas; var mark; var what; var step;
    def start() {
        win = new Window("Damage", 20, 40, 600, 390);
        area = new TextArea(10, 10, 400, 300);
        var t = "";
        for (var i = 1; i <= 60; i += 1) {
            t = t + "Row " + i + ": the quick brown fox jumps over the lazy dog, again and again\n";
        }
        area.setText(t);
        win.add(area);
        var items = [];
        for (var k = 1; k <= 30; k += 1) { items.push("Item " + k); }
        list = new ListView(items, 420, 10, 170, 200);
        win.add(list);
        canvas = new Canvas(420, 220, 170, 90);
        win.add(canvas);
        step = 0;
        what = ["keystroke", "backspace", "caret move", "enter", "wheel step", "list step", "canvas pixel", "full repaint"];
        win.onKey(fn(ev) {
            if (ev.key() == "F4") { mark = win.damagedPixels(); }
            if (ev.key() == "F5") { report(); }
            if (ev.key() == "F3") { win.__paintAll(); }
            if (ev.key() == "F2") { canvas.pixel(5, 5, 0xFF0000); }
        });
        win.show();
    }
    def report() {
        var n = win.damagedPixels() - mark;
        var name = what[step];
        step += 1;
        var d = win.lastDamage();
        print("info: " + name + ": " + n + " px, last rect " + d);
        // a text row is 392 x 19 pixels: one keystroke may damage at most that
        var limits = {"keystroke": 392 * 19, "backspace": 392 * 19, "caret move": 2 * 392 * 19,
                      "enter": 400 * 300, "wheel step": 400 * 300, "list step": 2 * 170 * 24,
                      "canvas pixel": 1, "full repaint": 600 * 390};
        var limit = limits.get(name);
        if (n > 0 && n <= limit) { print(name + ": damage within " + limit + " px"); }
        else { print(name + ": damage " + n + " px, not in 1.." + limit); }
        if (name == "full repaint") { print("full repaint: " + n + " px"); }
    }
}

def main() { new Meter().run(); }
