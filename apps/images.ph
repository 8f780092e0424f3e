// images.ph - Images: the pictures shipped with the system (Image.names():
// the .png and .jpg files of apps.tar) in a list; the one selected is
// shown beside it in an ImageView, centred (a larger one is cropped to
// the middle), with its name and size below. Up and Down browse; a larger
// window (resized or maximised) gives the picture the room.
//
// The selection is the ListView's and the picture the ImageView's:
// after a power cut the same picture is on the screen. The decoded
// pixels are the system's cache, decoded again on first use after a boot.
import gui;

var W = 870; var H = 546;   // the window's client area at first: the stage
                            // beside the list fits the 640 x 480 pictures

def th(name) { return Desk.theme(name); }

// A one-pixel edge around the picture's stage (added below the view).
class Edge extends Widget {
    def init(x, y, w, h) { super.init(); setBounds(x, y, w, h); }
    def paint(s) { s.roundRect(x, y, w, h, 4, th("fieldEdge")); s.roundRect(x + 1, y + 1, w - 2, h - 2, 3, 0xEEF0F3); }
}

class Images extends App {
    var win; var list; var edge; var view; var info; var count;

    def start() {
        var names = Image.names();
        win = new Window("Images", 60, 40, W, H);
        count = new Label("", 12, 8, 176, 22);
        count.setColor(th("textDim"));
        win.add(count);
        var r = rects(W, H);
        list = new ListView(names, r[0][0], r[0][1], r[0][2], r[0][3]);
        list.onSelect(fn(i, name) { showImage(name); });
        win.add(list);
        edge = new Edge(r[1][0], r[1][1], r[1][2], r[1][3]);
        win.add(edge);
        view = new ImageView(null, r[2][0], r[2][1], r[2][2], r[2][3]);
        win.add(view);
        info = new Label("", r[3][0], r[3][1], r[3][2], r[3][3]);
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
        win.onResize(fn(w, h) { layout(w, h); });
        win.show();
    }

    // Where the list, the stage's edge, the view and the caption go in a
    // w x h client area: the stage takes the room the list leaves.
    def rects(w, h) {
        var sw = Math.max(w - 210, 100); var sh = Math.max(h - 50, 60);
        return [[10, 32, 180, Math.max(h - 42, 60)], [200, 10, sw, sh],
                [201, 11, sw - 2, sh - 2], [200, 10 + sh + 6, sw, 24]];
    }
    def layout(w, h) {
        var r = rects(w, h);
        var placed = [list, edge, view, info];
        for (var i = 0; i < placed.length(); i += 1) { placed[i].setBounds(r[i][0], r[i][1], r[i][2], r[i][3]); }
        if (list.selected() != null) { showImage(list.selected()); }
    }

    def showImage(name) {
        var img = Image.load(name);
        view.setImage(img);
        var note = "";
        if (img.width() > view.w() || img.height() > view.h()) { note = "  ·  cropped to fit"; }
        info.setText(name + "  ·  " + img.width() + " × " + img.height() + " pixels" + note);
    }
}
