/*
 * java.util.ArrayDeque - a circular array: elements from head, tail the
 * next free slot (head == tail only when empty: the array grows before it
 * fills). No nulls. Iteration runs head to tail.
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
	transient Object[] elements;
	transient int head;
	transient int tail;

	public ArrayDeque() {
		elements = new Object[16 + 1];
	}

	public ArrayDeque(int numElements) {
		elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
	}

	public ArrayDeque(Collection<? extends E> c) {
		this(c.size());
		for (E e : c)
			addLast(e);
	}

	private int inc(int i) {
		return ++i >= elements.length ? 0 : i;
	}

	private int dec(int i) {
		return --i < 0 ? elements.length - 1 : i;
	}

	@SuppressWarnings("unchecked")
	private E at(int i) {
		return (E) elements[i];
	}

	public void addFirst(E e) {
		if (e == null)
			throw new NullPointerException();
		head = dec(head);
		elements[head] = e;
		if (head == tail)
			growFull();
	}

	public void addLast(E e) {
		if (e == null)
			throw new NullPointerException();
		elements[tail] = e;
		tail = inc(tail);
		if (head == tail)
			growFull();
	}

	/* the array is full (head == tail after an add): double it in order */
	private void growFull() {
		int old = elements.length;
		int cap = old < 64 ? old + old + 2 : old + (old >> 1);
		Object[] es = new Object[cap];
		int i = 0;
		for (int j = head; i < old; i++, j = inc(j))
			es[i] = elements[j];
		elements = es;
		head = 0;
		tail = old;
	}

	public boolean addAll(Collection<? extends E> c) {
		boolean changed = false;
		for (E e : c) {
			addLast(e);
			changed = true;
		}
		return changed;
	}

	public boolean offerFirst(E e) {
		addFirst(e);
		return true;
	}

	public boolean offerLast(E e) {
		addLast(e);
		return true;
	}

	public E removeFirst() {
		E e = pollFirst();
		if (e == null)
			throw new NoSuchElementException();
		return e;
	}

	public E removeLast() {
		E e = pollLast();
		if (e == null)
			throw new NoSuchElementException();
		return e;
	}

	public E pollFirst() {
		if (head == tail)
			return null;
		E e = at(head);
		elements[head] = null;
		head = inc(head);
		return e;
	}

	public E pollLast() {
		if (head == tail)
			return null;
		tail = dec(tail);
		E e = at(tail);
		elements[tail] = null;
		return e;
	}

	public E getFirst() {
		if (head == tail)
			throw new NoSuchElementException();
		return at(head);
	}

	public E getLast() {
		if (head == tail)
			throw new NoSuchElementException();
		return at(dec(tail));
	}

	public E peekFirst() {
		return head == tail ? null : at(head);
	}

	public E peekLast() {
		return head == tail ? null : at(dec(tail));
	}

	public boolean removeFirstOccurrence(Object o) {
		if (o != null)
			for (int i = head; i != tail; i = inc(i))
				if (o.equals(elements[i])) {
					delete(i);
					return true;
				}
		return false;
	}

	public boolean removeLastOccurrence(Object o) {
		if (o != null)
			for (int i = dec(tail), n = size(); n > 0; i = dec(i), n--)
				if (o.equals(elements[i])) {
					delete(i);
					return true;
				}
		return false;
	}

	/* Remove slot i, closing the gap from the tail side. */
	void delete(int i) {
		for (int j = i, k = inc(i); k != tail; j = k, k = inc(k))
			elements[j] = elements[k];
		tail = dec(tail);
		elements[tail] = null;
	}

	public boolean add(E e) {
		addLast(e);
		return true;
	}

	public boolean offer(E e) {
		return offerLast(e);
	}

	public E remove() {
		return removeFirst();
	}

	public E poll() {
		return pollFirst();
	}

	public E element() {
		return getFirst();
	}

	public E peek() {
		return peekFirst();
	}

	public void push(E e) {
		addFirst(e);
	}

	public E pop() {
		return removeFirst();
	}

	public int size() {
		int n = tail - head;
		return n < 0 ? n + elements.length : n;
	}

	public boolean isEmpty() {
		return head == tail;
	}

	public Iterator<E> iterator() {
		return new Iterator<E>() {
			int cursor = head, last = -1, remaining = size();

			public boolean hasNext() {
				return remaining > 0;
			}

			public E next() {
				if (remaining <= 0)
					throw new NoSuchElementException();
				E e = at(cursor);
				if (e == null)
					throw new ConcurrentModificationException();
				last = cursor;
				cursor = inc(cursor);
				remaining--;
				return e;
			}

			public void remove() {
				if (last < 0)
					throw new IllegalStateException();
				delete(last);
				cursor = last;
				last = -1;
			}
		};
	}

	public Iterator<E> descendingIterator() {
		return new Iterator<E>() {
			int cursor = dec(tail), last = -1, remaining = size();

			public boolean hasNext() {
				return remaining > 0;
			}

			public E next() {
				if (remaining <= 0)
					throw new NoSuchElementException();
				E e = at(cursor);
				if (e == null)
					throw new ConcurrentModificationException();
				last = cursor;
				cursor = dec(cursor);
				remaining--;
				return e;
			}

			public void remove() {
				if (last < 0)
					throw new IllegalStateException();
				delete(last);
				last = -1;
			}
		};
	}

	public void forEach(Consumer<? super E> action) {
		Objects.requireNonNull(action);
		for (int i = head; i != tail; i = inc(i))
			action.accept(at(i));
	}

	public boolean removeIf(Predicate<? super E> filter) {
		Objects.requireNonNull(filter);
		boolean removed = false;
		for (Iterator<E> it = iterator(); it.hasNext();)
			if (filter.test(it.next())) {
				it.remove();
				removed = true;
			}
		return removed;
	}

	public boolean contains(Object o) {
		if (o != null)
			for (int i = head; i != tail; i = inc(i))
				if (o.equals(elements[i]))
					return true;
		return false;
	}

	public boolean remove(Object o) {
		return removeFirstOccurrence(o);
	}

	public void clear() {
		for (int i = head; i != tail; i = inc(i))
			elements[i] = null;
		head = tail = 0;
	}

	public Object[] toArray() {
		Object[] a = new Object[size()];
		int k = 0;
		for (int i = head; i != tail; i = inc(i))
			a[k++] = elements[i];
		return a;
	}

	@SuppressWarnings("unchecked")
	public <T> T[] toArray(T[] a) {
		int n = size();
		T[] r = a.length >= n ? a : (T[]) new Object[n];
		int k = 0;
		for (int i = head; i != tail; i = inc(i))
			r[k++] = (T) elements[i];
		if (r.length > n)
			r[n] = null;
		return r;
	}

	public ArrayDeque<E> clone() {
		ArrayDeque<E> d = new ArrayDeque<E>(size());
		for (int i = head; i != tail; i = inc(i))
			d.addLast(at(i));
		return d;
	}
}
