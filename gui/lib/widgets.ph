// widgets.ph - the gui module's widgets (docs/desktop.md, "The widget
// contract" and "Widgets"): Widget, Label, Button, Checkbox, ImageView,
// Canvas, ListView and the ScrollBar they share; the text editors are in
// textedit.ph. Each is an ordinary object: its text, state and callbacks
// persist with the world, so nothing here saves anything.
//
// A widget paints itself into its window's Surface, in window coordinates,
// and handles the events its window routes to it. A change that touches
// only part of a widget (a row of a list, a line of text, a stroke on a
// canvas) is drawn straight into window.surface(), clipped to that part,
// and then reported with window.__damage(), so a keystroke or a selection
// damages a few rows, never the window. Colours, metrics and font sizes
// come from gui/theme.h (THEME_WIDGETS) through __theme(name).

// Module variables have no initialisers (see window.ph): made on first use.
var __fonts;   // family + size -> Font
var __themes;  // theme name -> value, as Desk.theme gave it

def __font(family, px) {
    if (__fonts == null) { __fonts = new Map(); }
    var key = family + px;
    var f = __fonts.get(key);
    if (f == null) { f = Font.get(family, px); __fonts.put(key, f); }
    return f;
}

def __theme(name) {
    if (__themes == null) { __themes = new Map(); }
    var v = __themes.get(name);
    if (v == null) { v = Desk.theme(name); __themes.put(name, v); }
    return v;
}

// The widgets' ordinary text font.
def __textFont() { return __font("sans", __theme("textPx")); }

def __clamp(v, lo, hi) { return Math.max(lo, Math.min(v, hi)); }

// The frame of a field-like widget (text fields, lists): a rounded border,
// two pixels of accent when it has the focus, the field's background inside.
def __fieldFrame(s, x, y, w, h, focused) {
    var r = __theme("radius");
    var bg = __theme("fieldBg");
    var edge = __theme("fieldEdge");
    if (focused) { edge = __theme("accent"); }
    __frame(s, x, y, w, h, r, edge, bg, focused);
}

// A rounded box of colour bg with a one-pixel edge; with the focus, a
// second, lighter ring of the accent inside it.
def __frame(s, x, y, w, h, r, edge, bg, focused) {
    s.roundRect(x, y, w, h, r, edge);
    s.roundRect(x + 1, y + 1, w - 2, h - 2, r - 1, bg);
    if (focused) {
        s.roundRect(x + 1, y + 1, w - 2, h - 2, r - 1, __theme("focusRing"));
        s.roundRect(x + 2, y + 2, w - 4, h - 4, Math.max(r - 2, 0), bg);
    }
}

class Widget {
    var x; var y; var w; var h; var visible; var window;
    var focused;  // focusChanged's last word: has it the keyboard focus
    var hovered;  // hoverChanged's last word: is the pointer over it
    def init() { x = 0; y = 0; w = 80; h = 24; visible = true; window = null; focused = false; hovered = false; }
    def setBounds(x, y, w, h) {
        this.x = x; this.y = y; this.w = Math.max(w, 1); this.h = Math.max(h, 1);
        if (window != null) { window.__paintAll(); }
        return this;
    }
    def x() { return x; }
    def y() { return y; }
    def w() { return w; }
    def h() { return h; }
    def isVisible() { return visible; }
    def show() { visible = true; repaint(); }
    def hide() { visible = false; if (window != null) { window.__paintAll(); } }
    def contains(px, py) { return px >= x && py >= y && px < x + w && py < y + h; }
    def window() { return window; }
    // Window.add calls it. Widget.init() is what makes a widget visible, so a
    // subclass whose init() forgot super.init() would never paint: refuse it.
    def __attach(win) {
        if (visible == null) {
            __remove(win.widgets(), this);
            throw new Error("Widget subclass " + className() + ": init() did not call super.init()");
        }
        window = win;
    }
    def repaint() { if (window != null) { window.__paint(this); } }
    def paint(s) {}
    def handle(ev) { return false; }
    def focusable() { return false; }
    def focusChanged(has) { focused = has; repaint(); }
    def hasFocus() { return focused == true && window != null && window.focused() == this; }
    // The window says when the pointer comes over it and leaves; a widget
    // that looks different then (a Button) repaints.
    def hoverChanged(on) { hovered = on; }
    def isHovered() { return hovered == true; }
    // Ask the window for the keyboard focus.
    def focus() { if (window != null && focusable()) { window.setFocus(this); } }
    def toString() { return className() + "(" + x + "," + y + " " + w + "x" + h + ")"; }

