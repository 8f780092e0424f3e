// paint.ph - Paint: draw with the mouse on a Canvas. Tools: a free brush,
// straight lines, rectangles (outlined or filled); four brush sizes; a
// palette of sixteen colours; Clear.
//
// Lines and rectangles follow the pointer while the button is held: the
// picture as it was when the button went down is kept in a second Surface
// (`under`), and each move puts back the box the last preview covered
// before drawing the new one. All drawing goes into the Canvas's own
// Surface, and only the box that changed is shown. The picture, the tool,
// the colour and the size are ordinary fields: after a power cut the
// drawing is back, pixel for pixel, and the next stroke goes on.
import gui;

var PALETTE = [0x000000, 0x5A5F69, 0xA8AEB8, 0xFFFFFF, 0x8B1A1A, 0xE53935, 0xFB8C00, 0xFDD835,
               0x43A047, 0x1B5E20, 0x00ACC1, 0x1E88E5, 0x283593, 0x8E24AA, 0xEC407A, 0x795548];
var SIZES = [1, 3, 6, 12];        // brush diameters, pixels
var TOOLS = [["brush", "Brush"], ["line", "Line"], ["rect", "Rectangle"], ["fill", "Filled"]];
var PAPER = 0xFFFFFF;
var W = 700; var H = 500;         // the window's client area at first

def th(name) { return Desk.theme(name); }

// A selectable tool or size: a rounded face, the accent's tint when on.
// Shows its text, or (size > 0) a dot of that diameter. Not focusable.
class Toggle extends Widget {
    var label; var size; var on; var action; var pressed;
    def init(label, size, action) {
        super.init();
        this.label = label; this.size = size; this.action = action;
        on = false; pressed = false;
    }
    def setOn(b) { if (on != b) { on = b; repaint(); } }
    def paint(s) {
        var r = th("radius");
        var face = th("buttonFace"); var edge = th("buttonEdge"); var ink = th("text");
        if (on) { face = th("selection"); edge = th("accent"); ink = th("accentPressed"); }
        if (pressed) { face = th("buttonPressed"); }
        s.roundRect(x, y, w, h, r, edge);
        s.roundRect(x + 1, y + 1, w - 2, h - 2, r - 1, face);
        if (size > 0) {
            var d = size + 2 + size / 4;
            s.roundRect(x + (w - d) / 2, y + (h - d) / 2, d, d, d / 2, ink);
            return;
        }
        var f = Font.get("sans", th("textPx"));
        s.text(x + 12, y + (h - f.height()) / 2, label, f, ink);
    }
    def handle(ev) {
        var k = ev.kind();
        if (k == "down" && ev.button() == 1) { pressed = true; repaint(); return true; }
        if (k == "up" && pressed) {
            pressed = false; repaint();
            if (contains(ev.x(), ev.y())) { action(); }
            return true;
        }
        return k == "move";
    }
}

// A colour of the palette; the chosen one has a ring of the accent.
class Swatch extends Widget {
    var color; var on; var action;
    def init(color, action) { super.init(); this.color = color; this.action = action; on = false; }
    def setOn(b) { if (on != b) { on = b; repaint(); } }
    def paint(s) {
        if (on) { s.roundRect(x, y, w, h, 7, th("accent")); }
        s.roundRect(x + 3, y + 3, w - 6, h - 6, 4, 0xB8BDC6);
        s.roundRect(x + 4, y + 4, w - 8, h - 8, 3, color);
    }
    def handle(ev) {
        if (ev.kind() == "down" && ev.button() == 1) { action(); }
        return true;
    }
}

// The colour in use, larger, left of the palette.
class Current extends Widget {
    var color;
    def init(x, y, w, h) { super.init(); color = 0; setBounds(x, y, w, h); }
    def set(c) { color = c; repaint(); }
    def paint(s) {
        s.roundRect(x, y, w, h, 8, 0xB8BDC6);
        s.roundRect(x + 1, y + 1, w - 2, h - 2, 7, 0xFFFFFF);
        s.roundRect(x + 5, y + 5, w - 10, h - 10, 5, color);
    }
}

// A one-pixel edge around the canvas (added below it).
class Edge extends Widget {
    def init(x, y, w, h) { super.init(); setBounds(x, y, w, h); }
    def paint(s) { s.rect(x, y, w, h, th("fieldEdge")); }
}

