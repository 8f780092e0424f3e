/* java.lang.Boolean - as in the JDK: TRUE and FALSE are the only
 * instances valueOf gives. */
package java.lang;

public final class Boolean implements java.io.Serializable, Comparable<Boolean> {
	@SuppressWarnings("unchecked")
	public static final Class<Boolean> TYPE = (Class<Boolean>) phantom.jrt.Rt.primitiveClass("boolean");

	public static final Boolean TRUE = new Boolean(true);
	public static final Boolean FALSE = new Boolean(false);

	private final boolean value;

	@Deprecated
	public Boolean(boolean value) {
		this.value = value;
	}

	@Deprecated
	public Boolean(String s) {
		this(parseBoolean(s));
	}

	public static boolean parseBoolean(String s) {
		return "true".equalsIgnoreCase(s);
	}

	public boolean booleanValue() {
		return value;
	}

	public static Boolean valueOf(boolean b) {
		return b ? TRUE : FALSE;
	}

	public static Boolean valueOf(String s) {
		return parseBoolean(s) ? TRUE : FALSE;
	}

	public static String toString(boolean b) {
		return b ? "true" : "false";
	}

	public String toString() {
		return value ? "true" : "false";
	}

	public int hashCode() {
		return Boolean.hashCode(value);
	}

	public static int hashCode(boolean value) {
		return value ? 1231 : 1237;
	}

	public boolean equals(Object obj) {
		if (obj instanceof Boolean)
			return value == ((Boolean) obj).booleanValue();
		return false;
	}

	public static boolean getBoolean(String name) {
		return parseBoolean(System.getProperty(name));
	}

	public int compareTo(Boolean b) {
		return compare(this.value, b.value);
	}

	public static int compare(boolean x, boolean y) {
		return (x == y) ? 0 : (x ? 1 : -1);
	}

	public static boolean logicalAnd(boolean a, boolean b) {
		return a && b;
	}

	public static boolean logicalOr(boolean a, boolean b) {
		return a || b;
	}

	public static boolean logicalXor(boolean a, boolean b) {
		return a ^ b;
	}
}
