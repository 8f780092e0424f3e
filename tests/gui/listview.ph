// listview.ph - a ListView of 30 items: selection by click, Up/Down,
// End/Home/PageUp, a drag across rows, the wheel, a double click and Enter
// (onActivate), setItems, the look without the focus. Every onSelect is
// printed; F2 prints the state, F3 repaints the whole window, F4 gives
// the list new items.
import gui;

class Lists extends App {
    var win; var list;
    def start() {
        win = new Window("ListView", 20, 40, 420, 300);
        var items = [];
        for (var i = 0; i < 30; i += 1) { items.push("Item number " + i); }
        list = new ListView(items, 10, 10, 220, 200);
        list.onSelect(fn(i, item) { print("select " + i + " " + item); });
        list.onActivate(fn(i, item) { print("activate " + i + " " + item); });
        win.add(list);
        win.add(new Button("Other", 240, 10, 90, 30));
        win.onKey(fn(ev) {
            if (ev.key() == "F2") {
                print("top " + list.scrollTop() + " selected " + list.selectedIndex() + " " + list.selected());
            }
            if (ev.key() == "F3") { win.__paintAll(); }
            if (ev.key() == "F4") { list.setItems(["Red", "Green", "Blue"]); }
        });
        win.show();
    }
}

def main() { new Lists().run(); }
