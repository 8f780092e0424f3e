// clock.ph - Clock: an analog clock face with the digital time and the
// date below it, in UTC (System.time()). A Timer looks at the clock four
// times a second and redraws when the second has changed, so the hands
// never skip a second; the face is a Canvas, drawn into its own Surface
// and shown at once. Nothing here saves anything: after a power cut the
// window comes back as it was and the Timer simply goes on.
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
    var win; var face; var time; var date; var timer;
    var shownDay; var shownSec;  // the day (since 1970) and second of it shown

    def start() {
        var bg = Desk.theme("windowBg");
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
        drawFace(h, m, s);
        time.setText(two(h) + ":" + two(m) + ":" + two(s));
        var ymd = civil(days);
        date.setText(DAYS[(days + 4) % 7] + ", " + ymd[2] + " " + MONTHS[ymd[1] - 1] + " " + ymd[0]);
    }

    def drawFace(h, m, s) {
        var c = face.surface();
        var cx = FACE / 2; var cy = FACE / 2; var r = FACE / 2 - 6;
        c.clear(Desk.theme("windowBg"));
        c.roundRect(cx - r - 1, cy - r + 2, 2 * r + 2, 2 * r + 3, r + 1, 0x22000000);  // shadow
        c.roundRect(cx - r, cy - r, 2 * r, 2 * r, r, INK);
        c.roundRect(cx - r + 5, cy - r + 5, 2 * r - 10, 2 * r - 10, r - 5, 0xFFFFFF);
        for (var i = 0; i < 60; i += 1) {
            var a = i * PI / 30;
            if (i % 5 == 0) { hand(c, cx, cy, a, r - 28, r - 14, 1, INK); }
            else { hand(c, cx, cy, a, r - 19, r - 14, 0, 0xA8AEB8); }
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
        hand(c, cx, cy, (h % 12 + m / 60.0) * PI / 6, -12, r * 52 / 100, 3, INK);
        hand(c, cx, cy, (m + s / 60.0) * PI / 30, -14, r * 78 / 100, 2, INK);
        hand(c, cx, cy, s * PI / 30, -24, r * 86 / 100, 0, SECOND);
        hand(c, cx, cy, s * PI / 30, -24, -12, 2, SECOND);
        c.roundRect(cx - 6, cy - 6, 12, 12, 6, SECOND);
        c.roundRect(cx - 2, cy - 2, 4, 4, 2, 0xFFFFFF);
        face.repaint();
    }

    // A stroke from r0 to r1 along the angle a (clockwise from 12), as
    // thick as a disc of radius w (0: one pixel).
    def hand(c, cx, cy, a, r0, r1, w, color) {
        var sx = Math.sin(a); var cy2 = Math.cos(a);
        var x0 = cx + round(sx * r0); var y0 = cy - round(cy2 * r0);
        var x1 = cx + round(sx * r1); var y1 = cy - round(cy2 * r1);
        for (var dy = -w; dy <= w; dy += 1) {
            for (var dx = -w; dx <= w; dx += 1) {
                if (dx * dx + dy * dy <= w * w + 1) { c.line(x0 + dx, y0 + dy, x1 + dx, y1 + dy, color); }
            }
        }
    }
}
