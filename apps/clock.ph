// clock.ph - Clock: an analog clock face with the digital time and the
// date below it, in UTC (System.time()). A Timer looks at the clock four
// times a second and moves the hands when the second has changed, so they
// never skip one. The face is a Canvas; the dial without hands is drawn
// once into a Surface of its own, and each second only the box the hands
// left and entered is drawn again from it, which keeps the pages a second
// dirties (and so each snapshot) small.
//
// The face is as large as the window lets it be (the smaller of the
// width and the height less the text under it; never smaller than at
// first), centred with the text: a resize or a maximise draws the dial
// again at the new size, every length and width scaled from the first
// size (FACE), so the first size draws exactly as it always did.
// Nothing here saves anything: after a power cut the window comes back as
// it was, laid out as it was, and the Timer simply goes on.
import gui;

var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"];

var FACE = 260;          // the face's size at first (a square): the dial's design size
var W = 300; var H = 370; // the client area at first: the smallest layout
var TEXT = 110;          // the rows round the face: 14 above, the time and date below
var INK = 0x2A2F3A;      // rim, hour ticks, hands
var SECOND = 0xD04A5A;   // the second hand
var PI = 3.141592653589793;

// Two digits: 7 -> "07".
def two(n) {
    if (n < 10) { return "0" + n; }
    return "" + n;
}

def round(v) { return Math.floor(v + 0.5); }

// [year, month 1-12, day 1-31] of a count of days since 1970-01-01
// (H. Hinnant's civil_from_days; every figure fits 32-bit integers).
def civil(days) {
    var z = days + 719468;
    var era = Math.floor(z / 146097);
    var doe = z - era * 146097;
    var yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    var mp = (5 * doy + 2) / 153;
    var d = doy - (153 * mp + 2) / 5 + 1;
    var m = mp + 3;
    if (mp >= 10) { m = mp - 9; }
    var y = yoe + era * 400;
    if (m <= 2) { y += 1; }
    return [y, m, d];
}

class Clock extends App {
    var win; var face; var dial; var time; var date; var timer;
    var size;                    // the face's side now (FACE at first)
    var shownDay; var shownSec;  // the day (since 1970) and second of it shown
    var drawn;                   // the hands on the face now: [h, m, s], or null

    def start() {
        win = new Window("Clock", 680, 70, W, H);
        var r = rects(W, H);
        size = r[0][2];
        face = new Canvas(r[0][0], r[0][1], size, size);
        win.add(face);
        time = new Label("", r[1][0], r[1][1], r[1][2], r[1][3]);
        time.setFont("sans-bold", 32);
        time.setAlign("center");
        win.add(time);
        date = new Label("", r[2][0], r[2][1], r[2][2], r[2][3]);
        date.setAlign("center");
        date.setColor(Desk.theme("textDim"));
        win.add(date);
        dial = new Surface(size, size);
        drawDial(dial);
        drawn = null;
        shownDay = -1; shownSec = -1;
        tick();
        win.onResize(fn(w, h) { layout(w, h); });
        win.show();
        timer = new Timer(250, fn() { tick(); });
        win.onClose(fn() { timer.stop(); return true; });
    }

    // Where the face, the time and the date go in a w x h client area: the
    // face as large as fits (an even side), the three centred as a block.
    // Smaller than at first, the window shows the first layout, cut off.
    def rects(w, h) {
        var cw = Math.max(w, W); var ch = Math.max(h, H);
        var f = Math.min(cw - 40, ch - TEXT);
        f -= f % 2;
        var top = (ch - f - TEXT) / 2;
        return [[(cw - f) / 2, top + 14, f, f], [0, top + f + 22, cw, 40], [0, top + f + 64, cw, 24]];
    }

    // The window was resized or maximised: move the widgets; a face of a
    // new size gets its dial drawn again, and the hands on it.
    def layout(w, h) {
        var r = rects(w, h);
        face.setBounds(r[0][0], r[0][1], r[0][2], r[0][3]);
        time.setBounds(r[1][0], r[1][1], r[1][2], r[1][3]);
        date.setBounds(r[2][0], r[2][1], r[2][2], r[2][3]);
        if (r[0][2] == size) { return; }
        size = r[0][2];
        dial = new Surface(size, size);
        drawDial(dial);
        var d = drawn;
        drawn = null;
        if (d != null) { moveHands(d[0], d[1], d[2]); }
    }

    // A length of the design (at FACE) at the face's size now.
    def sc(n) { return n * size / FACE; }
    // A stroke's half-width w of the design, for the size now: 2w + 1
    // pixels thick at FACE, as thick in proportion here.
    def thick(w) { return round(((2 * w + 1) * size / (FACE + 0.0) - 1) / 2); }

    // Redraw when the wall clock's second differs from the one shown.
    def tick() {
        var now = System.time();   // a float: past 2^31 ms
        var days = Math.floor(now / 86400000.0);
        var sod = Math.floor((now - days * 86400000.0) / 1000.0);
        if (days == shownDay && sod == shownSec) { return; }
        shownDay = days; shownSec = sod;
        var h = sod / 3600; var m = sod / 60 % 60; var s = sod % 60;
        moveHands(h, m, s);
        time.setText(two(h) + ":" + two(m) + ":" + two(s));
        var ymd = civil(days);
        date.setText(DAYS[(days + 4) % 7] + ", " + ymd[2] + " " + MONTHS[ymd[1] - 1] + " " + ymd[0]);
    }

