/*
 * java.util.AbstractList - as in the JDK: a list over get/set/add/remove
 * by index, its iterators failing fast on modCount, equals and hashCode
 * by elements, and subList views (SubList) that check the backing list's
 * modCount.
 */
package java.util;

public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
	protected transient int modCount = 0;

	protected AbstractList() {
	}

	public boolean add(E e) {
		add(size(), e);
		return true;
	}

	public abstract E get(int index);

	public E set(int index, E element) {
		throw new UnsupportedOperationException();
	}

	public void add(int index, E element) {
		throw new UnsupportedOperationException();
	}

	public E remove(int index) {
		throw new UnsupportedOperationException();
	}

	public int indexOf(Object o) {
		ListIterator<E> it = listIterator();
		while (it.hasNext())
			if (Objects.equals(o, it.next()))
				return it.previousIndex();
		return -1;
	}

	public int lastIndexOf(Object o) {
		ListIterator<E> it = listIterator(size());
		while (it.hasPrevious())
			if (Objects.equals(o, it.previous()))
				return it.nextIndex();
		return -1;
	}

	public void clear() {
		removeRange(0, size());
	}

	public boolean addAll(int index, Collection<? extends E> c) {
		rangeCheckForAdd(index);
		boolean modified = false;
		for (E e : c) {
			add(index++, e);
			modified = true;
		}
		return modified;
	}

	public Iterator<E> iterator() {
		return new Itr();
	}

	public ListIterator<E> listIterator() {
		return listIterator(0);
	}

	public ListIterator<E> listIterator(final int index) {
		rangeCheckForAdd(index);
		return new ListItr(index);
	}

	private class Itr implements Iterator<E> {
		int cursor = 0;
		int lastRet = -1;
		int expectedModCount = modCount;

		public boolean hasNext() {
			return cursor != size();
		}

		public E next() {
			checkForComodification();
			int i = cursor;
			if (i >= size())
				throw new NoSuchElementException();
			E next = get(i);
			lastRet = i;
			cursor = i + 1;
			return next;
		}

		public void remove() {
			if (lastRet < 0)
				throw new IllegalStateException();
			checkForComodification();
			AbstractList.this.remove(lastRet);
			if (lastRet < cursor)
				cursor--;
			lastRet = -1;
			expectedModCount = modCount;
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

		public E previous() {
			checkForComodification();
			int i = cursor - 1;
			if (i < 0)
				throw new NoSuchElementException();
			E previous = get(i);
			lastRet = cursor = i;
			return previous;
		}

		public int nextIndex() {
			return cursor;
		}

		public int previousIndex() {
			return cursor - 1;
		}

		public void set(E e) {
			if (lastRet < 0)
				throw new IllegalStateException();
			checkForComodification();
			AbstractList.this.set(lastRet, e);
			expectedModCount = modCount;
		}

		public void add(E e) {
			checkForComodification();
			AbstractList.this.add(cursor++, e);
			lastRet = -1;
			expectedModCount = modCount;
		}
	}

	public List<E> subList(int fromIndex, int toIndex) {
		subListRangeCheck(fromIndex, toIndex, size());
		return new SubList<E>(this, fromIndex, toIndex);
	}

	static void subListRangeCheck(int fromIndex, int toIndex, int size) {
		if (fromIndex < 0)
			throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
		if (toIndex > size)
			throw new IndexOutOfBoundsException("toIndex = " + toIndex);
		if (fromIndex > toIndex)
			throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
	}

	public boolean equals(Object o) {
		if (o == this)
			return true;
		if (!(o instanceof List))
			return false;
		Iterator<E> e1 = iterator();
		Iterator<?> e2 = ((List<?>) o).iterator();
		while (e1.hasNext() && e2.hasNext())
			if (!Objects.equals(e1.next(), e2.next()))
				return false;
		return !(e1.hasNext() || e2.hasNext());
	}

	public int hashCode() {
		int h = 1;
		for (E e : this)
			h = 31 * h + (e == null ? 0 : e.hashCode());
		return h;
	}

	protected void removeRange(int fromIndex, int toIndex) {
		ListIterator<E> it = listIterator(fromIndex);
		for (int i = 0, n = toIndex - fromIndex; i < n; i++) {
			it.next();
			it.remove();
		}
	}

	private void rangeCheckForAdd(int index) {
		if (index < 0 || index > size())
			throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
	}

	/* A view of [from, to) of a list, valid while only it changes the list. */
	static class SubList<E> extends AbstractList<E> implements RandomAccess {
		private final AbstractList<E> root;
		private final SubList<E> parent;
		private final int offset;
		int size;

		SubList(AbstractList<E> root, int fromIndex, int toIndex) {
			this.root = root;
			this.parent = null;
			this.offset = fromIndex;
			this.size = toIndex - fromIndex;
			this.modCount = root.modCount;
		}

		private SubList(SubList<E> parent, int fromIndex, int toIndex) {
			this.root = parent.root;
			this.parent = parent;
			this.offset = parent.offset + fromIndex;
			this.size = toIndex - fromIndex;
			this.modCount = root.modCount;
		}

		public E set(int index, E element) {
			Objects.checkIndex(index, size);
			checkForComodification();
			return root.set(offset + index, element);
		}

		public E get(int index) {
			Objects.checkIndex(index, size);
			checkForComodification();
			return root.get(offset + index);
		}

		public int size() {
			checkForComodification();
			return size;
		}

		public void add(int index, E element) {
			rangeCheckForAdd(index);
			checkForComodification();
			root.add(offset + index, element);
			updateSizeAndModCount(1);
		}

		public E remove(int index) {
			Objects.checkIndex(index, size);
			checkForComodification();
			E result = root.remove(offset + index);
			updateSizeAndModCount(-1);
			return result;
		}

		protected void removeRange(int fromIndex, int toIndex) {
			checkForComodification();
			root.removeRange(offset + fromIndex, offset + toIndex);
			updateSizeAndModCount(fromIndex - toIndex);
		}

		public boolean addAll(Collection<? extends E> c) {
			return addAll(size, c);
		}

		public boolean addAll(int index, Collection<? extends E> c) {
			rangeCheckForAdd(index);
			int cSize = c.size();
			if (cSize == 0)
				return false;
			checkForComodification();
			root.addAll(offset + index, c);
			updateSizeAndModCount(cSize);
			return true;
		}

		public Iterator<E> iterator() {
			return listIterator();
		}

		public ListIterator<E> listIterator(final int index) {
			checkForComodification();
			rangeCheckForAdd(index);
			final SubList<E> self = this;
			return new ListIterator<E>() {
				private final ListIterator<E> i = root.listIterator(offset + index);

				public boolean hasNext() {
					return nextIndex() < self.size;
				}

				public E next() {
					if (hasNext())
						return i.next();
					throw new NoSuchElementException();
				}

				public boolean hasPrevious() {
					return previousIndex() >= 0;
				}

				public E previous() {
					if (hasPrevious())
						return i.previous();
					throw new NoSuchElementException();
				}

				public int nextIndex() {
					return i.nextIndex() - offset;
				}

				public int previousIndex() {
					return i.previousIndex() - offset;
				}

				public void remove() {
					i.remove();
					updateSizeAndModCount(-1);
				}

				public void set(E e) {
					i.set(e);
				}

				public void add(E e) {
					i.add(e);
					updateSizeAndModCount(1);
				}
			};
		}

		public List<E> subList(int fromIndex, int toIndex) {
			subListRangeCheck(fromIndex, toIndex, size);
			return new SubList<E>(this, fromIndex, toIndex);
		}

		private void rangeCheckForAdd(int index) {
			if (index < 0 || index > size)
				throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
		}

		private void checkForComodification() {
			if (root.modCount != this.modCount)
				throw new ConcurrentModificationException();
		}

		private void updateSizeAndModCount(int sizeChange) {
			SubList<E> slist = this;
			do {
				slist.size += sizeChange;
				slist.modCount = root.modCount;
				slist = slist.parent;
			} while (slist != null);
		}
	}
}
