/*
 * java.lang.Long - as in the JDK. valueOf caches -128..127; toString(long)
 * is native, every other conversion is written here over long arithmetic.
 */
package java.lang;

public final class Long extends Number implements Comparable<Long> {
	@SuppressWarnings("unchecked")
	public static final Class<Long> TYPE = (Class<Long>) phantom.jrt.Rt.primitiveClass("long");

	public static final long MIN_VALUE = 0x8000000000000000L;
	public static final long MAX_VALUE = 0x7fffffffffffffffL;
	public static final int SIZE = 64;
	public static final int BYTES = 8;

	private static final Long[] CACHE = makeCache();

	private static Long[] makeCache() {
		Long[] c = new Long[256];
		for (int i = 0; i < c.length; i++)
			c[i] = new Long(i - 128);
		return c;
	}

	private final long value;

	@Deprecated
	public Long(long value) {
		this.value = value;
	}

	@Deprecated
	public Long(String s) throws NumberFormatException {
		this.value = parseLong(s, 10);
	}

	public static native String toString(long i);

	public static String toString(long i, int radix) {
		if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
			radix = 10;
		if (radix == 10)
			return toString(i);
		char[] buf = new char[65];
		int at = 65;
		boolean negative = i < 0;
		do {
			int d = (int) (i % radix);
			buf[--at] = Integer.digitChar(negative ? -d : d);
			i /= radix;
		} while (i != 0);
		if (negative)
			buf[--at] = '-';
		return new String(buf, at, 65 - at);
	}

	public static String toUnsignedString(long i, int radix) {
		if (i >= 0)
			return toString(i, radix);
		if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
			radix = 10;
		long q = divideUnsigned(i, radix);
		int r = (int) (i - q * radix);
		return toString(q, radix) + Integer.digitChar(r);
	}

	public static String toUnsignedString(long i) {
		return toUnsignedString(i, 10);
	}

	static String unsignedPow2(long i, int bits) {
		char[] buf = new char[64];
		int at = 64;
		long mask = (1L << bits) - 1;
		do {
			buf[--at] = Integer.digitChar((int) (i & mask));
			i >>>= bits;
		} while (i != 0);
		return new String(buf, at, 64 - at);
	}

	public static String toHexString(long i) {
		return unsignedPow2(i, 4);
	}

	public static String toOctalString(long i) {
		return unsignedPow2(i, 3);
	}

	public static String toBinaryString(long i) {
		return unsignedPow2(i, 1);
	}

