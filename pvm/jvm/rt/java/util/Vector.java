/* java.util.Vector - a growable array with the JDK's legacy methods
 * (doubling, or by capacityIncrement). */
package java.util;

import java.util.function.Consumer;

public class Vector<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
	protected Object[] elementData;
	protected int elementCount;
	protected int capacityIncrement;

	public Vector(int initialCapacity, int capacityIncrement) {
		if (initialCapacity < 0)
			throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
		this.elementData = new Object[initialCapacity];
		this.capacityIncrement = capacityIncrement;
	}

	public Vector(int initialCapacity) {
		this(initialCapacity, 0);
	}

	public Vector() {
		this(10);
	}

	public Vector(Collection<? extends E> c) {
		Object[] a = c.toArray();
		elementCount = a.length;
		elementData = Arrays.copyOf(a, elementCount);
	}

	public void copyInto(Object[] anArray) {
		System.arraycopy(elementData, 0, anArray, 0, elementCount);
	}

	public void trimToSize() {
		modCount++;
		if (elementCount < elementData.length)
			elementData = Arrays.copyOf(elementData, elementCount);
	}

	private void grow(int minCapacity) {
		int old = elementData.length;
		int cap = old + ((capacityIncrement > 0) ? capacityIncrement : old);
		if (cap < minCapacity)
			cap = minCapacity;
		elementData = Arrays.copyOf(elementData, cap);
	}

	public void ensureCapacity(int minCapacity) {
		if (minCapacity > 0) {
			modCount++;
			if (minCapacity > elementData.length)
				grow(minCapacity);
		}
	}

	public void setSize(int newSize) {
		modCount++;
		if (newSize > elementData.length)
			grow(newSize);
		for (int i = newSize; i < elementCount; i++)
			elementData[i] = null;
		elementCount = newSize;
	}

	public int capacity() {
		return elementData.length;
	}

	public int size() {
		return elementCount;
	}

	public boolean isEmpty() {
		return elementCount == 0;
	}

	public Enumeration<E> elements() {
		return new Enumeration<E>() {
			int count = 0;

			public boolean hasMoreElements() {
				return count < elementCount;
			}

			public E nextElement() {
				if (count < elementCount)
					return elementData(count++);
				throw new NoSuchElementException("Vector Enumeration");
			}
		};
	}

	public boolean contains(Object o) {
		return indexOf(o, 0) >= 0;
	}

	public int indexOf(Object o) {
		return indexOf(o, 0);
	}

	public int indexOf(Object o, int index) {
		for (int i = index; i < elementCount; i++)
			if (Objects.equals(o, elementData[i]))
				return i;
		return -1;
	}

	public int lastIndexOf(Object o) {
		return lastIndexOf(o, elementCount - 1);
	}

	public int lastIndexOf(Object o, int index) {
		if (index >= elementCount)
			throw new IndexOutOfBoundsException(index + " >= " + elementCount);
		for (int i = index; i >= 0; i--)
			if (Objects.equals(o, elementData[i]))
				return i;
		return -1;
	}

	public E elementAt(int index) {
		if (index >= elementCount)
			throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
		return elementData(index);
	}

	public E firstElement() {
		if (elementCount == 0)
			throw new NoSuchElementException();
		return elementData(0);
	}

	public E lastElement() {
		if (elementCount == 0)
			throw new NoSuchElementException();
		return elementData(elementCount - 1);
	}

	public void setElementAt(E obj, int index) {
		if (index >= elementCount)
			throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
		elementData[index] = obj;
	}

	public void removeElementAt(int index) {
		if (index >= elementCount)
			throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
		if (index < 0)
			throw new ArrayIndexOutOfBoundsException(index);
		modCount++;
		System.arraycopy(elementData, index + 1, elementData, index, elementCount - index - 1);
		elementData[--elementCount] = null;
	}

	public void insertElementAt(E obj, int index) {
		if (index > elementCount)
			throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
		modCount++;
		if (elementCount == elementData.length)
			grow(elementCount + 1);
		System.arraycopy(elementData, index, elementData, index + 1, elementCount - index);
		elementData[index] = obj;
		elementCount++;
	}

	public void addElement(E obj) {
		modCount++;
		if (elementCount == elementData.length)
			grow(elementCount + 1);
		elementData[elementCount++] = obj;
	}

	public boolean removeElement(Object obj) {
		int i = indexOf(obj);
		if (i >= 0) {
			removeElementAt(i);
			return true;
		}
		return false;
	}

	public void removeAllElements() {
		modCount++;
		for (int i = 0; i < elementCount; i++)
			elementData[i] = null;
		elementCount = 0;
	}

	@SuppressWarnings("unchecked")
	public Object clone() {
		try {
			Vector<E> v = (Vector<E>) super.clone();
			v.elementData = Arrays.copyOf(elementData, elementCount);
			v.modCount = 0;
			return v;
		} catch (CloneNotSupportedException e) {
			throw new InternalError(e);
		}
	}

	public Object[] toArray() {
		return Arrays.copyOf(elementData, elementCount);
	}

	@SuppressWarnings("unchecked")
	public <T> T[] toArray(T[] a) {
		if (a.length < elementCount)
			return (T[]) Arrays.copyOf(elementData, elementCount);
		System.arraycopy(elementData, 0, a, 0, elementCount);
		if (a.length > elementCount)
			a[elementCount] = null;
		return a;
	}

	@SuppressWarnings("unchecked")
	E elementData(int index) {
		return (E) elementData[index];
	}

	public E get(int index) {
		if (index >= elementCount)
			throw new ArrayIndexOutOfBoundsException(index);
		return elementData(index);
	}

	public E set(int index, E element) {
		if (index >= elementCount)
			throw new ArrayIndexOutOfBoundsException(index);
		E oldValue = elementData(index);
		elementData[index] = element;
		return oldValue;
	}

	public boolean add(E e) {
		addElement(e);
		return true;
	}

	public boolean remove(Object o) {
		return removeElement(o);
	}

	public void add(int index, E element) {
		insertElementAt(element, index);
	}

	public E remove(int index) {
		modCount++;
		if (index >= elementCount)
			throw new ArrayIndexOutOfBoundsException(index);
		E oldValue = elementData(index);
		System.arraycopy(elementData, index + 1, elementData, index, elementCount - index - 1);
		elementData[--elementCount] = null;
		return oldValue;
	}

	public void clear() {
		removeAllElements();
	}

	public boolean addAll(Collection<? extends E> c) {
		Object[] a = c.toArray();
		modCount++;
		if (a.length == 0)
			return false;
		if (elementCount + a.length > elementData.length)
			grow(elementCount + a.length);
		System.arraycopy(a, 0, elementData, elementCount, a.length);
		elementCount += a.length;
		return true;
	}

	protected void removeRange(int fromIndex, int toIndex) {
		modCount++;
		System.arraycopy(elementData, toIndex, elementData, fromIndex, elementCount - toIndex);
		int newCount = elementCount - (toIndex - fromIndex);
		for (int i = newCount; i < elementCount; i++)
			elementData[i] = null;
		elementCount = newCount;
	}

	public void forEach(Consumer<? super E> action) {
		Objects.requireNonNull(action);
		int expected = modCount;
		for (int i = 0; modCount == expected && i < elementCount; i++)
			action.accept(elementData(i));
		if (modCount != expected)
			throw new ConcurrentModificationException();
	}
}
