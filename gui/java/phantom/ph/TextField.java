// TextField.java - stub for the .ph class TextField (gui/lib/textedit.ph). Never converted.
package phantom.ph;

public class TextField extends TextEdit {
    public TextField() {}
    public TextField(int x, int y, int w, int h) {}
    /** handler: a .ph closure fn() (Lib.__jrun). */
    public native void onEnter(Object handler);
}
