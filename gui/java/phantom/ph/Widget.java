// Widget.java - stub for the .ph class Widget (gui/lib/widgets.ph), the
// base of every widget stub. Never converted.
package phantom.ph;

public class Widget {
    public Widget() {}
    public native void setBounds(int x, int y, int w, int h);
    public native int x();
    public native int y();
    public native int w();
    public native int h();
    public native boolean isVisible();
    public native void show();
    public native void hide();
    public native boolean contains(int x, int y);
    public native void repaint();
    public native void focus();
    public native boolean hasFocus();
}