    // A partial repaint: the window's surface clipped to this widget, or
    // null when nothing may be drawn now; __end reports the damage.
    def __begin() {
        if (window == null || !visible) { return null; }
        var s = window.surface();
        s.clip(x, y, w, h);
        return s;
    }
    def __end(s) {
        s.unclip();
        window.__damage(x, y, w, h);
    }
}

class Label extends Widget {
    var text; var color; var align; var family; var px;
    def init(text) {
        super.init();
        this.text = "" + text; color = null; align = "left"; family = "sans"; px = null;
        h = 20;
    }
    def init(text, x, y, w, h) { init(text); setBounds(x, y, w, h); }
    def text() { return text; }
    def setText(s) { text = "" + s; repaint(); }
    def setColor(c) { color = c; repaint(); }
    // "left", "center" or "right".
    def setAlign(a) { align = a; repaint(); }
    def setFont(family, px) { this.family = family; this.px = px; repaint(); }
    def paint(s) {
        var size = px;
        if (size == null) { size = __theme("textPx"); }
        var f = __font(family, size);
        var c = color;
        if (c == null) { c = __theme("text"); }
        var tx = x;
        if (align == "center") { tx = x + (w - f.measure(text)) / 2; }
        if (align == "right") { tx = x + w - f.measure(text); }
        s.text(tx, y + (h - f.height()) / 2, text, f, c);
    }
    def toString() { return "Label(" + text + ")"; }
}

class Button extends Widget {
    var text; var handlers; var pressed; var armed;
    // pressed: the left button went down on it and is still held;
    // armed: ...and the pointer is over it (it looks pressed).
    def init(text) {
        super.init();
        this.text = "" + text; handlers = []; pressed = false; armed = false;
        w = 96; h = 30;
    }
    def init(text, x, y, w, h) { init(text); setBounds(x, y, w, h); }
    def text() { return text; }
    def setText(s) { text = "" + s; repaint(); }
    def onClick(handler) { handlers.push(handler); }
    def focusable() { return true; }
    def hoverChanged(on) { if (on != isHovered()) { hovered = on; repaint(); } }
    def click() { for (h in handlers) { h(); } }
    def paint(s) {
        var r = __theme("radius");
        var face = __theme("buttonFace");
        if (isHovered()) { face = __theme("hover"); }
        if (armed) { face = __theme("buttonPressed"); }
        var edge = __theme("buttonEdge");
        if (hasFocus()) { edge = __theme("accent"); }
        __frame(s, x, y, w, h, r, edge, face, hasFocus());
        if (!armed && !hasFocus()) { s.fill(x + r, y + h - 2, w - 2 * r, 1, __theme("buttonShade")); }
        var f = __textFont();
        var tw = f.measure(text);
        var dy = 0;
        if (armed) { dy = 1; }
        s.text(x + (w - tw) / 2, y + (h - f.height()) / 2 + dy, text, f, __theme("text"));
    }
    def handle(ev) {
        var k = ev.kind();
        if (k == "down" && ev.button() == 1) { pressed = true; armed = true; repaint(); return true; }
        if (k == "move" && pressed) {
            var over = contains(ev.x(), ev.y());
            if (over != armed) { armed = over; repaint(); }
            return true;
        }
        if (k == "up" && pressed) {
            pressed = false; armed = false; repaint();
            if (contains(ev.x(), ev.y())) { click(); }
            return true;
        }
        if (k == "key" && !ev.ctrl() && !ev.alt() && (ev.key() == "Enter" || ev.key() == " ")) {
            click();
            return true;
        }
        return false;
    }
    def toString() { return "Button(" + text + ")"; }
}

