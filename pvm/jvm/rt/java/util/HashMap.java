/*
 * java.util.HashMap - chained hashing with the JDK's observable layout, so
 * that iteration orders match: a power-of-two table (16 at the first put,
 * or the power of two the constructor's capacity rounds up to), the hash
 * h ^ (h >>> 16) of hashCode, a bucket's nodes in insertion order (new
 * ones at the tail), doubling when size passes capacity * loadFactor, a
 * bucket split in two in order. Iteration goes bucket by bucket, so it
 * depends only on the capacity and the insertion order. The JDK turns a
 * bucket of 8 or more colliding keys into a tree, which reorders it; this
 * one never does (only badly colliding hash codes can tell).
 * LinkedHashMap hooks in through newNode and the after* methods.
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
	static final int DEFAULT_INITIAL_CAPACITY = 16;
	static final int MAXIMUM_CAPACITY = 1 << 30;
	static final float DEFAULT_LOAD_FACTOR = 0.75f;

	static class Node<K, V> implements Map.Entry<K, V> {
		final int hash;
		final K key;
		V value;
		Node<K, V> next;

		Node(int hash, K key, V value, Node<K, V> next) {
			this.hash = hash;
			this.key = key;
			this.value = value;
			this.next = next;
		}

		public final K getKey() {
			return key;
		}

		public final V getValue() {
			return value;
		}

		public final String toString() {
			return key + "=" + value;
		}

		public final int hashCode() {
			return Objects.hashCode(key) ^ Objects.hashCode(value);
		}

		public final V setValue(V newValue) {
			V oldValue = value;
			value = newValue;
			return oldValue;
		}

		public final boolean equals(Object o) {
			if (o == this)
				return true;
			if (!(o instanceof Map.Entry))
				return false;
			Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
			return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
		}
	}

	static int hash(Object key) {
		if (key == null)
			return 0;
		int h = key.hashCode();
		return h ^ (h >>> 16);
	}

	/* the smallest power of two >= cap (at least 1) */
	static int tableSizeFor(int cap) {
		int n = 1;
		while (n < cap && n < MAXIMUM_CAPACITY)
			n <<= 1;
		return n;
	}

	Node<K, V>[] table;
	int size;
	transient int modCount;
	int threshold; /* before the table exists: its capacity, 0 for the default */
	final float loadFactor;
	transient Set<Map.Entry<K, V>> entrySet;

	public HashMap(int initialCapacity, float loadFactor) {
		if (initialCapacity < 0)
			throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
		if (initialCapacity > MAXIMUM_CAPACITY)
			initialCapacity = MAXIMUM_CAPACITY;
		if (loadFactor <= 0 || Float.isNaN(loadFactor))
			throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
		this.loadFactor = loadFactor;
		this.threshold = tableSizeFor(initialCapacity);
	}

	public HashMap(int initialCapacity) {
		this(initialCapacity, DEFAULT_LOAD_FACTOR);
	}

	public HashMap() {
		this.loadFactor = DEFAULT_LOAD_FACTOR;
	}

	public HashMap(Map<? extends K, ? extends V> m) {
		this.loadFactor = DEFAULT_LOAD_FACTOR;
		putMapEntries(m, false);
	}

	final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
		int s = m.size();
		if (s <= 0)
			return;
		if (table == null) {
			float ft = ((float) s / loadFactor) + 1.0F;
			int t = ft < (float) MAXIMUM_CAPACITY ? (int) ft : MAXIMUM_CAPACITY;
			if (t > threshold)
				threshold = tableSizeFor(t);
		} else {
			while (s > threshold && table.length < MAXIMUM_CAPACITY)
				resize();
		}
		for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
			K key = e.getKey();
			putVal(hash(key), key, e.getValue(), false, evict);
		}
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	public V get(Object key) {
		Node<K, V> e = getNode(key);
		return e == null ? null : e.value;
	}

	final Node<K, V> getNode(Object key) {
		Node<K, V>[] tab = table;
		if (tab == null || size == 0)
			return null;
		int h = hash(key);
		for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next)
			if (e.hash == h && (e.key == key || (key != null && key.equals(e.key))))
				return e;
		return null;
	}

	public boolean containsKey(Object key) {
		return getNode(key) != null;
	}

	public V put(K key, V value) {
		return putVal(hash(key), key, value, false, true);
	}

	final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
		if (table == null || table.length == 0)
			resize();
		Node<K, V>[] tab = table;
		int i = (tab.length - 1) & hash;
		Node<K, V> last = null;
		for (Node<K, V> e = tab[i]; e != null; e = e.next) {
			if (e.hash == hash && (e.key == key || (key != null && key.equals(e.key)))) {
				V old = e.value;
				if (!onlyIfAbsent || old == null)
					e.value = value;
				afterNodeAccess(e);
				return old;
			}
			last = e;
		}
		Node<K, V> n = newNode(hash, key, value, null);
		if (last == null)
			tab[i] = n;
		else
			last.next = n;
		++modCount;
		if (++size > threshold)
			resize();
		afterNodeInsertion(evict);
		return null;
	}

	@SuppressWarnings("unchecked")
	final Node<K, V>[] resize() {
		Node<K, V>[] old = table;
		int oldCap = old == null ? 0 : old.length;
		int newCap, newThr = 0;
		if (oldCap > 0) {
			if (oldCap >= MAXIMUM_CAPACITY) {
				threshold = Integer.MAX_VALUE;
				return old;
			}
			newCap = oldCap << 1;
			if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY)
				newThr = threshold << 1;
		} else if (threshold > 0) {
			newCap = threshold;
		} else {
			newCap = DEFAULT_INITIAL_CAPACITY;
			newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
		}
		if (newThr == 0) {
			float ft = (float) newCap * loadFactor;
			newThr = (newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft
					: Integer.MAX_VALUE);
		}
		threshold = newThr;
		Node<K, V>[] tab = (Node<K, V>[]) new Node[newCap];
		table = tab;
		for (int j = 0; j < oldCap; j++) {
			/* bucket j splits into j (lo) and j + oldCap (hi), in order */
			Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
			for (Node<K, V> e = old[j]; e != null;) {
				Node<K, V> next = e.next;
				e.next = null;
				if ((e.hash & oldCap) == 0) {
					if (loTail == null)
						loHead = e;
					else
						loTail.next = e;
					loTail = e;
				} else {
					if (hiTail == null)
						hiHead = e;
					else
						hiTail.next = e;
					hiTail = e;
				}
				e = next;
			}
			tab[j] = loHead;
			tab[j + oldCap] = hiHead;
		}
		return tab;
	}

	public void putAll(Map<? extends K, ? extends V> m) {
		putMapEntries(m, true);
	}

	public V remove(Object key) {
		Node<K, V> e = removeNode(hash(key), key, null, false);
		return e == null ? null : e.value;
	}

	final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue) {
		Node<K, V>[] tab = table;
		if (tab == null || size == 0)
			return null;
		int i = (tab.length - 1) & hash;
		Node<K, V> prev = null;
		for (Node<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
			if (e.hash == hash && (e.key == key || (key != null && key.equals(e.key)))) {
				if (matchValue && !Objects.equals(value, e.value))
					return null;
				if (prev == null)
					tab[i] = e.next;
				else
					prev.next = e.next;
				++modCount;
				--size;
				afterNodeRemoval(e);
				return e;
			}
		}
		return null;
	}

	public void clear() {
		modCount++;
		if (table != null && size > 0) {
			size = 0;
			for (int i = 0; i < table.length; ++i)
				table[i] = null;
		}
	}

	public boolean containsValue(Object value) {
		if (table != null && size > 0)
			for (int i = 0; i < table.length; i++)
				for (Node<K, V> e = table[i]; e != null; e = e.next)
					if (Objects.equals(value, e.value))
						return true;
		return false;
	}

	/* ---------------------------------------------------------------- LinkedHashMap's hooks */

	/* computeIfAbsent, compute and merge as the JDK's HashMap: the table
	 * grows first when it is over its threshold, and a new node goes to
	 * the head of its bin (put appends): the iteration order shows it. */
	private Node<K, V>[] tableForInsert() {
		if (size > threshold || table == null || table.length == 0)
			resize();
		return table;
	}

	private Node<K, V> find(Node<K, V> first, int h, Object key) {
		for (Node<K, V> e = first; e != null; e = e.next)
			if (e.hash == h && (e.key == key || (key != null && key.equals(e.key))))
				return e;
		return null;
	}

	private void insertFirst(Node<K, V>[] tab, int i, int h, K key, V v) {
		tab[i] = newNode(h, key, v, tab[i]);
		++modCount;
		++size;
		afterNodeInsertion(true);
	}

	public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
		if (f == null)
			throw new NullPointerException();
		int h = hash(key);
		Node<K, V>[] tab = tableForInsert();
		int i = (tab.length - 1) & h;
		Node<K, V> old = find(tab[i], h, key);
		if (old != null && old.value != null) {
			afterNodeAccess(old);
			return old.value;
		}
		V v = f.apply(key);
		if (v == null)
			return null;
		if (old != null) {
			old.value = v;
			afterNodeAccess(old);
			return v;
		}
		insertFirst(tab, i, h, key, v);
		return v;
	}

	public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
		if (f == null)
			throw new NullPointerException();
		int h = hash(key);
		Node<K, V>[] tab = tableForInsert();
		int i = (tab.length - 1) & h;
		Node<K, V> old = find(tab[i], h, key);
		V v = f.apply(key, old == null ? null : old.value);
		if (old != null) {
			if (v != null) {
				old.value = v;
				afterNodeAccess(old);
			} else
				removeNode(h, key, null, false);
		} else if (v != null)
			insertFirst(tab, i, h, key, v);
		return v;
	}

	public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
		if (value == null || f == null)
			throw new NullPointerException();
		int h = hash(key);
		Node<K, V>[] tab = tableForInsert();
		int i = (tab.length - 1) & h;
		Node<K, V> old = find(tab[i], h, key);
		if (old == null) {
			insertFirst(tab, i, h, key, value);
			return value;
		}
		V v = old.value != null ? f.apply(old.value, value) : value;
		if (v != null) {
			old.value = v;
			afterNodeAccess(old);
		} else
			removeNode(h, key, null, false);
		return v;
	}

	Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
		return new Node<K, V>(hash, key, value, next);
	}

	void afterNodeAccess(Node<K, V> p) {
	}

	void afterNodeInsertion(boolean evict) {
	}

	void afterNodeRemoval(Node<K, V> p) {
	}

	/* the first node in iteration order, and the one after e */
	Node<K, V> firstNode() {
		return nextFrom(0);
	}

	Node<K, V> nextNode(Node<K, V> e) {
		if (e.next != null)
			return e.next;
		return nextFrom(((table.length - 1) & e.hash) + 1);
	}

	private Node<K, V> nextFrom(int i) {
		Node<K, V>[] t = table;
		if (t == null)
			return null;
		for (; i < t.length; i++)
			if (t[i] != null)
				return t[i];
		return null;
	}

	/* ---------------------------------------------------------------- views */

	abstract class HashIterator {
		Node<K, V> next;
		Node<K, V> current;
		int expectedModCount;

		HashIterator() {
			expectedModCount = modCount;
			current = null;
			next = size > 0 ? firstNode() : null;
		}

		public final boolean hasNext() {
			return next != null;
		}

		final Node<K, V> nextNode() {
			Node<K, V> e = next;
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
			if (e == null)
				throw new NoSuchElementException();
			current = e;
			next = HashMap.this.nextNode(e);
			return e;
		}

		public final void remove() {
			Node<K, V> p = current;
			if (p == null)
				throw new IllegalStateException();
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
			current = null;
			removeNode(p.hash, p.key, null, false);
			expectedModCount = modCount;
		}
	}

	final class KeyIterator extends HashIterator implements Iterator<K> {
		public final K next() {
			return nextNode().key;
		}
	}

	final class ValueIterator extends HashIterator implements Iterator<V> {
		public final V next() {
			return nextNode().value;
		}
	}

	final class EntryIterator extends HashIterator implements Iterator<Map.Entry<K, V>> {
		public final Map.Entry<K, V> next() {
			return nextNode();
		}
	}

	public Set<K> keySet() {
		Set<K> ks = keySet;
		if (ks == null) {
			ks = new KeySet();
			keySet = ks;
		}
		return ks;
	}

	final class KeySet extends AbstractSet<K> {
		public final int size() {
			return size;
		}

		public final void clear() {
			HashMap.this.clear();
		}

		public final Iterator<K> iterator() {
			return new KeyIterator();
		}

		public final boolean contains(Object o) {
			return containsKey(o);
		}

		public final boolean remove(Object key) {
			return removeNode(hash(key), key, null, false) != null;
		}

		public final void forEach(Consumer<? super K> action) {
			Objects.requireNonNull(action);
			int mc = modCount;
			for (Node<K, V> e = size > 0 ? firstNode() : null; e != null; e = nextNode(e))
				action.accept(e.key);
			if (modCount != mc)
				throw new ConcurrentModificationException();
		}
	}

	public Collection<V> values() {
		Collection<V> vs = values;
		if (vs == null) {
			vs = new Values();
			values = vs;
		}
		return vs;
	}

	final class Values extends AbstractCollection<V> {
		public final int size() {
			return size;
		}

		public final void clear() {
			HashMap.this.clear();
		}

		public final Iterator<V> iterator() {
			return new ValueIterator();
		}

		public final boolean contains(Object o) {
			return containsValue(o);
		}

		public final void forEach(Consumer<? super V> action) {
			Objects.requireNonNull(action);
			int mc = modCount;
			for (Node<K, V> e = size > 0 ? firstNode() : null; e != null; e = nextNode(e))
				action.accept(e.value);
			if (modCount != mc)
				throw new ConcurrentModificationException();
		}
	}

	public Set<Map.Entry<K, V>> entrySet() {
		Set<Map.Entry<K, V>> es = entrySet;
		if (es == null) {
			es = new EntrySet();
			entrySet = es;
		}
		return es;
	}

	final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
		public final int size() {
			return size;
		}

		public final void clear() {
			HashMap.this.clear();
		}

		public final Iterator<Map.Entry<K, V>> iterator() {
			return new EntryIterator();
		}

		public final boolean contains(Object o) {
			if (!(o instanceof Map.Entry))
				return false;
			Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
			Node<K, V> candidate = getNode(e.getKey());
			return candidate != null && candidate.equals(e);
		}

		public final boolean remove(Object o) {
			if (o instanceof Map.Entry) {
				Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
				Object key = e.getKey();
				return removeNode(hash(key), key, e.getValue(), true) != null;
			}
			return false;
		}

		public final void forEach(Consumer<? super Map.Entry<K, V>> action) {
			Objects.requireNonNull(action);
			int mc = modCount;
			for (Node<K, V> e = size > 0 ? firstNode() : null; e != null; e = nextNode(e))
				action.accept(e);
			if (modCount != mc)
				throw new ConcurrentModificationException();
		}
	}

	/* ---------------------------------------------------------------- defaults, faster */

	public V getOrDefault(Object key, V defaultValue) {
		Node<K, V> e = getNode(key);
		return e == null ? defaultValue : e.value;
	}

	public V putIfAbsent(K key, V value) {
		return putVal(hash(key), key, value, true, true);
	}

	public boolean remove(Object key, Object value) {
		return removeNode(hash(key), key, value, true) != null;
	}

	public boolean replace(K key, V oldValue, V newValue) {
		Node<K, V> e = getNode(key);
		if (e != null && Objects.equals(e.value, oldValue)) {
			e.value = newValue;
			afterNodeAccess(e);
			return true;
		}
		return false;
	}

	public V replace(K key, V value) {
		Node<K, V> e = getNode(key);
		if (e != null) {
			V oldValue = e.value;
			e.value = value;
			afterNodeAccess(e);
			return oldValue;
		}
		return null;
	}

	public void forEach(BiConsumer<? super K, ? super V> action) {
		Objects.requireNonNull(action);
		int mc = modCount;
		for (Node<K, V> e = size > 0 ? firstNode() : null; e != null; e = nextNode(e))
			action.accept(e.key, e.value);
		if (modCount != mc)
			throw new ConcurrentModificationException();
	}

	public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
		Objects.requireNonNull(function);
		int mc = modCount;
		for (Node<K, V> e = size > 0 ? firstNode() : null; e != null; e = nextNode(e))
			e.value = function.apply(e.key, e.value);
		if (modCount != mc)
			throw new ConcurrentModificationException();
	}

	@SuppressWarnings("unchecked")
	public Object clone() {
		HashMap<K, V> result;
		try {
			result = (HashMap<K, V>) super.clone();
		} catch (CloneNotSupportedException e) {
			throw new InternalError(e);
		}
		result.reinitialize();
		result.putMapEntries(this, false);
		return result;
	}

	/* a clone's state before its entries are put (LinkedHashMap adds its list) */
	void reinitialize() {
		table = null;
		entrySet = null;
		keySet = null;
		values = null;
		modCount = 0;
		threshold = 0;
		size = 0;
	}

	float loadFactor() {
		return loadFactor;
	}

	int capacity() {
		return (table != null) ? table.length : (threshold > 0) ? threshold : DEFAULT_INITIAL_CAPACITY;
	}
}
