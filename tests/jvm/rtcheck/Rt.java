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

	/* the JVM's own: any array as Object[] is a boxed copy */
	public static Object[] asObjects(Object a) {
		if (a instanceof Object[])
			return (Object[]) a;
		int n = java.lang.reflect.Array.getLength(a);
		Object[] r = new Object[n];
		for (int i = 0; i < n; i++)
			r[i] = java.lang.reflect.Array.get(a, i);
		return r;
	}

	public static Object[] newArrayLike(Object[] a, int n) {
		return (Object[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
	}

	public static Class<?> primitiveClass(String name) {
		switch (name) {
		case "int": return int.class;
		case "long": return long.class;
		case "short": return short.class;
		case "byte": return byte.class;
		case "char": return char.class;
		case "boolean": return boolean.class;
		case "float": return float.class;
		case "double": return double.class;
		default: return void.class;
		}
	}

	public static boolean isPrimitiveClass(Class<?> c) {
		return c.isPrimitive();
	}

	public static void monitorEnter(Object o) {
	}

	public static void monitorExit(Object o) {
	}
}