class Checkbox extends Widget {
    var text; var checked; var handlers; var pressed;
    def init(text) {
        super.init();
        this.text = "" + text; checked = false; handlers = []; pressed = false;
        w = 160; h = 24;
    }
    def init(text, x, y, w, h) { init(text); setBounds(x, y, w, h); }
    def text() { return text; }
    def setText(s) { text = "" + s; repaint(); }
    def checked() { return checked; }
    // Sets the state without calling the onChange handlers.
    def setChecked(on) { checked = on == true; repaint(); }
    // handler() is called after the user toggled the box; ask checked().
    def onChange(handler) { handlers.push(handler); }
    def toggle() {
        checked = !checked;
        repaint();
        for (h in handlers) { h(); }
    }
    def focusable() { return true; }
    def paint(s) {
        var b = __theme("checkSize");
        var bx = x + 2;
        var by = y + (h - b) / 2;
        if (hasFocus()) { s.roundRect(bx - 2, by - 2, b + 4, b + 4, 6, __theme("focusRing")); }
        if (checked) {
            var c = __theme("accent");
            if (pressed) { c = __theme("accentPressed"); }
            s.roundRect(bx, by, b, b, 4, c);
            __mark(s, bx, by, b, __theme("onAccent"));
        } else {
            var edge = __theme("fieldEdge");
            if (hasFocus()) { edge = __theme("accent"); }
            var face = __theme("fieldBg");
            if (pressed) { face = __theme("buttonPressed"); }
            s.roundRect(bx, by, b, b, 4, edge);
            s.roundRect(bx + 1, by + 1, b - 2, b - 2, 3, face);
        }
        var f = __textFont();
        s.text(bx + b + 8, y + (h - f.height()) / 2, text, f, __theme("text"));
    }
    // A tick: two strokes, three pixels thick, inside a b x b box.
    def __mark(s, bx, by, b, c) {
        var x0 = bx + b * 4 / 16; var y0 = by + b * 8 / 16;
        var x1 = bx + b * 7 / 16; var y1 = by + b * 11 / 16;
        var x2 = bx + b * 12 / 16; var y2 = by + b * 4 / 16;
        for (var d = -1; d <= 1; d += 1) {
            s.line(x0, y0 + d, x1, y1 + d, c);
            s.line(x1, y1 + d, x2, y2 + d, c);
        }
    }
    def handle(ev) {
        var k = ev.kind();
        if (k == "down" && ev.button() == 1) { pressed = true; repaint(); return true; }
        if (k == "up" && pressed) {
            pressed = false;
            if (contains(ev.x(), ev.y())) { toggle(); } else { repaint(); }
            return true;
        }
        if (k == "key" && ev.key() == " " && !ev.ctrl() && !ev.alt()) { toggle(); return true; }
        return k == "move" && pressed;
    }
    def toString() { return "Checkbox(" + text + " " + checked + ")"; }
}

// ImageView: shows an Image (Image.load(name)), centred in its rect and
// clipped to it. (`Image` is the native class of a loaded image, so the
// widget is called ImageView.)
class ImageView extends Widget {
    var img;
    def init(img) {
        super.init();
        setImage(img);
        if (this.img != null) { w = this.img.width(); h = this.img.height(); }
    }
    def init(img, x, y) { init(img); setBounds(x, y, w, h); }
    def init(img, x, y, w, h) { init(img); setBounds(x, y, w, h); }
    def image() { return img; }
    // An Image, or the name of one shipped with the system, or null.
    def setImage(i) {
        if (i != null && i.className() == "String") { i = Image.load(i); }
        img = i;
        repaint();
    }
    def paint(s) {
        if (img == null) { return; }
        s.image(img, x + (w - img.width()) / 2, y + (h - img.height()) / 2);
    }
}

