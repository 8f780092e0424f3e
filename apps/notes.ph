// notes.ph - Notes: a text editor; each note is a window with a TextArea.
// A new world opens it with a welcome note that has the keyboard focus, so
// typing appears at once. The notes' text is simply the TextAreas' text:
// it persists with the world, and nothing here saves anything.
import gui;

var WELCOME = "Welcome to Phantom.\n\nEverything on this desktop is a persistent object:\nthis text, the windows, the running programs.\nType here, pull the plug, boot again:\nit is all still here, exactly as it was.\n\n";

class Note {
    var notes; var win; var text; var number;

    def init(notes, number, body, x, y) {
        this.notes = notes;
        this.number = number;
        win = new Window("Note " + number, x, y, 460, 320);
        var add = new Button("New note", 8, 8, 104, 28);
        add.onClick(fn() { notes.newNote(""); });
        win.add(add);
        text = new TextArea(8, 44, 444, 268);
        text.setText(body);
        text.setCaret(text.lineCount() - 1, 1000000); /* typing goes at the end */
        win.add(text);
        win.onResize(fn(w, h) { text.setBounds(8, 44, w - 16, h - 52); });
        win.onClose(fn() { notes.closed(this); return true; });
        win.setFocus(text);
        win.show();
    }
    def text() { return text.text(); }
    def window() { return win; }
}

class Notes extends App {
    var notes; var made = 0;

    def start() {
        notes = [];
        newNote(WELCOME);
    }
    def newNote(body) {
        made += 1;
        var k = notes.length() % 8;
        notes.push(new Note(this, made, body, 150 + 28 * k, 90 + 28 * k));
    }
    def closed(note) {
        for (var i = 0; i < notes.length(); i += 1) {
            if (notes[i] == note) { notes.remove(i); return; }
        }
    }
    def notes() { return notes; }
}
