/*
 * java.util.Hashtable - the JDK's legacy layout, so iteration orders
 * match: a table of 11 buckets (or the capacity given), index
 * (hashCode & 0x7fffffff) % length, new entries at the head of their
 * bucket, rehashing to 2n+1 when count reaches capacity * loadFactor
 * (old buckets from the last, each chain in order, pushed onto the new
 * heads), iteration from the last bucket to the first. No null keys or
 * values.
 */
package java.util;

public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
	private static class Entry<K, V> implements Map.Entry<K, V> {
		final int hash;
		final K key;
		V value;
		Entry<K, V> next;

		Entry(int hash, K key, V value, Entry<K, V> next) {
			this.hash = hash;
			this.key = key;
			this.value = value;
			this.next = next;
		}

		public K getKey() {
			return key;
		}

		public V getValue() {
			return value;
		}

		public V setValue(V value) {
			if (value == null)
				throw new NullPointerException();
			V oldValue = this.value;
			this.value = value;
			return oldValue;
		}

		public boolean equals(Object o) {
			if (!(o instanceof Map.Entry))
				return false;
			Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
			return (key == null ? e.getKey() == null : key.equals(e.getKey()))
					&& (value == null ? e.getValue() == null : value.equals(e.getValue()));
		}

		public int hashCode() {
			return hash ^ Objects.hashCode(value);
		}

		public String toString() {
			return key.toString() + "=" + value.toString();
		}
	}

	private transient Entry<?, ?>[] table;
	private transient int count;
	private int threshold;
	private final float loadFactor;
	private transient int modCount = 0;

	public Hashtable(int initialCapacity, float loadFactor) {
		if (initialCapacity < 0)
			throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
		if (loadFactor <= 0 || Float.isNaN(loadFactor))
			throw new IllegalArgumentException("Illegal Load: " + loadFactor);
		if (initialCapacity == 0)
			initialCapacity = 1;
		this.loadFactor = loadFactor;
		table = new Entry<?, ?>[initialCapacity];
		threshold = (int) Math.min(initialCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
	}

	public Hashtable(int initialCapacity) {
		this(initialCapacity, 0.75f);
	}

	public Hashtable() {
		this(11, 0.75f);
	}

	public Hashtable(Map<? extends K, ? extends V> t) {
		this(Math.max(2 * t.size(), 11), 0.75f);
		putAll(t);
	}

	public int size() {
		return count;
	}

	public boolean isEmpty() {
		return count == 0;
	}

	public Enumeration<K> keys() {
		return new Enumerator<K>(0, false);
	}

	public Enumeration<V> elements() {
		return new Enumerator<V>(1, false);
	}

	public boolean contains(Object value) {
		if (value == null)
			throw new NullPointerException();
		for (int i = table.length; i-- > 0;)
			for (Entry<?, ?> e = table[i]; e != null; e = e.next)
				if (e.value.equals(value))
					return true;
		return false;
	}

	public boolean containsValue(Object value) {
		return contains(value);
	}

	private int index(int hash) {
		return (hash & 0x7FFFFFFF) % table.length;
	}

	public boolean containsKey(Object key) {
		int hash = key.hashCode();
		for (Entry<?, ?> e = table[index(hash)]; e != null; e = e.next)
			if ((e.hash == hash) && e.key.equals(key))
				return true;
		return false;
	}

	@SuppressWarnings("unchecked")
	public V get(Object key) {
		int hash = key.hashCode();
		for (Entry<?, ?> e = table[index(hash)]; e != null; e = e.next)
			if ((e.hash == hash) && e.key.equals(key))
				return (V) e.value;
		return null;
	}

	@SuppressWarnings("unchecked")
	protected void rehash() {
		int oldCapacity = table.length;
		Entry<?, ?>[] oldMap = table;
		int newCapacity = (oldCapacity << 1) + 1;
		Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
		modCount++;
		threshold = (int) Math.min(newCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
		table = newMap;
		for (int i = oldCapacity; i-- > 0;) {
			for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null;) {
				Entry<K, V> e = old;
				old = old.next;
				int index = (e.hash & 0x7FFFFFFF) % newCapacity;
				e.next = (Entry<K, V>) newMap[index];
				newMap[index] = e;
			}
		}
	}

	@SuppressWarnings("unchecked")
	public V put(K key, V value) {
		if (value == null)
			throw new NullPointerException();
		int hash = key.hashCode();
		for (Entry<K, V> e = (Entry<K, V>) table[index(hash)]; e != null; e = e.next)
			if ((e.hash == hash) && e.key.equals(key)) {
				V old = e.value;
				e.value = value;
				return old;
			}
		if (count >= threshold)
			rehash();
		int index = index(hash);
		table[index] = new Entry<K, V>(hash, key, value, (Entry<K, V>) table[index]);
		count++;
		modCount++;
		return null;
	}

	@SuppressWarnings("unchecked")
	public V remove(Object key) {
		int hash = key.hashCode();
		int index = index(hash);
		Entry<K, V> prev = null;
		for (Entry<K, V> e = (Entry<K, V>) table[index]; e != null; prev = e, e = e.next) {
			if ((e.hash == hash) && e.key.equals(key)) {
				if (prev != null)
					prev.next = e.next;
				else
					table[index] = e.next;
				modCount++;
				count--;
				V oldValue = e.value;
				e.value = null;
				return oldValue;
			}
		}
		return null;
	}

	public void putAll(Map<? extends K, ? extends V> t) {
		for (Map.Entry<? extends K, ? extends V> e : t.entrySet())
			put(e.getKey(), e.getValue());
	}

	public void clear() {
		modCount++;
		for (int index = table.length; --index >= 0;)
			table[index] = null;
		count = 0;
	}

	@SuppressWarnings("unchecked")
	public Object clone() {
		Hashtable<K, V> t = new Hashtable<K, V>(table.length, loadFactor);
		for (int i = table.length; i-- > 0;) {
			Entry<K, V> copy = null, tail = null;
			for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; e = e.next) {
				Entry<K, V> c = new Entry<K, V>(e.hash, e.key, e.value, null);
				if (tail == null)
					copy = c;
				else
					tail.next = c;
				tail = c;
			}
			t.table[i] = copy;
		}
		t.count = count;
		t.threshold = threshold;
		return t;
	}

	public String toString() {
		int max = size() - 1;
		if (max == -1)
			return "{}";
		StringBuilder sb = new StringBuilder();
		Iterator<Map.Entry<K, V>> it = entrySet().iterator();
		sb.append('{');
		for (int i = 0;; i++) {
			Map.Entry<K, V> e = it.next();
			K key = e.getKey();
			V value = e.getValue();
			sb.append(key == this ? "(this Map)" : key.toString());
			sb.append('=');
			sb.append(value == this ? "(this Map)" : value.toString());
			if (i == max)
				return sb.append('}').toString();
			sb.append(", ");
		}
	}

	public Set<K> keySet() {
		return new AbstractSet<K>() {
			public Iterator<K> iterator() {
				return new Enumerator<K>(0, true);
			}

			public int size() {
				return count;
			}

			public boolean contains(Object o) {
				return containsKey(o);
			}

			public boolean remove(Object o) {
				return Hashtable.this.remove(o) != null;
			}

			public void clear() {
				Hashtable.this.clear();
			}
		};
	}

	public Set<Map.Entry<K, V>> entrySet() {
		return new AbstractSet<Map.Entry<K, V>>() {
			public Iterator<Map.Entry<K, V>> iterator() {
				return new Enumerator<Map.Entry<K, V>>(2, true);
			}

			public int size() {
				return count;
			}

			public void clear() {
				Hashtable.this.clear();
			}
		};
	}

	public Collection<V> values() {
		return new AbstractCollection<V>() {
			public Iterator<V> iterator() {
				return new Enumerator<V>(1, true);
			}

			public int size() {
				return count;
			}

			public boolean contains(Object o) {
				return containsValue(o);
			}

			public void clear() {
				Hashtable.this.clear();
			}
		};
	}

	public boolean equals(Object o) {
		if (o == this)
			return true;
		if (!(o instanceof Map))
			return false;
		Map<?, ?> t = (Map<?, ?>) o;
		if (t.size() != size())
			return false;
		for (Map.Entry<K, V> e : entrySet()) {
			K key = e.getKey();
			V value = e.getValue();
			if (!value.equals(t.get(key)))
				return false;
		}
		return true;
	}

	public int hashCode() {
		int h = 0;
		for (int i = 0; i < table.length; i++)
			for (Entry<?, ?> e = table[i]; e != null; e = e.next)
				h += e.hashCode();
		return h;
	}

	/* enumerates keys (0), values (1) or entries (2), last bucket first */
	private class Enumerator<T> implements Enumeration<T>, Iterator<T> {
		final int type;
		final boolean iterator;
		int index = table.length;
		Entry<?, ?> entry;
		Entry<?, ?> lastReturned;
		int expectedModCount = modCount;

		Enumerator(int type, boolean iterator) {
			this.type = type;
			this.iterator = iterator;
		}

		public boolean hasMoreElements() {
			Entry<?, ?> e = entry;
			int i = index;
			Entry<?, ?>[] t = table;
			while (e == null && i > 0)
				e = t[--i];
			entry = e;
			index = i;
			return e != null;
		}

		@SuppressWarnings("unchecked")
		public T nextElement() {
			Entry<?, ?> et = entry;
			int i = index;
			Entry<?, ?>[] t = table;
			while (et == null && i > 0)
				et = t[--i];
			entry = et;
			index = i;
			if (et != null) {
				Entry<?, ?> e = lastReturned = entry;
				entry = e.next;
				return type == 0 ? (T) e.key : (type == 1 ? (T) e.value : (T) e);
			}
			throw new NoSuchElementException("Hashtable Enumerator");
		}

		public boolean hasNext() {
			return hasMoreElements();
		}

		public T next() {
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
			return nextElement();
		}

		public void remove() {
			if (!iterator)
				throw new UnsupportedOperationException();
			if (lastReturned == null)
				throw new IllegalStateException("Hashtable Enumerator");
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
			Hashtable.this.remove(lastReturned.key);
			expectedModCount = modCount;
			lastReturned = null;
		}
	}
}
