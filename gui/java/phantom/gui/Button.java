// Button.java - a push button: clicks on release over it, or with Enter
// or Space while it has the focus.
package phantom.gui;

public class Button extends Widget {
    private final phantom.ph.Button ph;

    /** A button 96 x 30 at 0, 0: place it with setBounds. */
    public Button(String text) { this(new phantom.ph.Button(String.valueOf(text))); }

    public Button(String text, int x, int y, int w, int h) {
        this(new phantom.ph.Button(String.valueOf(text), x, y, w, h));
    }

    private Button(phantom.ph.Button ph) {
        super(ph);
        this.ph = ph;
    }

    public String text() { return ph.text(); }
    public void setText(String s) { ph.setText(String.valueOf(s)); }
    /** handler runs on every click (handlers add up, in order). */
    public void onClick(Runnable handler) { ph.onClick(Bridge.run(handler)); }
    /** Click it as the user would: the onClick handlers run. */
    public void click() { ph.click(); }
}
