// textedit.ph - the text editors of the gui module: TextField (one line)
// and TextArea (many lines, a scroll bar), both on TextEdit.
//
// The text is an Array of Strings, one per line without its "\n", never
// empty: an edit replaces the few Strings it touches (Strings are
// immutable), so typing into a long text costs one line, not the text.
// Positions are (row, column) pairs, columns in characters. The caret is
// (row, col); the selection runs from the anchor (arow, acol) to the caret
// and is empty when they are equal.
//
// Painting is incremental (docs/desktop.md, "The widget contract"): a
// keystroke redraws its own line from the character before the caret up
// to the end of the line's old or new text, straight into the window's
// surface, and damages only that; a new or deleted line moves the rows
// below with Surface.scroll and paints what it uncovered; scrolling does
// the same. Only a change of the horizontal scroll, a select-all, an edit
// that begins above the rows shown and a jump of a page or more repaint
// the whole text.

class TextEdit extends Widget {
    var lines;              // Array of Strings: the text, one per line
    var row; var col;       // the caret
    var arow; var acol;     // the selection's anchor
    var top;                // the first row shown
    var left;               // pixels scrolled to the left
    var goal;               // text x that Up/Down aim at, or -1
    var multi;              // true in a TextArea
    var mono;               // monospaced font
    var editable;
    var changeHandlers; var enterHandlers;
    var dragging;           // the left button selects
    var bar; var barGrab;   // the ScrollBar (TextArea) and the drag on its thumb
    var placeholder;        // shown dim while empty and unfocused

    def init(multi) {
        super.init();
        this.multi = multi;
        lines = [""]; row = 0; col = 0; arow = 0; acol = 0;
        top = 0; left = 0; goal = -1; mono = false; editable = true;
        changeHandlers = []; enterHandlers = []; dragging = false;
        bar = null; barGrab = null; placeholder = "";
        if (multi) { bar = new ScrollBar(); }
    }

    // ---- the API

    def text() { return lines.join("\n"); }
    // Replaces the text (no onChange); the caret goes to the start of a
    // TextArea, the end of a TextField.
    def setText(s) {
        var parts = __splitLines("" + s);
        if (!multi) { parts = [parts.join(" ")]; }
        lines = parts;
        row = 0; col = 0;
        if (!multi) { col = lines[0].length(); }
        arow = row; acol = col; top = 0; left = 0; goal = -1;
        __reveal();
        repaint();
    }
    // handler() is called after every change of the text but setText's.
    def onChange(handler) { changeHandlers.push(handler); }
    def lineCount() { return lines.length(); }
    def line(i) { return lines[i]; }
    def caret() { return [row, col]; }
    // The first row shown.
    def scrollTop() { return top; }
    def setCaret(r, c) {
        r = __clamp(r, 0, lines.length() - 1);
        __moveTo(r, __clamp(c, 0, lines[r].length()), false);
    }
    def hasSelection() { return row != arow || col != acol; }
    def selectedText() {
        if (!hasSelection()) { return ""; }
        var a = __selStart(); var b = __selEnd();
        return __textOf(a[0], a[1], b[0], b[1]);
    }
    def selectAll() {
        arow = 0; acol = 0;
        row = lines.length() - 1; col = lines[row].length();
        __reveal();
        repaint();
    }
    // Replaces the selection (or inserts at the caret).
    def insertText(s) {
        var a = __selStart(); var b = __selEnd();
        __replace(a[0], a[1], b[0], b[1], s);
    }
    // Adds s at the end of the text; the caret goes there.
    def append(s) {
        var r = lines.length() - 1;
        __replace(r, lines[r].length(), r, lines[r].length(), s);
    }
    def copy() { if (hasSelection()) { new Clipboard().set(selectedText()); } }
    def cut() {
        if (editable && hasSelection()) { copy(); insertText(""); }
    }
    def paste() { insertText(new Clipboard().get()); }
    def setEditable(on) { editable = on == true; }
    def isEditable() { return editable; }
    def setMono(on) { mono = on == true; left = 0; repaint(); }
    def setPlaceholder(s) { placeholder = "" + s; repaint(); }
    def focusable() { return true; }

