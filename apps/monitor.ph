// monitor.ph - Monitor: the world's vital signs, refreshed by a Timer
// every second: how long this world has run (System.uptime(), which goes
// on across boots), how often it was booted (System.boots()), the heap's
// live bytes and the collector's figures (System.gcStats()), and the last
// snapshots (System.snapshotStats(): generation, pages, KiB written,
// pause, write time), newest first, in a table.
//
// Only what changed is repainted. Even so a world with Monitor open
// commits a snapshot every second, mostly the pixels of Monitor's own
// repaint (the uptime, and the table, whose rows move down one each
// second): that is what the table shows.
//
// Layout: four cards in a row, the two text lines below them, the table
// under those. A resized or maximised window (onResize) gives them its
// room: the cards share the width as they share it at first, the lines
// take the width, the table the width and the height that are left and
// its columns spread in proportion. The table shows as many snapshots as
// fit of the last HISTORY the app has seen - across boots: the system
// lists only this boot's (SNAP_RECENT, persist/snap.h), and the app keeps
// the rest in a field, which is persistent like everything else. A taller
// window shows more. Below MIN_W x MIN_H the
// layout stops shrinking and the window cuts it off. At W x H it is the
// layout Monitor always had; after a power cut a maximised Monitor comes
// back laid out as it was (the widgets' bounds are their fields).
import gui;

var W = 560; var H = 446;          // the window's client area at first
var MIN_W = 400; var MIN_H = 300;  // smallest layout
var MARGIN = 12; var GAP = 8;      // round the whole; between cards
var CARDS = [152, 110, 130, 120];  // the cards' widths at W
var TABLE_Y = 204;
var HISTORY = 40;                  // commits the table remembers

def th(name) { return Desk.theme(name); }

def sum(a) {
    var t = 0;
    for (v in a) { t += v; }
    return t;
}

def two(n) {
    if (n < 10) { return "0" + n; }
    return "" + n;
}

// Milliseconds as "1 d 02:03:04" / "2:03:04".
def duration(ms) {
    var s = Math.floor(ms / 1000.0);
    var d = s / 86400; s = s % 86400;
    var hms = (s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60);
    if (d > 0) { return d + " d " + hms; }
    return hms;
}

// One decimal: 1234, 1000 -> "1.2".
def tenths(v, unit) {
    var t = Math.floor(v * 10.0 / unit + 0.5);
    return (t / 10) + "." + (t % 10);
}

def bytes(b) {
    if (b >= 1048576) { return tenths(b, 1048576) + " MiB"; }
    if (b >= 1024) { return tenths(b, 1024) + " KiB"; }
    return b + " B";
}

def micros(us) {
    if (us >= 1000) { return tenths(us, 1000) + " ms"; }
    return us + " µs";
}

def figure(m, key) {
    if (m == null || !m.has(key)) { return 0; }
    return m.get(key);
}

// A card: a small title and a large figure.
class Stat extends Widget {
    var title; var value;
    def init(title, x, y, w, h) { super.init(); this.title = title; value = "-"; setBounds(x, y, w, h); }
    def set(v) { v = "" + v; if (v != value) { value = v; repaint(); } }
    def paint(s) {
        s.roundRect(x, y, w, h, 8, th("fieldEdge"));
        s.roundRect(x + 1, y + 1, w - 2, h - 2, 7, th("fieldBg"));
        var small = Font.get("sans", 12);
        s.text(x + 12, y + 9, title, small, th("textDim"));
        var px = 24;
        var big = Font.get("sans-bold", px);
        while (px > 12 && big.measure(value) > w - 24) { px -= 2; big = Font.get("sans-bold", px); }
        s.text(x + 12, y + h - 10 - big.height(), value, big, th("text"));
    }
}

// A table: a header and rows of strings; the first column left-aligned,
// the others right-aligned; `widths` in pixels for a table 28 wider than
// their sum, in proportion for any other width. Rows of 23 pixels, as
// many as fit.
class Table extends Widget {
    var heads; var widths; var rows; var empty;
    def init(heads, widths, x, y, w, h) {
        super.init();
        this.heads = heads; this.widths = widths; rows = []; empty = "";
        setBounds(x, y, w, h);
    }
    def setEmpty(s) { empty = s; }
    def setRows(r) {
        if (("" + r) == ("" + rows)) { return; }
        rows = r; repaint();
    }
    def paint(s) {
        var rh = 23;
        s.roundRect(x, y, w, h, th("radius"), th("fieldEdge"));
        s.roundRect(x + 1, y + 1, w - 2, h - 2, th("radius") - 1, th("fieldBg"));
        var bold = Font.get("sans-bold", 13);
        var f = Font.get("sans", 13);
        s.fill(x + 1, y + 1 + rh + 2, w - 2, 1, th("fieldEdge"));
        cells(s, heads, y + 4, bold, th("textDim"));
        var ry = y + rh + 6;
        for (var i = 0; i < rows.length() && ry + rh <= y + h; i += 1) {
            if (i % 2 == 1) { s.fill(x + 1, ry, w - 2, rh, 0xF4F6F9); }
            cells(s, rows[i], ry + 1, f, th("text"));
            ry += rh;
        }
        if (rows.length() == 0) { s.text(x + 14, ry + 4, empty, f, th("textDim")); }
    }
    def cells(s, row, ty, font, color) {
        var total = sum(widths);
        var room = Math.max(w - 28, 1);
        var before = 0;
        for (var c = 0; c < row.length(); c += 1) {
            var t = "" + row[c];
            var left = x + 14 + before * room / total;
            before += widths[c];
            var tx = x + 14 + before * room / total - font.measure(t);
            if (c == 0) { tx = left; }
            s.text(tx, ty + (23 - font.height()) / 2, t, font, color);
        }
    }
}

