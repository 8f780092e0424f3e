/*
 * java.lang.StringBuilder - a growable char[] (count units used; the
 * array doubles when full, so appends are amortised O(1)). Strings go in
 * through String.getChars and come out through the String(char[], int,
 * int) factory, both native; StringBuffer is the same over one of these.
 * Indices and lengths are UTF-16 units, as everywhere in Java.
 */
package java.lang;

public final class StringBuilder implements java.io.Serializable, Comparable<StringBuilder>, CharSequence, Appendable {
	private char[] value;
	private int count;

	public StringBuilder() {
		value = new char[16];
	}

	public StringBuilder(int capacity) {
		if (capacity < 0)
			throw new NegativeArraySizeException(Integer.toString(capacity));
		value = new char[capacity];
	}

	public StringBuilder(String str) {
		value = new char[str.length() + 16];
		append(str);
	}

	public StringBuilder(CharSequence seq) {
		value = new char[seq.length() + 16];
		append(seq);
	}

	/* ---------------------------------------------------------------- room */

	private void room(int more) {
		int need = count + more;
		if (need < 0)
			throw new OutOfMemoryError("Requested array size exceeds VM limit");
		if (need > value.length) {
			int cap = value.length * 2 + 2;
			if (cap < need)
				cap = need;
			char[] v = new char[cap];
			System.arraycopy(value, 0, v, 0, count);
			value = v;
		}
	}

	public int length() {
		return count;
	}

	public boolean isEmpty() {
		return count == 0;
	}

	public int capacity() {
		return value.length;
	}

	public void ensureCapacity(int minimumCapacity) {
		if (minimumCapacity > value.length)
			room(minimumCapacity - count);
	}

	public void trimToSize() {
		if (count < value.length) {
			char[] v = new char[count];
			System.arraycopy(value, 0, v, 0, count);
			value = v;
		}
	}

	public void setLength(int newLength) {
		if (newLength < 0)
			throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
		if (newLength > count) {
			room(newLength - count);
			for (int i = count; i < newLength; i++)
				value[i] = '\0';
		}
		count = newLength;
	}

	/* ---------------------------------------------------------------- reading */

	private void checkIndex(int index) {
		if (index < 0 || index >= count)
			throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
	}

	private void checkRange(int start, int end, int len) {
		if (start < 0 || start > end || end > len)
			throw new StringIndexOutOfBoundsException(
					"start " + start + ", end " + end + ", length " + len);
	}

	public char charAt(int index) {
		checkIndex(index);
		return value[index];
	}

	public int codePointAt(int index) {
		checkIndex(index);
		return Character.codePointAt(value, index, count);
	}

	public int codePointBefore(int index) {
		if (index < 1 || index > count)
			throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
		return Character.codePointBefore(value, index);
	}

	public int codePointCount(int beginIndex, int endIndex) {
		if (beginIndex < 0 || endIndex > count || beginIndex > endIndex)
			throw new IndexOutOfBoundsException();
		return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
	}

