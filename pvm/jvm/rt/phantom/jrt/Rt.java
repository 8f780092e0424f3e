/*
 * phantom.jrt.Rt - what the converter and the runtime need beyond Java:
 * array clones, multi-dimensional arrays, enum constants, string
 * conversion of any value, and a few natives (pvm/jvm/jnlang.c).
 */
package phantom.jrt;

public final class Rt {
	private Rt() {
	}

	/* a new array of a's length and elements */
	public static native Object arrayClone(Object a);

	/* a copy of an instance's fields, or of an array (Object.clone) */
	public static native Object shallowClone(Object o);

	public static native boolean isArray(Object o);

	/* the enum class's $VALUES (null before its initialiser ran) */
	public static native Object[] enumValues(Class<?> c);

	/* Formatter's text of |d| for conv 'e', 'f' or 'g' (pvm/jvm/jnum.c) */
	public static native String formatDouble(double d, char conv, int prec);

	/* the text of an int or double seen as an Object (an element of a
	 * primitive array read as Object[]), or null for anything else */
	public static native String scalarString(Object o);

	public static String valueOf(Object o) {
		return o == null ? "null" : o.toString();
	}

	/*
	 * new T[dims[0]][dims[1]]...: an array for every given dimension; the
	 * arrays of the last given dimension filled by elemKind (0 null,
	 * 1 int 0 - also for long, char, short, byte, boolean - 2 0.0 for
	 * float and double). The converter passes 0 when dims are fewer than
	 * the array type's dimensions.
	 */
	public static Object multiNewArray(int[] dims, int elemKind) {
		for (int i = 0; i < dims.length; i++)
			if (dims[i] < 0)
				throw new NegativeArraySizeException(Integer.toString(dims[i]));
		return make(dims, 0, elemKind);
	}

	private static Object make(int[] dims, int level, int kind) {
		int n = dims[level];
		if (level == dims.length - 1) {
			if (kind == 1)
				return new int[n];
			if (kind == 2)
				return new double[n];
			return new Object[n];
		}
		Object[] a = new Object[n];
		for (int i = 0; i < n; i++)
			a[i] = make(dims, level + 1, kind);
		return a;
	}
}
