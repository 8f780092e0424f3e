// calculator.ph - Calculator: a pocket calculator. Keys 0-9 . + - * / =,
// C (clear), +/- and a backspace, on the screen and on the keyboard
// (digits, operators, Enter or =, Backspace, Escape or Delete to clear).
//
// It works as pocket calculators do: an operator applies the pending one
// (12 + 3 * shows 15), = repeats the last operation when pressed again.
// Numbers are floats shown with at most 12 significant digits. The keys
// are not focusable, so the keyboard always reaches the window's onKey.
//
// Layout: the display above a grid of 4 x 5 keys, 12 pixels from the
// edges, 6 between keys. A resized or maximised window (onResize) gives
// them its room: the keys grow up to KEY_MAX_W x KEY_MAX_H, the display
// grows with the window's height and its fonts with it, and the whole is
// centred; a window smaller than W x H shrinks them down to the KEY_MIN
// sizes and then cuts them off, never overlapping. At W x H it is the
// layout the calculator always had.
//
// The whole state is a few fields of the App (the widgets' bounds too):
// after a power cut the display, a half-typed sum and the layout of a
// maximised window come back as they were.
import gui;

var SIGNIFICANT = 12;   // digits shown, and typed at most
var PRESSED_MS = 110;   // a key typed on the keyboard looks pressed this long
var W = 278; var H = 394;                  // the window's client area at first
var MARGIN = 12; var GAP = 6;              // round the whole; between keys
var DISPLAY_H = 84;                        // the display's height at W x H
var KEY_MIN_W = 40; var KEY_MIN_H = 30;
var KEY_MAX_W = 150; var KEY_MAX_H = 96;
var DISPLAY_MIN_H = 56; var DISPLAY_MAX_H = 150;
var ROWS = [
    [["C", "C", "fn"], ["±", "neg", "fn"], ["⌫", "back", "fn"], ["÷", "/", "op"]],
    [["7", "7", "digit"], ["8", "8", "digit"], ["9", "9", "digit"], ["×", "*", "op"]],
    [["4", "4", "digit"], ["5", "5", "digit"], ["6", "6", "digit"], ["−", "-", "op"]],
    [["1", "1", "digit"], ["2", "2", "digit"], ["3", "3", "digit"], ["+", "+", "op"]],
    [["0", "0", "digit"], [".", ".", "digit"], ["=", "=", "eq"]]];   // = is two keys wide

def th(name) { return Desk.theme(name); }

def clamp(v, lo, hi) { return Math.max(lo, Math.min(v, hi)); }

// ---------------------------------------------------------------- numbers

// The digits of a non-negative integral float below 1e12 (Math.floor
// works on 32-bit integers only: split it into millions and the rest).
def digitsOf(n) {
    var hi = Math.floor(n / 1000000.0);
    var lo = Math.floor(n - hi * 1000000.0 + 0.5);
    if (lo >= 1000000) { hi += 1; lo -= 1000000; }
    if (hi == 0) { return "" + lo; }
    var s = "" + lo;
    while (s.length() < 6) { s = "0" + s; }
    return hi + s;
}

// x rounded to `decimals` places, without trailing zeros; |x| * 10^decimals < 1e12.
def fixed(x, decimals) {
    var scale = 1.0;
    for (var i = 0; i < decimals; i += 1) { scale *= 10; }
    var s = digitsOf(Math.abs(x) * scale + 0.0);
    while (s.length() <= decimals) { s = "0" + s; }
    var whole = s.substring(0, s.length() - decimals);
    var frac = s.substring(s.length() - decimals, s.length());
    while (frac.length() > 0 && frac.charAt(frac.length() - 1) == "0") {
        frac = frac.substring(0, frac.length() - 1);
    }
    var out = whole;
    if (frac.length() > 0) { out = whole + "." + frac; }
    if (x < 0 && out != "0") { out = "-" + out; }
    return out;
}