// Canvas: a drawing surface of its own (a Surface of its size, persistent
// like everything else), so what is drawn stays when the window repaints.
// Every drawing call draws into it and shows the pixels it changed in the
// window at once (blitted through a clip: only that part is damaged).
// Coordinates are the canvas's own; onMouse handlers get events in them.
class Canvas extends Widget {
    var buf; var handlers; var bg;
    def init() { super.init(); handlers = []; bg = __theme("fieldBg"); w = 100; h = 100; __alloc(); }
    def init(x, y, w, h) { init(); setBounds(x, y, w, h); }
    def surface() { return buf; }
    def setBounds(x, y, w, h) {
        this.w = Math.max(w, 1); this.h = Math.max(h, 1);
        __alloc();
        return super.setBounds(x, y, this.w, this.h);
    }
    // A new backing surface of the widget's size, keeping the old drawing.
    def __alloc() {
        if (buf != null && buf.width() == w && buf.height() == h) { return; }
        var old = buf;
        buf = new Surface(w, h);
        buf.clear(bg);
        if (old != null) { buf.blit(old, 0, 0); }
    }
    def paint(s) { s.blit(buf, x, y); }
    def onMouse(handler) { handlers.push(handler); }
    def handle(ev) {
        var k = ev.kind();
        if (k != "down" && k != "up" && k != "move" && k != "wheel") { return false; }
        var local = ev.at(ev.x() - x, ev.y() - y);
        for (h in handlers) { h(local); }
        return true;
    }

    // Show the canvas's box (cx, cy, cw, ch) in the window: the window
    // surface, clipped to that box and the canvas, gets the backing surface.
    def __show(cx, cy, cw, ch) {
        if (window == null || !visible) { return; }
        var x0 = Math.max(cx, 0); var y0 = Math.max(cy, 0);
        var x1 = Math.min(cx + cw, w); var y1 = Math.min(cy + ch, h);
        if (x1 <= x0 || y1 <= y0) { return; }
        var s = window.surface();
        s.clip(x + x0, y + y0, x1 - x0, y1 - y0);
        s.blit(buf, x, y);
        s.unclip();
        window.__damage(x + x0, y + y0, x1 - x0, y1 - y0);
    }
    def clear() { clear(bg); }
    def clear(color) { buf.clear(color); __show(0, 0, w, h); }
    def pixel(px, py, color) { buf.pixel(px, py, color); __show(px, py, 1, 1); }
    def getPixel(px, py) { return buf.getPixel(px, py); }
    def line(x0, y0, x1, y1, color) {
        buf.line(x0, y0, x1, y1, color);
        __show(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0) + 1, Math.abs(y1 - y0) + 1);
    }
    def rect(rx, ry, rw, rh, color) { buf.rect(rx, ry, rw, rh, color); __show(rx, ry, rw, rh); }
    def fillRect(rx, ry, rw, rh, color) { buf.fill(rx, ry, rw, rh, color); __show(rx, ry, rw, rh); }
    def text(tx, ty, s, color) { return text(tx, ty, s, color, __textFont()); }
    def text(tx, ty, s, color, font) {
        var end = buf.text(tx, ty, "" + s, font, color);
        __show(tx, ty, end - tx + 2, font.height());
        return end;
    }
    def image(ix, iy, img) { buf.image(img, ix, iy); __show(ix, iy, img.width(), img.height()); }
}

// ScrollBar: the vertical bar of a TextArea or ListView (not a widget of
// its own): a pill-shaped track, a thumb sized by shown / total.
class ScrollBar {
    var x; var y; var w; var h; var total; var shown; var top;
    def init() { x = 0; y = 0; w = 0; h = 0; total = 0; shown = 0; top = 0; }
    def place(x, y, w, h) { this.x = x; this.y = y; this.w = w; this.h = h; }
    def set(total, shown, top) { this.total = total; this.shown = shown; this.top = top; }
    def contains(px, py) { return px >= x && py >= y && px < x + w && py < y + h; }
    def useful() { return total > shown; }
    // [y, height] of the thumb.
    def thumb() {
        if (!useful()) { return [y, h]; }
        var th = Math.max(h * shown / total, Math.min(24, h));
        var ty = y + (h - th) * top / (total - shown);
        return [ty, th];
    }
    def paint(s, bg) {
        s.fill(x, y, w, h, bg);
        if (!useful()) { return; }
        s.roundRect(x, y, w, h, w / 2, __theme("scrollTrack"));
        var t = thumb();
        s.roundRect(x + 1, t[0] + 1, w - 2, t[1] - 2, (w - 2) / 2, __theme("scrollThumb"));
    }
    // Where (px, py) is: 0 not on the bar, -1 above the thumb, 1 below, 2 on it.
    def hit(px, py) {
        if (!useful() || !contains(px, py)) { return 0; }
        var t = thumb();
        if (py < t[0]) { return -1; }
        if (py >= t[0] + t[1]) { return 1; }
        return 2;
    }
    // The top that puts the thumb's top at ty.
    def topAt(ty) {
        var t = thumb();
        if (h <= t[1]) { return 0; }
        return __clamp((ty - y) * (total - shown) / (h - t[1]), 0, total - shown);
    }
}

