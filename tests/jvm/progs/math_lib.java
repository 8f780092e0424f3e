// java.lang.Math: abs (incl. MIN_VALUE), min/max of ints, longs, floats,
// doubles (NaN and -0.0), pow with exact results, sqrt and cbrt of
// perfect powers, floor/ceil/rint/round, signum, hypot, the *Exact
// family and its "integer overflow"/"long overflow", floorDiv/floorMod,
// toRadians/toDegrees; transcendental functions (sin, cos, tan, atan2,
// exp, log, log10) printed at 10 decimals, since HotSpot's intrinsics and
// StrictMath may differ in the last bit.
public class math_lib {
    static String f10(double d) {
        return String.format("%.10f", d);
    }

    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0) + " " + Math.abs(-1.5f) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        System.out.println(Math.min(3, -3) + " " + Math.max(3, -3) + " " + Math.min(3L, 4L) + " " + Math.max(-1.5, -2.5) + " " + Math.min(Double.NaN, 1) + " " + Math.max(1f, Float.NaN) + " " + Math.min(0.0, -0.0) + " " + Math.max(-0.0f, 0.0f));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(10, 15) + " " + Math.pow(-2, 3) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(2, 0.5) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(-1, Double.POSITIVE_INFINITY));
        System.out.println(Math.sqrt(144) + " " + Math.sqrt(2) + " " + Math.sqrt(-0.0) + " " + Math.cbrt(27) + " " + Math.cbrt(-64) + " " + Math.sqrt(Double.POSITIVE_INFINITY));
        double[] vals = {2.5, -2.5, 3.5, -3.5, 0.1, -0.1, 7.0, -7.0};
        for (double v : vals) {
            System.out.print("[" + v + ": " + Math.floor(v) + " " + Math.ceil(v) + " " + Math.rint(v) + " " + Math.round(v) + " " + Math.signum(v) + "] ");
        }
        System.out.println();
        System.out.println(Math.signum(0.0) + " " + Math.signum(-0.0) + " " + Math.signum(Float.NaN) + " " + Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(Double.POSITIVE_INFINITY, Double.NaN));
        System.out.println(Math.addExact(2, 3) + " " + Math.subtractExact(10, 20) + " " + Math.multiplyExact(1000, 1000) + " " + Math.incrementExact(0) + " " + Math.negateExact(-5) + " " + Math.multiplyExact(100000L, 100000L));
        String[] ops = {"addExact", "subtractExact", "multiplyExact", "incrementExact", "decrementExact", "negateExact", "toIntExact", "addExact long"};
        for (String op : ops) {
            try {
                long r;
                switch (op) {
                    case "addExact":
                        r = Math.addExact(Integer.MAX_VALUE, 1);
                        break;
                    case "subtractExact":
                        r = Math.subtractExact(Integer.MIN_VALUE, 1);
                        break;
                    case "multiplyExact":
                        r = Math.multiplyExact(65536, 65536);
                        break;
                    case "incrementExact":
                        r = Math.incrementExact(Integer.MAX_VALUE);
                        break;
                    case "decrementExact":
                        r = Math.decrementExact(Integer.MIN_VALUE);
                        break;
                    case "negateExact":
                        r = Math.negateExact(Integer.MIN_VALUE);
                        break;
                    case "toIntExact":
                        r = Math.toIntExact(1L << 31);
                        break;
                    default:
                        r = Math.addExact(Long.MAX_VALUE, 1L);
                }
                System.out.println(op + " = " + r);
            } catch (ArithmeticException e) {
                System.out.println(op + ": " + e.getMessage());
            }
        }
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorMod(7, -2) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 3));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.PI + " " + Math.E);
        for (int deg = 0; deg <= 360; deg += 45) {
            double r = Math.toRadians(deg);
            System.out.println(deg + ": sin " + f10(Math.sin(r)) + " cos " + f10(Math.cos(r)) + " tan " + (deg % 180 == 90 ? "-" : f10(Math.tan(r))));
        }
        System.out.println(f10(Math.atan2(1, 1)) + " " + f10(Math.atan2(-1, -1)) + " " + f10(Math.atan(1)) + " " + f10(Math.asin(0.5)) + " " + f10(Math.acos(0.5)));
        System.out.println(f10(Math.exp(1)) + " " + f10(Math.exp(-2)) + " " + f10(Math.log(10)) + " " + f10(Math.log10(2)) + " " + Math.log10(1000) + " " + Math.log(1) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(1000));
        System.out.println(f10(Math.sinh(1)) + " " + f10(Math.cosh(1)) + " " + f10(Math.tanh(1)) + " " + f10(Math.log1p(1e-5)) + " " + f10(Math.expm1(1e-5)));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc += Math.sqrt(i) * Math.floor(i / 3.0) - Math.ceil(i / 7.0);
        }
        System.out.println("acc " + acc);
        long lacc = 0;
        for (int i = -50; i <= 50; i++) {
            lacc += Math.abs(i) * Math.max(i, 3) + Math.min(i, -i) + Math.floorMod(i, 7) + Math.round(i / 4.0);
        }
        System.out.println("lacc " + lacc);
        System.out.println(Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.nextAfter(1.0, 0) + " " + Math.getExponent(1024.0) + " " + Math.scalb(1.5, 4) + " " + Math.copySign(3.0, -0.0) + " " + Math.IEEEremainder(10, 3));
        System.out.println(StrictMath.sqrt(2) + " " + StrictMath.abs(-3) + " " + StrictMath.max(1, 2) + " " + StrictMath.floor(-1.5));
    }
}
