// Lib.java - stub: the gui module's functions (globals of gui/lib/*.ph).
// Never converted: a call of a static method here is a call of the .ph
// module function of exactly the same name with the same arguments. Only
// the package phantom.gui uses it; the __j* helpers are in gui/lib/java.ph.
package phantom.ph;

public final class Lib {
    private Lib() {}

    // gui/lib/java.ph: a Java object wrapped into a .ph closure
    /** fn() { r.run(); } (r: a Runnable). */
    public static native Object __jrun(Object r);
    /** fn(ev) { h.event(ev); } (h: phantom.gui.Bridge.Events). */
    public static native Object __jevent(Object h);
    /** fn(index, item) { h.row(index); } (h: phantom.gui.Bridge.Rows). */
    public static native Object __jrow(Object h);
    /** fn(w, h) { r.resized(w, h); } (r: phantom.gui.ResizeHandler). */
    public static native Object __jresize(Object r);
    /** fn() { return h.answer() != 0; } (h: phantom.gui.Bridge.Answer). */
    public static native Object __jclose(Object h);

    // gui/lib/java.ph: what Java cannot say itself
    /** ev.char() (char is a Java keyword). */
    public static native String __jchar(Event ev);
    /** Row i of a ListView becomes s; only that row is repainted. */
    public static native void __jsetitem(ListView list, int i, String s);

    // gui/lib/widgets.ph
    /** Font.get(family, px), cached. */
    public static native Font __font(String family, int px);
    /** The widgets' ordinary text font. */
    public static native Font __textFont();
    /** A colour or metric of gui/theme.h's THEME_WIDGETS. */
    public static native int __theme(String name);
}
