// How Double.toString and Float.toString print (and so string
// concatenation and println): plain decimal for 1e-3 <= |x| < 1e7, else
// d.dddE±n; always a digit after the point; NaN, Infinity, -0.0; the
// extremes; and values where JDK 17's FloatingDecimal prints more digits
// than the shortest round-trip form (large doubles, large and subnormal
// floats) - printed as the JDK prints them.
public class double_print {
    public static void main(String[] args) {
        double[] ds = {0.1 + 0.2, 1e7, 9999999.0, 9999999.999, 1e-3, 0.00099, 1e-4, 100.0, 1.0E10, 1e21, 1e22, 1e23,
            123456789.0, 1234567.0, 0.5, 2.0 / 3, 1.0 / 3, 100, -100.25, 1.0, 0.0, -0.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.MIN_NORMAL, Long.MAX_VALUE, Integer.MIN_VALUE, Math.PI, Math.E, 1e300 * 1e10, 12345.678,
            0.001, 0.0010000000000000002, 1e16, 1.0E15 + 0.3, 4.35, 2.5490945636963451E18, 2.31845256772633248E17,
            6.0103136685064192E16, 7.4692315268660593E18, 9.5734106345281946E17, 1.0E-5, 1.5e-7, 3e-320,
            Double.longBitsToDouble(1L), Double.longBitsToDouble(0x7fefffffffffffffL - 1), 299792458.0,
            6.02214076e23, 6.62607015e-34, 1.7976931348623157e308 / 3};
        for (double d : ds) {
            System.out.println(d + " | " + Double.toString(d) + " | " + String.valueOf(-d));
        }
        float[] fs = {0.1f, 0.1f + 0.2f, 1e7f, 9999999f, 1e-3f, 100f, 1.0E10f, 3.4e38f, 16777216f, 16777217f, 0.33333334f,
            Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY, -0.0f,
            4.18470003E11f, 1.32050002E10f, 6.3790003E8f, 9.4983984E7f, 2.07714832E13f, 2.8E-45f, 2.24E-44f,
            (float) Math.PI, 1.1f * 1.1f, 123456.79f, 8388608.5f, 1e-40f};
        for (float f : fs) {
            System.out.println(f + " | " + Float.toString(f) + " | " + (double) f);
        }
        StringBuilder sb = new StringBuilder();
        double v = 1;
        for (int i = 0; i < 25; i++) {
            sb.append(v).append(' ');
            v *= 10;
        }
        System.out.println(sb);
        sb.setLength(0);
        v = 1;
        for (int i = 0; i < 12; i++) {
            v /= 10;
            sb.append(v).append(' ');
        }
        System.out.println(sb);
        sb.setLength(0);
        float fv = 1;
        for (int i = 0; i < 15; i++) {
            sb.append(fv).append(' ');
            fv *= 7.3f;
        }
        System.out.println(sb);
        double x = 1;
        for (int i = 0; i < 20; i++) {
            x = x * 1.7 + 0.3;
            System.out.print(x + (i % 5 == 4 ? "\n" : " "));
        }
        System.out.println(Double.toString(5e-324) + " " + Double.valueOf("1e-400") + " " + Double.parseDouble("-0") + " " + Float.parseFloat("1.00000017881393421514957253748434595763683319091796875001"));
    }
}
