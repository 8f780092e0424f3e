// scroll.ph - a long TextArea (200 lines): the wheel, PageDown, ctrl+End,
// Up past the top row, the scroll bar (thumb dragged, track clicked), a
// selection dragged below the box (it scrolls), Enter on the last row
// shown, typing after the wheel took the caret out of view. Each scroll
// moves pixels with Surface.scroll and paints the rows uncovered: every
// shot is compared with a full repaint of the window (F3). F2 prints.
import gui;

class Long extends App {
    var win; var area;
    def start() {
        win = new Window("Scrolling", 20, 40, 600, 390);
        area = new TextArea(10, 10, 400, 300);
        var rows = [];
        for (var i = 0; i < 200; i += 1) { rows.push("Line " + i + " of a long text"); }
        area.setText(rows.join("\n"));
        win.add(area);
        win.onKey(fn(ev) {
            if (ev.key() == "F2") {
                var c = area.caret();
                print("top " + area.scrollTop() + " caret " + c[0] + "," + c[1] + " lines " + area.lineCount()
                      + " selected " + area.selectedText().length() + " chars");
            }
            if (ev.key() == "F3") { win.__paintAll(); }
        });
        win.show();
    }
}

def main() { new Long().run(); }
