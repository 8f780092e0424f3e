// Main.java - Java and .ph objects are the same objects. The classes of
// phantom.ph are stubs: under pvm phantom.ph.Map IS the .ph Map and Lib's
// static methods are .ph functions (the stubs' bodies are never converted);
// under the real JVM the same stubs are Java models of those .ph classes,
// so the real java is still the oracle. Covers: new of a .ph class with
// arguments, .ph methods by plain name, booleans both ways, instanceof and
// casts to .ph classes, Java objects stored in and read back from .ph
// objects, .ph code calling a Java object's method by plain name
// (__concat calls toString()), a .ph error raised in a Java frame.
import phantom.ph.Lib;
import phantom.ph.Map;

public class Main {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        Map m = new Map();
        m.put("a", 1);
        m.put("p", new Point(1, 2));
        System.out.println(m.size() + " " + m.get("a") + " " + m.has("p") + " " + m.has("zz"));
        Object p = m.get("p");
        System.out.println(p instanceof Point ? "a Point " + p : "lost");
        boolean has = m.has("a");
        int n = 0;
        for (int i = 0; i < 3; i++)
            if (m.has(i == 1 ? "a" : "b"))
                n++;
        System.out.println("has=" + has + " n=" + n);
        System.out.println(Lib.__concat(new Point(3, 4), "!"));
        System.out.println(Lib.__concat("flag=", !has));
        System.out.println(Lib.__concat("flag=", has));
        Object e = new phantom.ph.Error("boom");
        System.out.println(e instanceof phantom.ph.Error);
        System.out.println(((phantom.ph.Error) e).message());
        Object notMap = "text";
        System.out.println(notMap instanceof Map);
        m.remove("a");
        System.out.println(m.size() + " " + (m.get("a") == null));
    }
}
