// Canvas.java - a widget to draw on. It has a surface of its own (its
// pixels persist, and survive every repaint of the window); each drawing
// call draws there and shows the pixels it changed in the window at once,
// or, between beginBatch() and endBatch(), the box round all of them once
// at the end. Coordinates are the canvas's own (0, 0 its top-left corner);
// colours 0xRRGGBB, or 0xAARRGGBB to blend. onMouse handlers get pointer
// events in canvas coordinates. A new size (setBounds) keeps the drawing,
// cut, or on the theme's "fieldBg" where it grew.
//
// Invariant: while batch > 0, (bx0, by0)-(bx1, by1) is the box round what
// was drawn since beginBatch (empty when bx1 <= bx0).
package phantom.gui;

public class Canvas extends Widget {
    private final phantom.ph.Canvas ph;
    private int batch;
    private int bx0, by0, bx1, by1;

    /** A canvas 100 x 100 at 0, 0: place it with setBounds. */
    public Canvas() { this(new phantom.ph.Canvas()); }

    public Canvas(int x, int y, int w, int h) { this(new phantom.ph.Canvas(x, y, w, h)); }

    private Canvas(phantom.ph.Canvas ph) {
        super(ph);
        this.ph = ph;
    }

    /** handler gets every "down", "up", "move" and "wheel" event over the canvas. */
    public void onMouse(EventHandler handler) { ph.onMouse(Bridge.events(handler)); }

    // ---- batches

    /** From now until the matching endBatch(), drawing is shown only at its end (batches nest). */
    public void beginBatch() {
        if (batch == 0) {
            bx0 = by0 = bx1 = by1 = 0;
        }
        batch++;
    }

    /** Ends a batch; the outermost one shows everything drawn in it, at once. */
    public void endBatch() {
        if (batch == 0) {
            throw new IllegalStateException("Canvas.endBatch without beginBatch");
        }
        batch--;
        if (batch == 0 && bx1 > bx0) {
            ph.__show(bx0, by0, bx1 - bx0, by1 - by0);
        }
    }

    /** Runs draw inside beginBatch() / endBatch(). */
    public void batch(Runnable draw) {
        beginBatch();
        try {
            draw.run();
        } finally {
            endBatch();
        }
    }

    // The box (x, y, w, h) changed: show it now, or at the batch's end.
    private void changed(int x, int y, int w, int h) {
        if (w <= 0 || h <= 0) {
            return;
        }
        if (batch == 0) {
            ph.__show(x, y, w, h);
            return;
        }
        if (bx1 <= bx0) {
            bx0 = x;
            by0 = y;
            bx1 = x + w;
            by1 = y + h;
            return;
        }
        bx0 = Math.min(bx0, x);
        by0 = Math.min(by0, y);
        bx1 = Math.max(bx1, x + w);
        by1 = Math.max(by1, y + h);
    }

    // ---- drawing

    /** Fills the canvas with the theme's "fieldBg" (white). */
    public void clear() { clear(Theme.get("fieldBg")); }

    public void clear(int color) {
        phantom.ph.Surface s = ph.surface();
        s.clear(color);
        changed(0, 0, s.width(), s.height());
    }

    public void pixel(int x, int y, int color) {
        ph.surface().pixel(x, y, color);
        changed(x, y, 1, 1);
    }

    /** The colour at (x, y). */
    public int getPixel(int x, int y) { return ph.surface().getPixel(x, y); }

    public void line(int x0, int y0, int x1, int y1, int color) {
        ph.surface().line(x0, y0, x1, y1, color);
        changed(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0) + 1, Math.abs(y1 - y0) + 1);
    }

    /** The outline of a rectangle. */
    public void rect(int x, int y, int w, int h, int color) {
        ph.surface().rect(x, y, w, h, color);
        changed(x, y, w, h);
    }

    public void fillRect(int x, int y, int w, int h, int color) {
        ph.surface().fill(x, y, w, h, color);
        changed(x, y, w, h);
    }

    /** A filled rectangle with corners of radius r (r = w / 2 = h / 2: a disc). */
    public void roundRect(int x, int y, int w, int h, int r, int color) {
        ph.surface().roundRect(x, y, w, h, r, color);
        changed(x, y, w, h);
    }

    /** s in the widgets' text font, (x, y) the top-left of its line; returns the pen's x after it. */
    public int text(int x, int y, String s, int color) { return text(x, y, s, color, Font.text()); }

    /** s in font, (x, y) the top-left of its line; returns the pen's x after it. */
    public int text(int x, int y, String s, int color, Font font) {
        int end = ph.surface().text(x, y, String.valueOf(s), font.ph, color);
        changed(x, y, end - x + 2, font.height());
        return end;
    }
}
