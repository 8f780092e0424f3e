// TextEdit.java - what TextField (one line) and TextArea (many) share:
// the text, the caret, the selection, the clipboard keys. Positions are
// (row, column), columns in characters.
package phantom.gui;

public abstract class TextEdit extends Widget {
    private final phantom.ph.TextEdit ed;

    TextEdit(phantom.ph.TextEdit ed) {
        super(ed);
        this.ed = ed;
    }

    /** The text; lines end with "\n" (none after the last). */
    public String text() { return ed.text(); }
    /** Replaces the text (no onChange); the caret goes to the start (TextField: the end). */
    public void setText(String s) { ed.setText(String.valueOf(s)); }
    /** handler runs after every change of the text but setText's. */
    public void onChange(Runnable handler) { ed.onChange(Bridge.run(handler)); }

    public int lineCount() { return ed.lineCount(); }
    /** Line i, without its "\n". */
    public String line(int i) { return ed.line(i); }
    public int caretRow() { return ed.caret()[0]; }
    public int caretColumn() { return ed.caret()[1]; }
    /** Moves the caret (clamped to the text); the selection becomes empty. */
    public void setCaret(int row, int col) { ed.setCaret(row, col); }
    /** The first row shown. */
    public int scrollTop() { return ed.scrollTop(); }

    public boolean hasSelection() { return ed.hasSelection(); }
    public String selectedText() { return ed.selectedText(); }
    public void selectAll() { ed.selectAll(); }
    /** Replaces the selection (or inserts at the caret) by s. */
    public void insertText(String s) { ed.insertText(String.valueOf(s)); }
    /** Adds s at the end of the text; the caret goes there. */
    public void append(String s) { ed.append(String.valueOf(s)); }
    public void copy() { ed.copy(); }
    public void cut() { ed.cut(); }
    public void paste() { ed.paste(); }

    /** false: the user's keys cannot change the text (the program still can). */
    public void setEditable(boolean on) { ed.setEditable(on); }
    public boolean isEditable() { return ed.isEditable(); }
    /** true: the monospaced font. */
    public void setMono(boolean on) { ed.setMono(on); }
    /** Shown dim while the text is empty and the widget has no focus. */
    public void setPlaceholder(String s) { ed.setPlaceholder(String.valueOf(s)); }
}