    // ---- geometry: the box the rows are drawn in is inside the 2-pixel
    // frame and left of the scroll bar; text x 0 is at __tx() - left.

    def __f() {
        if (mono) { return __font("mono", __theme("monoPx")); }
        return __textFont();
    }
    def __lh() { return __f().height() + __theme("lineGap"); }
    def __barW() {
        if (multi) { return __theme("scrollW") + 3; }
        return 0;
    }
    def __boxX() { return x + 2; }
    def __boxW() { return w - 4 - __barW(); }
    def __boxY() {
        if (multi) { return y + 4; }
        return y + (h - __lh()) / 2;
    }
    def __boxH() {
        if (multi) { return h - 8; }
        return __lh();
    }
    def __tx() { return x + __theme("pad"); }
    def __tw() { return __boxX() + __boxW() - __tx() - 2; }
    def __rows() { return Math.max(__boxH() / __lh(), 1); }
    def __vis() { return (__boxH() + __lh() - 1) / __lh(); }
    def __xOf(r, c) {
        if (c == 0) { return 0; }
        return __f().measure(lines[r].substring(0, c));
    }
    // The column nearest text x px in row r.
    def __colAt(r, px) {
        var line = lines[r];
        if (px <= 0) { return 0; }
        var f = __f();
        var n = f.fit(line, px);
        if (n >= line.length()) { return line.length(); }
        var a = f.measure(line.substring(0, n));
        var b = f.measure(line.substring(0, n + 1));
        if ((px - a) * 2 > b - a) { return n + 1; }
        return n;
    }
    def __posAt(px, py) {
        var r = 0;
        if (multi) {
            if (py < __boxY()) { r = top - 1; } else { r = top + (py - __boxY()) / __lh(); }
            r = __clamp(r, 0, lines.length() - 1);
        }
        return [r, __colAt(r, px - __tx() + left)];
    }
    // Room to clear after a line's text: a selected line break, the caret.
    def __slack() { return __f().measure(" ") + __theme("caretW") + 2; }
    def __placeBar() {
        var sw = __theme("scrollW");
        bar.place(x + w - 3 - sw, y + 3, sw, h - 6);
        bar.set(lines.length(), __rows(), top);
    }

    // ---- positions and the selection

    def __before(r0, c0, r1, c1) { return r0 < r1 || (r0 == r1 && c0 < c1); }
    def __selStart() {
        if (__before(arow, acol, row, col)) { return [arow, acol]; }
        return [row, col];
    }
    def __selEnd() {
        if (__before(arow, acol, row, col)) { return [row, col]; }
        return [arow, acol];
    }
    def __textOf(r0, c0, r1, c1) {
        if (r0 == r1) { return lines[r0].substring(c0, c1); }
        var parts = [lines[r0].substring(c0, lines[r0].length())];
        for (var i = r0 + 1; i < r1; i += 1) { parts.push(lines[i]); }
        parts.push(lines[r1].substring(0, c1));
        return parts.join("\n");
    }
    def __splitLines(s) {
        var parts = s.split("\n");
        for (var i = 0; i < parts.length(); i += 1) {
            var p = parts[i];
            if (p.endsWith("\r")) { parts[i] = p.substring(0, p.length() - 1); }
        }
        return parts;
    }
    def __prev(r, c) {
        if (c > 0) { return [r, c - 1]; }
        if (r > 0) { return [r - 1, lines[r - 1].length()]; }
        return [r, c];
    }
    def __next(r, c) {
        if (c < lines[r].length()) { return [r, c + 1]; }
        if (r < lines.length() - 1) { return [r + 1, 0]; }
        return [r, c];
    }
    def __isWord(ch) {
        var c = ch.codeAt(0);
        return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c >= 128;
    }
    def __wordLeft(r, c) {
        if (c == 0) { return __prev(r, c); }
        var line = lines[r];
        while (c > 0 && !__isWord(line.charAt(c - 1))) { c -= 1; }
        while (c > 0 && __isWord(line.charAt(c - 1))) { c -= 1; }
        return [r, c];
    }
    def __wordRight(r, c) {
        var line = lines[r];
        if (c == line.length()) { return __next(r, c); }
        while (c < line.length() && !__isWord(line.charAt(c))) { c += 1; }
        while (c < line.length() && __isWord(line.charAt(c))) { c += 1; }
        return [r, c];
    }

