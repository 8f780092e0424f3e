// image.ph - images: ImageView of a good PNG (centred, and clipped when
// its rect is smaller), of a malformed file (the runner's bad.png: garbage
// bytes), which shows the loader's placeholder - a grey box with a cross -
// and logs why, without stopping the program; a Canvas drawing both; an
// image name that is not shipped at all is the program's error (caught).
import gui;

class Pictures extends App {
    var win;
    def start() {
        win = new Window("Images", 20, 40, 560, 260);
        var good = Image.load("good.png");
        print("good " + good.width() + "x" + good.height());
        var bad = Image.load("bad.png");
        print("bad " + bad.width() + "x" + bad.height());
        try {
            Image.load("missing.png");
            print("missing loaded?");
        } catch (e) {
            print("missing: " + e.message());
        }
        win.add(new Label("good.png", 10, 10, 100, 20));
        win.add(new ImageView(good, 10, 34, 100, 80));
        win.add(new Label("clipped", 120, 10, 100, 20));
        win.add(new ImageView(good, 120, 34, 40, 30));
        win.add(new Label("bad.png", 230, 10, 100, 20));
        var v = new ImageView("bad.png");
        v.setBounds(230, 34, 100, 80);
        win.add(v);
        var c = new Canvas(340, 34, 200, 120);
        c.clear(0xFFFFFF);
        c.image(8, 8, good);
        c.image(100, 30, bad);
        win.add(c);
        win.show();
        print("still running");
    }
}

def main() { new Pictures().run(); }
