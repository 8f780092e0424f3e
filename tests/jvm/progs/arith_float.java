// float and double arithmetic: every float operation rounds to float
// (0.1f + 0.2f, accumulated sums, products near the 24-bit mantissa limit),
// float against double of the same literal, float widened to double,
// int/long to float and double (rounding past 2^24 and 2^53), % on floats
// and doubles (C's fmod: sign of the dividend), division by zero giving
// infinities and NaN, NaN comparisons (all false but !=), -0.0 == 0.0 but
// 1/-0.0 is -Infinity, compound assignments, and float ++.
public class arith_float {
    public static void main(String[] args) {
        float a = 0.1f, b = 0.2f;
        System.out.println(a + b);
        System.out.println(a + b == 0.3f);
        System.out.println(0.1 + 0.2);
        System.out.println(0.1 + 0.2 == 0.3);
        System.out.println((double) a);
        System.out.println((double) (a + b));
        System.out.println((float) 0.1 + " " + (double) (float) 0.1 + " " + ((float) 0.1 == 0.1f));
        float sum = 0;
        double dsum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += 0.1f;
            dsum += 0.1;
        }
        System.out.println("1000 x 0.1: " + sum + " " + dsum);
        float big = 16777216f;
        System.out.println(big + 1 + " " + (big + 2) + " " + (big + 1 == big) + " " + (int) (big + 1));
        System.out.println((float) 16777217 + " " + (float) 123456789 + " " + (double) 123456789 + " " + (float) Long.MAX_VALUE + " " + (double) Long.MAX_VALUE);
        System.out.println((double) 9007199254740993L + " " + (long) (double) 9007199254740993L + " " + (long) (float) 9007199254740993L);
        System.out.println(1.0f / 3 + " " + 1.0 / 3 + " " + 2.0f / 3 + " " + 2.0 / 3 + " " + 10f / 3f * 3f);
        float f3 = 1.1f * 1.1f;
        double d3 = 1.1 * 1.1;
        System.out.println(f3 + " " + d3 + " " + (f3 == d3) + " " + ((double) 1.1f * 1.1f));
        System.out.println(5.5 % 2 + " " + -5.5 % 2 + " " + 5.5 % -2 + " " + 5.5f % 2.5f + " " + 1e300 % 3 + " " + 0.3 % 0.1);
        System.out.println(1.0 / 0 + " " + -1.0 / 0 + " " + 0.0 / 0 + " " + 1f / 0 + " " + 1 / 0.0 + " " + 5 % 0.0);
        double nan = Double.NaN;
        System.out.println((nan == nan) + " " + (nan != nan) + " " + (nan < 1) + " " + (nan > 1) + " " + (nan <= nan) + " " + Double.isNaN(nan) + " " + Double.isNaN(0.0 / 0.0));
        float fnan = Float.NaN;
        System.out.println((fnan == fnan) + " " + (fnan != fnan) + " " + (fnan < 0) + " " + Float.isNaN(fnan));
        double pz = 0.0, nz = -0.0;
        System.out.println((pz == nz) + " " + (1 / pz) + " " + (1 / nz) + " " + nz + " " + (0.0 * -1) + " " + (-0.0 + 0.0) + " " + (-0.0 - 0.0) + " " + Math.min(pz, nz) + " " + Math.max(nz, pz));
        System.out.println(Double.compare(pz, nz) + " " + Double.compare(nan, 1) + " " + Double.valueOf(nan).equals(nan) + " " + Double.valueOf(pz).equals(nz));
        double x = 10;
        x /= 4;
        x *= x;
        x -= 0.25;
        x++;
        System.out.println(x);
        float fx = 1;
        for (int i = 0; i < 30; i++) {
            fx *= 1.5f;
        }
        System.out.println(fx + " " + (double) fx);
        float ff = 0.5f;
        ff++;
        ff += 1e-8f;
        System.out.println(ff);
        int i = 7;
        i *= 1.5;
        System.out.println("int *= 1.5 -> " + i);
        i = 10;
        i /= 0.3;
        System.out.println("int /= 0.3 -> " + i);
        long l = 100;
        l *= 0.7f;
        System.out.println("long *= 0.7f -> " + l);
        char c = 'a';
        c *= 1.02;
        System.out.println("char *= 1.02 -> " + c);
        double acc = 1;
        for (int k = 1; k <= 20; k++) {
            acc = acc * 1.1 + 1.0 / k;
        }
        System.out.println("acc " + acc);
        float facc = 1;
        for (int k = 1; k <= 20; k++) {
            facc = facc * 1.1f + 1.0f / k;
        }
        System.out.println("facc " + facc);
        System.out.println((0.1f + 0.2f) + 0.3 + " " + (0.1f + (0.2f + 0.3)));
        System.out.println(3 * 0.1 + " " + 0.1 * 3 + " " + 0.7 + 0.1 + " " + (0.7 + 0.1) + " " + 4.35 * 100 + " " + 1.15 * 100);
        System.out.println(Float.MAX_VALUE * 2 + " " + -Float.MAX_VALUE * 2 + " " + Float.MIN_VALUE / 2 + " " + Double.MAX_VALUE * 10 + " " + Double.MIN_VALUE / 2);
        System.out.println((float) 1e40 + " " + (float) 1e-50 + " " + (float) -1e-50 + " " + (float) Double.MIN_VALUE);
        System.out.println(Math.sqrt(2) + " " + (float) Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(1e-300));
        System.out.println(0.1f * 3 + " " + 0.1f * 3.0 + " " + 100.0f / 3 + " " + 1e10f + " " + 1e-10f);
    }
}
