// Checkbox.java - stub for the .ph class Checkbox (gui/lib/widgets.ph). Never converted.
package phantom.ph;

public class Checkbox extends Widget {
    public Checkbox(String text) {}
    public Checkbox(String text, int x, int y, int w, int h) {}
    public native String text();
    public native void setText(String s);
    public native boolean checked();
    public native void setChecked(boolean on);
    public native void toggle();
    /** handler: a .ph closure fn() (Lib.__jrun). */
    public native void onChange(Object handler);
}