	public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
		checkRange(srcBegin, srcEnd, count);
		System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
	}

	public void setCharAt(int index, char ch) {
		checkIndex(index);
		value[index] = ch;
	}

	public String substring(int start) {
		return substring(start, count);
	}

	public CharSequence subSequence(int start, int end) {
		return substring(start, end);
	}

	public String substring(int start, int end) {
		checkRange(start, end, count);
		return String.fromChars(value, start, end - start);
	}

	public String toString() {
		return String.fromChars(value, 0, count);
	}

	public int indexOf(String str) {
		return indexOf(str, 0);
	}

	public int indexOf(String str, int fromIndex) {
		int n = str.length();
		if (fromIndex < 0)
			fromIndex = 0;
		for (int i = fromIndex; i <= count - n; i++)
			if (matchAt(i, str, n))
				return i;
		return fromIndex >= count && n == 0 ? count : -1;
	}

	public int lastIndexOf(String str) {
		return lastIndexOf(str, count);
	}

	public int lastIndexOf(String str, int fromIndex) {
		int n = str.length();
		if (fromIndex > count - n)
			fromIndex = count - n;
		for (int i = fromIndex; i >= 0; i--)
			if (matchAt(i, str, n))
				return i;
		return -1;
	}

	private boolean matchAt(int i, String str, int n) {
		for (int k = 0; k < n; k++)
			if (value[i + k] != str.charAt(k))
				return false;
		return true;
	}

	public int compareTo(StringBuilder another) {
		int n = Math.min(count, another.count);
		for (int i = 0; i < n; i++)
			if (value[i] != another.value[i])
				return value[i] - another.value[i];
		return count - another.count;
	}

	/* ---------------------------------------------------------------- append */

	public StringBuilder append(Object obj) {
		return append(String.valueOf(obj));
	}

	public StringBuilder append(String str) {
		if (str == null)
			return appendNull();
		int n = str.length();
		room(n);
		str.getChars(0, n, value, count);
		count += n;
		return this;
	}

	public StringBuilder append(StringBuffer sb) {
		if (sb == null)
			return appendNull();
		return append(sb.toString());
	}

	StringBuilder appendBuilder(StringBuilder sb) {
		room(sb.count);
		System.arraycopy(sb.value, 0, value, count, sb.count);
		count += sb.count;
		return this;
	}

	public StringBuilder append(CharSequence s) {
		if (s == null)
			return appendNull();
		if (s instanceof String)
			return append((String) s);
		if (s instanceof StringBuilder)
			return appendBuilder((StringBuilder) s);
		return append(s, 0, s.length());
	}

	public StringBuilder append(CharSequence s, int start, int end) {
		if (s == null)
			s = "null";
		if (start < 0 || start > end || end > s.length())
			throw new IndexOutOfBoundsException(
					"start " + start + ", end " + end + ", length " + s.length());
		room(end - start);
		if (s instanceof String) {
			((String) s).getChars(start, end, value, count);
			count += end - start;
		} else {
			for (int i = start; i < end; i++)
				value[count++] = s.charAt(i);
		}
		return this;
	}

	public StringBuilder append(char[] str) {
		room(str.length);
		System.arraycopy(str, 0, value, count, str.length);
		count += str.length;
		return this;
	}

	public StringBuilder append(char[] str, int offset, int len) {
		int end = offset + len;
		if (offset < 0 || len < 0 || end > str.length || end < 0)
			throw new IndexOutOfBoundsException(
					"start " + offset + ", end " + end + ", length " + str.length);
		room(len);
		System.arraycopy(str, offset, value, count, len);
		count += len;
		return this;
	}

	private StringBuilder appendNull() {
		room(4);
		value[count++] = 'n';
		value[count++] = 'u';
		value[count++] = 'l';
		value[count++] = 'l';
		return this;
	}

	public StringBuilder append(boolean b) {
		return append(b ? "true" : "false");
	}

	public StringBuilder append(char c) {
		if (count == value.length)
			room(1);
		value[count++] = c;
		return this;
	}

	public StringBuilder append(int i) {
		if (i == Integer.MIN_VALUE)
			return append("-2147483648");
		int digits = 1;
		for (int v = i < 0 ? -i : i; v >= 10; v /= 10)
			digits++;
		int n = i < 0 ? digits + 1 : digits;
		room(n);
		int at = count + n;
		int v = i < 0 ? -i : i;
		do {
			value[--at] = (char) ('0' + v % 10);
			v /= 10;
		} while (v != 0);
		if (i < 0)
			value[--at] = '-';
		count += n;
		return this;
	}

	public StringBuilder append(long l) {
		if (l == (int) l)
			return append((int) l);
		return append(Long.toString(l));
	}

	public StringBuilder append(float f) {
		return append(Float.toString(f));
	}

	public StringBuilder append(double d) {
		return append(Double.toString(d));
	}

	public StringBuilder appendCodePoint(int codePoint) {
		if (Character.isBmpCodePoint(codePoint))
			return append((char) codePoint);
		if (!Character.isValidCodePoint(codePoint))
			throw new IllegalArgumentException(
					"Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
		room(2);
		value[count++] = Character.highSurrogate(codePoint);
		value[count++] = Character.lowSurrogate(codePoint);
		return this;
	}

	/* ---------------------------------------------------------------- editing */

	public StringBuilder delete(int start, int end) {
		if (end > count)
			end = count;
		checkRange(start, end, count);
		int n = end - start;
		if (n > 0) {
			System.arraycopy(value, end, value, start, count - end);
			count -= n;
		}
		return this;
	}

	public StringBuilder deleteCharAt(int index) {
		checkIndex(index);
		System.arraycopy(value, index + 1, value, index, count - index - 1);
		count--;
		return this;
	}

	public StringBuilder replace(int start, int end, String str) {
		if (end > count)
			end = count;
		checkRange(start, end, count);
		int n = str.length();
		int grow = n - (end - start);
		room(grow > 0 ? grow : 0);
		System.arraycopy(value, end, value, start + n, count - end);
		str.getChars(0, n, value, start);
		count += grow;
		return this;
	}

	private void checkOffset(int offset) {
		if (offset < 0 || offset > count)
			throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
	}

	/* room for n units at offset, the rest moved up */
	private void open(int offset, int n) {
		room(n);
		System.arraycopy(value, offset, value, offset + n, count - offset);
		count += n;
	}

	public StringBuilder insert(int index, char[] str, int offset, int len) {
		checkOffset(index);
		if (offset < 0 || len < 0 || offset > str.length - len)
			throw new StringIndexOutOfBoundsException(
					"offset " + offset + ", len " + len + ", str.length " + str.length);
		open(index, len);
		System.arraycopy(str, offset, value, index, len);
		return this;
	}

	public StringBuilder insert(int offset, Object obj) {
		return insert(offset, String.valueOf(obj));
	}

	public StringBuilder insert(int offset, String str) {
		checkOffset(offset);
		if (str == null)
			str = "null";
		int n = str.length();
		open(offset, n);
		str.getChars(0, n, value, offset);
		return this;
	}

	public StringBuilder insert(int offset, char[] str) {
		checkOffset(offset);
		open(offset, str.length);
		System.arraycopy(str, 0, value, offset, str.length);
		return this;
	}

	public StringBuilder insert(int dstOffset, CharSequence s) {
		return insert(dstOffset, String.valueOf(s));
	}

	public StringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
		if (s == null)
			s = "null";
		checkOffset(dstOffset);
		if (start < 0 || start > end || end > s.length())
			throw new IndexOutOfBoundsException(
					"start " + start + ", end " + end + ", length " + s.length());
		open(dstOffset, end - start);
		for (int i = start; i < end; i++)
			value[dstOffset++] = s.charAt(i);
		return this;
	}

	public StringBuilder insert(int offset, boolean b) {
		return insert(offset, String.valueOf(b));
	}

	public StringBuilder insert(int offset, char c) {
		checkOffset(offset);
		open(offset, 1);
		value[offset] = c;
		return this;
	}

	public StringBuilder insert(int offset, int i) {
		return insert(offset, String.valueOf(i));
	}

	public StringBuilder insert(int offset, long l) {
		return insert(offset, String.valueOf(l));
	}

	public StringBuilder insert(int offset, float f) {
		return insert(offset, String.valueOf(f));
	}

	public StringBuilder insert(int offset, double d) {
		return insert(offset, String.valueOf(d));
	}

	/* Reversed by code point: a surrogate pair stays in its order. */
	public StringBuilder reverse() {
		boolean pairs = false;
		for (int i = 0, j = count - 1; i < j; i++, j--) {
			char c = value[i];
			value[i] = value[j];
			value[j] = c;
		}
		for (int i = 0; i < count; i++)
			if (Character.isSurrogate(value[i]))
				pairs = true;
		if (pairs)
			for (int i = 0; i < count - 1; i++) {
				char lo = value[i];
				if (Character.isLowSurrogate(lo) && Character.isHighSurrogate(value[i + 1])) {
					value[i] = value[i + 1];
					value[i + 1] = lo;
					i++;
				}
			}
		return this;
	}
}
