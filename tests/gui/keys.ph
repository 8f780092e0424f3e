// keys.ph - every key the host desk's `key NAME` knows (the names of
// kernel/keys.def, which Event.key() gives) reaches the app under that
// same name, with its modifiers: the window prints each key event.
import gui;

class Keys extends App {
    def start() {
        var win = new Window("Keys", 20, 40, 300, 120);
        win.onKey(fn(ev) {
            var mods = "";
            if (ev.shift()) { mods = mods + "shift+"; }
            if (ev.ctrl()) { mods = mods + "ctrl+"; }
            if (ev.alt()) { mods = mods + "alt+"; }
            print("key " + mods + ev.key());
        });
        win.show();
    }
}

def main() { new Keys().run(); }