// A number as the display shows it: 12 significant digits, plain while
// that is short enough, else 1.2345e+15.
def format(x) {
    if (x == 0) { return "0"; }
    var a = Math.abs(x);
    var e = 0; var t = a;
    while (t >= 10) { t /= 10; e += 1; }
    while (t < 1) { t *= 10; e -= 1; }
    if (e >= SIGNIFICANT || e < -7) {
        var m = fixed(t, SIGNIFICANT - 4);
        if (m == "10") { m = "1"; e += 1; }
        var sign = "";
        if (x < 0) { sign = "-"; }
        var es = "+";
        if (e < 0) { es = "-"; }
        return sign + m + "e" + es + Math.abs(e);
    }
    var decimals = Math.max(SIGNIFICANT - 1 - e, 0);
    return fixed(x, decimals);
}

def symbol(op) {
    if (op == "*") { return "×"; }
    if (op == "/") { return "÷"; }
    if (op == "-") { return "−"; }
    return op;
}

// ---------------------------------------------------------------- widgets

// The display: the pending operation small and dim on top, the number
// large below, right-aligned; the number's font shrinks to fit. A taller
// display takes larger fonts, from a short list: each new size is a font
// to open (fonts/fonts.c keeps 24 open), so a window dragged through every
// height must not ask for every size.
class Display extends Widget {
    var value; var expr;
    def init(x, y, w, h) { super.init(); value = "0"; expr = ""; setBounds(x, y, w, h); }
    def show(v, e) {
        if (v == value && e == expr) { return; }
        value = v; expr = e; repaint();
    }
    def value() { return value; }
    def paint(s) {
        var r = th("radius");
        s.roundRect(x, y, w, h, r + 2, th("fieldEdge"));
        s.roundRect(x + 1, y + 1, w - 2, h - 2, r + 1, th("fieldBg"));
        var pad = 12; var top = 8;
        var spx = 14; var px = 34;
        if (h >= 110) { spx = 18; px = 40; top = 10; }
        if (h >= 130) { px = 48; }
        var small = Font.get("sans", spx);
        s.text(x + w - pad - small.measure(expr), y + top, expr, small, th("textDim"));
        var big = Font.get("sans", px);
        while (px > 14 && big.measure(value) > w - 2 * pad) {
            if (px > 40) { px = 40; } else if (px > 34) { px = 34; } else { px -= 2; }
            big = Font.get("sans", px);
        }
        s.text(x + w - pad - big.measure(value), y + h - top - big.height(), value, big, th("text"));
    }
}

// A key: a rounded face in one of three styles ("digit", "op", "eq"),
// looking pressed while the pointer holds it or for a moment after the
// keyboard typed it. Not focusable: keys typed always go to the window.
// A taller key takes a larger label: 20 pixels (operators 22) at first,
// 4 more from 64 pixels high, 8 more from 80 (sizes the display uses too).
class Key extends Widget {
    var label; var code; var style; var action; var pressed; var lit;
    def init(label, code, style, action) {
        super.init();
        this.label = label; this.code = code; this.style = style; this.action = action;
        pressed = false; lit = false;
    }
    def code() { return code; }
    def setLit(on) { if (lit != on) { lit = on; repaint(); } }
    def paint(s) {
        var face = th("buttonFace"); var ink = th("text"); var edge = th("buttonEdge");
        if (style == "op") { face = 0xE9EEF6; ink = th("accent"); edge = 0xC5CFDD; }
        if (style == "fn") { face = 0xEEF0F3; }
        if (style == "eq") { face = th("accent"); ink = th("onAccent"); edge = th("accentPressed"); }
        var down = pressed || lit;
        if (down) {
            face = th("buttonPressed");
            if (style == "eq") { face = th("accentPressed"); }
        }
        var r = th("radius") + 2;
        s.roundRect(x, y, w, h, r, edge);
        s.roundRect(x + 1, y + 1, w - 2, h - 2, r - 1, face);
        if (!down) { s.fill(x + r, y + h - 2, w - 2 * r, 1, 0x10000000); }
        var px = 20;
        if (style == "op" || style == "eq") { px = 22; }
        if (h >= 80) { px += 8; } else if (h >= 64) { px += 4; }
        var f = Font.get("sans", px);
        var dy = 0;
        if (down) { dy = 1; }
        s.text(x + (w - f.measure(label)) / 2, y + (h - f.height()) / 2 + dy, label, f, ink);
    }
    def handle(ev) {
        var k = ev.kind();
        if (k == "down" && ev.button() == 1) { pressed = true; repaint(); return true; }
        if (k == "up" && pressed) {
            pressed = false; repaint();
            if (contains(ev.x(), ev.y())) { action(code); }
            return true;
        }
        return k == "move";
    }
}