    // ---- editing

    // Replace the text from (r0, c0) to (r1, c1) (in order) by s; the caret
    // goes to the end of what was put in. Programs may always change the
    // text; `editable` only stops the user's keys (handle, __ctrlKey).
    def __replace(r0, c0, r1, c1, s) {
        s = "" + s;
        var parts = [s];
        if (s.indexOf("\n") >= 0 || s.indexOf("\r") >= 0) { parts = __splitLines(s); }
        if (!multi && parts.length() > 1) { parts = [parts.join(" ")]; }
        var n = parts.length();
        var oldCol = col;
        var oldEnd = 0;
        if (r0 == r1 && n == 1) { oldEnd = __f().measure(lines[r0]); }
        var head = lines[r0].substring(0, c0);
        var tail = lines[r1].substring(c1, lines[r1].length());
        var fresh = [];
        if (n == 1) {
            fresh.push(head + parts[0] + tail);
            col = c0 + parts[0].length();
        } else {
            fresh.push(head + parts[0]);
            for (var i = 1; i < n - 1; i += 1) { fresh.push(parts[i]); }
            fresh.push(parts[n - 1] + tail);
            col = parts[n - 1].length();
        }
        __splice(r0, r1 - r0 + 1, fresh);
        row = r0 + n - 1;
        arow = row; acol = col; goal = -1;
        __edited(r0, r1, n, c0, oldCol, oldEnd);
        for (h in changeHandlers) { h(); }
        return true;
    }
    // lines[at .. at + count - 1] become the Strings of fresh.
    def __splice(at, count, fresh) {
        if (count + fresh.length() <= 64) {
            var k = Math.min(count, fresh.length());
            for (var i = 0; i < k; i += 1) { lines[at + i] = fresh[i]; }
            for (var j = k; j < count; j += 1) { lines.remove(at + k); }
            for (var m = k; m < fresh.length(); m += 1) { lines.insert(at + m, fresh[m]); }
            return;
        }
        var out = lines.slice(0, at);
        for (l in fresh) { out.push(l); }
        for (var i = at + count; i < lines.length(); i += 1) { out.push(lines[i]); }
        lines = out;
    }
    // Show an edit: old rows r0..r1 are now rows r0..r0+n-1; c0 is where
    // it began, oldCol the caret's old column and oldEnd the old width of
    // row r0 (one-line edits).
    def __edited(r0, r1, n, c0, oldCol, oldEnd) {
        var oldTop = top; var oldLeft = left;
        __reveal();
        var s = __begin();
        if (s == null) { return; }
        var newTop = top;
        var delta = (n - 1) - (r1 - r0);
        if (left != oldLeft || r0 < oldTop || r0 >= oldTop + __vis()) {
            __paintText(s);
            __end(s);
            return;
        }
        top = oldTop;
        if (delta != 0) { __shiftBelow(s, r1 + 1 - top, delta); }
        if (n == 1 && delta == 0) {
            var from = Math.max(Math.min(Math.min(c0, oldCol), col) - 1, 0);
            var end = Math.max(oldEnd, __f().measure(lines[r0])) + __slack();
            __paintRow(s, r0, from, end);
        } else {
            for (var i = r0; i < r0 + n; i += 1) { __paintRow(s, i, 0, -1); }
        }
        if (newTop != oldTop) { __scrollRows(s, newTop - oldTop); }
        if (multi && (delta != 0 || newTop != oldTop)) { window.__damage(x, y, w, h); __paintBar(s); }
        __end(s);
    }
    // The rows shown from position p on move by delta rows (an edit added
    // or removed lines above them); paints the rows it uncovered at the
    // bottom (the caller paints the edited rows).
    def __shiftBelow(s, p, delta) {
        var vis = __vis(); var lh = __lh();
        var from = Math.min(p, p + delta);
        if (from >= vis) { return; }
        var ry = __boxY() + from * lh;
        var rh = __boxY() + __boxH() - ry;
        if (Math.abs(delta) * lh >= rh) {
            for (var q = from; q < vis; q += 1) { __paintRow(s, top + q, 0, -1); }
            return;
        }
        s.scroll(__boxX(), ry, __boxW(), rh, delta * lh);
        if (delta < 0) {
            for (var k = Math.max(vis + delta - 1, from); k < vis; k += 1) { __paintRow(s, top + k, 0, -1); }
        }
    }

