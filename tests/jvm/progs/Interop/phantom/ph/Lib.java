// Lib.java - stubs of .ph functions (the prelude's __concat, which calls
// toString() on both values by plain name); Java models for the real JVM.
package phantom.ph;

public final class Lib {
    private Lib() {}
    public static String __concat(Object a, Object b) { return a.toString() + b.toString(); }
    public static String __concat(Object a, boolean b) { return a.toString() + b; }
}
