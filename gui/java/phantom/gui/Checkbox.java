// Checkbox.java - a box with a tick and a text; a click or Space toggles it.
package phantom.gui;

public class Checkbox extends Widget {
    private final phantom.ph.Checkbox ph;

    /** A checkbox 160 x 24 at 0, 0: place it with setBounds. */
    public Checkbox(String text) { this(new phantom.ph.Checkbox(String.valueOf(text))); }

    public Checkbox(String text, int x, int y, int w, int h) {
        this(new phantom.ph.Checkbox(String.valueOf(text), x, y, w, h));
    }

    private Checkbox(phantom.ph.Checkbox ph) {
        super(ph);
        this.ph = ph;
    }

    public String text() { return ph.text(); }
    public void setText(String s) { ph.setText(String.valueOf(s)); }
    public boolean checked() { return ph.checked(); }
    /** Sets the state without calling the onChange handlers. */
    public void setChecked(boolean on) { ph.setChecked(on); }
    /** Toggles it as the user would: the onChange handlers run. */
    public void toggle() { ph.toggle(); }
    /** handler runs after the user toggled the box; ask checked(). */
    public void onChange(Runnable handler) { ph.onChange(Bridge.run(handler)); }
}