    // ---- caret moves and scrolling

    // Put the caret at (r, c); extend: keep the anchor (select).
    def __moveTo(r, c, extend) {
        var oldRow = row; var oldArow = arow; var oldAcol = acol;
        var hadSel = hasSelection();
        row = r; col = c;
        if (!extend) { arow = r; acol = c; }
        var oldTop = top; var oldLeft = left;
        __reveal();
        var s = __begin();
        if (s == null) { return; }
        if (left != oldLeft) { __paintText(s); __end(s); return; }
        var newTop = top;
        top = oldTop;
        // the rows whose look changed: the caret's old and new rows and
        // those between; with the anchor moved, the old selection's too
        var a = Math.min(oldRow, row); var b = Math.max(oldRow, row);
        if (hadSel && (oldArow != arow || oldAcol != acol)) {
            a = Math.min(a, oldArow); b = Math.max(b, oldArow);
        }
        for (var i = Math.max(a, top); i <= b && i < top + __vis(); i += 1) { __paintRow(s, i, 0, -1); }
        if (newTop != oldTop) { __scrollRows(s, newTop - oldTop); window.__damage(x, y, w, h); __paintBar(s); }
        __end(s);
    }
    // Scroll so that the caret is shown.
    def __reveal() {
        if (multi) {
            var n = __rows();
            if (row < top) { top = row; }
            if (row >= top + n) { top = row - n + 1; }
        }
        var tw = __tw();
        var cx = __xOf(row, col);
        if (cx - left > tw) { left = cx - tw * 2 / 3; }
        if (cx < left) { left = Math.max(cx - tw / 3, 0); }
        if (!multi && left > 0) {
            var lw = __f().measure(lines[0]);
            if (lw - left < tw / 2) { left = Math.max(lw - tw * 2 / 3, 0); }
        }
    }
    // Move the view down by d rows (up if negative): the surface's pixels
    // move, the rows uncovered are painted.
    def __scrollRows(s, d) {
        top += d;
        var vis = __vis();
        if (Math.abs(d) >= __rows()) {
            for (var i = 0; i < vis; i += 1) { __paintRow(s, top + i, 0, -1); }
            return;
        }
        s.scroll(__boxX(), __boxY(), __boxW(), __boxH(), -d * __lh());
        if (d > 0) {
            for (var k = Math.max(vis - d - 1, 0); k < vis; k += 1) { __paintRow(s, top + k, 0, -1); }
        } else {
            for (var m = 0; m < -d; m += 1) { __paintRow(s, top + m, 0, -1); }
        }
    }
    // Show row t first (the wheel, the scroll bar).
    def __scrollTo(t) {
        if (!multi) { return; }
        t = __clamp(t, 0, Math.max(lines.length() - __rows(), 0));
        if (t == top) { return; }
        var s = __begin();
        if (s == null) { top = t; return; }
        __scrollRows(s, t - top);
        window.__damage(x, y, w, h);
        __paintBar(s);
        __end(s);
    }

    // ---- painting