	public static long parseLong(String s, int radix) throws NumberFormatException {
		if (s == null)
			throw new NumberFormatException("Cannot parse null string");
		Integer.checkRadix(radix);
		int n = s.length(), i = 0;
		boolean negative = false;
		if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
			negative = s.charAt(0) == '-';
			i = 1;
		}
		if (i == n)
			throw NumberFormatException.forInputString(s, radix);
		/* accumulated as a negative number, whose range holds MIN_VALUE */
		long floor = negative ? MIN_VALUE : -MAX_VALUE;
		long beforeMultiply = floor / radix;
		long v = 0;
		for (; i < n; i++) {
			int d = Character.digit(s.charAt(i), radix);
			if (d < 0 || v < beforeMultiply)
				throw NumberFormatException.forInputString(s, radix);
			v *= radix;
			if (v < floor + d)
				throw NumberFormatException.forInputString(s, radix);
			v -= d;
		}
		return negative ? v : -v;
	}

	public static long parseLong(String s) throws NumberFormatException {
		return parseLong(s, 10);
	}

	public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
		if (s == null)
			throw new NumberFormatException("Cannot parse null string");
		Integer.checkRadix(radix);
		int n = s.length(), i = 0;
		if (n > 0 && s.charAt(0) == '-')
			throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
		if (n > 0 && s.charAt(0) == '+')
			i = 1;
		if (i == n)
			throw NumberFormatException.forInputString(s, radix);
		long v = 0;
		for (; i < n; i++) {
			int d = Character.digit(s.charAt(i), radix);
			if (d < 0)
				throw NumberFormatException.forInputString(s, radix);
			long hi = multiplyHighUnsigned(v, radix);
			long lo = v * radix;
			long next = lo + d;
			if (hi != 0 || compareUnsigned(next, lo) < 0)
				throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
			v = next;
		}
		return v;
	}

	/* the high 64 bits of the unsigned product of x and a small y > 0 */
	private static long multiplyHighUnsigned(long x, int y) {
		long lo = (x & 0xffffffffL) * y;
		long hi = (x >>> 32) * y + (lo >>> 32);
		return hi >>> 32;
	}

	public static long parseUnsignedLong(String s) throws NumberFormatException {
		return parseUnsignedLong(s, 10);
	}

	public static Long valueOf(String s, int radix) throws NumberFormatException {
		return Long.valueOf(parseLong(s, radix));
	}

	public static Long valueOf(String s) throws NumberFormatException {
		return Long.valueOf(parseLong(s, 10));
	}

	public static Long valueOf(long l) {
		if (l >= -128 && l <= 127)
			return CACHE[(int) l + 128];
		return new Long(l);
	}

	/* Long.decode's syntax (sign, 0x / # / 0 prefix), the value within
	 * [min, max]; Integer, Short and Byte decode through it. */
	static long decodeWithin(String nm, long min, long max) {
		int n = nm.length(), i = 0;
		if (n == 0)
			throw new NumberFormatException("Zero length string");
		boolean negative = false;
		char c = nm.charAt(0);
		if (c == '-' || c == '+') {
			negative = c == '-';
			i++;
		}
		int radix = 10;
		if (nm.startsWith("0x", i) || nm.startsWith("0X", i)) {
			radix = 16;
			i += 2;
		} else if (nm.startsWith("#", i)) {
			radix = 16;
			i++;
		} else if (nm.startsWith("0", i) && n > i + 1) {
			radix = 8;
			i++;
		}
		if (nm.startsWith("-", i) || nm.startsWith("+", i))
			throw new NumberFormatException("Sign character in wrong position");
		String digits = nm.substring(i);
		long v = parseLong(negative ? "-" + digits : digits, radix);
		if (v < min || v > max)
			throw NumberFormatException.forInputString((negative ? "-" : "") + digits, radix);
		return v;
	}

	public static Long decode(String nm) throws NumberFormatException {
		return Long.valueOf(decodeWithin(nm, MIN_VALUE, MAX_VALUE));
	}

	public byte byteValue() {
		return (byte) value;
	}

	public short shortValue() {
		return (short) value;
	}

	public int intValue() {
		return (int) value;
	}

	public long longValue() {
		return value;
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
		return Long.hashCode(value);
	}

	public static int hashCode(long value) {
		return (int) (value ^ (value >>> 32));
	}

	public boolean equals(Object obj) {
		if (obj instanceof Long)
			return value == ((Long) obj).longValue();
		return false;
	}

	public static Long getLong(String nm) {
		return null;
	}

	public int compareTo(Long anotherLong) {
		return compare(this.value, anotherLong.value);
	}

	public static int compare(long x, long y) {
		return (x < y) ? -1 : ((x == y) ? 0 : 1);
	}

	public static int compareUnsigned(long x, long y) {
		return compare(x ^ MIN_VALUE, y ^ MIN_VALUE);
	}

	public static long divideUnsigned(long dividend, long divisor) {
		if (divisor < 0)
			return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
		if (dividend >= 0)
			return dividend / divisor;
		long q = ((dividend >>> 1) / divisor) << 1;
		long r = dividend - q * divisor;
		return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
	}

	public static long remainderUnsigned(long dividend, long divisor) {
		return dividend - divideUnsigned(dividend, divisor) * divisor;
	}

	public static long highestOneBit(long i) {
		return i == 0 ? 0 : MIN_VALUE >>> numberOfLeadingZeros(i);
	}

	public static long lowestOneBit(long i) {
		return i & -i;
	}

	public static int numberOfLeadingZeros(long i) {
		int hi = (int) (i >>> 32);
		return hi != 0 ? Integer.numberOfLeadingZeros(hi) : 32 + Integer.numberOfLeadingZeros((int) i);
	}

	public static int numberOfTrailingZeros(long i) {
		int lo = (int) i;
		return lo != 0 ? Integer.numberOfTrailingZeros(lo)
				: 32 + Integer.numberOfTrailingZeros((int) (i >>> 32));
	}

	public static int bitCount(long i) {
		return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
	}

	public static long rotateLeft(long i, int distance) {
		return (i << distance) | (i >>> (64 - (distance & 63)));
	}

	public static long rotateRight(long i, int distance) {
		return (i >>> distance) | (i << (64 - (distance & 63)));
	}

	public static long reverse(long i) {
		return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
	}

	public static int signum(long i) {
		return i > 0 ? 1 : i < 0 ? -1 : 0;
	}

	public static long reverseBytes(long i) {
		return ((long) Integer.reverseBytes((int) i) << 32)
				| (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
	}

	public static long sum(long a, long b) {
		return a + b;
	}

	public static long max(long a, long b) {
		return Math.max(a, b);
	}

	public static long min(long a, long b) {
		return Math.min(a, b);
	}
}
