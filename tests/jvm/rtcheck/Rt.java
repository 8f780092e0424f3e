// Rt.java - tests/jvm/rtcheck's stand-in for phantom.jrt.Rt on the real JVM
// (its natives there are C): the same results by the JDK's own means, the
// digits of Formatter through String.format, so that the Java around them
// is what the check compares.
package rtcheck.jrt;

import java.util.Locale;

public final class Rt {
	public static boolean isArray(Object o) {
		return o != null && o.getClass().isArray();
	}

	public static Object[] enumValues(Class<?> c) {
		return c.getEnumConstants();
	}

	public static String formatDouble(double d, char conv, int prec) {
		return String.format(Locale.ROOT, "%." + (prec < 0 ? 6 : prec) + conv, Math.abs(d));
	}

	public static String scalarString(Object o) {
		return null;
	}

	public static Object arrayClone(Object a) {
		return ((Object[]) a).clone();
	}
}
