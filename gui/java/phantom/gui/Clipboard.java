// Clipboard.java - the desktop's clipboard: one String, shared by every
// app, persistent (TextField and TextArea use it for ctrl+c/x/v).
package phantom.gui;

public final class Clipboard {
    private Clipboard() {}

    /** The clipboard's text ("" when empty). */
    public static String get() { return new phantom.ph.Clipboard().get(); }

    public static void set(String s) { new phantom.ph.Clipboard().set(String.valueOf(s)); }
}
