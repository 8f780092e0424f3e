// canvas.ph - drawing with the mouse on a Canvas: onMouse gets events in
// the canvas's coordinates and draws lines; what is drawn lives in the
// canvas's own surface, so a full repaint of the window (F3) shows the
// same, and a bigger canvas (F4) keeps the drawing. F2 prints pixels of
// the backing surface; Clear clears it.
import gui;

class Paint extends App {
    var win; var canvas; var lastX; var lastY; var down;
    def start() {
        win = new Window("Canvas", 20, 40, 560, 320);
        canvas = new Canvas(10, 10, 300, 200);
        canvas.clear(0xFFFFFF);
        canvas.rect(0, 0, 300, 200, 0xB8BDC6);
        canvas.text(8, 6, "Draw here", 0x868B95);
        canvas.image(230, 140, Image.load("good.png"));
        down = false;
        canvas.onMouse(fn(ev) {
            if (ev.kind() == "down") { down = true; lastX = ev.x(); lastY = ev.y(); print("down " + ev.x() + "," + ev.y()); }
            if (ev.kind() == "move" && down) {
                canvas.line(lastX, lastY, ev.x(), ev.y(), 0xD04A5A);
                canvas.line(lastX, lastY + 1, ev.x(), ev.y() + 1, 0xD04A5A);
                lastX = ev.x(); lastY = ev.y();
            }
            if (ev.kind() == "up") { down = false; print("up " + ev.x() + "," + ev.y()); }
        });
        win.add(canvas);
        var clear = new Button("Clear", 320, 10, 90, 30);
        clear.onClick(fn() { canvas.clear(0xFFFFFF); print("cleared"); });
        win.add(clear);
        win.onKey(fn(ev) {
            if (ev.key() == "F2") {
                print("pixels " + hex(canvas.getPixel(20, 20)) + " " + hex(canvas.getPixel(150, 60))
                      + " " + hex(canvas.getPixel(5, 100)));
            }
            if (ev.key() == "F3") { win.__paintAll(); }
            if (ev.key() == "F4") { canvas.setBounds(10, 10, 300, 260); canvas.fillRect(0, 200, 300, 60, 0xEEF2F8); }
        });
        win.show();
    }
}

def hex(v) {
    var digits = "0123456789ABCDEF";
    var s = "";
    for (var i = 0; i < 6; i += 1) { s = digits.charAt(v & 15) + s; v = v >> 4; }
    return "#" + s;
}

def main() { new Paint().run(); }
