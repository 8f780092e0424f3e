// Button.java - stub for the .ph class Button (gui/lib/widgets.ph). Never converted.
package phantom.ph;

public class Button extends Widget {
    public Button(String text) {}
    public Button(String text, int x, int y, int w, int h) {}
    public native String text();
    public native void setText(String s);
    /** handler: a .ph closure fn() (Lib.__jrun). */
    public native void onClick(Object handler);
    public native void click();
}
