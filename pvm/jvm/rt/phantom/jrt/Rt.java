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

	/* synchronized: restartable natives (pvm/jvm/jmonitor.c) */
	public static native void monitorEnter(Object o);

	public static native void monitorExit(Object o);

	/* what escapes main: printed as the JVM prints it, exit status 1 */
	public static void uncaught(Throwable t) {
		System.err.print("Exception in thread \"main\" ");
		t.printStackTrace();
		System.exit(1);
	}

	/* a class initialiser's exception as the JVM throws it (JVMS 5.5) */
	public static Throwable initError(Object e) {
		if (e instanceof Error)
			return (Error) e;
		if (e instanceof Throwable)
			return new ExceptionInInitializerError((Throwable) e);
		return new ExceptionInInitializerError(String.valueOf(e));
	}

	/* a use of a class whose initialiser failed */
	public static Throwable noClassDef(String name) {
		return new NoClassDefFoundError("Could not initialize class " + name.replace('/', '.'));
	}

	public static String valueOf(Object o) {
		return o == null ? "null" : o.toString();
	}

	/* new T[dims[0]][dims[1]]...: arrays for the given dimensions, the
	 * arrays of the last one filled by the element type's zero; arrayType
	 * is the whole array type's class (pvm/jvm/jnarray.c) */
	public static native Object multiNewArray(int[] dims, Object arrayType);

	/* int.class and the others (Integer.TYPE ...): pvm/jvm/jnarray.c */
	public static native Class<?> primitiveClass(String name);

	public static native boolean isPrimitiveClass(Class<?> c);

	/* an array of any type seen as Object[] (its elements as values) */
	public static native Object[] asObjects(Object a);

	/* a new array of a's type (String[] stays String[]) and length n */
	public static native Object[] newArrayLike(Object[] a, int n);
}
