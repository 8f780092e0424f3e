// clock.ph - Clock: an analog clock face with the digital time and the
// date below it, in UTC (System.time()). A Timer looks at the clock four
// times a second and moves the hands when the second has changed, so they
// never skip one. The face is a Canvas; the dial without hands is drawn
// once into a Surface of its own, and each second only the box the hands
// left and entered is drawn again from it, which keeps the pages a second
// dirties (and so each snapshot) small. Nothing here saves anything:
// after a power cut the window comes back as it was and the Timer simply
// goes on.
import gui;

var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"];

var FACE = 260;          // the canvas, a square
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
    var shownDay; var shownSec;  // the day (since 1970) and second of it shown
    var drawn;                   // the hands on the face now: [h, m, s], or null

    def start() {
        win = new Window("Clock", 680, 70, 300, 370);
        face = new Canvas(20, 14, FACE, FACE);
        win.add(face);
        time = new Label("", 0, 282, 300, 40);
        time.setFont("sans-bold", 32);
        time.setAlign("center");
        win.add(time);
        date = new Label("", 0, 324, 300, 24);
        date.setAlign("center");
        date.setColor(Desk.theme("textDim"));
        win.add(date);
        dial = new Surface(FACE, FACE);
        drawDial(dial);
        drawn = null;
        shownDay = -1; shownSec = -1;
        tick();
        win.show();
        timer = new Timer(250, fn() { tick(); });
        win.onClose(fn() { timer.stop(); return true; });
    }

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
        var cx = FACE / 2; var cy = FACE / 2; var r = FACE / 2 - 6;
        c.clear(Desk.theme("windowBg"));
        c.roundRect(cx - r - 1, cy - r + 2, 2 * r + 2, 2 * r + 3, r + 1, 0x22000000);  // shadow
        c.roundRect(cx - r, cy - r, 2 * r, 2 * r, r, INK);
        c.roundRect(cx - r + 5, cy - r + 5, 2 * r - 10, 2 * r - 10, r - 5, 0xFFFFFF);
        for (var i = 0; i < 60; i += 1) {
            var a = i * PI / 30;
            if (i % 5 == 0) { stroke(c, [a, r - 28, r - 14, 1, INK]); }
            else { stroke(c, [a, r - 19, r - 14, 0, 0xA8AEB8]); }
        }
        var f = Font.get("sans", 17);
        for (var n = 1; n <= 12; n += 1) {
            var an = n * PI / 6;
            var tx = cx + round(Math.sin(an) * (r - 44));
            var ty = cy - round(Math.cos(an) * (r - 44));
            var label = "" + n;
            c.text(tx - f.measure(label) / 2, ty - f.height() / 2, label, f, INK);
        }
        var small = Font.get("sans", 11);
        c.text(cx - small.measure("UTC") / 2, cy + r / 3, "UTC", small, 0x868B95);
    }

    // The strokes of the hands at h:m:s, each [angle, r0, r1, width,
    // colour]: the minute hand jumps once a minute, as on a station clock.
    def hands(h, m, s) {
        var r = FACE / 2 - 6;
        return [[(h % 12 + m / 60.0) * PI / 6, -12, r * 52 / 100, 3, INK],
                [m * PI / 30, -14, r * 78 / 100, 2, INK],
                [s * PI / 30, -24, r * 86 / 100, 0, SECOND],
                [s * PI / 30, -24, -12, 2, SECOND]];
    }

    // Put the hands at h:m:s. Only the box the moving hands leave and
    // enter is drawn again (the dial under them, then every hand, clipped
    // to it), so a second costs a few rows of pixels, not the face.
    def moveHands(h, m, s) {
        var c = face.surface();
        var now = hands(h, m, s);
        var box = [0, 0, FACE, FACE];
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
        var cx = FACE / 2; var cy = FACE / 2;
        c.roundRect(cx - 6, cy - 6, 12, 12, 6, SECOND);
        c.roundRect(cx - 2, cy - 2, 4, 4, 2, 0xFFFFFF);
        c.unclip();
        face.__show(box[0], box[1], box[2], box[3]);
    }

    // The ends of a stroke, in the canvas.
    def ends(k) {
        var cx = FACE / 2; var cy = FACE / 2;
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
