// String helpers reached by a static import; a constant inlined by javac.
package util;

public final class Strings {
    public static final String VERSION = "v" + 1 + "." + 2;

    private Strings() {
    }

    public static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    public static String repeat(char c, int n) {
        char[] cs = new char[n];
        java.util.Arrays.fill(cs, c);
        return new String(cs);
    }
}
