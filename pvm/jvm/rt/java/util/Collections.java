/*
 * java.util.Collections - as in the JDK: algorithms over lists (sort is
 * List.sort: stable; shuffle does the JDK's swaps, so a seeded Random
 * gives the same order), the unmodifiable wrappers (toString, equals and
 * hashCode of the wrapped collection), the empty and singleton
 * collections, and the comparators Comparator's statics return.
 */
package java.util;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class Collections {
	private Collections() {
	}

	static UnsupportedOperationException uoe() {
		return new UnsupportedOperationException();
	}

	/* ---------------------------------------------------------------- algorithms */

	@SuppressWarnings("unchecked")
	public static <T extends Comparable<? super T>> void sort(List<T> list) {
		list.sort(null);
	}

	public static <T> void sort(List<T> list, Comparator<? super T> c) {
		list.sort(c);
	}

	@SuppressWarnings("unchecked")
	public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
		int low = 0, high = list.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int cmp = list.get(mid).compareTo(key);
			if (cmp < 0)
				low = mid + 1;
			else if (cmp > 0)
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	@SuppressWarnings("unchecked")
	public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
		if (c == null)
			return binarySearch((List<? extends Comparable<? super T>>) list, key);
		int low = 0, high = list.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int cmp = c.compare(list.get(mid), key);
			if (cmp < 0)
				low = mid + 1;
			else if (cmp > 0)
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void reverse(List<?> list) {
		List l = list;
		for (int i = 0, j = l.size() - 1; i < j; i++, j--)
			l.set(i, l.set(j, l.get(i)));
	}

	private static Random r;

	public static void shuffle(List<?> list) {
		if (r == null)
			r = new Random();
		shuffle(list, r);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void shuffle(List<?> list, Random rnd) {
		int size = list.size();
		Object[] arr = list.toArray();
		for (int i = size; i > 1; i--) {
			int j = rnd.nextInt(i);
			Object t = arr[i - 1];
			arr[i - 1] = arr[j];
			arr[j] = t;
		}
		ListIterator it = list.listIterator();
		for (Object e : arr) {
			it.next();
			it.set(e);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static void swap(List<?> list, int i, int j) {
		final List l = list;
		l.set(i, l.set(j, l.get(i)));
	}

	public static <T> void fill(List<? super T> list, T obj) {
		for (ListIterator<? super T> it = list.listIterator(); it.hasNext();) {
			it.next();
			it.set(obj);
		}
	}

	public static <T> void copy(List<? super T> dest, List<? extends T> src) {
		int srcSize = src.size();
		if (srcSize > dest.size())
			throw new IndexOutOfBoundsException("Source does not fit in dest");
		for (int i = 0; i < srcSize; i++)
			dest.set(i, src.get(i));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
		Iterator<? extends T> i = coll.iterator();
		T candidate = i.next();
		while (i.hasNext()) {
			T next = i.next();
			if (((Comparable) next).compareTo(candidate) < 0)
				candidate = next;
		}
		return candidate;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
		if (comp == null)
			return (T) min((Collection) coll);
		Iterator<? extends T> i = coll.iterator();
		T candidate = i.next();
		while (i.hasNext()) {
			T next = i.next();
			if (comp.compare(next, candidate) < 0)
				candidate = next;
		}
		return candidate;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
		Iterator<? extends T> i = coll.iterator();
		T candidate = i.next();
		while (i.hasNext()) {
			T next = i.next();
			if (((Comparable) next).compareTo(candidate) > 0)
				candidate = next;
		}
		return candidate;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
		if (comp == null)
			return (T) max((Collection) coll);
		Iterator<? extends T> i = coll.iterator();
		T candidate = i.next();
		while (i.hasNext()) {
			T next = i.next();
			if (comp.compare(next, candidate) > 0)
				candidate = next;
		}
		return candidate;
	}

	public static void rotate(List<?> list, int distance) {
		int size = list.size();
		if (size == 0)
			return;
		distance = distance % size;
		if (distance < 0)
			distance += size;
		if (distance == 0)
			return;
		reverse(list.subList(0, size - distance));
		reverse(list.subList(size - distance, size));
		reverse(list);
	}

	public static <T> boolean replaceAll(List<T> list, T oldVal, T newVal) {
		boolean result = false;
		for (ListIterator<T> it = list.listIterator(); it.hasNext();)
			if (Objects.equals(it.next(), oldVal)) {
				it.set(newVal);
				result = true;
			}
		return result;
	}

	public static int indexOfSubList(List<?> source, List<?> target) {
		int n = source.size(), m = target.size();
		for (int i = 0; i <= n - m; i++) {
			boolean ok = true;
			for (int j = 0; j < m && ok; j++)
				ok = Objects.equals(source.get(i + j), target.get(j));
			if (ok)
				return i;
		}
		return -1;
	}

	public static int lastIndexOfSubList(List<?> source, List<?> target) {
		int n = source.size(), m = target.size();
		for (int i = n - m; i >= 0; i--) {
			boolean ok = true;
			for (int j = 0; j < m && ok; j++)
				ok = Objects.equals(source.get(i + j), target.get(j));
			if (ok)
				return i;
		}
		return -1;
	}

	public static int frequency(Collection<?> c, Object o) {
		int result = 0;
		for (Object e : c)
			if (Objects.equals(o, e))
				result++;
		return result;
	}

	public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
		for (Object e : c1)
			if (c2.contains(e))
				return false;
		return true;
	}

	@SafeVarargs
	public static <T> boolean addAll(Collection<? super T> c, T... elements) {
		boolean result = false;
		for (T element : elements)
			result |= c.add(element);
		return result;
	}

	public static <T> ArrayList<T> list(Enumeration<T> e) {
		ArrayList<T> l = new ArrayList<T>();
		while (e.hasMoreElements())
			l.add(e.nextElement());
		return l;
	}

	public static <T> Enumeration<T> enumeration(final Collection<T> c) {
		return new Enumeration<T>() {
			private final Iterator<T> i = c.iterator();

			public boolean hasMoreElements() {
				return i.hasNext();
			}

			public T nextElement() {
				return i.next();
			}
		};
	}

	public static <E> Set<E> newSetFromMap(final Map<E, Boolean> map) {
		if (!map.isEmpty())
			throw new IllegalArgumentException("Map is non-empty");
		return new AbstractSet<E>() {
			public int size() {
				return map.size();
			}

			public boolean contains(Object o) {
				return map.containsKey(o);
			}

			public boolean add(E e) {
				return map.put(e, Boolean.TRUE) == null;
			}

			public boolean remove(Object o) {
				return map.remove(o) != null;
			}

			public void clear() {
				map.clear();
			}

			public Iterator<E> iterator() {
				return map.keySet().iterator();
			}
		};
	}

	/* ---------------------------------------------------------------- comparators */

	static final class NaturalOrder implements Comparator<Comparable<Object>> {
		static final NaturalOrder INSTANCE = new NaturalOrder();

		public int compare(Comparable<Object> c1, Comparable<Object> c2) {
			return c1.compareTo(c2);
		}

		public Comparator<Comparable<Object>> reversed() {
			return Collections.reverseOrder();
		}
	}

	private static final class ReverseComparator implements Comparator<Comparable<Object>> {
		static final ReverseComparator REVERSE_ORDER = new ReverseComparator();

		public int compare(Comparable<Object> c1, Comparable<Object> c2) {
			return c2.compareTo(c1);
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		public Comparator<Comparable<Object>> reversed() {
			return (Comparator) NaturalOrder.INSTANCE;
		}
	}

	private static final class ReverseComparator2<T> implements Comparator<T> {
		final Comparator<T> cmp;

		ReverseComparator2(Comparator<T> cmp) {
			this.cmp = cmp;
		}

		public int compare(T t1, T t2) {
			return cmp.compare(t2, t1);
		}

		public boolean equals(Object o) {
			return (o == this) || (o instanceof ReverseComparator2 && cmp.equals(((ReverseComparator2<?>) o).cmp));
		}

		public int hashCode() {
			return cmp.hashCode() ^ Integer.MIN_VALUE;
		}

		public Comparator<T> reversed() {
			return cmp;
		}
	}

	static final class NullComparator<T> implements Comparator<T> {
		private final boolean nullFirst;
		private final Comparator<T> real;

		@SuppressWarnings("unchecked")
		NullComparator(boolean nullFirst, Comparator<? super T> real) {
			this.nullFirst = nullFirst;
			this.real = (Comparator<T>) real;
		}

		public int compare(T a, T b) {
			if (a == null)
				return (b == null) ? 0 : (nullFirst ? -1 : 1);
			if (b == null)
				return nullFirst ? 1 : -1;
			return (real == null) ? 0 : real.compare(a, b);
		}

		public Comparator<T> thenComparing(Comparator<? super T> other) {
			Objects.requireNonNull(other);
			return new NullComparator<T>(nullFirst, real == null ? other : real.thenComparing(other));
		}

		public Comparator<T> reversed() {
			return new NullComparator<T>(!nullFirst, real == null ? null : real.reversed());
		}
	}

	@SuppressWarnings("unchecked")
	public static <T> Comparator<T> reverseOrder() {
		return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
	}

	@SuppressWarnings("unchecked")
	public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
		if (cmp == null)
			return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
		if (cmp == ReverseComparator.REVERSE_ORDER)
			return (Comparator<T>) NaturalOrder.INSTANCE;
		if (cmp == (Object) NaturalOrder.INSTANCE)
			return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
		if (cmp instanceof ReverseComparator2)
			return ((ReverseComparator2<T>) cmp).cmp;
		return new ReverseComparator2<T>(cmp);
	}

	/* ---------------------------------------------------------------- unmodifiable */

	static class UnmodifiableCollection<E> implements Collection<E>, java.io.Serializable {
		final Collection<? extends E> c;

		UnmodifiableCollection(Collection<? extends E> c) {
			if (c == null)
				throw new NullPointerException();
			this.c = c;
		}

		public int size() {
			return c.size();
		}

		public boolean isEmpty() {
			return c.isEmpty();
		}

		public boolean contains(Object o) {
			return c.contains(o);
		}

		public Object[] toArray() {
			return c.toArray();
		}

		public <T> T[] toArray(T[] a) {
			return c.toArray(a);
		}

		public String toString() {
			return c.toString();
		}

		public Iterator<E> iterator() {
			return new Iterator<E>() {
				private final Iterator<? extends E> i = c.iterator();

				public boolean hasNext() {
					return i.hasNext();
				}

				public E next() {
					return i.next();
				}

				public void remove() {
					throw uoe();
				}
			};
		}

		public boolean add(E e) {
			throw uoe();
		}

		public boolean remove(Object o) {
			throw uoe();
		}

		public boolean containsAll(Collection<?> coll) {
			return c.containsAll(coll);
		}

		public boolean addAll(Collection<? extends E> coll) {
			throw uoe();
		}

		public boolean removeAll(Collection<?> coll) {
			throw uoe();
		}

		public boolean retainAll(Collection<?> coll) {
			throw uoe();
		}

		public void clear() {
			throw uoe();
		}

		public void forEach(Consumer<? super E> action) {
			c.forEach(action);
		}

		public boolean removeIf(Predicate<? super E> filter) {
			throw uoe();
		}
	}

	public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
		return new UnmodifiableCollection<T>(c);
	}

	static class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
		UnmodifiableSet(Set<? extends E> s) {
			super(s);
		}

		public boolean equals(Object o) {
			return o == this || c.equals(o);
		}

		public int hashCode() {
			return c.hashCode();
		}
	}

	public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
		return new UnmodifiableSet<T>(s);
	}

	@SuppressWarnings("unchecked")
	public static <T> SortedSet<T> unmodifiableSortedSet(SortedSet<T> s) {
		return new UnmodifiableNavigableSet<T>(s instanceof NavigableSet ? (NavigableSet<T>) s : new TreeSet<T>(s));
	}

	public static <T> NavigableSet<T> unmodifiableNavigableSet(NavigableSet<T> s) {
		return new UnmodifiableNavigableSet<T>(s);
	}

	static class UnmodifiableNavigableSet<E> extends UnmodifiableSet<E> implements NavigableSet<E> {
		private final NavigableSet<E> ns;

		UnmodifiableNavigableSet(NavigableSet<E> s) {
			super(s);
			ns = s;
		}

		public Comparator<? super E> comparator() {
			return ns.comparator();
		}

		public E first() {
			return ns.first();
		}

		public E last() {
			return ns.last();
		}

		public E lower(E e) {
			return ns.lower(e);
		}

		public E floor(E e) {
			return ns.floor(e);
		}

		public E ceiling(E e) {
			return ns.ceiling(e);
		}

		public E higher(E e) {
			return ns.higher(e);
		}

		public E pollFirst() {
			throw uoe();
		}

		public E pollLast() {
			throw uoe();
		}

		public NavigableSet<E> descendingSet() {
			return new UnmodifiableNavigableSet<E>(ns.descendingSet());
		}

		public Iterator<E> descendingIterator() {
			return descendingSet().iterator();
		}

		public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
			return new UnmodifiableNavigableSet<E>(ns.subSet(fromElement, fromInclusive, toElement, toInclusive));
		}

		public NavigableSet<E> headSet(E toElement, boolean inclusive) {
			return new UnmodifiableNavigableSet<E>(ns.headSet(toElement, inclusive));
		}

		public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
			return new UnmodifiableNavigableSet<E>(ns.tailSet(fromElement, inclusive));
		}

		public SortedSet<E> subSet(E fromElement, E toElement) {
			return subSet(fromElement, true, toElement, false);
		}

		public SortedSet<E> headSet(E toElement) {
			return headSet(toElement, false);
		}

		public SortedSet<E> tailSet(E fromElement) {
			return tailSet(fromElement, true);
		}
	}

	static class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E> {
		final List<? extends E> list;

		UnmodifiableList(List<? extends E> list) {
			super(list);
			this.list = list;
		}

		public boolean equals(Object o) {
			return o == this || list.equals(o);
		}

		public int hashCode() {
			return list.hashCode();
		}

		public E get(int index) {
			return list.get(index);
		}

		public E set(int index, E element) {
			throw uoe();
		}

		public void add(int index, E element) {
			throw uoe();
		}

		public E remove(int index) {
			throw uoe();
		}

		public int indexOf(Object o) {
			return list.indexOf(o);
		}

		public int lastIndexOf(Object o) {
			return list.lastIndexOf(o);
		}

		public boolean addAll(int index, Collection<? extends E> c) {
			throw uoe();
		}

		public void replaceAll(UnaryOperator<E> operator) {
			throw uoe();
		}

		public void sort(Comparator<? super E> c) {
			throw uoe();
		}

		public ListIterator<E> listIterator() {
			return listIterator(0);
		}

		public ListIterator<E> listIterator(final int index) {
			return new ListIterator<E>() {
				private final ListIterator<? extends E> i = list.listIterator(index);

				public boolean hasNext() {
					return i.hasNext();
				}

				public E next() {
					return i.next();
				}

				public boolean hasPrevious() {
					return i.hasPrevious();
				}

				public E previous() {
					return i.previous();
				}

				public int nextIndex() {
					return i.nextIndex();
				}

				public int previousIndex() {
					return i.previousIndex();
				}

				public void remove() {
					throw uoe();
				}

				public void set(E e) {
					throw uoe();
				}

				public void add(E e) {
					throw uoe();
				}
			};
		}

		public List<E> subList(int fromIndex, int toIndex) {
			return new UnmodifiableList<E>(list.subList(fromIndex, toIndex));
		}
	}

	static class UnmodifiableRandomAccessList<E> extends UnmodifiableList<E> implements RandomAccess {
		UnmodifiableRandomAccessList(List<? extends E> list) {
			super(list);
		}
	}

	public static <T> List<T> unmodifiableList(List<? extends T> list) {
		return list instanceof RandomAccess ? new UnmodifiableRandomAccessList<T>(list)
				: new UnmodifiableList<T>(list);
	}

	private static class UnmodifiableMap<K, V> implements Map<K, V>, java.io.Serializable {
		final Map<? extends K, ? extends V> m;

		UnmodifiableMap(Map<? extends K, ? extends V> m) {
			if (m == null)
				throw new NullPointerException();
			this.m = m;
		}

		public int size() {
			return m.size();
		}

		public boolean isEmpty() {
			return m.isEmpty();
		}

		public boolean containsKey(Object key) {
			return m.containsKey(key);
		}

		public boolean containsValue(Object val) {
			return m.containsValue(val);
		}

		public V get(Object key) {
			return m.get(key);
		}

		public V put(K key, V value) {
			throw uoe();
		}

		public V remove(Object key) {
			throw uoe();
		}

		public void putAll(Map<? extends K, ? extends V> m) {
			throw uoe();
		}

		public void clear() {
			throw uoe();
		}

		public Set<K> keySet() {
			return unmodifiableSet(m.keySet());
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		public Set<Map.Entry<K, V>> entrySet() {
			final Set<? extends Map.Entry<? extends K, ? extends V>> es = m.entrySet();
			return new UnmodifiableSet<Map.Entry<K, V>>((Set) es) {
				public Iterator<Map.Entry<K, V>> iterator() {
					final Iterator<? extends Map.Entry<? extends K, ? extends V>> i = es.iterator();
					return new Iterator<Map.Entry<K, V>>() {
						public boolean hasNext() {
							return i.hasNext();
						}

						public Map.Entry<K, V> next() {
							final Map.Entry<? extends K, ? extends V> e = i.next();
							return new Map.Entry<K, V>() {
								public K getKey() {
									return e.getKey();
								}

								public V getValue() {
									return e.getValue();
								}

								public V setValue(V value) {
									throw uoe();
								}

								public int hashCode() {
									return e.hashCode();
								}

								public boolean equals(Object o) {
									if (this == o)
										return true;
									if (!(o instanceof Map.Entry))
										return false;
									Map.Entry<?, ?> t = (Map.Entry<?, ?>) o;
									return Objects.equals(e.getKey(), t.getKey())
											&& Objects.equals(e.getValue(), t.getValue());
								}

								public String toString() {
									return e.toString();
								}
							};
						}

						public void remove() {
							throw uoe();
						}
					};
				}
			};
		}

		public Collection<V> values() {
			return unmodifiableCollection(m.values());
		}

		public boolean equals(Object o) {
			return o == this || m.equals(o);
		}

		public int hashCode() {
			return m.hashCode();
		}

		public String toString() {
			return m.toString();
		}

		@SuppressWarnings("unchecked")
		public V getOrDefault(Object k, V defaultValue) {
			return ((Map<K, V>) m).getOrDefault(k, defaultValue);
		}

		@SuppressWarnings("unchecked")
		public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
			((Map<K, V>) m).forEach(action);
		}

		public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
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

		public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
			throw uoe();
		}

		public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
			throw uoe();
		}

		public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
			throw uoe();
		}

		public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
			throw uoe();
		}
	}

	public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
		return new UnmodifiableMap<K, V>(m);
	}

	@SuppressWarnings("unchecked")
	public static <K, V> SortedMap<K, V> unmodifiableSortedMap(SortedMap<K, ? extends V> m) {
		return new UnmodifiableSortedMap<K, V>((SortedMap<K, V>) m);
	}

	private static class UnmodifiableSortedMap<K, V> extends UnmodifiableMap<K, V> implements SortedMap<K, V> {
		private final SortedMap<K, ? extends V> sm;

		UnmodifiableSortedMap(SortedMap<K, ? extends V> m) {
			super(m);
			sm = m;
		}

		public Comparator<? super K> comparator() {
			return sm.comparator();
		}

		public SortedMap<K, V> subMap(K fromKey, K toKey) {
			return new UnmodifiableSortedMap<K, V>(sm.subMap(fromKey, toKey));
		}

		public SortedMap<K, V> headMap(K toKey) {
			return new UnmodifiableSortedMap<K, V>(sm.headMap(toKey));
		}

		public SortedMap<K, V> tailMap(K fromKey) {
			return new UnmodifiableSortedMap<K, V>(sm.tailMap(fromKey));
		}

		public K firstKey() {
			return sm.firstKey();
		}

		public K lastKey() {
			return sm.lastKey();
		}
	}

	public static <T> Collection<T> synchronizedCollection(Collection<T> c) {
		return c;
	}

	public static <T> List<T> synchronizedList(List<T> list) {
		return list;
	}

	public static <T> Set<T> synchronizedSet(Set<T> s) {
		return s;
	}

	public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {
		return m;
	}

	/* ---------------------------------------------------------------- empty, singleton */

	@SuppressWarnings("rawtypes")
	public static final List EMPTY_LIST = new EmptyList<Object>();
	@SuppressWarnings("rawtypes")
	public static final Set EMPTY_SET = new EmptySet<Object>();
	@SuppressWarnings("rawtypes")
	public static final Map EMPTY_MAP = new EmptyMap<Object, Object>();

	@SuppressWarnings("unchecked")
	public static <T> Iterator<T> emptyIterator() {
		return (Iterator<T>) EmptyIterator.EMPTY_ITERATOR;
	}

	private static class EmptyIterator<E> implements Iterator<E>, ListIterator<E> {
		static final EmptyIterator<Object> EMPTY_ITERATOR = new EmptyIterator<Object>();

		public boolean hasNext() {
			return false;
		}

		public E next() {
			throw new NoSuchElementException();
		}

		public boolean hasPrevious() {
			return false;
		}

		public E previous() {
			throw new NoSuchElementException();
		}

		public int nextIndex() {
			return 0;
		}

		public int previousIndex() {
			return -1;
		}

		public void remove() {
			throw new IllegalStateException();
		}

		public void set(E e) {
			throw new IllegalStateException();
		}

		public void add(E e) {
			throw uoe();
		}
	}

	@SuppressWarnings("unchecked")
	public static <T> ListIterator<T> emptyListIterator() {
		return (ListIterator<T>) EmptyIterator.EMPTY_ITERATOR;
	}

	@SuppressWarnings("unchecked")
	public static <T> Enumeration<T> emptyEnumeration() {
		return new Enumeration<T>() {
			public boolean hasMoreElements() {
				return false;
			}

			public T nextElement() {
				throw new NoSuchElementException();
			}
		};
	}

	@SuppressWarnings("unchecked")
	public static final <T> Set<T> emptySet() {
		return (Set<T>) EMPTY_SET;
	}

	private static class EmptySet<E> extends AbstractSet<E> implements java.io.Serializable {
		public Iterator<E> iterator() {
			return emptyIterator();
		}

		public int size() {
			return 0;
		}

		public boolean isEmpty() {
			return true;
		}

		public boolean contains(Object obj) {
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	public static final <T> List<T> emptyList() {
		return (List<T>) EMPTY_LIST;
	}

	private static class EmptyList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
		public Iterator<E> iterator() {
			return emptyIterator();
		}

		public ListIterator<E> listIterator() {
			return emptyListIterator();
		}

		public int size() {
			return 0;
		}

		public boolean isEmpty() {
			return true;
		}

		public boolean contains(Object obj) {
			return false;
		}

		public E get(int index) {
			throw new IndexOutOfBoundsException("Index: " + index);
		}

		public void sort(Comparator<? super E> c) {
		}
	}

	@SuppressWarnings("unchecked")
	public static final <K, V> Map<K, V> emptyMap() {
		return (Map<K, V>) EMPTY_MAP;
	}

	private static class EmptyMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
		public int size() {
			return 0;
		}

		public boolean isEmpty() {
			return true;
		}

		public boolean containsKey(Object key) {
			return false;
		}

		public boolean containsValue(Object value) {
			return false;
		}

		public V get(Object key) {
			return null;
		}

		public Set<Map.Entry<K, V>> entrySet() {
			return emptySet();
		}
	}

	public static <T> Set<T> singleton(T o) {
		return new SingletonSet<T>(o);
	}

	private static class SingletonSet<E> extends AbstractSet<E> implements java.io.Serializable {
		private final E element;

		SingletonSet(E e) {
			element = e;
		}

		public Iterator<E> iterator() {
			return singletonIterator(element);
		}

		public int size() {
			return 1;
		}

		public boolean contains(Object o) {
			return Objects.equals(o, element);
		}

		public boolean removeIf(Predicate<? super E> filter) {
			throw uoe();
		}
	}

	static <E> Iterator<E> singletonIterator(final E e) {
		return new Iterator<E>() {
			private boolean hasNext = true;

			public boolean hasNext() {
				return hasNext;
			}

			public E next() {
				if (hasNext) {
					hasNext = false;
					return e;
				}
				throw new NoSuchElementException();
			}

			public void remove() {
				throw uoe();
			}
		};
	}

	public static <T> List<T> singletonList(T o) {
		return new SingletonList<T>(o);
	}

	private static class SingletonList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
		private final E element;

		SingletonList(E obj) {
			element = obj;
		}

		public Iterator<E> iterator() {
			return singletonIterator(element);
		}

		public int size() {
			return 1;
		}

		public boolean contains(Object obj) {
			return Objects.equals(obj, element);
		}

		public E get(int index) {
			if (index != 0)
				throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
			return element;
		}

		public boolean removeIf(Predicate<? super E> filter) {
			throw uoe();
		}

		public void replaceAll(UnaryOperator<E> operator) {
			throw uoe();
		}

		public void sort(Comparator<? super E> c) {
		}
	}

	public static <K, V> Map<K, V> singletonMap(K key, V value) {
		return new SingletonMap<K, V>(key, value);
	}

	private static class SingletonMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
		private final K k;
		private final V v;

		SingletonMap(K key, V value) {
			k = key;
			v = value;
		}

		public int size() {
			return 1;
		}

		public boolean isEmpty() {
			return false;
		}

		public boolean containsKey(Object key) {
			return Objects.equals(key, k);
		}

		public boolean containsValue(Object value) {
			return Objects.equals(value, v);
		}

		public V get(Object key) {
			return Objects.equals(key, k) ? v : null;
		}

		public Set<Map.Entry<K, V>> entrySet() {
			return Collections.<Map.Entry<K, V>>singleton(new AbstractMap.SimpleImmutableEntry<K, V>(k, v));
		}
	}

	public static <T> List<T> nCopies(int n, T o) {
		if (n < 0)
			throw new IllegalArgumentException("List length = " + n);
		return new CopiesList<T>(n, o);
	}

	private static class CopiesList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
		final int n;
		final E element;

		CopiesList(int n, E e) {
			this.n = n;
			element = e;
		}

		public int size() {
			return n;
		}

		public boolean contains(Object obj) {
			return n != 0 && Objects.equals(obj, element);
		}

		public int indexOf(Object o) {
			return contains(o) ? 0 : -1;
		}

		public int lastIndexOf(Object o) {
			return contains(o) ? n - 1 : -1;
		}

		public E get(int index) {
			if (index < 0 || index >= n)
				throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
			return element;
		}

		public Object[] toArray() {
			final Object[] a = new Object[n];
			if (element != null)
				Arrays.fill(a, 0, n, element);
			return a;
		}
	}
}
