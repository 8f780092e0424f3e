/*
 * java.lang.Integer - as in the JDK. valueOf caches -128..127 (identity
 * of small boxes, `==`, depends on it). toString(int) is native.
 */
package java.lang;

public final class Integer extends Number implements Comparable<Integer> {
	@SuppressWarnings("unchecked")
	public static final Class<Integer> TYPE = (Class<Integer>) phantom.jrt.Rt.primitiveClass("int");

	public static final int MIN_VALUE = 0x80000000;
	public static final int MAX_VALUE = 0x7fffffff;
	public static final int SIZE = 32;
	public static final int BYTES = 4;

	private static final Integer[] CACHE = makeCache();

	private static Integer[] makeCache() {
		Integer[] c = new Integer[256];
		for (int i = 0; i < c.length; i++)
			c[i] = new Integer(i - 128);
		return c;
	}

	private final int value;

	@Deprecated
	public Integer(int value) {
		this.value = value;
	}

	@Deprecated
	public Integer(String s) throws NumberFormatException {
		this.value = parseInt(s, 10);
	}

	/* digit d (0..35) in radix text */
	static char digitChar(int d) {
		return (char) (d < 10 ? '0' + d : 'a' + d - 10);
	}

	public static native String toString(int i);

	public static String toString(int i, int radix) {
		if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
			radix = 10;
		if (radix == 10)
			return toString(i);
		return Long.toString(i, radix);
	}

	public static String toUnsignedString(int i, int radix) {
		return Long.toUnsignedString(toUnsignedLong(i), radix);
	}

	public static String toUnsignedString(int i) {
		return Long.toString(toUnsignedLong(i));
	}

	/* i as an unsigned number in radix 2^bits */
	static String unsignedPow2(int i, int bits) {
		char[] buf = new char[32];
		int at = 32, mask = (1 << bits) - 1;
		do {
			buf[--at] = digitChar(i & mask);
			i >>>= bits;
		} while (i != 0);
		return new String(buf, at, 32 - at);
	}

	public static String toHexString(int i) {
		return unsignedPow2(i, 4);
	}

	public static String toOctalString(int i) {
		return unsignedPow2(i, 3);
	}

	public static String toBinaryString(int i) {
		return unsignedPow2(i, 1);
	}

	static void checkRadix(int radix) {
		if (radix < Character.MIN_RADIX)
			throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
		if (radix > Character.MAX_RADIX)
			throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
	}

	public static int parseInt(String s, int radix) throws NumberFormatException {
		if (s == null)
			throw new NumberFormatException("Cannot parse null string");
		checkRadix(radix);
		int n = s.length(), i = 0;
		boolean negative = false;
		if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
			negative = s.charAt(0) == '-';
			i = 1;
		}
		if (i == n)
			throw NumberFormatException.forInputString(s, radix);
		long bound = negative ? 2147483648L : 2147483647L, v = 0;
		for (; i < n; i++) {
			int d = Character.digit(s.charAt(i), radix);
			if (d < 0)
				throw NumberFormatException.forInputString(s, radix);
			v = v * radix + d;
			if (v > bound)
				throw NumberFormatException.forInputString(s, radix);
		}
		return (int) (negative ? -v : v);
	}

	public static int parseInt(String s) throws NumberFormatException {
		return parseInt(s, 10);
	}

	public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
		if (s == null)
			throw new NumberFormatException("Cannot parse null string");
		if (s.length() > 0 && s.charAt(0) == '-')
			throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
		long v = Long.parseLong(s, radix);
		if (v >>> 32 != 0)
			throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
		return (int) v;
	}

	public static int parseUnsignedInt(String s) throws NumberFormatException {
		return parseUnsignedInt(s, 10);
	}

	public static Integer valueOf(String s, int radix) throws NumberFormatException {
		return Integer.valueOf(parseInt(s, radix));
	}

	public static Integer valueOf(String s) throws NumberFormatException {
		return Integer.valueOf(parseInt(s, 10));
	}

	public static Integer valueOf(int i) {
		if (i >= -128 && i <= 127)
			return CACHE[i + 128];
		return new Integer(i);
	}

	public static Integer decode(String nm) throws NumberFormatException {
		return Integer.valueOf((int) Long.decodeWithin(nm, Integer.MIN_VALUE, Integer.MAX_VALUE));
	}

	public byte byteValue() {
		return (byte) value;
	}

	public short shortValue() {
		return (short) value;
	}

	public int intValue() {
		return value;
	}

	public long longValue() {
		return (long) value;
	}

	public float floatValue() {
		return (float) value;
	}

	public double doubleValue() {
		return (double) value;
	}

	public String toString() {
		return toString(value);
	}

	public int hashCode() {
		return value;
	}

	public static int hashCode(int value) {
		return value;
	}

	public boolean equals(Object obj) {
		if (obj instanceof Integer)
			return value == ((Integer) obj).intValue();
		return false;
	}

	public static Integer getInteger(String nm) {
		return null;
	}

	public int compareTo(Integer anotherInteger) {
		return compare(this.value, anotherInteger.value);
	}

	public static int compare(int x, int y) {
		return (x < y) ? -1 : ((x == y) ? 0 : 1);
	}

	public static int compareUnsigned(int x, int y) {
		return compare(x ^ MIN_VALUE, y ^ MIN_VALUE);
	}

	public static long toUnsignedLong(int x) {
		return ((long) x) & 0xffffffffL;
	}

	public static int divideUnsigned(int dividend, int divisor) {
		return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
	}

	public static int remainderUnsigned(int dividend, int divisor) {
		return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
	}

	public static int highestOneBit(int i) {
		return i == 0 ? 0 : MIN_VALUE >>> numberOfLeadingZeros(i);
	}

	public static int lowestOneBit(int i) {
		return i & -i;
	}

	public static int numberOfLeadingZeros(int i) {
		if (i == 0)
			return 32;
		int n = 0;
		while (i > 0) {
			i <<= 1;
			n++;
		}
		return n;
	}

	public static int numberOfTrailingZeros(int i) {
		if (i == 0)
			return 32;
		int n = 0;
		while ((i & 1) == 0) {
			i >>>= 1;
			n++;
		}
		return n;
	}

	public static int bitCount(int i) {
		int n = 0;
		while (i != 0) {
			i &= i - 1;
			n++;
		}
		return n;
	}

	public static int rotateLeft(int i, int distance) {
		return (i << distance) | (i >>> (32 - (distance & 31)));
	}

	public static int rotateRight(int i, int distance) {
		return (i >>> distance) | (i << (32 - (distance & 31)));
	}

	public static int reverse(int i) {
		int r = 0;
		for (int k = 0; k < 32; k++) {
			r = (r << 1) | (i & 1);
			i >>>= 1;
		}
		return r;
	}

	public static int signum(int i) {
		return i > 0 ? 1 : i < 0 ? -1 : 0;
	}

	public static int reverseBytes(int i) {
		return (i >>> 24) | ((i >> 8) & 0xff00) | ((i & 0xff00) << 8) | (i << 24);
	}

	public static int sum(int a, int b) {
		return a + b;
	}

	public static int max(int a, int b) {
		return Math.max(a, b);
	}

	public static int min(int a, int b) {
		return Math.min(a, b);
	}
}
