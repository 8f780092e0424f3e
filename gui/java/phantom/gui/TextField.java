// TextField.java - one line of editable text; Enter calls the onEnter
// handlers. A pasted text's lines are joined by spaces.
package phantom.gui;

public class TextField extends TextEdit {
    private final phantom.ph.TextField ph;

    /** A field 200 x 30 at 0, 0: place it with setBounds. */
    public TextField() { this(new phantom.ph.TextField()); }

    public TextField(int x, int y, int w, int h) { this(new phantom.ph.TextField(x, y, w, h)); }

    private TextField(phantom.ph.TextField ph) {
        super(ph);
        this.ph = ph;
    }

    /** handler runs when the user presses Enter in the field. */
    public void onEnter(Runnable handler) { ph.onEnter(Bridge.run(handler)); }
}
