/*
 * java.lang.Math - as in the JDK: the transcendental functions, floor,
 * ceil, rint and round are native (libm, with Java's special cases);
 * the rest is written here. Results are within the JDK's accuracy bounds
 * (an ulp), not bit-identical to HotSpot's intrinsics everywhere.
 */
package java.lang;

import java.util.Random;

public final class Math {
	public static final double E = 2.718281828459045;
	public static final double PI = 3.141592653589793;
	private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
	private static final double RADIANS_TO_DEGREES = 57.29577951308232;

	private static Random random;

	private Math() {
	}

	public static native double sin(double a);

	public static native double cos(double a);

	public static native double tan(double a);

	public static native double asin(double a);

	public static native double acos(double a);

	public static native double atan(double a);

	public static native double atan2(double y, double x);

	public static native double exp(double a);

	public static native double log(double a);

	public static native double log10(double a);

	public static native double sqrt(double a);

	public static native double cbrt(double a);

	public static native double pow(double a, double b);

	public static native double hypot(double x, double y);

	public static native double sinh(double x);

	public static native double cosh(double x);

	public static native double tanh(double x);

	public static native double expm1(double x);

	public static native double log1p(double x);

	public static native double floor(double a);

	public static native double ceil(double a);

	public static native double rint(double a);

	public static native long round(double a);

	public static native int round(float a);

	public static native double IEEEremainder(double f1, double f2);

	public static double toRadians(double angdeg) {
		return angdeg * DEGREES_TO_RADIANS;
	}

	public static double toDegrees(double angrad) {
		return angrad * RADIANS_TO_DEGREES;
	}

	public static double random() {
		if (random == null)
			random = new Random();
		return random.nextDouble();
	}

	/* ---------------------------------------------------------------- exact */

	public static int addExact(int x, int y) {
		int r = x + y;
		if (((x ^ r) & (y ^ r)) < 0)
			throw new ArithmeticException("integer overflow");
		return r;
	}

	public static long addExact(long x, long y) {
		long r = x + y;
		if (((x ^ r) & (y ^ r)) < 0)
			throw new ArithmeticException("long overflow");
		return r;
	}

	public static int subtractExact(int x, int y) {
		int r = x - y;
		if (((x ^ y) & (x ^ r)) < 0)
			throw new ArithmeticException("integer overflow");
		return r;
	}

	public static long subtractExact(long x, long y) {
		long r = x - y;
		if (((x ^ y) & (x ^ r)) < 0)
			throw new ArithmeticException("long overflow");
		return r;
	}

	public static int multiplyExact(int x, int y) {
		long r = (long) x * (long) y;
		if ((int) r != r)
			throw new ArithmeticException("integer overflow");
		return (int) r;
	}

	public static long multiplyExact(long x, int y) {
		return multiplyExact(x, (long) y);
	}

	public static long multiplyExact(long x, long y) {
		long r = x * y;
		if (x != 0 && (r / x != y || (x == -1 && y == Long.MIN_VALUE)))
			throw new ArithmeticException("long overflow");
		return r;
	}

	public static int incrementExact(int a) {
		if (a == Integer.MAX_VALUE)
			throw new ArithmeticException("integer overflow");
		return a + 1;
	}

	public static long incrementExact(long a) {
		if (a == Long.MAX_VALUE)
			throw new ArithmeticException("long overflow");
		return a + 1L;
	}

	public static int decrementExact(int a) {
		if (a == Integer.MIN_VALUE)
			throw new ArithmeticException("integer overflow");
		return a - 1;
	}

	public static long decrementExact(long a) {
		if (a == Long.MIN_VALUE)
			throw new ArithmeticException("long overflow");
		return a - 1L;
	}

	public static int negateExact(int a) {
		if (a == Integer.MIN_VALUE)
			throw new ArithmeticException("integer overflow");
		return -a;
	}

	public static long negateExact(long a) {
		if (a == Long.MIN_VALUE)
			throw new ArithmeticException("long overflow");
		return -a;
	}

	public static int toIntExact(long value) {
		if ((int) value != value)
			throw new ArithmeticException("integer overflow");
		return (int) value;
	}

	public static int absExact(int a) {
		if (a == Integer.MIN_VALUE)
			throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
		return abs(a);
	}

	public static long absExact(long a) {
		if (a == Long.MIN_VALUE)
			throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
		return abs(a);
	}

	public static long multiplyFull(int x, int y) {
		return (long) x * (long) y;
	}

	public static long multiplyHigh(long x, long y) {
		long xh = x >> 32, xl = x & 0xffffffffL, yh = y >> 32, yl = y & 0xffffffffL;
		long lo = xl * yl;
		long mid1 = xh * yl + (lo >>> 32);
		long mid2 = xl * yh + (mid1 & 0xffffffffL);
		return xh * yh + (mid1 >> 32) + (mid2 >> 32);
	}

	/* ---------------------------------------------------------------- floor division */

	public static int floorDiv(int x, int y) {
		int q = x / y;
		if ((x % y != 0) && ((x ^ y) < 0))
			q--;
		return q;
	}

	public static long floorDiv(long x, int y) {
		return floorDiv(x, (long) y);
	}

	public static long floorDiv(long x, long y) {
		long q = x / y;
		if ((x % y != 0) && ((x ^ y) < 0))
			q--;
		return q;
	}

	public static int floorMod(int x, int y) {
		int m = x % y;
		if (m != 0 && ((m ^ y) < 0))
			m += y;
		return m;
	}

	public static int floorMod(long x, int y) {
		return (int) floorMod(x, (long) y);
	}

	public static long floorMod(long x, long y) {
		long m = x % y;
		if (m != 0 && ((m ^ y) < 0))
			m += y;
		return m;
	}

	/* ---------------------------------------------------------------- abs, min, max */

