// ListView.java - stub for the .ph class ListView (gui/lib/widgets.ph).
// Never converted. Its items are shown as "" + item: Java passes Strings.
package phantom.ph;

public class ListView extends Widget {
    public ListView() {}
    public ListView(Object[] items, int x, int y, int w, int h) {}
    public native void setItems(Object[] items);
    public native int selectedIndex();
    public native void select(int i);
    public native int scrollTop();
    /** handler: a .ph closure fn(index, item) (Lib.__jrow). */
    public native void onSelect(Object handler);
    /** handler: a .ph closure fn(index, item) (Lib.__jrow). */
    public native void onActivate(Object handler);
}
