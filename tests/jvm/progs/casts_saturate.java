// Casts from floating point to integers: NaN gives 0, values beyond the
// range saturate at MIN/MAX of int and long, truncation toward zero;
// narrowing to byte, short and char goes through int first; long to float
// and double rounding; Math.round/floor/ceil/rint on halves and negatives.
public class casts_saturate {
    public static void main(String[] args) {
        double[] ds = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10, -1e10, 1e20, -1e20,
            2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0, 9.3e18, -9.3e18, 3.99, -3.99, 0.5, -0.5,
            -0.0, 65535.9, 65536.0, 300.7, -129.5, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE};
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " short " + (short) d + " byte " + (byte) d
                + " char " + (int) (char) d + " float " + (float) d);
        }
        float[] fs = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e9f, -3e9f, 1e19f, -1e19f, 2.5f, -2.5f, 16777217f};
        for (float f : fs) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f + " char " + (int) (char) f + " byte " + (byte) f);
        }
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 24) + 1, 123456789123456789L, -1};
        for (long l : ls) {
            System.out.println(l + " -> float " + (float) l + " double " + (double) l + " back " + (long) (double) l + " int " + (int) l);
        }
        double[] rs = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, -2.6, 1e20, Double.NaN, -0.0, 4503599627370497.0};
        for (double r : rs) {
            System.out.println("round " + r + " = " + Math.round(r) + " floor " + Math.floor(r) + " ceil " + Math.ceil(r) + " rint " + Math.rint(r) + " roundf " + Math.round((float) r));
        }
        System.out.println(Math.round(Double.MAX_VALUE) + " " + Math.round(-Double.MAX_VALUE) + " " + Math.round(Float.MAX_VALUE) + " " + Math.round(Float.NaN));
        int i = (int) 1e10 + 1;
        long l = (long) 1e19 - 1;
        System.out.println(i + " " + l);
        char c = (char) -1.5;
        short s = (short) 1e10;
        byte b = (byte) -1e10;
        System.out.println((int) c + " " + s + " " + b);
    }
}
