/* java.lang.Short - as in the JDK: valueOf caches -128..127. */
package java.lang;

public final class Short extends Number implements Comparable<Short> {
	@SuppressWarnings("unchecked")
	public static final Class<Short> TYPE = (Class<Short>) phantom.jrt.Rt.primitiveClass("short");

	public static final short MIN_VALUE = -32768;
	public static final short MAX_VALUE = 32767;
	public static final int SIZE = 16;
	public static final int BYTES = 2;

	private static final Short[] CACHE = makeCache();

	private static Short[] makeCache() {
		Short[] c = new Short[256];
		for (int i = 0; i < c.length; i++)
			c[i] = new Short((short) (i - 128));
		return c;
	}

	private final short value;

	@Deprecated
	public Short(short value) {
		this.value = value;
	}

	@Deprecated
	public Short(String s) throws NumberFormatException {
		this.value = parseShort(s, 10);
	}

	public static String toString(short s) {
		return Integer.toString((int) s);
	}

	public static short parseShort(String s, int radix) throws NumberFormatException {
		int i = Integer.parseInt(s, radix);
		if (i < MIN_VALUE || i > MAX_VALUE)
			throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
		return (short) i;
	}

	public static short parseShort(String s) throws NumberFormatException {
		return parseShort(s, 10);
	}

	public static Short valueOf(String s, int radix) throws NumberFormatException {
		return valueOf(parseShort(s, radix));
	}

	public static Short valueOf(String s) throws NumberFormatException {
		return valueOf(s, 10);
	}

	public static Short valueOf(short s) {
		if (s >= -128 && s <= 127)
			return CACHE[s + 128];
		return new Short(s);
	}

	public static Short decode(String nm) throws NumberFormatException {
		long v = Long.decodeWithin(nm, Integer.MIN_VALUE, Integer.MAX_VALUE);
		if (v < MIN_VALUE || v > MAX_VALUE)
			throw new NumberFormatException("Value " + v + " out of range from input " + nm);
		return valueOf((short) v);
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
		return (long) value;
	}

	public float floatValue() {
		return (float) value;
	}

	public double doubleValue() {
		return (double) value;
	}

	public String toString() {
		return Integer.toString((int) value);
	}

	public int hashCode() {
		return (int) value;
	}

	public static int hashCode(short value) {
		return (int) value;
	}

	public boolean equals(Object obj) {
		if (obj instanceof Short)
			return value == ((Short) obj).shortValue();
		return false;
	}

	public int compareTo(Short another) {
		return compare(this.value, another.value);
	}

	public static int compare(short x, short y) {
		return x - y;
	}

	public static int compareUnsigned(short x, short y) {
		return toUnsignedInt(x) - toUnsignedInt(y);
	}

	public static int toUnsignedInt(short x) {
		return ((int) x) & 0xffff;
	}

	public static long toUnsignedLong(short x) {
		return ((long) x) & 0xffffL;
	}

	public static short reverseBytes(short i) {
		return (short) (((i & 0xff00) >> 8) | (i << 8));
	}
}
