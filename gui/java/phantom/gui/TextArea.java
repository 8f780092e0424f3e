// TextArea.java - many lines of editable text with a vertical scroll bar;
// Enter starts a new line.
package phantom.gui;

public class TextArea extends TextEdit {
    /** An area 300 x 200 at 0, 0: place it with setBounds. */
    public TextArea() { super(new phantom.ph.TextArea()); }

    public TextArea(int x, int y, int w, int h) { super(new phantom.ph.TextArea(x, y, w, h)); }
}
