// Font.java - a font of the desktop: a family ("sans", "sans-bold",
// "mono") at a pixel size, for Canvas.text and for measuring text.
package phantom.gui;

public final class Font {
    final phantom.ph.Font ph;

    private Font(phantom.ph.Font ph) { this.ph = ph; }

    /**
     * The font family at px pixels. Prefer sizes from a short list: each new
     * (family, size) pair is a FreeType size to open (docs/WRITING_APPS.md).
     */
    public static Font get(String family, int px) {
        return new Font(phantom.ph.Lib.__font(family, px));
    }

    /** The widgets' ordinary text font (sans at the theme's "textPx"). */
    public static Font text() { return new Font(phantom.ph.Lib.__textFont()); }

    /** The width of s in pixels. */
    public int measure(String s) { return ph.measure(s); }

    /** The height of a line. */
    public int height() { return ph.height(); }

    /** From a line's top to its baseline. */
    public int ascent() { return ph.ascent(); }
}