class Paint extends App {
    var win; var canvas; var under; var current; var hint; var clear; var edge;
    var toolButtons; var sizeButtons; var swatches;
    var tool; var size; var color;
    var drawing; var sx; var sy; var lx; var ly; var box;  // the stroke under way
    var strokeBoot;  // the boot it began in: a power cut ends a stroke (no "up" comes)

    def start() {
        tool = "brush"; size = 3; color = 0x1E88E5; drawing = false; box = null;
        win = new Window("Paint", 120, 60, W, H);
        var dim = th("textDim");
        var tools = new Label("Tools", 12, 8, 100, 20); tools.setColor(dim); win.add(tools);
        toolButtons = [];
        for (var i = 0; i < TOOLS.length(); i += 1) {
            toolButtons.push(win.add(toolButton(TOOLS[i][0], TOOLS[i][1], 30 + i * 38)));
        }
        var sizes = new Label("Brush size", 12, 188, 100, 20); sizes.setColor(dim); win.add(sizes);
        sizeButtons = [];
        for (var k = 0; k < SIZES.length(); k += 1) {
            sizeButtons.push(win.add(sizeButton(SIZES[k], 10 + (k % 2) * 54, 210 + (k / 2) * 42)));
        }
        var r = rects(W, H);
        clear = new Button("Clear", r[0][0], r[0][1], r[0][2], r[0][3]);
        clear.onClick(fn() { canvas.clear(PAPER); win.setFocus(null); });
        win.add(clear);
        edge = new Edge(r[1][0], r[1][1], r[1][2], r[1][3]);
        win.add(edge);
        canvas = new Canvas(r[2][0], r[2][1], r[2][2], r[2][3]);
        canvas.clear(PAPER);
        canvas.onMouse(fn(ev) { mouse(ev); });
        win.add(canvas);
        under = new Surface(r[2][2], r[2][3]);
        current = new Current(r[3][0], r[3][1], r[3][2], r[3][3]);
        win.add(current);
        swatches = [];
        for (var c = 0; c < PALETTE.length(); c += 1) {
            var at = swatchAt(c, H);
            swatches.push(win.add(swatch(PALETTE[c], at[0], at[1])));
        }
        hint = new Label("", r[4][0], r[4][1], r[4][2], r[4][3]);
        hint.setColor(dim);
        hint.setAlign("right");
        win.add(hint);
        win.onResize(fn(w, h) { layout(w, h); });
        choose();
        win.show();
    }

    // Where the widgets that follow the window's size go in a w x h client
    // area: Clear, the canvas's edge, the canvas, the current colour, the hint.
    def rects(w, h) {
        var cw = Math.max(w - 134, 120); var ch = Math.max(h - 80, 80);
        return [[10, h - 52, 104, 36], [123, 9, cw + 2, ch + 2], [124, 10, cw, ch],
                [124, h - 60, 50, 50], [Math.max(w - 264, 436), h - 48, 254, 24]];
    }
    def swatchAt(c, h) { return [186 + (c % 8) * 30, h - 62 + (c / 8) * 28]; }

    // The window was resized (or maximised): the canvas takes the room,
    // keeping its drawing (cut off where it shrank); the palette stays
    // below it.
    def layout(w, h) {
        var r = rects(w, h);
        var moved = [clear, edge, canvas, current, hint];
        for (var i = 0; i < moved.length(); i += 1) { moved[i].setBounds(r[i][0], r[i][1], r[i][2], r[i][3]); }
        for (var c = 0; c < swatches.length(); c += 1) {
            var at = swatchAt(c, h);
            swatches[c].setBounds(at[0], at[1], 28, 28);
        }
        if (under.width() != r[2][2] || under.height() != r[2][3]) { under = new Surface(r[2][2], r[2][3]); }
        drawing = false; box = null;
    }

    // Closures made here, so that each captures its own values.
    def toolButton(name, label, y) {
        var t = new Toggle(label, 0, fn() { tool = name; choose(); });
        t.setBounds(10, y, 104, 32);
        return t;
    }
    def sizeButton(d, x, y) {
        var t = new Toggle("", d, fn() { size = d; choose(); });
        t.setBounds(x, y, 50, 36);
        return t;
    }
    def swatch(c, x, y) {
        var s = new Swatch(c, fn() { color = c; choose(); });
        s.setBounds(x, y, 28, 28);
        return s;
    }

