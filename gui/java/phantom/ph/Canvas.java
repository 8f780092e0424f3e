// Canvas.java - stub for the .ph class Canvas (gui/lib/widgets.ph): a
// widget with a Surface of its own. Never converted. phantom.gui.Canvas
// draws into surface() and shows what it drew with __show.
package phantom.ph;

public class Canvas extends Widget {
    public Canvas() {}
    public Canvas(int x, int y, int w, int h) {}
    public native Surface surface();
    /** Blit the box (x, y, w, h) of surface() to the window and report its damage. */
    public native void __show(int x, int y, int w, int h);
    /** handler: a .ph closure fn(ev) (Lib.__jevent). */
    public native void onMouse(Object handler);
}
