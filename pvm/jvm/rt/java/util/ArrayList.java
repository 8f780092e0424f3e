/*
 * java.util.ArrayList - elements in an Object[] (size used); the array
 * grows by half (10 at the first add to an empty list). Iterators fail
 * fast on modCount, as the JDK's, with the JDK's messages.
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class ArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
	private static final Object[] EMPTY = {};

	private Object[] data;
	private int size;

	public ArrayList(int initialCapacity) {
		if (initialCapacity < 0)
			throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
		data = initialCapacity == 0 ? EMPTY : new Object[initialCapacity];
	}

	public ArrayList() {
		data = EMPTY;
	}

	public ArrayList(Collection<? extends E> c) {
		Object[] a = c.toArray();
		size = a.length;
		data = size == 0 ? EMPTY : Arrays.copyOf(a, size);
	}

	private void grow(int min) {
		int old = data.length;
		int cap = old + (old >> 1);
		if (cap < min)
			cap = min;
		if (old == 0 && cap < 10)
			cap = 10;
		data = Arrays.copyOf(data, cap);
	}

	public void trimToSize() {
		modCount++;
		if (size < data.length)
			data = size == 0 ? EMPTY : Arrays.copyOf(data, size);
	}

	public void ensureCapacity(int minCapacity) {
		if (minCapacity > data.length) {
			modCount++;
			grow(minCapacity);
		}
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	public boolean contains(Object o) {
		return indexOf(o) >= 0;
	}

	public int indexOf(Object o) {
		for (int i = 0; i < size; i++)
			if (o == null ? data[i] == null : o.equals(data[i]))
				return i;
		return -1;
	}

	public int lastIndexOf(Object o) {
		for (int i = size - 1; i >= 0; i--)
			if (o == null ? data[i] == null : o.equals(data[i]))
				return i;
		return -1;
	}

	public Object clone() {
		ArrayList<E> v = new ArrayList<E>(size);
		System.arraycopy(data, 0, v.data, 0, size);
		v.size = size;
		return v;
	}

	public Object[] toArray() {
		return Arrays.copyOf(data, size);
	}

	@SuppressWarnings("unchecked")
	public <T> T[] toArray(T[] a) {
		if (a.length < size) {
			T[] r = (T[]) phantom.jrt.Rt.newArrayLike(a, size);
			System.arraycopy(data, 0, r, 0, size);
			return r;
		}
		System.arraycopy(data, 0, a, 0, size);
		if (a.length > size)
			a[size] = null;
		return a;
	}

	@SuppressWarnings("unchecked")
	E elementData(int index) {
		return (E) data[index];
	}

	public E get(int index) {
		Objects.checkIndex(index, size);
		return elementData(index);
	}

	public E set(int index, E element) {
		Objects.checkIndex(index, size);
		E old = elementData(index);
		data[index] = element;
		return old;
	}

	public boolean add(E e) {
		modCount++;
		if (size == data.length)
			grow(size + 1);
		data[size++] = e;
		return true;
	}

	public void add(int index, E element) {
		rangeCheckForAdd(index);
		modCount++;
		if (size == data.length)
			grow(size + 1);
		System.arraycopy(data, index, data, index + 1, size - index);
		data[index] = element;
		size++;
	}

	public E remove(int index) {
		Objects.checkIndex(index, size);
		modCount++;
		E old = elementData(index);
		fastRemove(index);
		return old;
	}

	public boolean equals(Object o) {
		return super.equals(o);
	}

	public int hashCode() {
		return super.hashCode();
	}

	public boolean remove(Object o) {
		int i = indexOf(o);
		if (i < 0)
			return false;
		modCount++;
		fastRemove(i);
		return true;
	}

	private void fastRemove(int i) {
		int moved = size - i - 1;
		if (moved > 0)
			System.arraycopy(data, i + 1, data, i, moved);
		data[--size] = null;
	}

	public void clear() {
		modCount++;
		for (int i = 0; i < size; i++)
			data[i] = null;
		size = 0;
	}

	public boolean addAll(Collection<? extends E> c) {
		Object[] a = c.toArray();
		modCount++;
		if (a.length == 0)
			return false;
		if (size + a.length > data.length)
			grow(size + a.length);
		System.arraycopy(a, 0, data, size, a.length);
		size += a.length;
		return true;
	}

	public boolean addAll(int index, Collection<? extends E> c) {
		rangeCheckForAdd(index);
		Object[] a = c.toArray();
		modCount++;
		if (a.length == 0)
			return false;
		if (size + a.length > data.length)
			grow(size + a.length);
		System.arraycopy(data, index, data, index + a.length, size - index);
		System.arraycopy(a, 0, data, index, a.length);
		size += a.length;
		return true;
	}

	protected void removeRange(int fromIndex, int toIndex) {
		if (fromIndex > toIndex)
			throw new IndexOutOfBoundsException(
					"From Index: " + fromIndex + " > To Index: " + toIndex);
		modCount++;
		System.arraycopy(data, toIndex, data, fromIndex, size - toIndex);
		int newSize = size - (toIndex - fromIndex);
		for (int i = newSize; i < size; i++)
			data[i] = null;
		size = newSize;
	}

	private void rangeCheckForAdd(int index) {
		if (index > size || index < 0)
			throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
	}

	public boolean removeAll(Collection<?> c) {
		Objects.requireNonNull(c);
		return keepIf(c, false);
	}

	public boolean retainAll(Collection<?> c) {
		Objects.requireNonNull(c);
		return keepIf(c, true);
	}

	/* Keep the elements whose membership in c is `member`. */
	private boolean keepIf(Collection<?> c, boolean member) {
		int w = 0;
		for (int r = 0; r < size; r++)
			if (c.contains(data[r]) == member)
				data[w++] = data[r];
		if (w == size)
			return false;
		for (int i = w; i < size; i++)
			data[i] = null;
		modCount++;
		size = w;
		return true;
	}

	public boolean removeIf(Predicate<? super E> filter) {
		Objects.requireNonNull(filter);
		int expected = modCount;
		boolean[] dead = new boolean[size];
		int n = 0;
		for (int i = 0; i < size && modCount == expected; i++)
			if (filter.test(elementData(i))) {
				dead[i] = true;
				n++;
			}
		if (modCount != expected)
			throw new ConcurrentModificationException();
		if (n == 0)
			return false;
		int w = 0;
		for (int r = 0; r < size; r++)
			if (!dead[r])
				data[w++] = data[r];
		for (int i = w; i < size; i++)
			data[i] = null;
		size = w;
		modCount++;
		return true;
	}

	public void replaceAll(UnaryOperator<E> operator) {
		Objects.requireNonNull(operator);
		int expected = modCount;
		for (int i = 0; modCount == expected && i < size; i++)
			data[i] = operator.apply(elementData(i));
		if (modCount != expected)
			throw new ConcurrentModificationException();
		modCount++;
	}

	@SuppressWarnings("unchecked")
	public void sort(Comparator<? super E> c) {
		int expected = modCount;
		Arrays.sort((E[]) data, 0, size, c);
		if (modCount != expected)
			throw new ConcurrentModificationException();
		modCount++;
	}

	public void forEach(Consumer<? super E> action) {
		Objects.requireNonNull(action);
		int expected = modCount;
		for (int i = 0; modCount == expected && i < size; i++)
			action.accept(elementData(i));
		if (modCount != expected)
			throw new ConcurrentModificationException();
	}

	public Iterator<E> iterator() {
		return new Itr();
	}

	public ListIterator<E> listIterator() {
		return new ListItr(0);
	}

	public ListIterator<E> listIterator(int index) {
		rangeCheckForAdd(index);
		return new ListItr(index);
	}

	private class Itr implements Iterator<E> {
		int cursor;
		int lastRet = -1;
		int expectedModCount = modCount;

		public boolean hasNext() {
			return cursor != size;
		}

		public E next() {
			checkForComodification();
			int i = cursor;
			if (i >= size)
				throw new NoSuchElementException();
			if (i >= data.length)
				throw new ConcurrentModificationException();
			cursor = i + 1;
			return elementData(lastRet = i);
		}

		public void remove() {
			if (lastRet < 0)
				throw new IllegalStateException();
			checkForComodification();
			ArrayList.this.remove(lastRet);
			cursor = lastRet;
			lastRet = -1;
			expectedModCount = modCount;
		}

		public void forEachRemaining(Consumer<? super E> action) {
			Objects.requireNonNull(action);
			while (cursor < size && modCount == expectedModCount) {
				lastRet = cursor;
				action.accept(elementData(cursor++));
			}
			checkForComodification();
		}

		final void checkForComodification() {
			if (modCount != expectedModCount)
				throw new ConcurrentModificationException();
		}
	}

	private class ListItr extends Itr implements ListIterator<E> {
		ListItr(int index) {
			cursor = index;
		}

		public boolean hasPrevious() {
			return cursor != 0;
		}

		public int nextIndex() {
			return cursor;
		}

		public int previousIndex() {
			return cursor - 1;
		}

		public E previous() {
			checkForComodification();
			int i = cursor - 1;
			if (i < 0)
				throw new NoSuchElementException();
			if (i >= data.length)
				throw new ConcurrentModificationException();
			cursor = i;
			return elementData(lastRet = i);
		}

		public void set(E e) {
			if (lastRet < 0)
				throw new IllegalStateException();
			checkForComodification();
			ArrayList.this.set(lastRet, e);
		}

		public void add(E e) {
			checkForComodification();
			ArrayList.this.add(cursor++, e);
			lastRet = -1;
			expectedModCount = modCount;
		}
	}
}
