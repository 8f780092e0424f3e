/*
 * java.lang.StringBuffer - StringBuilder's methods over one (threads
 * are the VM's: no locking is needed between time slices of one call).
 */
package java.lang;

public final class StringBuffer implements java.io.Serializable, Comparable<StringBuffer>, CharSequence, Appendable {
	private final StringBuilder sb;

	public StringBuffer() {
		sb = new StringBuilder();
	}

	public StringBuffer(int capacity) {
		sb = new StringBuilder(capacity);
	}

	public StringBuffer(String str) {
		sb = new StringBuilder(str);
	}

	public StringBuffer(CharSequence seq) {
		sb = new StringBuilder(seq);
	}

	public int compareTo(StringBuffer another) {
		return sb.compareTo(another.sb);
	}

	public int length() {
		return sb.length();
	}

	public boolean isEmpty() {
		return sb.isEmpty();
	}

	public int capacity() {
		return sb.capacity();
	}

	public void ensureCapacity(int minimumCapacity) {
		sb.ensureCapacity(minimumCapacity);
	}

	public void trimToSize() {
		sb.trimToSize();
	}

	public void setLength(int newLength) {
		sb.setLength(newLength);
	}

	public char charAt(int index) {
		return sb.charAt(index);
	}

	public int codePointAt(int index) {
		return sb.codePointAt(index);
	}

	public int codePointBefore(int index) {
		return sb.codePointBefore(index);
	}

	public int codePointCount(int beginIndex, int endIndex) {
		return sb.codePointCount(beginIndex, endIndex);
	}

	public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
		sb.getChars(srcBegin, srcEnd, dst, dstBegin);
	}

	public void setCharAt(int index, char ch) {
		sb.setCharAt(index, ch);
	}

	public StringBuffer append(Object obj) {
		sb.append(obj);
		return this;
	}

	public StringBuffer append(String str) {
		sb.append(str);
		return this;
	}

	public StringBuffer append(StringBuffer other) {
		if (other == null)
			sb.append((String) null);
		else
			sb.appendBuilder(other.sb);
		return this;
	}

	public StringBuffer append(CharSequence s) {
		if (s instanceof StringBuffer)
			return append((StringBuffer) s);
		sb.append(s);
		return this;
	}

	public StringBuffer append(CharSequence s, int start, int end) {
		sb.append(s, start, end);
		return this;
	}

	public StringBuffer append(char[] str) {
		sb.append(str);
		return this;
	}

	public StringBuffer append(char[] str, int offset, int len) {
		sb.append(str, offset, len);
		return this;
	}

	public StringBuffer append(boolean b) {
		sb.append(b);
		return this;
	}

	public StringBuffer append(char c) {
		sb.append(c);
		return this;
	}

	public StringBuffer append(int i) {
		sb.append(i);
		return this;
	}

	public StringBuffer appendCodePoint(int codePoint) {
		sb.appendCodePoint(codePoint);
		return this;
	}

	public StringBuffer append(long lng) {
		sb.append(lng);
		return this;
	}

	public StringBuffer append(float f) {
		sb.append(f);
		return this;
	}

	public StringBuffer append(double d) {
		sb.append(d);
		return this;
	}

	public StringBuffer delete(int start, int end) {
		sb.delete(start, end);
		return this;
	}

	public StringBuffer deleteCharAt(int index) {
		sb.deleteCharAt(index);
		return this;
	}

	public StringBuffer replace(int start, int end, String str) {
		sb.replace(start, end, str);
		return this;
	}

	public String substring(int start) {
		return sb.substring(start);
	}

	public CharSequence subSequence(int start, int end) {
		return sb.subSequence(start, end);
	}

	public String substring(int start, int end) {
		return sb.substring(start, end);
	}

	public StringBuffer insert(int index, char[] str, int offset, int len) {
		sb.insert(index, str, offset, len);
		return this;
	}

	public StringBuffer insert(int offset, Object obj) {
		sb.insert(offset, obj);
		return this;
	}

	public StringBuffer insert(int offset, String str) {
		sb.insert(offset, str);
		return this;
	}

	public StringBuffer insert(int offset, char[] str) {
		sb.insert(offset, str);
		return this;
	}

	public StringBuffer insert(int dstOffset, CharSequence s) {
		sb.insert(dstOffset, s);
		return this;
	}

	public StringBuffer insert(int dstOffset, CharSequence s, int start, int end) {
		sb.insert(dstOffset, s, start, end);
		return this;
	}

	public StringBuffer insert(int offset, boolean b) {
		sb.insert(offset, b);
		return this;
	}

	public StringBuffer insert(int offset, char c) {
		sb.insert(offset, c);
		return this;
	}

	public StringBuffer insert(int offset, int i) {
		sb.insert(offset, i);
		return this;
	}

	public StringBuffer insert(int offset, long l) {
		sb.insert(offset, l);
		return this;
	}

	public StringBuffer insert(int offset, float f) {
		sb.insert(offset, f);
		return this;
	}

	public StringBuffer insert(int offset, double d) {
		sb.insert(offset, d);
		return this;
	}

	public int indexOf(String str) {
		return sb.indexOf(str);
	}

	public int indexOf(String str, int fromIndex) {
		return sb.indexOf(str, fromIndex);
	}

	public int lastIndexOf(String str) {
		return sb.lastIndexOf(str);
	}

	public int lastIndexOf(String str, int fromIndex) {
		return sb.lastIndexOf(str, fromIndex);
	}

	public StringBuffer reverse() {
		sb.reverse();
		return this;
	}

	public String toString() {
		return sb.toString();
	}
}
