/*
 * java.util.ImmutableCollections - what List.of, Set.of and Map.of (and
 * their copyOf) return: unmodifiable (every change throws
 * UnsupportedOperationException), no null elements, keys or values (and
 * contains(null) throws NullPointerException, as the JDK's do). The JDK
 * randomises the iteration order of Set.of and Map.of per run; here it is
 * the order given.
 */
package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

final class ImmutableCollections {
	private ImmutableCollections() {
	}

	static UnsupportedOperationException uoe() {
		return new UnsupportedOperationException();
	}

	@SafeVarargs
	static <E> List<E> listOf(E... es) {
		Object[] a = new Object[es.length];
		for (int i = 0; i < es.length; i++)
			a[i] = Objects.requireNonNull(es[i]);
		return new ListN<E>(a);
	}

	@SafeVarargs
	static <E> Set<E> setOf(E... es) {
		Object[] a = new Object[es.length];
		HashSet<Object> seen = new HashSet<Object>();
		for (int i = 0; i < es.length; i++) {
			a[i] = Objects.requireNonNull(es[i]);
			if (!seen.add(a[i]))
				throw new IllegalArgumentException("duplicate element: " + a[i]);
		}
		return new SetN<E>(a);
	}

	static <E> Set<E> setOfDistinct(Object[] a) {
		for (int i = 0; i < a.length; i++)
			Objects.requireNonNull(a[i]);
		return new SetN<E>(a);
	}

	static <K, V> Map<K, V> mapOf(Object... kv) {
		Object[] a = new Object[kv.length];
		HashMap<Object, Object> seen = new HashMap<Object, Object>();
		for (int i = 0; i < kv.length; i += 2) {
			a[i] = Objects.requireNonNull(kv[i]);
			a[i + 1] = Objects.requireNonNull(kv[i + 1]);
			if (seen.put(a[i], a[i + 1]) != null)
				throw new IllegalArgumentException("duplicate key: " + a[i]);
		}
		return new MapN<K, V>(a, seen);
	}

	static final class ListN<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
		private final Object[] elements;

		ListN(Object[] elements) {
			this.elements = elements;
		}

		@SuppressWarnings("unchecked")
		public E get(int index) {
			if (elements.length <= 2 && (index < 0 || index >= elements.length))
				throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
			return (E) elements[index];
		}

		public int size() {
			return elements.length;
		}

		public boolean isEmpty() {
			return elements.length == 0;
		}

		public int indexOf(Object o) {
			Objects.requireNonNull(o);
			for (int i = 0; i < elements.length; i++)
				if (o.equals(elements[i]))
					return i;
			return -1;
		}

		public int lastIndexOf(Object o) {
			Objects.requireNonNull(o);
			for (int i = elements.length - 1; i >= 0; i--)
				if (o.equals(elements[i]))
					return i;
			return -1;
		}

		public boolean contains(Object o) {
			return indexOf(o) >= 0;
		}

		public Object[] toArray() {
			return Arrays.copyOf(elements, elements.length);
		}

		public boolean add(E e) {
			throw uoe();
		}

		public void add(int index, E e) {
			throw uoe();
		}

		public boolean addAll(Collection<? extends E> c) {
			throw uoe();
		}

		public boolean addAll(int index, Collection<? extends E> c) {
			throw uoe();
		}

		public void clear() {
			throw uoe();
		}

		public boolean remove(Object o) {
			throw uoe();
		}

		public E remove(int index) {
			throw uoe();
		}

		public boolean removeAll(Collection<?> c) {
			throw uoe();
		}

		public boolean removeIf(Predicate<? super E> filter) {
			throw uoe();
		}

		public void replaceAll(UnaryOperator<E> operator) {
			throw uoe();
		}

		public boolean retainAll(Collection<?> c) {
			throw uoe();
		}

		public E set(int index, E element) {
			throw uoe();
		}

		public void sort(Comparator<? super E> c) {
			throw uoe();
		}
	}

	static final class SetN<E> extends AbstractSet<E> implements java.io.Serializable {
		private final Object[] elements;

		SetN(Object[] elements) {
			this.elements = elements;
		}

		public int size() {
			return elements.length;
		}

		public boolean isEmpty() {
			return elements.length == 0;
		}

		public boolean contains(Object o) {
			Objects.requireNonNull(o);
			for (int i = 0; i < elements.length; i++)
				if (o.equals(elements[i]))
					return true;
			return false;
		}

		public Iterator<E> iterator() {
			return new Iterator<E>() {
				int i = 0;

				public boolean hasNext() {
					return i < elements.length;
				}

				@SuppressWarnings("unchecked")
				public E next() {
					if (i >= elements.length)
						throw new NoSuchElementException();
					return (E) elements[i++];
				}
			};
		}

		public boolean add(E e) {
			throw uoe();
		}

		public boolean addAll(Collection<? extends E> c) {
			throw uoe();
		}

		public void clear() {
			throw uoe();
		}

		public boolean remove(Object o) {
			throw uoe();
		}

		public boolean removeAll(Collection<?> c) {
			throw uoe();
		}

		public boolean removeIf(Predicate<? super E> filter) {
			throw uoe();
		}

		public boolean retainAll(Collection<?> c) {
			throw uoe();
		}
	}

	static final class MapN<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
		private final Object[] table; /* key, value, key, value ... in order */
		private final HashMap<Object, Object> index;

		MapN(Object[] table, HashMap<Object, Object> index) {
			this.table = table;
			this.index = index;
		}

		@SuppressWarnings("unchecked")
		public V get(Object o) {
			Objects.requireNonNull(o);
			return (V) index.get(o);
		}

		public boolean containsKey(Object o) {
			Objects.requireNonNull(o);
			return index.containsKey(o);
		}

		public boolean containsValue(Object o) {
			Objects.requireNonNull(o);
			return index.containsValue(o);
		}

		public int size() {
			return table.length / 2;
		}

		public boolean isEmpty() {
			return table.length == 0;
		}

		public Set<Map.Entry<K, V>> entrySet() {
			return new AbstractSet<Map.Entry<K, V>>() {
				public int size() {
					return MapN.this.size();
				}

				public Iterator<Map.Entry<K, V>> iterator() {
					return new Iterator<Map.Entry<K, V>>() {
						int i = 0;

						public boolean hasNext() {
							return i < table.length;
						}

						@SuppressWarnings("unchecked")
						public Map.Entry<K, V> next() {
							if (i >= table.length)
								throw new NoSuchElementException();
							Map.Entry<K, V> e = new KeyValueHolder<K, V>((K) table[i], (V) table[i + 1]);
							i += 2;
							return e;
						}
					};
				}
			};
		}

		public void clear() {
			throw uoe();
		}

		public V put(K key, V value) {
			throw uoe();
		}

		public void putAll(Map<? extends K, ? extends V> m) {
			throw uoe();
		}

		public V remove(Object key) {
			throw uoe();
		}

		public V putIfAbsent(K key, V value) {
			throw uoe();
		}

		public boolean remove(Object key, Object value) {
			throw uoe();
		}

		public boolean replace(K key, V oldValue, V newValue) {
			throw uoe();
		}

		public V replace(K key, V value) {
			throw uoe();
		}

		public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
			throw uoe();
		}

		public V computeIfPresent(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
			throw uoe();
		}

		public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
			throw uoe();
		}

		public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
			throw uoe();
		}

		public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
			throw uoe();
		}
	}
}