    def paint(s) {
        __fieldFrame(s, x, y, w, h, hasFocus());
        top = __clamp(top, 0, lines.length() - 1);
        __paintText(s);
    }
    def __paintText(s) {
        for (var i = 0; i < __vis(); i += 1) { __paintRow(s, top + i, 0, -1); }
        if (multi) { __paintBar(s); }
    }
    // (Callers flush the damage before: the bar is a rect of its own.)
    def __paintBar(s) {
        __placeBar();
        bar.paint(s, __theme("fieldBg"));
    }
    // Row r from column c on (0: all of it) up to text x xEnd (-1: the
    // box's edge): background, selection, text, caret.
    def __paintRow(s, r, c, xEnd) {
        var f = __f(); var lh = __lh();
        var ry = __boxY() + (r - top) * lh;
        var bx = __boxX(); var bw = __boxW();
        var x0 = __tx() - left;
        var line = "";
        if (r < lines.length()) { line = lines[r]; }
        c = __clamp(c, 0, line.length());
        var cx = x0;
        if (c > 0) { cx = x0 + f.measure(line.substring(0, c)); }
        var from = bx;
        if (c > 0) { from = Math.max(cx, bx); }
        var to = bx + bw;
        if (xEnd >= 0) { to = Math.min(x0 + xEnd, to); }
        var y0 = Math.max(ry, __boxY()); var y1 = Math.min(ry + lh, __boxY() + __boxH());
        if (to > from && y1 > y0) {
            s.clip(from, y0, to - from, y1 - y0);
            s.fill(from, ry, to - from, lh, __theme("fieldBg"));
            if (r < lines.length()) {
                __paintSelection(s, r, line, x0, ry, lh, f);
                var ty = ry + (lh - f.height() + 1) / 2;
                s.text(cx, ty, line.substring(c, line.length()), f, __theme("text"));
                if (r == 0 && lines.length() == 1 && line.length() == 0 && !hasFocus()) {
                    s.text(x0, ty, placeholder, f, __theme("textDim"));
                }
                if (r == row && hasFocus()) {
                    var cw = __theme("caretW");
                    s.fill(x0 + __xOf(r, col) - cw, ry + 1, cw, lh - 2, __theme("caret"));
                }
            }
        }
        s.clip(x, y, w, h);
    }
    def __paintSelection(s, r, line, x0, ry, lh, f) {
        if (!hasSelection()) { return; }
        var a = __selStart(); var b = __selEnd();
        if (r < a[0] || r > b[0]) { return; }
        var c0 = 0;
        if (r == a[0]) { c0 = a[1]; }
        var c1 = line.length();
        if (r == b[0]) { c1 = b[1]; }
        var sx0 = x0 + f.measure(line.substring(0, c0));
        var sx1 = x0 + f.measure(line.substring(0, c1));
        if (r < b[0]) { sx1 += f.measure(" "); }
        var c = __theme("selectionOff");
        if (hasFocus()) { c = __theme("selection"); }
        s.fill(sx0, ry, sx1 - sx0, lh, c);
    }

    // ---- input

