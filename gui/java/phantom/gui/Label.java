// Label.java - one line of text: a colour, an alignment, a font.
package phantom.gui;

public class Label extends Widget {
    private final phantom.ph.Label ph;

    /** A label 80 x 20 at 0, 0: place it with setBounds. */
    public Label(String text) { this(new phantom.ph.Label(String.valueOf(text))); }

    public Label(String text, int x, int y, int w, int h) {
        this(new phantom.ph.Label(String.valueOf(text), x, y, w, h));
    }

    private Label(phantom.ph.Label ph) {
        super(ph);
        this.ph = ph;
    }

    public String text() { return ph.text(); }
    public void setText(String s) { ph.setText(String.valueOf(s)); }
    /** 0xRRGGBB (the theme's "text" colour until set). */
    public void setColor(int color) { ph.setColor(color); }
    /** "left" (the default), "center" or "right". */
    public void setAlign(String align) { ph.setAlign(align); }
    /** family: "sans", "sans-bold" or "mono"; px: its size. */
    public void setFont(String family, int px) { ph.setFont(family, px); }
}
