// Surface.java - stub for the native class Surface (gui/gui.def): a
// pixel buffer, colours 0xRRGGBB (0xAARRGGBB blends). Never converted.
package phantom.ph;

public class Surface {
    private Surface() {} // phantom.gui only draws into a Canvas's surface
    public native int width();
    public native int height();
    public native void clear(int color);
    public native void fill(int x, int y, int w, int h, int color);
    public native void rect(int x, int y, int w, int h, int color);
    public native void line(int x0, int y0, int x1, int y1, int color);
    public native void pixel(int x, int y, int color);
    public native int getPixel(int x, int y);
    public native void roundRect(int x, int y, int w, int h, int r, int color);
    /** Returns the pen's x after the text. */
    public native int text(int x, int y, String s, Font font, int color);
}
