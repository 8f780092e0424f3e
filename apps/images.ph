// images.ph - Images: the pictures shipped with the system (Image.names():
// the .png and .jpg files of apps.tar) in a list; the one selected is
// shown beside it in an ImageView, centred (a larger one is cropped to
// the middle), with its name and size below. Up and Down browse.
//
// The selection is the ListView's and the picture the ImageView's:
// after a power cut the same picture is on the screen. The decoded
// pixels are the system's cache, decoded again on first use after a boot.
import gui;

var STAGE_W = 660; var STAGE_H = 496;   // fits the 640 x 480 pictures

def th(name) { return Desk.theme(name); }

// A one-pixel edge around the picture's stage (added below the view).
class Edge extends Widget {
    def init(x, y, w, h) { super.init(); setBounds(x, y, w, h); }
    def paint(s) { s.roundRect(x, y, w, h, 4, th("fieldEdge")); s.roundRect(x + 1, y + 1, w - 2, h - 2, 3, 0xEEF0F3); }
}

class Images extends App {
    var win; var list; var view; var info; var count;

    def start() {
        var names = Image.names();
        win = new Window("Images", 60, 40, 870, 546);
        count = new Label("", 12, 8, 176, 22);
        count.setColor(th("textDim"));
        win.add(count);
        list = new ListView(names, 10, 32, 180, 504);
        list.onSelect(fn(i, name) { showImage(name); });
        win.add(list);
        win.add(new Edge(200, 10, STAGE_W, STAGE_H));
        view = new ImageView(null, 201, 11, STAGE_W - 2, STAGE_H - 2);
        win.add(view);
        info = new Label("", 200, 512, STAGE_W, 24);
        info.setAlign("center");
        win.add(info);
        if (names.length() == 0) {
            count.setText("No images");
            info.setText("No images are shipped with this system");
        } else {
            count.setText(names.length() + " images");
            list.select(0);
            showImage(names[0]);
        }
        win.setFocus(list);
        win.show();
    }

    def showImage(name) {
        var img = Image.load(name);
        view.setImage(img);
        var note = "";
        if (img.width() > STAGE_W - 2 || img.height() > STAGE_H - 2) { note = "  ·  cropped to fit"; }
        info.setText(name + "  ·  " + img.width() + " × " + img.height() + " pixels" + note);
    }
}