	public static int abs(int a) {
		return (a < 0) ? -a : a;
	}

	public static long abs(long a) {
		return (a < 0) ? -a : a;
	}

	public static float abs(float a) {
		return (a <= 0.0F) ? 0.0F - a : a;
	}

	public static double abs(double a) {
		return (a <= 0.0D) ? 0.0D - a : a;
	}

	public static int max(int a, int b) {
		return (a >= b) ? a : b;
	}

	public static long max(long a, long b) {
		return (a >= b) ? a : b;
	}

	/* a negative zero is told by its reciprocal */
	private static boolean negativeZero(double a) {
		return a == 0.0 && 1.0 / a < 0;
	}

	public static float max(float a, float b) {
		return (float) max((double) a, (double) b);
	}

	public static double max(double a, double b) {
		if (a != a)
			return a;
		if (a == 0.0 && b == 0.0)
			return negativeZero(a) ? b : a;
		return (a >= b) ? a : b;
	}

	public static int min(int a, int b) {
		return (a <= b) ? a : b;
	}

	public static long min(long a, long b) {
		return (a <= b) ? a : b;
	}

	public static float min(float a, float b) {
		return (float) min((double) a, (double) b);
	}

	public static double min(double a, double b) {
		if (a != a)
			return a;
		if (a == 0.0 && b == 0.0)
			return negativeZero(b) ? b : a;
		return (a <= b) ? a : b;
	}

	/* ---------------------------------------------------------------- bits of doubles */

	public static double signum(double d) {
		return (d == 0.0 || d != d) ? d : copySign(1.0, d);
	}

	public static float signum(float f) {
		return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
	}

	public static double copySign(double magnitude, double sign) {
		long m = Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL;
		long s = Double.doubleToRawLongBits(sign) & 0x8000000000000000L;
		return Double.longBitsToDouble(m | s);
	}

	public static float copySign(float magnitude, float sign) {
		int m = Float.floatToRawIntBits(magnitude) & 0x7fffffff;
		int s = Float.floatToRawIntBits(sign) & 0x80000000;
		return Float.intBitsToFloat(m | s);
	}

	public static int getExponent(double d) {
		return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff) - 1023;
	}

	public static int getExponent(float f) {
		return ((Float.floatToRawIntBits(f) >>> 23) & 0xff) - 127;
	}

	public static double ulp(double d) {
		int e = getExponent(d);
		if (e == 1024)
			return abs(d); /* NaN or infinity */
		if (e == -1023)
			return Double.MIN_VALUE; /* zero or subnormal */
		e -= 52;
		if (e >= -1022)
			return Double.longBitsToDouble((long) (e + 1023) << 52);
		return Double.longBitsToDouble(1L << (e + 1074));
	}

	public static float ulp(float f) {
		int e = getExponent(f);
		if (e == 128)
			return abs(f);
		if (e == -127)
			return Float.MIN_VALUE;
		e -= 23;
		if (e >= -126)
			return Float.intBitsToFloat((e + 127) << 23);
		return Float.intBitsToFloat(1 << (e + 149));
	}

	public static double nextUp(double d) {
		if (d != d || d == Double.POSITIVE_INFINITY)
			return d;
		d += 0.0d; /* -0.0 becomes +0.0 */
		long bits = Double.doubleToRawLongBits(d);
		return Double.longBitsToDouble(bits + ((d >= 0.0d) ? +1L : -1L));
	}

	public static float nextUp(float f) {
		if (f != f || f == Float.POSITIVE_INFINITY)
			return f;
		f += 0.0f;
		int bits = Float.floatToRawIntBits(f);
		return Float.intBitsToFloat(bits + ((f >= 0.0f) ? +1 : -1));
	}

	public static double nextDown(double d) {
		if (d != d || d == Double.NEGATIVE_INFINITY)
			return d;
		if (d == 0.0)
			return -Double.MIN_VALUE;
		long bits = Double.doubleToRawLongBits(d);
		return Double.longBitsToDouble(bits + ((d > 0.0d) ? -1L : +1L));
	}

	public static float nextDown(float f) {
		if (f != f || f == Float.NEGATIVE_INFINITY)
			return f;
		if (f == 0.0f)
			return -Float.MIN_VALUE;
		int bits = Float.floatToRawIntBits(f);
		return Float.intBitsToFloat(bits + ((f > 0.0f) ? -1 : +1));
	}

	public static double nextAfter(double start, double direction) {
		if (start > direction)
			return nextDown(start);
		if (start < direction)
			return nextUp(start);
		if (start == direction)
			return direction;
		return start + direction; /* NaN */
	}

	public static float nextAfter(float start, double direction) {
		if (start > direction)
			return nextDown(start);
		if (start < direction)
			return nextUp(start);
		if (start == direction)
			return (float) direction;
		return start + (float) direction;
	}

	public static double scalb(double d, int scaleFactor) {
		if (scaleFactor > 2100)
			scaleFactor = 2100;
		if (scaleFactor < -2100)
			scaleFactor = -2100;
		/* multiply in steps that are exact powers of two */
		while (scaleFactor > 1000) {
			d *= 0x1.0p1000;
			scaleFactor -= 1000;
		}
		while (scaleFactor < -1000) {
			d *= 0x1.0p-1000;
			scaleFactor += 1000;
		}
		if (scaleFactor < -1022) {
			d *= 0x1.0p-1022;
			scaleFactor += 1022;
		}
		return d * Double.longBitsToDouble((long) (scaleFactor + 1023) << 52);
	}

	public static float scalb(float f, int scaleFactor) {
		return (float) scalb((double) f, Math.max(-300, Math.min(300, scaleFactor)));
	}

	public static double fma(double a, double b, double c) {
		return a * b + c;
	}
}
