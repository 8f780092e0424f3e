// Label.java - stub for the .ph class Label (gui/lib/widgets.ph). Never converted.
package phantom.ph;

public class Label extends Widget {
    public Label(String text) {}
    public Label(String text, int x, int y, int w, int h) {}
    public native String text();
    public native void setText(String s);
    public native void setColor(int color);
    public native void setAlign(String align);
    public native void setFont(String family, int px);
}
