/*
 * java.util.PriorityQueue - a binary min-heap in an array: queue[k]'s
 * children are queue[2k+1] and queue[2k+2], no child less than its parent
 * (by compareTo or the comparator). offer sifts up, poll moves the last
 * element to the root and sifts it down (the smaller child rising, the
 * left one on a tie), a built queue is heapified bottom-up: the same
 * steps as the JDK's, so iteration and toString show the same array order.
 */
package java.util;

import java.util.function.Consumer;

public class PriorityQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
	transient Object[] queue;
	int size;
	private final Comparator<? super E> comparator;
	transient int modCount;

	public PriorityQueue() {
		this(11, null);
	}

	public PriorityQueue(int initialCapacity) {
		this(initialCapacity, null);
	}

	public PriorityQueue(Comparator<? super E> comparator) {
		this(11, comparator);
	}

	public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
		if (initialCapacity < 1)
			throw new IllegalArgumentException();
		this.queue = new Object[initialCapacity];
		this.comparator = comparator;
	}

	@SuppressWarnings("unchecked")
	public PriorityQueue(Collection<? extends E> c) {
		if (c instanceof SortedSet<?>) {
			this.comparator = (Comparator<? super E>) ((SortedSet<?>) c).comparator();
			initElements(c);
		} else if (c instanceof PriorityQueue<?>) {
			this.comparator = (Comparator<? super E>) ((PriorityQueue<?>) c).comparator();
			initElements(c);
		} else {
			this.comparator = null;
			initElements(c);
			heapify();
		}
	}

	@SuppressWarnings("unchecked")
	public PriorityQueue(PriorityQueue<? extends E> c) {
		this.comparator = (Comparator<? super E>) c.comparator();
		initElements(c);
	}

	@SuppressWarnings("unchecked")
	public PriorityQueue(SortedSet<? extends E> c) {
		this.comparator = (Comparator<? super E>) c.comparator();
		initElements(c);
	}

	private void initElements(Collection<? extends E> c) {
		Object[] es = c.toArray();
		for (int i = 0; i < es.length; i++)
			if (es[i] == null)
				throw new NullPointerException();
		this.queue = es.length > 0 ? es : new Object[1];
		this.size = es.length;
	}

	private void grow(int minCapacity) {
		int old = queue.length;
		int cap = old + (old < 64 ? old + 2 : old >> 1);
		if (cap < minCapacity)
			cap = minCapacity;
		queue = Arrays.copyOf(queue, cap);
	}

	public boolean add(E e) {
		return offer(e);
	}

	public boolean offer(E e) {
		if (e == null)
			throw new NullPointerException();
		modCount++;
		int i = size;
		if (i >= queue.length)
			grow(i + 1);
		siftUp(i, e);
		size = i + 1;
		return true;
	}

	@SuppressWarnings("unchecked")
	public E peek() {
		return (E) queue[0];
	}

	private int indexOf(Object o) {
		if (o != null)
			for (int i = 0; i < size; i++)
				if (o.equals(queue[i]))
					return i;
		return -1;
	}

	public boolean remove(Object o) {
		int i = indexOf(o);
		if (i == -1)
			return false;
		removeAt(i);
		return true;
	}

	public boolean contains(Object o) {
		return indexOf(o) >= 0;
	}

	public Object[] toArray() {
		return Arrays.copyOf(queue, size);
	}

	@SuppressWarnings("unchecked")
	public <T> T[] toArray(T[] a) {
		if (a.length < size)
			return (T[]) Arrays.copyOf(queue, size);
		System.arraycopy(queue, 0, a, 0, size);
		if (a.length > size)
			a[size] = null;
		return a;
	}

	public Iterator<E> iterator() {
		return new Itr();
	}

	private final class Itr implements Iterator<E> {
		private int cursor;
		private int lastRet = -1;
		private ArrayDeque<E> forgetMeNot; /* elements moved before the cursor by a remove */
		private E lastRetElt;
		private int expectedModCount = modCount;

		public boolean hasNext() {
			return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
		}

		@SuppressWarnings("unchecked")
		public E next() {
			if (expectedModCount != modCount)
				throw new ConcurrentModificationException();
			if (cursor < size)
				return (E) queue[lastRet = cursor++];
			if (forgetMeNot != null) {
				lastRet = -1;
				lastRetElt = forgetMeNot.poll();
				if (lastRetElt != null)
					return lastRetElt;
			}
			throw new NoSuchElementException();
		}

		public void remove() {
			if (expectedModCount != modCount)
				throw new ConcurrentModificationException();
			if (lastRet != -1) {
				E moved = PriorityQueue.this.removeAt(lastRet);
				lastRet = -1;
				if (moved == null)
					cursor--;
				else {
					if (forgetMeNot == null)
						forgetMeNot = new ArrayDeque<E>();
					forgetMeNot.add(moved);
				}
			} else if (lastRetElt != null) {
				for (int i = 0; i < size; i++)
					if (queue[i] == lastRetElt) {
						removeAt(i);
						break;
					}
				lastRetElt = null;
			} else {
				throw new IllegalStateException();
			}
			expectedModCount = modCount;
		}
	}

	public int size() {
		return size;
	}

	public void clear() {
		modCount++;
		for (int i = 0; i < size; i++)
			queue[i] = null;
		size = 0;
	}

	@SuppressWarnings("unchecked")
	public E poll() {
		if (size == 0)
			return null;
		Object[] es = queue;
		E result = (E) es[0];
		modCount++;
		int n = --size;
		Object x = es[n];
		es[n] = null;
		if (n > 0)
			siftDown(0, x, n);
		return result;
	}

	/* Remove queue[i]; the element moved from the end to before i, if
	 * any (an iterator must still return it), else null. */
	@SuppressWarnings("unchecked")
	E removeAt(int i) {
		Object[] es = queue;
		modCount++;
		int s = --size;
		if (s == i) {
			es[i] = null;
		} else {
			E moved = (E) es[s];
			es[s] = null;
			siftDown(i, moved, s);
			if (es[i] == moved) {
				siftUp(i, moved);
				if (es[i] != moved)
					return moved;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private int cmp(Object a, Object b) {
		if (comparator != null)
			return comparator.compare((E) a, (E) b);
		return ((Comparable<? super E>) a).compareTo((E) b);
	}

	/* x into the hole at k, moving parents down while x is less */
	private void siftUp(int k, Object x) {
		Object[] es = queue;
		while (k > 0) {
			int parent = (k - 1) >>> 1;
			Object e = es[parent];
			if (cmp(x, e) >= 0)
				break;
			es[k] = e;
			k = parent;
		}
		es[k] = x;
	}

	/* x into the hole at k of a heap of n, moving the lesser child up
	 * while it is less than x */
	private void siftDown(int k, Object x, int n) {
		Object[] es = queue;
		int half = n >>> 1;
		while (k < half) {
			int child = (k << 1) + 1;
			Object c = es[child];
			int right = child + 1;
			if (right < n && cmp(c, es[right]) > 0)
				c = es[child = right];
			if (cmp(x, c) <= 0)
				break;
			es[k] = c;
			k = child;
		}
		es[k] = x;
	}

	private void heapify() {
		Object[] es = queue;
		int n = size;
		for (int i = (n >>> 1) - 1; i >= 0; i--)
			siftDown(i, es[i], n);
	}

	public Comparator<? super E> comparator() {
		return comparator;
	}

	@SuppressWarnings("unchecked")
	public void forEach(Consumer<? super E> action) {
		Objects.requireNonNull(action);
		int expected = modCount;
		for (int i = 0; i < size; i++)
			action.accept((E) queue[i]);
		if (expected != modCount)
			throw new ConcurrentModificationException();
	}
}