    // The face without hands: drawn once, into its own Surface.
    def drawDial(c) {
        var cx = size / 2; var cy = size / 2; var r = size / 2 - sc(6);
        var rim = sc(5);
        c.clear(Desk.theme("windowBg"));
        c.roundRect(cx - r - sc(1), cy - r + sc(2), 2 * r + sc(2), 2 * r + sc(3), r + sc(1), 0x22000000);  // shadow
        c.roundRect(cx - r, cy - r, 2 * r, 2 * r, r, INK);
        c.roundRect(cx - r + rim, cy - r + rim, 2 * r - 2 * rim, 2 * r - 2 * rim, r - rim, 0xFFFFFF);
        for (var i = 0; i < 60; i += 1) {
            var a = i * PI / 30;
            if (i % 5 == 0) { stroke(c, [a, r - sc(28), r - sc(14), thick(1), INK]); }
            else { stroke(c, [a, r - sc(19), r - sc(14), thick(0), 0xA8AEB8]); }
        }
        var f = Font.get("sans", sc(17));
        for (var n = 1; n <= 12; n += 1) {
            var an = n * PI / 6;
            var tx = cx + round(Math.sin(an) * (r - sc(44)));
            var ty = cy - round(Math.cos(an) * (r - sc(44)));
            var label = "" + n;
            c.text(tx - f.measure(label) / 2, ty - f.height() / 2, label, f, INK);
        }
        var small = Font.get("sans", sc(11));
        c.text(cx - small.measure("UTC") / 2, cy + r / 3, "UTC", small, 0x868B95);
    }

    // The strokes of the hands at h:m:s, each [angle, r0, r1, width,
    // colour]: the minute hand jumps once a minute, as on a station clock.
    def hands(h, m, s) {
        var r = size / 2 - sc(6);
        return [[(h % 12 + m / 60.0) * PI / 6, sc(-12), r * 52 / 100, thick(3), INK],
                [m * PI / 30, sc(-14), r * 78 / 100, thick(2), INK],
                [s * PI / 30, sc(-24), r * 86 / 100, thick(0), SECOND],
                [s * PI / 30, sc(-24), sc(-12), thick(2), SECOND]];
    }

    // Put the hands at h:m:s. Only the box the moving hands leave and
    // enter is drawn again (the dial under them, then every hand, clipped
    // to it), so a second costs a few rows of pixels, not the face.
    def moveHands(h, m, s) {
        var c = face.surface();
        var now = hands(h, m, s);
        var box = [0, 0, size, size];
        if (drawn != null) {
            var was = hands(drawn[0], drawn[1], drawn[2]);
            var first = 2;
            if (drawn[0] != h || drawn[1] != m) { first = 0; }
            box = extent(now[first]);
            for (var i = first; i < now.length(); i += 1) {
                box = union(box, union(extent(now[i]), extent(was[i])));
            }
        }
        drawn = [h, m, s];
        c.clip(box[0], box[1], box[2], box[3]);
        c.blit(dial, 0, 0);
        for (hand in now) { stroke(c, hand); }
        var cx = size / 2; var cy = size / 2;
        c.roundRect(cx - sc(6), cy - sc(6), sc(12), sc(12), sc(6), SECOND);
        c.roundRect(cx - sc(2), cy - sc(2), sc(4), sc(4), sc(2), 0xFFFFFF);
        c.unclip();
        face.__show(box[0], box[1], box[2], box[3]);
    }

    // The ends of a stroke, in the canvas.
    def ends(k) {
        var cx = size / 2; var cy = size / 2;
        var sx = Math.sin(k[0]); var sy = Math.cos(k[0]);
        return [cx + round(sx * k[1]), cy - round(sy * k[1]), cx + round(sx * k[2]), cy - round(sy * k[2])];
    }
    // The box a stroke covers: [x, y, w, h].
    def extent(k) {
        var e = ends(k);
        var pad = k[3] + 2;
        var x0 = Math.min(e[0], e[2]) - pad; var y0 = Math.min(e[1], e[3]) - pad;
        return [x0, y0, Math.abs(e[2] - e[0]) + 2 * pad + 1, Math.abs(e[3] - e[1]) + 2 * pad + 1];
    }
    def union(a, b) {
        var x0 = Math.min(a[0], b[0]); var y0 = Math.min(a[1], b[1]);
        var x1 = Math.max(a[0] + a[2], b[0] + b[2]); var y1 = Math.max(a[1] + a[3], b[1] + b[3]);
        return [x0, y0, x1 - x0, y1 - y0];
    }

    // A stroke [angle (clockwise from 12), r0, r1, w, colour]: a line as
    // thick as a disc of radius w (0: one pixel).
    def stroke(c, k) {
        var e = ends(k);
        var w = k[3];
        for (var dy = -w; dy <= w; dy += 1) {
            for (var dx = -w; dx <= w; dx += 1) {
                if (dx * dx + dy * dy <= w * w + 1) { c.line(e[0] + dx, e[1] + dy, e[2] + dx, e[3] + dy, k[4]); }
            }
        }
    }
}
