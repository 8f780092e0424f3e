// widget_init.ph - a Widget subclass whose init() forgets super.init()
// would never paint, silently: Window.add refuses it with an Error that
// names the class, and leaves the window as it was. A subclass that calls
// super.init() is added and paints (golden widget_init.png: one blue box).
import gui;

class Forgot extends Widget {
    var color;
    def init(color) { this.color = color; }   // no super.init()
    def paint(s) { s.fill(x, y, w, h, color); }
}

class Kept extends Widget {
    var color;
    def init(color) { super.init(); this.color = color; }
    def paint(s) { s.fill(x, y, w, h, color); }
}

class Demo extends App {
    def start() {
        var win = new Window("Init", 20, 40, 300, 120);
        var kept = new Kept(0x3366CC);
        kept.setBounds(10, 10, 120, 60);
        win.add(kept);
        var forgot = new Forgot(0xCC3333);
        forgot.setBounds(150, 10, 120, 60);
        try {
            win.add(forgot);
            print("added without super.init()");
        } catch (e) {
            print(e.className() + ": " + e.message());
        }
        print("widgets: " + win.widgets().length());
        win.show();
    }
}

def main() { new Demo().run(); }
