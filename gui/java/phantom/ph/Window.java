// Window.java - stub for the .ph class Window (gui/lib/window.ph). Never
// converted: a call here is the .ph call of the same name and arity.
package phantom.ph;

public class Window {
    public Window(String title, int x, int y, int w, int h) {}
    public native String title();
    public native int x();
    public native int y();
    public native int w();
    public native int h();
    public native boolean isShown();
    public native boolean isClosed();
    public native void setBackground(int color);
    public native void show();
    public native void hide();
    public native void close();
    public native void move(int x, int y);
    public native void resize(int w, int h);
    public native void setTitle(String s);
    public native void focus();
    public native void add(Widget w);
    public native void remove(Widget w);
    public native void setFocus(Widget w);
    /** handler: a .ph closure fn(ev) (Lib.__jevent). */
    public native void onKey(Object handler);
    /** handler: a .ph closure fn() returning a .ph boolean (Lib.__jclose). */
    public native void onClose(Object handler);
    /** handler: a .ph closure fn(w, h) (Lib.__jresize). */
    public native void onResize(Object handler);
}
