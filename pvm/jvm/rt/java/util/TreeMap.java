/*
 * java.util.TreeMap - a red-black tree (Cormen et al.), ordered by the
 * keys' compareTo or a Comparator. Invariants: the root is black, a red
 * node has black children, every path from a node down to a leaf passes
 * the same number of black nodes; hence O(log n) height. Views (keySet,
 * entrySet, descendingMap, subMap, headMap, tailMap) are live, bounded by
 * an optional low and high key, and their iterators fail fast.
 */
package java.util;

import java.util.function.BiConsumer;

public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
	private static final boolean RED = false;
	private static final boolean BLACK = true;

	private final Comparator<? super K> comparator;
	private transient Entry<K, V> root;
	private transient int size = 0;
	private transient int modCount = 0;

	static final class Entry<K, V> implements Map.Entry<K, V> {
		K key;
		V value;
		Entry<K, V> left, right, parent;
		boolean color = BLACK;

		Entry(K key, V value, Entry<K, V> parent) {
			this.key = key;
			this.value = value;
			this.parent = parent;
		}

		public K getKey() {
			return key;
		}

		public V getValue() {
			return value;
		}

		public V setValue(V value) {
			V oldValue = this.value;
			this.value = value;
			return oldValue;
		}

		public boolean equals(Object o) {
			if (!(o instanceof Map.Entry))
				return false;
			Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
			return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
		}

		public int hashCode() {
			return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
		}

		public String toString() {
			return key + "=" + value;
		}
	}

	public TreeMap() {
		comparator = null;
	}

	public TreeMap(Comparator<? super K> comparator) {
		this.comparator = comparator;
	}

	public TreeMap(Map<? extends K, ? extends V> m) {
		comparator = null;
		putAll(m);
	}

	public TreeMap(SortedMap<K, ? extends V> m) {
		comparator = m.comparator();
		putAll(m);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	final int compare(Object k1, Object k2) {
		return comparator == null ? ((Comparable) k1).compareTo(k2) : comparator.compare((K) k1, (K) k2);
	}

	public int size() {
		return size;
	}

	public Comparator<? super K> comparator() {
		return comparator;
	}

	/* ---------------------------------------------------------------- lookups */

	final Entry<K, V> getEntry(Object key) {
		if (comparator == null)
			Objects.requireNonNull(key);
		Entry<K, V> p = root;
		while (p != null) {
			int cmp = compare(key, p.key);
			if (cmp < 0)
				p = p.left;
			else if (cmp > 0)
				p = p.right;
			else
				return p;
		}
		return null;
	}

	public boolean containsKey(Object key) {
		return getEntry(key) != null;
	}

	public boolean containsValue(Object value) {
		for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e))
			if (Objects.equals(value, e.value))
				return true;
		return false;
	}

	public V get(Object key) {
		Entry<K, V> p = getEntry(key);
		return p == null ? null : p.value;
	}

	public K firstKey() {
		return key(getFirstEntry());
	}

	public K lastKey() {
		return key(getLastEntry());
	}

	static <K> K key(Entry<K, ?> e) {
		if (e == null)
			throw new NoSuchElementException();
		return e.key;
	}

	static <K, V> Map.Entry<K, V> exportEntry(Entry<K, V> e) {
		return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e);
	}

	static <K> K keyOrNull(Entry<K, ?> e) {
		return e == null ? null : e.key;
	}

	final Entry<K, V> getFirstEntry() {
		Entry<K, V> p = root;
		if (p != null)
			while (p.left != null)
				p = p.left;
		return p;
	}

	final Entry<K, V> getLastEntry() {
		Entry<K, V> p = root;
		if (p != null)
			while (p.right != null)
				p = p.right;
		return p;
	}

	/* The entry nearest key: the least >= it (ceiling, or > with strict),
	 * or the greatest <= it (floor, or < with strict). */
	final Entry<K, V> getCeilingEntry(Object key, boolean strict) {
		Entry<K, V> p = root, best = null;
		while (p != null) {
			int cmp = compare(key, p.key);
			if (cmp < 0) {
				best = p;
				p = p.left;
			} else if (cmp > 0 || strict) {
				p = p.right;
			} else {
				return p;
			}
		}
		return best;
	}

	final Entry<K, V> getFloorEntry(Object key, boolean strict) {
		Entry<K, V> p = root, best = null;
		while (p != null) {
			int cmp = compare(key, p.key);
			if (cmp > 0) {
				best = p;
				p = p.right;
			} else if (cmp < 0 || strict) {
				p = p.left;
			} else {
				return p;
			}
		}
		return best;
	}

	public Map.Entry<K, V> firstEntry() {
		return exportEntry(getFirstEntry());
	}

	public Map.Entry<K, V> lastEntry() {
		return exportEntry(getLastEntry());
	}

	public Map.Entry<K, V> pollFirstEntry() {
		Entry<K, V> p = getFirstEntry();
		Map.Entry<K, V> result = exportEntry(p);
		if (p != null)
			deleteEntry(p);
		return result;
	}

	public Map.Entry<K, V> pollLastEntry() {
		Entry<K, V> p = getLastEntry();
		Map.Entry<K, V> result = exportEntry(p);
		if (p != null)
			deleteEntry(p);
		return result;
	}

	public Map.Entry<K, V> lowerEntry(K key) {
		return exportEntry(getFloorEntry(key, true));
	}

	public K lowerKey(K key) {
		return keyOrNull(getFloorEntry(key, true));
	}

	public Map.Entry<K, V> floorEntry(K key) {
		return exportEntry(getFloorEntry(key, false));
	}

	public K floorKey(K key) {
		return keyOrNull(getFloorEntry(key, false));
	}

	public Map.Entry<K, V> ceilingEntry(K key) {
		return exportEntry(getCeilingEntry(key, false));
	}

	public K ceilingKey(K key) {
		return keyOrNull(getCeilingEntry(key, false));
	}

	public Map.Entry<K, V> higherEntry(K key) {
		return exportEntry(getCeilingEntry(key, true));
	}

	public K higherKey(K key) {
		return keyOrNull(getCeilingEntry(key, true));
	}

	/* ---------------------------------------------------------------- changes */

	public V put(K key, V value) {
		Entry<K, V> t = root;
		if (t == null) {
			if (key == null && comparator == null)
				throw new NullPointerException(
						"Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \"k1\" is null");
			compare(key, key); /* the type check the JDK does */
			root = new Entry<K, V>(key, value, null);
			size = 1;
			modCount++;
			return null;
		}
		if (comparator == null)
			Objects.requireNonNull(key);
		Entry<K, V> parent;
		int cmp;
		do {
			parent = t;
			cmp = compare(key, t.key);
			if (cmp < 0)
				t = t.left;
			else if (cmp > 0)
				t = t.right;
			else
				return t.setValue(value);
		} while (t != null);
		Entry<K, V> e = new Entry<K, V>(key, value, parent);
		if (cmp < 0)
			parent.left = e;
		else
			parent.right = e;
		fixAfterInsertion(e);
		size++;
		modCount++;
		return null;
	}

	public void putAll(Map<? extends K, ? extends V> map) {
		for (Map.Entry<? extends K, ? extends V> e : map.entrySet())
			put(e.getKey(), e.getValue());
	}

	public V remove(Object key) {
		Entry<K, V> p = getEntry(key);
		if (p == null)
			return null;
		V oldValue = p.value;
		deleteEntry(p);
		return oldValue;
	}

	public void clear() {
		modCount++;
		size = 0;
		root = null;
	}

	@SuppressWarnings("unchecked")
	public Object clone() {
		TreeMap<K, V> clone;
		try {
			clone = (TreeMap<K, V>) super.clone();
		} catch (CloneNotSupportedException e) {
			throw new InternalError(e);
		}
		clone.root = null;
		clone.size = 0;
		clone.modCount = 0;
		clone.entrySet = null;
		clone.navigableKeySet = null;
		clone.descendingMap = null;
		clone.putAll(this);
		return clone;
	}

	/* ---------------------------------------------------------------- red-black */

	static <K, V> Entry<K, V> successor(Entry<K, V> t) {
		if (t == null)
			return null;
		if (t.right != null) {
			Entry<K, V> p = t.right;
			while (p.left != null)
				p = p.left;
			return p;
		}
		Entry<K, V> p = t.parent, ch = t;
		while (p != null && ch == p.right) {
			ch = p;
			p = p.parent;
		}
		return p;
	}

	static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
		if (t == null)
			return null;
		if (t.left != null) {
			Entry<K, V> p = t.left;
			while (p.right != null)
				p = p.right;
			return p;
		}
		Entry<K, V> p = t.parent, ch = t;
		while (p != null && ch == p.left) {
			ch = p;
			p = p.parent;
		}
		return p;
	}

	private static <K, V> boolean colorOf(Entry<K, V> p) {
		return p == null ? BLACK : p.color;
	}

	private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
		return p == null ? null : p.parent;
	}

	private static <K, V> void setColor(Entry<K, V> p, boolean c) {
		if (p != null)
			p.color = c;
	}

	private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
		return p == null ? null : p.left;
	}

	private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
		return p == null ? null : p.right;
	}

	private void rotateLeft(Entry<K, V> x) {
		Entry<K, V> y = x.right;
		x.right = y.left;
		if (y.left != null)
			y.left.parent = x;
		y.parent = x.parent;
		if (x.parent == null)
			root = y;
		else if (x.parent.left == x)
			x.parent.left = y;
		else
			x.parent.right = y;
		y.left = x;
		x.parent = y;
	}

	private void rotateRight(Entry<K, V> x) {
		Entry<K, V> y = x.left;
		x.left = y.right;
		if (y.right != null)
			y.right.parent = x;
		y.parent = x.parent;
		if (x.parent == null)
			root = y;
		else if (x.parent.right == x)
			x.parent.right = y;
		else
			x.parent.left = y;
		y.right = x;
		x.parent = y;
	}

	private void fixAfterInsertion(Entry<K, V> z) {
		z.color = RED;
		while (z != null && z != root && z.parent.color == RED) {
			Entry<K, V> zp = parentOf(z), zpp = parentOf(zp);
			if (zp == leftOf(zpp)) {
				Entry<K, V> uncle = rightOf(zpp);
				if (colorOf(uncle) == RED) {
					setColor(zp, BLACK);
					setColor(uncle, BLACK);
					setColor(zpp, RED);
					z = zpp;
				} else {
					if (z == rightOf(zp)) {
						z = zp;
						rotateLeft(z);
					}
					setColor(parentOf(z), BLACK);
					setColor(parentOf(parentOf(z)), RED);
					rotateRight(parentOf(parentOf(z)));
				}
			} else {
				Entry<K, V> uncle = leftOf(zpp);
				if (colorOf(uncle) == RED) {
					setColor(zp, BLACK);
					setColor(uncle, BLACK);
					setColor(zpp, RED);
					z = zpp;
				} else {
					if (z == leftOf(zp)) {
						z = zp;
						rotateRight(z);
					}
					setColor(parentOf(z), BLACK);
					setColor(parentOf(parentOf(z)), RED);
					rotateLeft(parentOf(parentOf(z)));
				}
			}
		}
		root.color = BLACK;
	}

	/* Remove p; a node with two children takes its successor's key and
	 * value, and the successor's node is removed instead. */
	private void deleteEntry(Entry<K, V> p) {
		modCount++;
		size--;
		if (p.left != null && p.right != null) {
			Entry<K, V> s = successor(p);
			p.key = s.key;
			p.value = s.value;
			p = s;
		}
		Entry<K, V> child = p.left != null ? p.left : p.right;
		if (child != null) {
			child.parent = p.parent;
			if (p.parent == null)
				root = child;
			else if (p == p.parent.left)
				p.parent.left = child;
			else
				p.parent.right = child;
			p.left = p.right = p.parent = null;
			if (p.color == BLACK)
				fixAfterDeletion(child);
		} else if (p.parent == null) {
			root = null;
		} else {
			if (p.color == BLACK)
				fixAfterDeletion(p);
			if (p.parent != null) {
				if (p == p.parent.left)
					p.parent.left = null;
				else if (p == p.parent.right)
					p.parent.right = null;
				p.parent = null;
			}
		}
	}

	private void fixAfterDeletion(Entry<K, V> x) {
		while (x != root && colorOf(x) == BLACK) {
			if (x == leftOf(parentOf(x))) {
				Entry<K, V> sib = rightOf(parentOf(x));
				if (colorOf(sib) == RED) {
					setColor(sib, BLACK);
					setColor(parentOf(x), RED);
					rotateLeft(parentOf(x));
					sib = rightOf(parentOf(x));
				}
				if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
					setColor(sib, RED);
					x = parentOf(x);
				} else {
					if (colorOf(rightOf(sib)) == BLACK) {
						setColor(leftOf(sib), BLACK);
						setColor(sib, RED);
						rotateRight(sib);
						sib = rightOf(parentOf(x));
					}
					setColor(sib, colorOf(parentOf(x)));
					setColor(parentOf(x), BLACK);
					setColor(rightOf(sib), BLACK);
					rotateLeft(parentOf(x));
					x = root;
				}
			} else {
				Entry<K, V> sib = leftOf(parentOf(x));
				if (colorOf(sib) == RED) {
					setColor(sib, BLACK);
					setColor(parentOf(x), RED);
					rotateRight(parentOf(x));
					sib = leftOf(parentOf(x));
				}
				if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
					setColor(sib, RED);
					x = parentOf(x);
				} else {
					if (colorOf(leftOf(sib)) == BLACK) {
						setColor(rightOf(sib), BLACK);
						setColor(sib, RED);
						rotateLeft(sib);
						sib = leftOf(parentOf(x));
					}
					setColor(sib, colorOf(parentOf(x)));
					setColor(parentOf(x), BLACK);
					setColor(leftOf(sib), BLACK);
					rotateRight(parentOf(x));
					x = root;
				}
			}
		}
		setColor(x, BLACK);
	}

	/* ---------------------------------------------------------------- views */

	private transient Set<Map.Entry<K, V>> entrySet;
	private transient KeySet<K> navigableKeySet;
	private transient NavigableMap<K, V> descendingMap;

	public Set<K> keySet() {
		return navigableKeySet();
	}

	public NavigableSet<K> navigableKeySet() {
		KeySet<K> nks = navigableKeySet;
		return (nks != null) ? nks : (navigableKeySet = new KeySet<K>(this));
	}

	public NavigableSet<K> descendingKeySet() {
		return descendingMap().navigableKeySet();
	}

	public Collection<V> values() {
		Collection<V> vs = values;
		if (vs == null) {
			vs = new AbstractCollection<V>() {
				public Iterator<V> iterator() {
					return new ValueIterator(getFirstEntry());
				}

				public int size() {
					return TreeMap.this.size();
				}

				public boolean contains(Object o) {
					return TreeMap.this.containsValue(o);
				}

				public void clear() {
					TreeMap.this.clear();
				}
			};
			values = vs;
		}
		return vs;
	}

	public Set<Map.Entry<K, V>> entrySet() {
		Set<Map.Entry<K, V>> es = entrySet;
		if (es == null) {
			es = new AbstractSet<Map.Entry<K, V>>() {
				public Iterator<Map.Entry<K, V>> iterator() {
					return new EntryIterator(getFirstEntry());
				}

				public boolean contains(Object o) {
					if (!(o instanceof Map.Entry))
						return false;
					Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
					Entry<K, V> p = getEntry(entry.getKey());
					return p != null && Objects.equals(p.getValue(), entry.getValue());
				}

				public boolean remove(Object o) {
					if (!(o instanceof Map.Entry))
						return false;
					Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
					Entry<K, V> p = getEntry(entry.getKey());
					if (p != null && Objects.equals(p.getValue(), entry.getValue())) {
						deleteEntry(p);
						return true;
					}
					return false;
				}

				public int size() {
					return TreeMap.this.size();
				}

				public void clear() {
					TreeMap.this.clear();
				}
			};
			entrySet = es;
		}
		return es;
	}

	public NavigableMap<K, V> descendingMap() {
		NavigableMap<K, V> km = descendingMap;
		return (km != null) ? km
				: (descendingMap = new SubMap<K, V>(this, true, null, true, true, null, true, true));
	}

	public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
		return new SubMap<K, V>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
	}

	public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
		return new SubMap<K, V>(this, true, null, true, false, toKey, inclusive, false);
	}

	public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
		return new SubMap<K, V>(this, false, fromKey, inclusive, true, null, true, false);
	}

	public SortedMap<K, V> subMap(K fromKey, K toKey) {
		return subMap(fromKey, true, toKey, false);
	}

	public SortedMap<K, V> headMap(K toKey) {
		return headMap(toKey, false);
	}

	public SortedMap<K, V> tailMap(K fromKey) {
		return tailMap(fromKey, true);
	}

	public void forEach(BiConsumer<? super K, ? super V> action) {
		Objects.requireNonNull(action);
		int expectedModCount = modCount;
		for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
			action.accept(e.key, e.value);
			if (expectedModCount != modCount)
				throw new ConcurrentModificationException();
		}
	}

	/* Iterates from first, forward or backward, until the end or past the
	 * fence (fenceTest: a key outside the view on the far side). */
	abstract class PrivateEntryIterator<T> implements Iterator<T> {
		Entry<K, V> next;
		Entry<K, V> lastReturned;
		int expectedModCount;
		final boolean backward;

		PrivateEntryIterator(Entry<K, V> first) {
			this(first, false);
		}

		PrivateEntryIterator(Entry<K, V> first, boolean backward) {
			expectedModCount = modCount;
			lastReturned = null;
			this.backward = backward;
			next = first;
		}

		boolean fenceTest(Entry<K, V> e) {
			return false;
		}

		public final boolean hasNext() {
			return next != null;
		}

		final Entry<K, V> nextEntry() {
			Entry<K, V> e = next;
			if (e == null)
				throw new NoSuchElementException();
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
			Entry<K, V> n = backward ? predecessor(e) : successor(e);
			next = (n == null || fenceTest(n)) ? null : n;
			lastReturned = e;
			return e;
		}

		public void remove() {
			if (lastReturned == null)
				throw new IllegalStateException();
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
			if (!backward && lastReturned.left != null && lastReturned.right != null)
				next = lastReturned; /* deleteEntry moves the successor's key here */
			deleteEntry(lastReturned);
			expectedModCount = modCount;
			lastReturned = null;
		}
	}

	final class EntryIterator extends PrivateEntryIterator<Map.Entry<K, V>> {
		EntryIterator(Entry<K, V> first) {
			super(first);
		}

		public Map.Entry<K, V> next() {
			return nextEntry();
		}
	}

	final class ValueIterator extends PrivateEntryIterator<V> {
		ValueIterator(Entry<K, V> first) {
			super(first);
		}

		public V next() {
			return nextEntry().value;
		}
	}

	final class KeyIterator extends PrivateEntryIterator<K> {
		KeyIterator(Entry<K, V> first) {
			super(first);
		}

		public K next() {
			return nextEntry().key;
		}
	}

	final class DescendingKeyIterator extends PrivateEntryIterator<K> {
		DescendingKeyIterator(Entry<K, V> first) {
			super(first, true);
		}

		public K next() {
			return nextEntry().key;
		}
	}

	Iterator<K> keyIterator() {
		return new KeyIterator(getFirstEntry());
	}

	Iterator<K> descendingKeyIterator() {
		return new DescendingKeyIterator(getLastEntry());
	}

	/* The keys of a navigable map, as a NavigableSet (TreeSet's backing). */
	static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
		private final NavigableMap<E, ?> m;

		KeySet(NavigableMap<E, ?> map) {
			m = map;
		}

		@SuppressWarnings("unchecked")
		public Iterator<E> iterator() {
			if (m instanceof TreeMap)
				return ((TreeMap<E, ?>) m).keyIterator();
			return ((SubMap<E, ?>) m).keyIterator();
		}

		@SuppressWarnings("unchecked")
		public Iterator<E> descendingIterator() {
			if (m instanceof TreeMap)
				return ((TreeMap<E, ?>) m).descendingKeyIterator();
			return ((SubMap<E, ?>) m).descendingKeyIterator();
		}

		public int size() {
			return m.size();
		}

		public boolean isEmpty() {
			return m.isEmpty();
		}

		public boolean contains(Object o) {
			return m.containsKey(o);
		}

		public void clear() {
			m.clear();
		}

		public E lower(E e) {
			return m.lowerKey(e);
		}

		public E floor(E e) {
			return m.floorKey(e);
		}

		public E ceiling(E e) {
			return m.ceilingKey(e);
		}

		public E higher(E e) {
			return m.higherKey(e);
		}

		public E first() {
			return m.firstKey();
		}

		public E last() {
			return m.lastKey();
		}

		public Comparator<? super E> comparator() {
			return m.comparator();
		}

		public E pollFirst() {
			Map.Entry<E, ?> e = m.pollFirstEntry();
			return (e == null) ? null : e.getKey();
		}

		public E pollLast() {
			Map.Entry<E, ?> e = m.pollLastEntry();
			return (e == null) ? null : e.getKey();
		}

		public boolean remove(Object o) {
			int oldSize = size();
			m.remove(o);
			return size() != oldSize;
		}

		public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement,
				boolean toInclusive) {
			return new KeySet<E>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
		}

		public NavigableSet<E> headSet(E toElement, boolean inclusive) {
			return new KeySet<E>(m.headMap(toElement, inclusive));
		}

		public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
			return new KeySet<E>(m.tailMap(fromElement, inclusive));
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

		public NavigableSet<E> descendingSet() {
			return new KeySet<E>(m.descendingMap());
		}
	}

	/*
	 * A view of the keys within [lo, hi] (each end open or closed, or
	 * absent), ascending or descending. Operations outside the range throw
	 * IllegalArgumentException("key out of range"), as the JDK's.
	 */
	static final class SubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
		final TreeMap<K, V> m;
		final K lo, hi;
		final boolean fromStart, toEnd;
		final boolean loInclusive, hiInclusive;
		final boolean descending;

		SubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
				boolean hiInclusive, boolean descending) {
			if (!fromStart && !toEnd) {
				if (m.compare(lo, hi) > 0)
					throw new IllegalArgumentException("fromKey > toKey");
			} else {
				if (!fromStart)
					m.compare(lo, lo);
				if (!toEnd)
					m.compare(hi, hi);
			}
			this.m = m;
			this.fromStart = fromStart;
			this.lo = lo;
			this.loInclusive = loInclusive;
			this.toEnd = toEnd;
			this.hi = hi;
			this.hiInclusive = hiInclusive;
			this.descending = descending;
		}

		final boolean tooLow(Object key) {
			if (!fromStart) {
				int c = m.compare(key, lo);
				if (c < 0 || (c == 0 && !loInclusive))
					return true;
			}
			return false;
		}

		final boolean tooHigh(Object key) {
			if (!toEnd) {
				int c = m.compare(key, hi);
				if (c > 0 || (c == 0 && !hiInclusive))
					return true;
			}
			return false;
		}

		final boolean inRange(Object key) {
			return !tooLow(key) && !tooHigh(key);
		}

		final boolean inClosedRange(Object key) {
			return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
		}

		final boolean inRange(Object key, boolean inclusive) {
			return inclusive ? inRange(key) : inClosedRange(key);
		}

		/* the least entry in range, and the greatest */
		final TreeMap.Entry<K, V> absLowest() {
			TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry()
					: m.getCeilingEntry(lo, !loInclusive);
			return (e == null || tooHigh(e.key)) ? null : e;
		}

		final TreeMap.Entry<K, V> absHighest() {
			TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry() : m.getFloorEntry(hi, !hiInclusive);
			return (e == null || tooLow(e.key)) ? null : e;
		}

		final TreeMap.Entry<K, V> absCeiling(K key, boolean strict) {
			if (tooLow(key))
				return absLowest();
			TreeMap.Entry<K, V> e = m.getCeilingEntry(key, strict);
			return (e == null || tooHigh(e.key)) ? null : e;
		}

		final TreeMap.Entry<K, V> absFloor(K key, boolean strict) {
			if (tooHigh(key))
				return absHighest();
			TreeMap.Entry<K, V> e = m.getFloorEntry(key, strict);
			return (e == null || tooLow(e.key)) ? null : e;
		}

		/* in view order */
		final TreeMap.Entry<K, V> first() {
			return descending ? absHighest() : absLowest();
		}

		final TreeMap.Entry<K, V> last() {
			return descending ? absLowest() : absHighest();
		}

		final TreeMap.Entry<K, V> ceil(K key, boolean strict) {
			return descending ? absFloor(key, strict) : absCeiling(key, strict);
		}

		final TreeMap.Entry<K, V> flo(K key, boolean strict) {
			return descending ? absCeiling(key, strict) : absFloor(key, strict);
		}

		public boolean containsKey(Object key) {
			return inRange(key) && m.containsKey(key);
		}

		public V put(K key, V value) {
			if (!inRange(key))
				throw new IllegalArgumentException("key out of range");
			return m.put(key, value);
		}

		public V get(Object key) {
			return !inRange(key) ? null : m.get(key);
		}

		public V remove(Object key) {
			return !inRange(key) ? null : m.remove(key);
		}

		public Map.Entry<K, V> ceilingEntry(K key) {
			return exportEntry(ceil(key, false));
		}

		public K ceilingKey(K key) {
			return keyOrNull(ceil(key, false));
		}

		public Map.Entry<K, V> higherEntry(K key) {
			return exportEntry(ceil(key, true));
		}

		public K higherKey(K key) {
			return keyOrNull(ceil(key, true));
		}

		public Map.Entry<K, V> floorEntry(K key) {
			return exportEntry(flo(key, false));
		}

		public K floorKey(K key) {
			return keyOrNull(flo(key, false));
		}

		public Map.Entry<K, V> lowerEntry(K key) {
			return exportEntry(flo(key, true));
		}

		public K lowerKey(K key) {
			return keyOrNull(flo(key, true));
		}

		public K firstKey() {
			return key(first());
		}

		public K lastKey() {
			return key(last());
		}

		public Map.Entry<K, V> firstEntry() {
			return exportEntry(first());
		}

		public Map.Entry<K, V> lastEntry() {
			return exportEntry(last());
		}

		public Map.Entry<K, V> pollFirstEntry() {
			TreeMap.Entry<K, V> e = first();
			Map.Entry<K, V> result = exportEntry(e);
			if (e != null)
				m.deleteEntry(e);
			return result;
		}

		public Map.Entry<K, V> pollLastEntry() {
			TreeMap.Entry<K, V> e = last();
			Map.Entry<K, V> result = exportEntry(e);
			if (e != null)
				m.deleteEntry(e);
			return result;
		}

		public Comparator<? super K> comparator() {
			Comparator<? super K> c = m.comparator();
			return descending ? Collections.reverseOrder(c) : c;
		}

		transient KeySet<K> navigableKeySetView;

		public NavigableSet<K> navigableKeySet() {
			KeySet<K> nksv = navigableKeySetView;
			return (nksv != null) ? nksv : (navigableKeySetView = new TreeMap.KeySet<K>(this));
		}

		public Set<K> keySet() {
			return navigableKeySet();
		}

		public NavigableSet<K> descendingKeySet() {
			return descendingMap().navigableKeySet();
		}

		public NavigableMap<K, V> descendingMap() {
			return new SubMap<K, V>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
		}

		public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
			if (descending) {
				K t = fromKey;
				fromKey = toKey;
				toKey = t;
				boolean b = fromInclusive;
				fromInclusive = toInclusive;
				toInclusive = b;
			}
			if (!inRange(fromKey, fromInclusive))
				throw new IllegalArgumentException("fromKey out of range");
			if (!inRange(toKey, toInclusive))
				throw new IllegalArgumentException("toKey out of range");
			return new SubMap<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, descending);
		}

		public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
			if (!inRange(toKey, inclusive))
				throw new IllegalArgumentException("toKey out of range");
			if (descending)
				return new SubMap<K, V>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
			return new SubMap<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
		}

		public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
			if (!inRange(fromKey, inclusive))
				throw new IllegalArgumentException("fromKey out of range");
			if (descending)
				return new SubMap<K, V>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
			return new SubMap<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
		}

		public SortedMap<K, V> subMap(K fromKey, K toKey) {
			return subMap(fromKey, true, toKey, false);
		}

		public SortedMap<K, V> headMap(K toKey) {
			return headMap(toKey, false);
		}

		public SortedMap<K, V> tailMap(K fromKey) {
			return tailMap(fromKey, true);
		}

		/* an iterator over the range, ascending or not (backward) */
		final class SubIterator<T> extends TreeMap<K, V>.PrivateEntryIterator<T> {
			final int what; /* 0 keys, 2 entries */

			SubIterator(TreeMap.Entry<K, V> first, int what, boolean backward) {
				m.super(first, backward);
				this.what = what;
			}

			boolean fenceTest(TreeMap.Entry<K, V> e) {
				return backward ? tooLow(e.key) : tooHigh(e.key);
			}

			@SuppressWarnings("unchecked")
			public T next() {
				TreeMap.Entry<K, V> e = nextEntry();
				return (T) (what == 0 ? e.key : e);
			}
		}

		Iterator<K> keyIterator() {
			return new SubIterator<K>(first(), 0, descending);
		}

		Iterator<K> descendingKeyIterator() {
			return new SubIterator<K>(last(), 0, !descending);
		}

		public Set<Map.Entry<K, V>> entrySet() {
			return new AbstractSet<Map.Entry<K, V>>() {
				public Iterator<Map.Entry<K, V>> iterator() {
					return new SubIterator<Map.Entry<K, V>>(first(), 2, descending);
				}

				public int size() {
					if (fromStart && toEnd)
						return m.size();
					int n = 0;
					for (Iterator<Map.Entry<K, V>> i = iterator(); i.hasNext(); i.next())
						n++;
					return n;
				}

				public boolean isEmpty() {
					TreeMap.Entry<K, V> n = absLowest();
					return n == null;
				}

				public boolean contains(Object o) {
					if (!(o instanceof Map.Entry))
						return false;
					Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
					Object key = entry.getKey();
					if (!inRange(key))
						return false;
					TreeMap.Entry<?, ?> node = m.getEntry(key);
					return node != null && Objects.equals(node.getValue(), entry.getValue());
				}

				public boolean remove(Object o) {
					if (!(o instanceof Map.Entry))
						return false;
					Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
					Object key = entry.getKey();
					if (!inRange(key))
						return false;
					TreeMap.Entry<K, V> node = m.getEntry(key);
					if (node != null && Objects.equals(node.getValue(), entry.getValue())) {
						m.deleteEntry(node);
						return true;
					}
					return false;
				}
			};
		}

		public int size() {
			return entrySet().size();
		}

		public boolean isEmpty() {
			return absLowest() == null;
		}
	}
}
