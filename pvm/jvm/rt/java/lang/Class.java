/*
 * java.lang.Class - pvm's Class objects seen from Java. No instance
 * fields. getName() is the Java name (dots; pvm's built-in String, Object,
 * Class and arrays under their Java names); everything else is derived
 * from it or from the pvm superclass chain. Interfaces and primitive
 * types are not known to the VM: isInterface() and isPrimitive() are false.
 */
package java.lang;

public final class Class<T> implements java.io.Serializable {
	private Class() {
	}

	public native String getName();

	public native Class<? super T> getSuperclass();

	public boolean isArray() {
		return getName().startsWith("[");
	}

	public boolean isInterface() {
		return false;
	}

	public boolean isPrimitive() {
		return phantom.jrt.Rt.isPrimitiveClass(this);
	}

	public boolean isEnum() {
		return getSuperclass() == Enum.class;
	}

	public String getSimpleName() {
		String n = getName();
		if (n.startsWith("[")) { /* [I int[], [[Ljava.lang.String; String[][] */
			int d = 0;
			while (n.charAt(d) == '[')
				d++;
			String e;
			switch (n.charAt(d)) {
			case 'Z': e = "boolean"; break;
			case 'B': e = "byte"; break;
			case 'C': e = "char"; break;
			case 'S': e = "short"; break;
			case 'I': e = "int"; break;
			case 'J': e = "long"; break;
			case 'F': e = "float"; break;
			case 'D': e = "double"; break;
			default:
				e = n.substring(d + 1, n.length() - 1);
				e = e.substring(e.lastIndexOf('.') + 1);
				e = e.substring(e.lastIndexOf('$') + 1);
			}
			StringBuilder b = new StringBuilder(e);
			for (int i = 0; i < d; i++)
				b.append("[]");
			return b.toString();
		}
		int dot = n.lastIndexOf('.');
		String s = n.substring(dot + 1);
		int dollar = s.lastIndexOf('$');
		if (dollar < 0)
			return s;
		s = s.substring(dollar + 1);
		int i = 0;
		while (i < s.length() && Character.isDigit(s.charAt(i)))
			i++;
		return s.substring(i);
	}

	public String getTypeName() {
		return getName();
	}

	public String getCanonicalName() {
		String n = getName();
		if (n.startsWith("["))
			return "java.lang.Object[]";
		return n.replace('$', '.');
	}

	public String getPackageName() {
		String n = getName();
		int dot = n.lastIndexOf('.');
		return dot < 0 ? "" : n.substring(0, dot);
	}

	@SuppressWarnings("unchecked")
	public T cast(Object obj) {
		return (T) obj;
	}

	public boolean isInstance(Object obj) {
		if (obj == null)
			return false;
		for (Class<?> c = obj.getClass(); c != null; c = c.getSuperclass())
			if (c == this)
				return true;
		return false;
	}

	public boolean isAssignableFrom(Class<?> cls) {
		for (Class<?> c = cls; c != null; c = c.getSuperclass())
			if (c == this)
				return true;
		return false;
	}

	@SuppressWarnings("unchecked")
	public T[] getEnumConstants() {
		Object[] v = phantom.jrt.Rt.enumValues(this);
		if (v == null)
			return null;
		Object[] copy = new Object[v.length];
		System.arraycopy(v, 0, copy, 0, v.length);
		return (T[]) copy;
	}

	public Class<?> getComponentType() {
		return null;
	}

	public boolean desiredAssertionStatus() {
		return false;
	}

	public String toString() {
		return (isInterface() ? "interface " : "class ") + getName();
	}
}