// ListView: a list of items (shown as "" + item), one selected.
// onSelect(fn(index, item)) is called when the user changes the selection
// (click, Up/Down/Home/End/PageUp/PageDown); onActivate(fn(index, item))
// on Enter or a double click.
class ListView extends Widget {
    var items; var sel; var top; var handlers; var activators;
    var bar; var barGrab; var pressed; var lastClick; var lastRow;
    var hot;  // the row under the pointer (the hover face), or -1
    def init() { init([]); }
    def init(items) {
        super.init();
        this.items = []; sel = -1; top = 0; hot = -1; handlers = []; activators = [];
        bar = new ScrollBar(); barGrab = null; pressed = false;
        lastClick = 0; lastRow = -1;
        w = 200; h = 160;
        setItems(items);
    }
    def init(items, x, y, w, h) { init(items); setBounds(x, y, w, h); }
    def items() { return items; }
    def setItems(list) {
        items = [];
        if (list != null) { for (i in list) { items.push(i); } }
        sel = -1; top = 0; hot = -1;
        repaint();
    }
    def selectedIndex() { return sel; }
    // The first row shown.
    def scrollTop() { return top; }
    def selected() {
        if (sel < 0) { return null; }
        return items[sel];
    }
    // Select row i (-1: none) without calling the handlers.
    def select(i) { __select(i, false); }
    def onSelect(handler) { handlers.push(handler); }
    def onActivate(handler) { activators.push(handler); }
    def focusable() { return true; }

    def __rowH() { return __theme("rowH"); }
    def __boxY() { return y + 2; }
    def __boxH() { return h - 4; }
    def __rows() { return Math.max(__boxH() / __rowH(), 1); }
    def __maxTop() { return Math.max(items.length() - __rows(), 0); }
    def __barW() {
        if (items.length() > __rows()) { return __theme("scrollW") + 2; }
        return 0;
    }
    def __boxX() { return x + 2; }
    def __boxW() { return w - 4 - __barW(); }
    def __placeBar() {
        var sw = __theme("scrollW");
        bar.place(x + w - 3 - sw, y + 3, sw, h - 6);
        bar.set(items.length(), __rows(), top);
    }

    def paint(s) {
        __fieldFrame(s, x, y, w, h, hasFocus());
        top = __clamp(top, 0, __maxTop());
        __paintRows(s, top, top + __rows());
        __paintBar(s);
        s.clip(x, y, w, h);
    }
    def __paintBar(s) {
        __placeBar();
        if (bar.useful()) { bar.paint(s, __theme("fieldBg")); }
    }
    // Rows a..b (inclusive) as far as they are shown.
    def __paintRows(s, a, b) {
        var rh = __rowH();
        var f = __textFont();
        var bx = __boxX(); var bw = __boxW();
        s.clip(bx, __boxY(), bw, __boxH());
        for (var i = Math.max(a, top); i <= b && i <= top + __rows(); i += 1) {
            var ry = __boxY() + (i - top) * rh;
            s.fill(bx, ry, bw, rh, __theme("fieldBg"));
            if (i == sel) {
                var c = __theme("selectionOff");
                if (hasFocus()) { c = __theme("selection"); }
                s.roundRect(bx + 2, ry + 1, bw - 4, rh - 2, 4, c);
            } else if (i == hot && i < items.length()) {
                s.roundRect(bx + 2, ry + 1, bw - 4, rh - 2, 4, __theme("hover"));
            }
            if (i < items.length()) {
                s.text(bx + __theme("pad"), ry + (rh - f.height()) / 2, "" + items[i], f, __theme("text"));
            }
        }
        s.clip(x, y, w, h);
    }
    def __rowAt(py) {
        if (py < __boxY()) { return top - 1; }
        return top + (py - __boxY()) / __rowH();
    }

