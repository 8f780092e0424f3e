/*
 * java.lang.Enum - the superclass of enums. valueOf(Class, String) finds
 * the constants in the enum's $VALUES static field (the global
 * "<class>.$VALUES", phantom.jrt.Rt.enumValues), filled by the enum's
 * static initialiser: an enum class not yet initialised has none.
 */
package java.lang;

public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
	private final String name;
	private final int ordinal;

	protected Enum(String name, int ordinal) {
		this.name = name;
		this.ordinal = ordinal;
	}

	public final String name() {
		return name;
	}

	public final int ordinal() {
		return ordinal;
	}

	public String toString() {
		return name;
	}

	public final boolean equals(Object other) {
		return this == other;
	}

	public final int hashCode() {
		return super.hashCode();
	}

	protected final Object clone() throws CloneNotSupportedException {
		throw new CloneNotSupportedException();
	}

	public final int compareTo(E o) {
		Enum<?> other = (Enum<?>) o;
		if (other.getDeclaringClass() != getDeclaringClass())
			throw new ClassCastException();
		return ordinal - other.ordinal;
	}

	@SuppressWarnings("unchecked")
	public final Class<E> getDeclaringClass() {
		Class<?> c = getClass();
		Class<?> s = c.getSuperclass();
		return (s == Enum.class) ? (Class<E>) c : (Class<E>) s;
	}

	@SuppressWarnings("unchecked")
	public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
		Object[] values = phantom.jrt.Rt.enumValues(enumClass);
		if (values == null)
			throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
		if (name == null)
			throw new NullPointerException("Name is null");
		for (int i = 0; i < values.length; i++)
			if (((Enum<?>) values[i]).name.equals(name))
				return (T) values[i];
		throw new IllegalArgumentException(
				"No enum constant " + enumClass.getCanonicalName() + "." + name);
	}
}
