/*
 * java.util.LinkedHashMap - a HashMap whose nodes are also on a doubly
 * linked list, in insertion order (or access order: a get or put of a key
 * moves it to the end); iteration follows the list. removeEldestEntry is
 * asked after every insertion, as the JDK does (LRU caches).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

public class LinkedHashMap<K, V> extends HashMap<K, V> implements Map<K, V> {
	static class Entry<K, V> extends HashMap.Node<K, V> {
		Entry<K, V> before, after;

		Entry(int hash, K key, V value, Node<K, V> next) {
			super(hash, key, value, next);
		}
	}

	transient LinkedHashMap.Entry<K, V> head;
	transient LinkedHashMap.Entry<K, V> tail;
	final boolean accessOrder;

	public LinkedHashMap(int initialCapacity, float loadFactor) {
		super(initialCapacity, loadFactor);
		accessOrder = false;
	}

	public LinkedHashMap(int initialCapacity) {
		super(initialCapacity);
		accessOrder = false;
	}

	public LinkedHashMap() {
		super();
		accessOrder = false;
	}

	public LinkedHashMap(Map<? extends K, ? extends V> m) {
		super();
		accessOrder = false;
		putMapEntries(m, false);
	}

	public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
		super(initialCapacity, loadFactor);
		this.accessOrder = accessOrder;
	}

	private void linkLast(LinkedHashMap.Entry<K, V> p) {
		LinkedHashMap.Entry<K, V> last = tail;
		tail = p;
		if (last == null)
			head = p;
		else {
			p.before = last;
			last.after = p;
		}
	}

	void reinitialize() {
		super.reinitialize();
		head = tail = null;
	}

	Node<K, V> newNode(int hash, K key, V value, Node<K, V> e) {
		LinkedHashMap.Entry<K, V> p = new LinkedHashMap.Entry<K, V>(hash, key, value, e);
		linkLast(p);
		return p;
	}

	void afterNodeRemoval(Node<K, V> e) {
		LinkedHashMap.Entry<K, V> p = (LinkedHashMap.Entry<K, V>) e, b = p.before, a = p.after;
		p.before = p.after = null;
		if (b == null)
			head = a;
		else
			b.after = a;
		if (a == null)
			tail = b;
		else
			a.before = b;
	}

	void afterNodeInsertion(boolean evict) {
		LinkedHashMap.Entry<K, V> first = head;
		if (evict && first != null && removeEldestEntry(first)) {
			K key = first.key;
			removeNode(hash(key), key, null, false);
		}
	}

	void afterNodeAccess(Node<K, V> e) {
		LinkedHashMap.Entry<K, V> last = tail;
		if (accessOrder && last != e) {
			LinkedHashMap.Entry<K, V> p = (LinkedHashMap.Entry<K, V>) e, b = p.before, a = p.after;
			p.after = null;
			if (b == null)
				head = a;
			else
				b.after = a;
			if (a != null)
				a.before = b;
			else
				last = b;
			if (last == null)
				head = p;
			else {
				p.before = last;
				last.after = p;
			}
			tail = p;
			++modCount;
		}
	}

	Node<K, V> firstNode() {
		return head;
	}

	Node<K, V> nextNode(Node<K, V> e) {
		return ((LinkedHashMap.Entry<K, V>) e).after;
	}

	public boolean containsValue(Object value) {
		for (LinkedHashMap.Entry<K, V> e = head; e != null; e = e.after)
			if (Objects.equals(value, e.value))
				return true;
		return false;
	}

	public V get(Object key) {
		Node<K, V> e = getNode(key);
		if (e == null)
			return null;
		if (accessOrder)
			afterNodeAccess(e);
		return e.value;
	}

	public V getOrDefault(Object key, V defaultValue) {
		Node<K, V> e = getNode(key);
		if (e == null)
			return defaultValue;
		if (accessOrder)
			afterNodeAccess(e);
		return e.value;
	}

	public void clear() {
		super.clear();
		head = tail = null;
	}

	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return false;
	}

	public void forEach(BiConsumer<? super K, ? super V> action) {
		Objects.requireNonNull(action);
		int mc = modCount;
		for (LinkedHashMap.Entry<K, V> e = head; e != null; e = e.after)
			action.accept(e.key, e.value);
		if (modCount != mc)
			throw new ConcurrentModificationException();
	}

	public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
		Objects.requireNonNull(function);
		int mc = modCount;
		for (LinkedHashMap.Entry<K, V> e = head; e != null; e = e.after)
			e.value = function.apply(e.key, e.value);
		if (modCount != mc)
			throw new ConcurrentModificationException();
	}
}
