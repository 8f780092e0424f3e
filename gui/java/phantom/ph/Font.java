// Font.java - stub for the native class Font (gui/gui.def): a family and a
// pixel size. Never converted; Lib.__font makes one.
package phantom.ph;

public class Font {
    private Font() {}
    public native int measure(String s);
    public native int height();
    public native int ascent();
}
