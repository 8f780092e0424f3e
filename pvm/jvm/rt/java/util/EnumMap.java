/*
 * java.util.EnumMap - values kept at their keys' ordinals, so the map
 * iterates in declaration order. Keys are kept beside the values (no list
 * of the enum's constants is needed).
 */
package java.util;

public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
	private final Class<K> keyType;
	private Object[] keys = new Object[8];
	private Object[] vals = new Object[8];
	private int size;
	private int modCount;
	private static final Object NULL = new Object(); /* a null value */

	public EnumMap(Class<K> keyType) {
		this.keyType = keyType;
	}

	public EnumMap(EnumMap<K, ? extends V> m) {
		this.keyType = m.keyType;
		putAll(m);
	}

	@SuppressWarnings("unchecked")
	public EnumMap(Map<K, ? extends V> m) {
		if (m instanceof EnumMap) {
			this.keyType = ((EnumMap<K, ?>) m).keyType;
		} else {
			if (m.isEmpty())
				throw new IllegalArgumentException("Specified map is empty");
			this.keyType = m.keySet().iterator().next().getDeclaringClass();
		}
		putAll(m);
	}

	private int index(Object key) {
		if (key == null) /* the JDK's message: its typeCheck calls getClass() */
			throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"key\" is null");
		Class<?> c = key.getClass();
		if (c != keyType && c.getSuperclass() != keyType)
			throw new ClassCastException(c + " != " + keyType);
		return ((Enum<?>) key).ordinal();
	}

	private boolean valid(Object key) {
		if (!(key instanceof Enum))
			return false;
		int i = ((Enum<?>) key).ordinal();
		return i < keys.length && keys[i] == key;
	}

	@SuppressWarnings("unchecked")
	private V unmask(Object v) {
		return v == NULL ? null : (V) v;
	}

	public int size() {
		return size;
	}

	public boolean containsValue(Object value) {
		Object v = value == null ? NULL : value;
		for (int i = 0; i < vals.length; i++)
			if (keys[i] != null && v.equals(vals[i]))
				return true;
		return false;
	}

	public boolean containsKey(Object key) {
		return valid(key);
	}

	public V get(Object key) {
		return valid(key) ? unmask(vals[((Enum<?>) key).ordinal()]) : null;
	}

	public V put(K key, V value) {
		int i = index(key);
		if (i >= keys.length) {
			int n = Math.max(i + 1, keys.length * 2);
			keys = Arrays.copyOf(keys, n);
			vals = Arrays.copyOf(vals, n);
		}
		V old = keys[i] != null ? unmask(vals[i]) : null;
		if (keys[i] == null) {
			size++;
			modCount++;
		}
		keys[i] = key;
		vals[i] = value == null ? NULL : value;
		return old;
	}

	public V remove(Object key) {
		if (!valid(key))
			return null;
		int i = ((Enum<?>) key).ordinal();
		V old = unmask(vals[i]);
		keys[i] = null;
		vals[i] = null;
		size--;
		modCount++;
		return old;
	}

	public void clear() {
		Arrays.fill(keys, null);
		Arrays.fill(vals, null);
		size = 0;
		modCount++;
	}

	public Set<Map.Entry<K, V>> entrySet() {
		return new AbstractSet<Map.Entry<K, V>>() {
			public int size() {
				return size;
			}

			public Iterator<Map.Entry<K, V>> iterator() {
				return new Iterator<Map.Entry<K, V>>() {
					int next = advance(0), last = -1, expected = modCount;

					private int advance(int i) {
						while (i < keys.length && keys[i] == null)
							i++;
						return i;
					}

					public boolean hasNext() {
						return next < keys.length;
					}

					public Map.Entry<K, V> next() {
						if (expected != modCount)
							throw new ConcurrentModificationException();
						if (next >= keys.length)
							throw new NoSuchElementException();
						last = next;
						next = advance(next + 1);
						final int at = last;
						return new Map.Entry<K, V>() {
							@SuppressWarnings("unchecked")
							public K getKey() {
								return (K) keys[at];
							}

							public V getValue() {
								return unmask(vals[at]);
							}

							public V setValue(V value) {
								V old = unmask(vals[at]);
								vals[at] = value == null ? NULL : value;
								return old;
							}

							public boolean equals(Object o) {
								if (!(o instanceof Map.Entry))
									return false;
								Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
								return keys[at] == e.getKey() && Objects.equals(getValue(), e.getValue());
							}

							public int hashCode() {
								return keys[at].hashCode() ^ Objects.hashCode(getValue());
							}

							public String toString() {
								return keys[at] + "=" + getValue();
							}
						};
					}

					public void remove() {
						if (last < 0)
							throw new IllegalStateException();
						if (expected != modCount)
							throw new ConcurrentModificationException();
						keys[last] = null;
						vals[last] = null;
						size--;
						modCount++;
						expected = modCount;
						last = -1;
					}
				};
			}
		};
	}

	public EnumMap<K, V> clone() {
		return new EnumMap<K, V>(this);
	}
}
