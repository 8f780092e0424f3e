// Clipboard.java - stub for the .ph class Clipboard (gui/lib/window.ph):
// the desktop's one clipboard, a String. Never converted.
package phantom.ph;

public class Clipboard {
    public Clipboard() {}
    public native String get();
    public native void set(String s);
}
