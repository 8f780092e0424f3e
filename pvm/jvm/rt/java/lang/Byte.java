/* java.lang.Byte - as in the JDK: valueOf caches every value. */
package java.lang;

public final class Byte extends Number implements Comparable<Byte> {
	@SuppressWarnings("unchecked")
	public static final Class<Byte> TYPE = (Class<Byte>) phantom.jrt.Rt.primitiveClass("byte");

	public static final byte MIN_VALUE = -128;
	public static final byte MAX_VALUE = 127;
	public static final int SIZE = 8;
	public static final int BYTES = 1;

	private static final Byte[] CACHE = makeCache();

	private static Byte[] makeCache() {
		Byte[] c = new Byte[256];
		for (int i = 0; i < c.length; i++)
			c[i] = new Byte((byte) (i - 128));
		return c;
	}

	private final byte value;

	@Deprecated
	public Byte(byte value) {
		this.value = value;
	}

	@Deprecated
	public Byte(String s) throws NumberFormatException {
		this.value = parseByte(s, 10);
	}

	public static String toString(byte s) {
		return Integer.toString((int) s);
	}

	public static byte parseByte(String s, int radix) throws NumberFormatException {
		int i = Integer.parseInt(s, radix);
		if (i < MIN_VALUE || i > MAX_VALUE)
			throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
		return (byte) i;
	}

	public static byte parseByte(String s) throws NumberFormatException {
		return parseByte(s, 10);
	}

	public static Byte valueOf(String s, int radix) throws NumberFormatException {
		return valueOf(parseByte(s, radix));
	}

	public static Byte valueOf(String s) throws NumberFormatException {
		return valueOf(s, 10);
	}

	public static Byte valueOf(byte s) {
		return CACHE[s + 128];
	}

	public static Byte decode(String nm) throws NumberFormatException {
		long v = Long.decodeWithin(nm, Integer.MIN_VALUE, Integer.MAX_VALUE);
		if (v < MIN_VALUE || v > MAX_VALUE)
			throw new NumberFormatException("Value " + v + " out of range from input " + nm);
		return valueOf((byte) v);
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

	public static int hashCode(byte value) {
		return (int) value;
	}

	public boolean equals(Object obj) {
		if (obj instanceof Byte)
			return value == ((Byte) obj).byteValue();
		return false;
	}

	public int compareTo(Byte another) {
		return compare(this.value, another.value);
	}

	public static int compare(byte x, byte y) {
		return x - y;
	}

	public static int compareUnsigned(byte x, byte y) {
		return toUnsignedInt(x) - toUnsignedInt(y);
	}

	public static int toUnsignedInt(byte x) {
		return ((int) x) & 0xff;
	}

	public static long toUnsignedLong(byte x) {
		return ((long) x) & 0xffL;
	}
}