    // Move the view so that row `to` is the first shown.
    def __scrollTo(to) {
        to = __clamp(to, 0, __maxTop());
        if (to == top) { return; }
        var s = __begin();
        var d = to - top;
        top = to;
        if (s == null) { return; }
        var n = __rows();
        if (Math.abs(d) < n) {
            s.scroll(__boxX(), __boxY(), __boxW(), n * __rowH(), -d * __rowH());
            if (d > 0) { __paintRows(s, top + n - d, top + n); }
            else { __paintRows(s, top, top - d); __paintRows(s, top + n, top + n); }
        } else {
            __paintRows(s, top, top + n);
        }
        window.__damage(x, y, w, h);
        __paintBar(s);
        __end(s);
    }
    def __select(i, notify) {
        i = __clamp(i, -1, items.length() - 1);
        if (i == sel) { return; }
        var old = sel;
        sel = i;
        if (sel >= 0 && sel < top) { __scrollTo(sel); }
        if (sel >= top + __rows()) { __scrollTo(sel - __rows() + 1); }
        var s = __begin();
        if (s != null) {
            if (old >= 0) { __paintRows(s, old, old); }
            if (sel >= 0) { __paintRows(s, sel, sel); }
            __end(s);
        }
        if (notify && sel >= 0) { for (h in handlers) { h(sel, items[sel]); } }
    }
    // The row under the pointer at px, py (none over the bar or past the
    // rows) takes the hover face.
    def __hot(px, py) {
        var i = __rowAt(py);
        if (px >= __boxX() + __boxW() || py >= __boxY() + __boxH() || i < top || i >= items.length()) { i = -1; }
        __setHot(i);
    }
    def __setHot(i) {
        if (i == hot) { return; }
        var old = hot;
        hot = i;
        var s = __begin();
        if (s == null) { return; }
        if (old >= 0) { __paintRows(s, old, old); }
        if (hot >= 0) { __paintRows(s, hot, hot); }
        __end(s);
    }
    def hoverChanged(on) { hovered = on; if (!on) { __setHot(-1); } }
    def __activate() {
        if (sel < 0) { return; }
        for (h in activators) { h(sel, items[sel]); }
    }
    def handle(ev) {
        var k = ev.kind();
        if (k == "key") { return __key(ev); }
        if (k == "wheel") {
            __scrollTo(top + ev.button() * __theme("wheelRows"));
            __hot(ev.x(), ev.y());
            return true;
        }
        if (k == "down" && ev.button() == 1) {
            __placeBar();
            var where = bar.hit(ev.x(), ev.y());
            if (where == 2) { barGrab = ev.y() - bar.thumb()[0]; return true; }
            if (where != 0) { __scrollTo(top + where * __rows()); return true; }
            var r = __rowAt(ev.y());
            pressed = true;
            if (r >= 0 && r < items.length()) {
                var now = System.uptime();
                var again = r == lastRow && r == sel && now - lastClick < 400;
                lastClick = now; lastRow = r;
                __select(r, true);
                if (again) { lastRow = -1; __activate(); }
            }
            return true;
        }
        if (k == "move") {
            if (barGrab != null) { __placeBar(); __scrollTo(bar.topAt(ev.y() - barGrab)); return true; }
            if (pressed) {
                var r = __clamp(__rowAt(ev.y()), 0, items.length() - 1);
                if (r >= 0) { __select(r, true); }
                return true;
            }
            __hot(ev.x(), ev.y());
            return false;
        }
        if (k == "up") { pressed = false; barGrab = null; return true; }
        return false;
    }
    def __key(ev) {
        if (ev.ctrl() || ev.alt()) { return false; }
        var key = ev.key();
        var n = __rows() - 1;
        if (key == "Up") { __select(Math.max(sel - 1, 0), true); return true; }
        if (key == "Down") { __select(sel + 1, true); return true; }
        if (key == "Home") { __select(0, true); return true; }
        if (key == "End") { __select(items.length() - 1, true); return true; }
        if (key == "PageUp") { __select(Math.max(sel - n, 0), true); return true; }
        if (key == "PageDown") { __select(sel + n, true); return true; }
        if (key == "Enter") { __activate(); return true; }
        return false;
    }
    def toString() { return "ListView(" + items.length() + " items, " + sel + ")"; }
}