// ---------------------------------------------------------------- the app

class Calculator extends App {
    var win; var display; var keys;
    var entry;     // the number being typed (a String), or null
    var acc;       // the running result (a float), or null
    var op;        // the pending operator ("+" "-" "*" "/"), or null
    var lastOp; var lastArg;  // what = does again
    var expr;      // the small line above the number
    var error;     // a message shown instead of the number, or null

    def start() {
        entry = null; acc = null; op = null; lastOp = null; lastArg = null;
        expr = ""; error = null;
        win = new Window("Calculator", 360, 110, W, H);
        display = new Display(0, 0, 1, 1);
        keys = [];
        for (row in ROWS) {
            for (spec in row) { keys.push(new Key(spec[0], spec[1], spec[2], fn(code) { press(code); })); }
        }
        layout(W, H);   // before add: nothing painted twice
        win.add(display);
        for (key in keys) { win.add(key); }
        win.onKey(fn(ev) { typed(ev); });
        win.onResize(fn(w, h) { layout(w, h); });
        refresh();
        win.show();
    }

    // Lay the display and the keys out in a w x h client area (see the
    // file's comment): the keys' size first, the display's height grows
    // with the window's (84 of the 370 rows inside the margins at first).
    def layout(w, h) {
        var dh = clamp((h - 2 * MARGIN) * DISPLAY_H / (H - 2 * MARGIN), DISPLAY_MIN_H, DISPLAY_MAX_H);
        var kw = clamp((w - 2 * MARGIN - 3 * GAP) / 4, KEY_MIN_W, KEY_MAX_W);
        var kh = clamp((h - 3 * MARGIN - dh - 4 * GAP) / 5, KEY_MIN_H, KEY_MAX_H);
        var gw = 4 * kw + 3 * GAP;
        var left = Math.max((w - gw) / 2, MARGIN);
        var top = Math.max((h - dh - MARGIN - 5 * kh - 4 * GAP) / 2, MARGIN);
        display.setBounds(left, top, gw, dh);
        var k = 0;
        for (var r = 0; r < ROWS.length(); r += 1) {
            for (var c = 0; c < ROWS[r].length(); c += 1) {
                var span = 1;
                if (ROWS[r][c][2] == "eq") { span = 2; }
                keys[k].setBounds(left + c * (kw + GAP), top + dh + MARGIN + r * (kh + GAP),
                                  span * kw + (span - 1) * GAP, kh);
                k += 1;
            }
        }
    }

    // A key event: its character or name as a key's code.
    def typed(ev) {
        if (ev.ctrl() || ev.alt()) { return; }
        var code = null;
        var k = ev.key(); var ch = ev.char();
        if (k == "Enter") { code = "="; }
        else if (k == "Backspace") { code = "back"; }
        else if (k == "Escape" || k == "Delete") { code = "C"; }
        else if (ch != null) {
            if ("0123456789.+-*/=".indexOf(ch) >= 0) { code = ch; }
            if (ch == ",") { code = "."; }
            if (ch == "x" || ch == "X") { code = "*"; }
            if (ch == "c" || ch == "C") { code = "C"; }
        }
        if (code == null) { return; }
        press(code);
        flash(code);
    }

