// font.ph - a damaged font file (the runner's "# fonts broken-sans": the
// sans face is garbage) is logged once and the text is drawn with another
// face: labels, buttons, a text field and the window's title still show
// text, nothing crashes.
import gui;

class FontApp extends App {
    def start() {
        var win = new Window("Fallback font", 40, 50, 400, 160);
        win.add(new Label("Sans is damaged: this is another face.", 16, 14, 368, 24));
        win.add(new Button("Still a button", 16, 50, 140, 30));
        var field = new TextField(16, 96, 368, 30);
        field.setText("typed text still shows");
        win.add(field);
        win.show();
        print("shown");
    }
}

def main() { new FontApp().run(); }
