/*
 * java.util.EnumSet - a set of an enum's constants kept by ordinal, so it
 * iterates in declaration order. The constants of the enum (for allOf,
 * range, complementOf) come from its $VALUES (phantom.jrt.Rt.enumValues):
 * an enum class whose initialiser has not run yet has none, and those
 * factories then throw. A set made by noneOf, of or copyOf needs no list:
 * it keeps the constants added to it.
 */
package java.util;

public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
	final Class<E> elementType;

	EnumSet(Class<E> elementType) {
		this.elementType = elementType;
	}

	@SuppressWarnings("unchecked")
	static <E extends Enum<E>> E[] universe(Class<E> elementType) {
		Object[] v = phantom.jrt.Rt.enumValues(elementType);
		if (v == null)
			throw new ClassCastException(elementType + " not an enum");
		return (E[]) v;
	}

	public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
		return new Regular<E>(elementType);
	}

	public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
		EnumSet<E> s = noneOf(elementType);
		for (E e : universe(elementType))
			s.add(e);
		return s;
	}

	public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
		return s.clone();
	}

	public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
		if (c instanceof EnumSet)
			return ((EnumSet<E>) c).clone();
		if (c.isEmpty())
			throw new IllegalArgumentException("Collection is empty");
		Iterator<E> i = c.iterator();
		E first = i.next();
		EnumSet<E> result = of(first);
		while (i.hasNext())
			result.add(i.next());
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
		EnumSet<E> result = noneOf(s.elementType);
		for (E e : universe(s.elementType))
			if (!s.contains(e))
				result.add(e);
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> of(E e) {
		EnumSet<E> result = noneOf(e.getDeclaringClass());
		result.add(e);
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
		EnumSet<E> result = of(e1);
		result.add(e2);
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
		EnumSet<E> result = of(e1, e2);
		result.add(e3);
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
		EnumSet<E> result = of(e1, e2, e3);
		result.add(e4);
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
		EnumSet<E> result = of(e1, e2, e3, e4);
		result.add(e5);
		return result;
	}

	@SafeVarargs
	public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
		EnumSet<E> result = of(first);
		for (E e : rest)
			result.add(e);
		return result;
	}

	public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
		if (from.compareTo(to) > 0)
			throw new IllegalArgumentException(from + " > " + to);
		EnumSet<E> result = noneOf(from.getDeclaringClass());
		E[] u = universe(from.getDeclaringClass());
		for (int i = from.ordinal(); i <= to.ordinal(); i++)
			result.add(u[i]);
		return result;
	}

	@SuppressWarnings("unchecked")
	public EnumSet<E> clone() {
		EnumSet<E> s = noneOf(elementType);
		s.addAll(this);
		return s;
	}

	/* the constants present, at their ordinals (null: absent) */
	static final class Regular<E extends Enum<E>> extends EnumSet<E> {
		private Object[] slots = new Object[8];
		private int size;
		private int modCount;

		Regular(Class<E> elementType) {
			super(elementType);
		}

		private void check(Object e) {
			if (e == null)
				throw new NullPointerException();
			Class<?> c = e.getClass();
			if (c != elementType && c.getSuperclass() != elementType)
				throw new ClassCastException(c + " != " + elementType);
		}

		public boolean add(E e) {
			check(e);
			int i = e.ordinal();
			if (i >= slots.length)
				slots = Arrays.copyOf(slots, Math.max(i + 1, slots.length * 2));
			if (slots[i] != null)
				return false;
			slots[i] = e;
			size++;
			modCount++;
			return true;
		}

		public boolean contains(Object o) {
			if (!(o instanceof Enum))
				return false;
			int i = ((Enum<?>) o).ordinal();
			return i < slots.length && slots[i] == o;
		}

		public boolean remove(Object o) {
			if (!contains(o))
				return false;
			slots[((Enum<?>) o).ordinal()] = null;
			size--;
			modCount++;
			return true;
		}

		public int size() {
			return size;
		}

		public void clear() {
			Arrays.fill(slots, null);
			size = 0;
			modCount++;
		}

		public Iterator<E> iterator() {
			return new Iterator<E>() {
				int next = advance(0), last = -1, expected = modCount;

				private int advance(int i) {
					while (i < slots.length && slots[i] == null)
						i++;
					return i;
				}

				public boolean hasNext() {
					return next < slots.length;
				}

				@SuppressWarnings("unchecked")
				public E next() {
					if (expected != modCount)
						throw new ConcurrentModificationException();
					if (next >= slots.length)
						throw new NoSuchElementException();
					last = next;
					next = advance(next + 1);
					return (E) slots[last];
				}

				public void remove() {
					if (last < 0)
						throw new IllegalStateException();
					if (expected != modCount)
						throw new ConcurrentModificationException();
					slots[last] = null;
					size--;
					modCount++;
					expected = modCount;
					last = -1;
				}
			};
		}
	}
}