    // Show which tool, size and colour are chosen.
    def choose() {
        for (var i = 0; i < TOOLS.length(); i += 1) { toolButtons[i].setOn(TOOLS[i][0] == tool); }
        for (var k = 0; k < SIZES.length(); k += 1) { sizeButtons[k].setOn(SIZES[k] == size); }
        for (var c = 0; c < PALETTE.length(); c += 1) { swatches[c].setOn(PALETTE[c] == color); }
        current.set(color);
        var h = "Drag to draw freely";
        if (tool == "line") { h = "Drag from one end to the other"; }
        if (tool == "rect" || tool == "fill") { h = "Drag from corner to corner"; }
        hint.setText(h);
    }

    // ------------------------------------------------------------ drawing

    def mouse(ev) {
        var k = ev.kind();
        var x = ev.x(); var y = ev.y();
        if (drawing && strokeBoot != System.boots()) { drawing = false; box = null; }
        if (k == "down" && ev.button() == 1) {
            drawing = true; sx = x; sy = y; lx = x; ly = y; box = null;
            strokeBoot = System.boots();
            if (tool == "brush") { stroke(x, y, x, y); }
            else { under.blit(canvas.surface(), 0, 0); shape(x, y); }
            return;
        }
        if (!drawing || (k != "move" && k != "up")) { return; }
        if (tool == "brush") { stroke(lx, ly, x, y); }
        else { shape(x, y); }
        lx = x; ly = y;
        if (k == "up") { drawing = false; box = null; }
    }

    // The brush from (x0, y0) to (x1, y1), shown.
    def stroke(x0, y0, x1, y1) {
        line(x0, y0, x1, y1);
        var pad = size / 2 + 1;
        reveal([Math.min(x0, x1) - pad, Math.min(y0, y1) - pad,
                Math.abs(x1 - x0) + 2 * pad + 1, Math.abs(y1 - y0) + 2 * pad + 1]);
    }
    // The brush from (x0, y0) to (x1, y1): a line, or discs along it.
    def line(x0, y0, x1, y1) {
        var s = canvas.surface();
        if (size <= 1) {
            s.line(x0, y0, x1, y1, color);
        } else {
            var steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
            var stride = Math.max(1, size / 4);
            var r = size / 2;
            for (var i = 0; i <= steps; i += stride) {
                dot(s, x0 + (x1 - x0) * i / Math.max(steps, 1), y0 + (y1 - y0) * i / Math.max(steps, 1), r);
            }
            dot(s, x1, y1, r);
        }
    }
    def dot(s, x, y, r) { s.roundRect(x - r, y - r, size, size, r, color); }

    // A line or rectangle from the start to (x, y): the last preview
    // undone from `under`, the new one drawn.
    def shape(x, y) {
        var s = canvas.surface();
        var old = box;
        if (old != null) {
            s.clip(old[0], old[1], old[2], old[3]);
            s.blit(under, 0, 0);
            s.unclip();
        }
        var x0 = Math.min(sx, x); var y0 = Math.min(sy, y);
        var w = Math.abs(x - sx) + 1; var h = Math.abs(y - sy) + 1;
        if (tool == "line") {
            line(sx, sy, x, y);
        } else if (tool == "fill") {
            s.fill(x0, y0, w, h, color);
        } else {
            for (var i = 0; i < size && 2 * i < Math.min(w, h); i += 1) {
                s.rect(x0 + i, y0 + i, w - 2 * i, h - 2 * i, color);
            }
        }
        var pad = size / 2 + 1;
        box = [x0 - pad, y0 - pad, w + 2 * pad, h + 2 * pad];
        if (old == null) { reveal(box); }
        else { reveal(union(old, box)); }
    }

    def union(a, b) {
        var x0 = Math.min(a[0], b[0]); var y0 = Math.min(a[1], b[1]);
        var x1 = Math.max(a[0] + a[2], b[0] + b[2]); var y1 = Math.max(a[1] + a[3], b[1] + b[3]);
        return [x0, y0, x1 - x0, y1 - y0];
    }

    // Show a box of the canvas's surface in the window (the Canvas clips it).
    def reveal(b) { canvas.__show(b[0], b[1], b[2], b[3]); }
}