    def handle(ev) {
        var k = ev.kind();
        if (k == "key") { return __key(ev); }
        if (k == "wheel") {
            if (multi) { __scrollTo(top + ev.button() * __theme("wheelRows")); return true; }
            return false;
        }
        if (k == "down") {
            if (ev.button() != 1) { return true; }
            goal = -1;
            if (multi) {
                __placeBar();
                var where = bar.hit(ev.x(), ev.y());
                if (where == 2) { barGrab = ev.y() - bar.thumb()[0]; return true; }
                if (where != 0) { __scrollTo(top + where * __rows()); return true; }
            }
            var p = __posAt(ev.x(), ev.y());
            __moveTo(p[0], p[1], ev.shift());
            dragging = true;
            return true;
        }
        if (k == "move") {
            if (barGrab != null) { __placeBar(); __scrollTo(bar.topAt(ev.y() - barGrab)); return true; }
            if (dragging) {
                var q = __posAt(ev.x(), ev.y());
                __moveTo(q[0], q[1], true);
            }
            return true;
        }
        if (k == "up") { dragging = false; barGrab = null; return true; }
        return false;
    }
    def __key(ev) {
        var key = ev.key();
        if (key == null || ev.alt()) { return false; }
        // Up/Down aim at the column where a run of them began: any other
        // key this uses ends the run
        var g = goal;
        goal = -1;
        var used = __keyUsed(key, ev, g);
        if (!used) { goal = g; }
        return used;
    }
    def __keyUsed(key, ev, g) {
        var shift = ev.shift();
        if (ev.ctrl()) { return __ctrlKey(key, shift); }
        if (key == "Left") {
            if (hasSelection() && !shift) { var a = __selStart(); __moveTo(a[0], a[1], false); }
            else { var p = __prev(row, col); __moveTo(p[0], p[1], shift); }
            return true;
        }
        if (key == "Right") {
            if (hasSelection() && !shift) { var b = __selEnd(); __moveTo(b[0], b[1], false); }
            else { var q = __next(row, col); __moveTo(q[0], q[1], shift); }
            return true;
        }
        if (key == "Home") { __moveTo(row, 0, shift); return true; }
        if (key == "End") { __moveTo(row, lines[row].length(), shift); return true; }
        if (multi && key == "Up") { __vertical(-1, shift, g); return true; }
        if (multi && key == "Down") { __vertical(1, shift, g); return true; }
        if (multi && key == "PageUp") { __vertical(-__rows(), shift, g); return true; }
        if (multi && key == "PageDown") { __vertical(__rows(), shift, g); return true; }
        if (!editable && (key == "Backspace" || key == "Delete" || (multi && key == "Enter"))) {
            return true;
        }
        if (key == "Backspace") {
            if (hasSelection()) { insertText(""); return true; }
            var pb = __prev(row, col);
            __replace(pb[0], pb[1], row, col, "");
            return true;
        }
        if (key == "Delete") {
            if (hasSelection()) { insertText(""); return true; }
            var nd = __next(row, col);
            __replace(row, col, nd[0], nd[1], "");
            return true;
        }
        if (key == "Enter") {
            if (multi) { insertText("\n"); } else { for (h in enterHandlers) { h(); } }
            return true;
        }
        var ch = ev.char();
        if (ch != null && ch.length() == 1 && ch.codeAt(0) >= 32 && ch.codeAt(0) != 127) {
            if (editable) { insertText(ch); }
            return true;
        }
        return false;
    }
    def __ctrlKey(key, shift) {
        if (key == "a") { selectAll(); return true; }
        if (key == "c") { copy(); return true; }
        if (key == "x") { cut(); return true; }
        if (key == "v") { if (editable) { paste(); } return true; }
        if (key == "Home") { __moveTo(0, 0, shift); return true; }
        if (key == "End") {
            var last = lines.length() - 1;
            __moveTo(last, lines[last].length(), shift);
            return true;
        }
        if (key == "Left") { var p = __wordLeft(row, col); __moveTo(p[0], p[1], shift); return true; }
        if (key == "Right") { var q = __wordRight(row, col); __moveTo(q[0], q[1], shift); return true; }
        return false;
    }
    // Up/Down by d rows, aiming at text x g (-1: the caret's).
    def __vertical(d, extend, g) {
        if (g < 0) { g = __xOf(row, col); }
        var r = row + d;
        var last = lines.length() - 1;
        if (r < 0) { __moveTo(0, 0, extend); }
        else if (r > last) { __moveTo(last, lines[last].length(), extend); }
        else { __moveTo(r, __colAt(r, g), extend); }
        goal = g;
    }
    def toString() {
        var t = text();
        if (t.length() > 24) { t = t.substring(0, 24) + "..."; }
        return className() + "(" + t + ")";
    }
}

// TextField: one line; Enter calls the onEnter handlers.
class TextField extends TextEdit {
    def init() { super.init(false); w = 200; h = 30; }
    def init(x, y, w, h) { init(); setBounds(x, y, w, h); }
    def onEnter(handler) { enterHandlers.push(handler); }
}

// TextArea: many lines, a vertical scroll bar; Enter starts a new line.
class TextArea extends TextEdit {
    def init() { super.init(true); w = 300; h = 200; }
    def init(x, y, w, h) { init(); setBounds(x, y, w, h); }
}