class Monitor extends App {
    var win; var uptime; var boots; var heap; var cycles;
    var gcLine; var snapLine; var table; var timer;
    var seen;  // the commits seen, as table rows, newest first, across boots

    def start() {
        win = new Window("Monitor", 400, 150, W, H);
        uptime = new Stat("Uptime of this world", 0, 0, 1, 1);
        boots = new Stat("Boots", 0, 0, 1, 1);
        heap = new Stat("Heap in use", 0, 0, 1, 1);
        cycles = new Stat("GC cycles", 0, 0, 1, 1);
        gcLine = new Label("", 0, 0, 1, 1);
        snapLine = new Label("", 0, 0, 1, 1);
        table = new Table(["Generation", "Pages", "Written", "Pause", "Write"],
                          [108, 90, 110, 100, 100], 0, 0, 1, 1);
        table.setEmpty("No snapshots here: this world is not persisted.");
        layout(W, H);   // before add: nothing painted twice
        for (w in [uptime, boots, heap, cycles]) { win.add(w); }
        win.add(heading("Garbage collector", 98));
        win.add(gcLine);
        win.add(heading("Snapshots", 152));
        win.add(snapLine);
        win.add(table);
        win.onResize(fn(w, h) { layout(w, h); });
        refresh();
        win.show();
        timer = new Timer(1000, fn() { refresh(); });
        win.onClose(fn() { timer.stop(); return true; });
    }

    // Lay the cards, the lines and the table out in a w x h client area
    // (see the file's comment); the headings never move.
    def layout(w, h) {
        w = Math.max(w, MIN_W); h = Math.max(h, MIN_H);
        var inner = w - 2 * MARGIN;
        var room = inner - (CARDS.length() - 1) * GAP;
        var cards = [uptime, boots, heap, cycles];
        var cx = MARGIN; var before = 0;
        for (var i = 0; i < cards.length(); i += 1) {
            before += CARDS[i];
            var right = MARGIN + (i * GAP) + before * room / sum(CARDS);
            cards[i].setBounds(cx, MARGIN, right - cx, 70);
            cx = right + GAP;
        }
        gcLine.setBounds(MARGIN, 120, inner, 22);
        snapLine.setBounds(MARGIN, 174, inner, 22);
        table.setBounds(MARGIN, TABLE_Y, inner, h - TABLE_Y - MARGIN);
    }

    def heading(text, y) {
        var l = new Label(text, 12, y, 300, 22);
        l.setFont("sans-bold", 14);
        return l;
    }

    def refresh() {
        uptime.set(duration(System.uptime()));
        boots.set(System.boots());
        var gc = System.gcStats();
        var collected = figure(gc, "cycles") > 0 || figure(gc, "fulls") > 0;
        cycles.set(figure(gc, "cycles"));
        if (collected) {
            heap.set(bytes(figure(gc, "live")));
            var full = figure(gc, "fulls") + " full";
            if (figure(gc, "fulls") > 0) { full = full + " (longest " + micros(figure(gc, "fullMaxPauseUs")) + ")"; }
            gcLine.setText(figure(gc, "objects") + " objects  ·  " + figure(gc, "steps") + " steps: longest " +
                           micros(figure(gc, "maxPauseUs")) + ", in all " + micros(figure(gc, "totalPauseUs")) +
                           "  ·  " + full);
        } else {
            heap.set(bytes(figure(gc, "heap")));   // live bytes are counted by a collection
            gcLine.setText("No collection yet: the heap holds what was ever allocated");
        }
        var snap = System.snapshotStats();
        // The system lists the commits of this boot; the app keeps what it
        // saw before (a field, persistent like everything), newest first.
        // (The commit a power cut followed is not among them: the world
        // came back from it, as the app was before it.)
        if (seen == null) { seen = []; }
        var newest = -1;
        if (seen.length() > 0) { newest = seen[0][0]; }
        var rows = [];
        if (snap.has("recent")) {
            for (c in snap.get("recent")) {
                if (figure(c, "gen") > newest) {
                    rows.push([figure(c, "gen"), figure(c, "pages"), figure(c, "kib") + " KiB",
                               micros(figure(c, "pauseUs")), figure(c, "writeMs") + " ms"]);
                }
            }
        }
        for (var i = 0; i < seen.length() && rows.length() < HISTORY; i += 1) { rows.push(seen[i]); }
        seen = rows;
        if (snap.has("gen")) {
            snapLine.setText("Last: generation " + figure(snap, "gen") + ", " + figure(snap, "kib") +
                             " KiB  ·  " + figure(snap, "commits") + " commits since this boot");
        } else {
            snapLine.setText("None yet");
        }
        table.setRows(rows);
    }
}
