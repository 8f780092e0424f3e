// focus.ph - Tab and Shift+Tab move the keyboard focus through the
// focusable widgets in the order they were added, skipping Labels,
// Canvases, ImageViews and hidden widgets and wrapping round; keys go to
// the focused widget; a click focuses what it hits. F2 prints the focus.
import gui;

class Focus extends App {
    var win; var hidden;
    def start() {
        win = new Window("Focus", 20, 40, 420, 260);
        win.add(new Label("Not focusable", 10, 10, 200, 24));
        var field = new TextField(10, 40, 200, 30);
        win.add(field);
        var ok = new Button("OK", 220, 40, 90, 30);
        ok.onClick(fn() { print("OK pressed"); });
        win.add(ok);
        var box = new Checkbox("Option", 10, 80, 120, 24);
        box.onChange(fn() { print("option " + box.checked()); });
        win.add(box);
        hidden = new Button("Hidden", 220, 80, 90, 30);
        win.add(hidden);
        hidden.hide();
        win.add(new Canvas(320, 40, 80, 60));
        var list = new ListView(["one", "two", "three"], 10, 114, 200, 80);
        list.onSelect(fn(i, item) { print("list " + item); });
        win.add(list);
        var area = new TextArea(220, 114, 180, 80);
        win.add(area);
        win.onKey(fn(ev) {
            if (ev.key() == "F2") { print("focus: " + win.focused()); }
        });
        win.show();
    }
}

def main() { new Focus().run(); }
