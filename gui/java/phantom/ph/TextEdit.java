// TextEdit.java - stub for the .ph class TextEdit (gui/lib/textedit.ph),
// the base of TextField and TextArea. Never converted.
package phantom.ph;

public class TextEdit extends Widget {
    protected TextEdit() {} // for javac only: .ph code never makes a bare TextEdit
    public native String text();
    public native void setText(String s);
    /** handler: a .ph closure fn() (Lib.__jrun). */
    public native void onChange(Object handler);
    public native int lineCount();
    public native String line(int i);
    /** [row, column], a .ph Array. */
    public native int[] caret();
    public native int scrollTop();
    public native void setCaret(int row, int col);
    public native boolean hasSelection();
    public native String selectedText();
    public native void selectAll();
    public native void insertText(String s);
    public native void append(String s);
    public native void copy();
    public native void cut();
    public native void paste();
    public native void setEditable(boolean on);
    public native boolean isEditable();
    public native void setMono(boolean on);
    public native void setPlaceholder(String s);
}
