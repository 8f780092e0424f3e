// textarea.ph - editing in a TextArea: typing, Enter, Backspace/Delete,
// Home/End, ctrl+Home/End, Up/Down keeping the column, word moves,
// selection by Shift+arrows and by a mouse drag, ctrl+a, and the
// clipboard (ctrl+c, ctrl+x, ctrl+v). F2 prints the state, F3 repaints
// the whole window (the script compares that with the incremental paint).
import gui;

class Edit extends App {
    var win; var area; var changes;
    def start() {
        changes = 0;
        win = new Window("TextArea", 20, 40, 600, 390);
        area = new TextArea(10, 10, 400, 300);
        area.onChange(fn() { changes += 1; });
        win.add(area);
        win.add(new Label("F2 prints, F3 repaints", 420, 10, 170, 24));
        win.onKey(fn(ev) {
            if (ev.key() == "F2") { report(); }
            if (ev.key() == "F3") { win.__paintAll(); }
        });
        win.show();
    }
    def report() {
        var c = area.caret();
        print("text: " + area.text().split("\n").join("\\n"));
        print("caret: " + c[0] + "," + c[1] + " lines: " + area.lineCount()
              + " selected: [" + area.selectedText().split("\n").join("\\n") + "] changes: " + changes);
    }
}

def main() { new Edit().run(); }