    // Show the key for `code` pressed for a moment.
    def flash(code) {
        for (key in keys) {
            if (key.code() == code) { light(key); }
        }
    }
    def light(key) {
        key.setLit(true);
        var t = null;
        t = new Timer(PRESSED_MS, fn() { key.setLit(false); t.stop(); });
    }

    def press(code) {
        if (error != null && code != "C") { clear(); }
        if ("0123456789.".indexOf(code) >= 0) { digit(code); }
        else if (code == "+" || code == "-" || code == "*" || code == "/") { operator(code); }
        else if (code == "=") { equals(); }
        else if (code == "C") { clear(); }
        else if (code == "back") { backspace(); }
        else if (code == "neg") { negate(); }
        refresh();
    }

    def clear() { entry = null; acc = null; op = null; lastOp = null; lastArg = null; expr = ""; error = null; }

    def digit(d) {
        if (entry == null) {
            entry = "0";
            if (op == null) { acc = null; expr = ""; }   // a new calculation after =
        }
        if (d == "." && entry.indexOf(".") >= 0) { return; }
        var count = 0;
        for (var i = 0; i < entry.length(); i += 1) {
            if ("0123456789".indexOf(entry.charAt(i)) >= 0) { count += 1; }
        }
        if (d != "." && count >= SIGNIFICANT && entry != "0" && entry != "-0") { return; }
        if (d != "." && (entry == "0" || entry == "-0")) {
            entry = entry.substring(0, entry.length() - 1) + d;
        } else {
            entry = entry + d;
        }
    }

    // The number shown: what is typed, or the result.
    def current() {
        if (entry != null) { return entry.toFloat(); }
        if (acc != null) { return acc; }
        return 0.0;
    }

    def operator(o) {
        if (entry != null && acc != null && op != null) {
            if (!apply(acc, op, entry.toFloat())) { return; }
        } else {
            acc = current();
        }
        entry = null;
        op = o;
        expr = format(acc) + " " + symbol(o);
    }

    def equals() {
        if (op != null) {
            var b = current();
            var a = acc;
            if (!apply(a, op, b)) { return; }
            lastOp = op; lastArg = b;
            expr = format(a) + " " + symbol(op) + " " + format(b) + " =";
            op = null;
        } else if (lastOp != null) {
            var a2 = current();
            if (!apply(a2, lastOp, lastArg)) { return; }
            expr = format(a2) + " " + symbol(lastOp) + " " + format(lastArg) + " =";
        } else {
            acc = current();
            expr = format(acc) + " =";
        }
        entry = null;
    }

    // acc = a op b; false (and the error shown) when it cannot be done.
    def apply(a, o, b) {
        var r = 0.0;
        if (o == "+") { r = a + b; }
        if (o == "-") { r = a - b; }
        if (o == "*") { r = a * b; }
        if (o == "/") {
            if (b == 0) { error = "Cannot divide by zero"; expr = format(a) + " ÷"; return false; }
            r = a / b;
        }
        if (Math.abs(r) > 1e100) { error = "Overflow"; return false; }
        acc = r + 0.0;
        return true;
    }

    def backspace() {
        if (entry == null) { return; }
        entry = entry.substring(0, entry.length() - 1);
        if (entry == "" || entry == "-") { entry = "0"; }
    }

    def negate() {
        if (entry != null) {
            if (entry.startsWith("-")) { entry = entry.substring(1, entry.length()); }
            else { entry = "-" + entry; }
        } else if (acc != null) {
            acc = -acc;
            if (op == null) { expr = ""; }
        } else {
            entry = "-0";
        }
    }

    def refresh() {
        var v = "0";
        if (error != null) { v = error; }
        else if (entry != null) { v = entry; }
        else if (acc != null) { v = format(acc); }
        display.show(v, expr);
    }
}
