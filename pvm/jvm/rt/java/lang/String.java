/*
 * java.lang.String - pvm's String (immutable UTF-8) with Java's UTF-16
 * semantics: lengths and indices count UTF-16 code units. No instance
 * fields. The constructors are declared for javac only: the converter
 * turns `new String(args)` into the static factory jnew(args) of the same
 * parameters, so every constructor has its jnew. Most methods are natives
 * (pvm/jvm/jnstring.c); the rest are written over them.
 */
package java.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
	public static final Comparator<String> CASE_INSENSITIVE_ORDER = new Comparator<String>() {
		public int compare(String a, String b) {
			return a.compareToIgnoreCase(b);
		}
	};

	/* ---------------------------------------------------------------- constructors */

	public String() {
	}

	public String(String original) {
	}

	public String(char[] value) {
	}

	public String(char[] value, int offset, int count) {
	}

	public String(int[] codePoints, int offset, int count) {
	}

	public String(byte[] bytes) {
	}

	public String(byte[] bytes, int offset, int length) {
	}

	public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
	}

	public String(byte[] bytes, int offset, int length, String charsetName)
			throws java.io.UnsupportedEncodingException {
	}

	public String(byte[] bytes, java.nio.charset.Charset charset) {
	}

	public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
	}

	public String(StringBuilder builder) {
	}

	public String(StringBuffer buffer) {
	}

	public static String jnew() {
		return "";
	}

	public static String jnew(String original) {
		if (original == null)
			throw new NullPointerException();
		return copy0(original);
	}

	private static native String copy0(String s);

	public static String jnew(char[] value) {
		return jnew(value, 0, value.length);
	}

	public static String jnew(char[] value, int offset, int count) {
		checkBoundsOffCount(offset, count, value.length);
		return fromChars(value, offset, count);
	}

	public static String jnew(int[] codePoints, int offset, int count) {
		checkBoundsOffCount(offset, count, codePoints.length);
		StringBuilder sb = new StringBuilder(count);
		for (int i = offset; i < offset + count; i++)
			sb.appendCodePoint(codePoints[i]);
		return sb.toString();
	}

	public static String jnew(byte[] bytes) {
		return jnew(bytes, 0, bytes.length);
	}

	public static String jnew(byte[] bytes, int offset, int length) {
		checkBoundsOffCount(offset, length, bytes.length);
		return fromUtf8(bytes, offset, length);
	}

	public static String jnew(byte[] bytes, String charsetName)
			throws java.io.UnsupportedEncodingException {
		return jnew(bytes, 0, bytes.length, charsetName);
	}

	public static String jnew(byte[] bytes, int offset, int length, String charsetName)
			throws java.io.UnsupportedEncodingException {
		int cs = charsetCode(charsetName);
		if (cs < 0)
			throw new java.io.UnsupportedEncodingException(charsetName);
		checkBoundsOffCount(offset, length, bytes.length);
		return decode(bytes, offset, length, cs);
	}

	public static String jnew(byte[] bytes, java.nio.charset.Charset charset) {
		return jnew(bytes, 0, bytes.length, charset);
	}

	public static String jnew(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
		checkBoundsOffCount(offset, length, bytes.length);
		return decode(bytes, offset, length, charsetCode(charset.name()));
	}

	public static String jnew(StringBuilder builder) {
		return builder.toString();
	}

	public static String jnew(StringBuffer buffer) {
		return buffer.toString();
	}

	static void checkBoundsOffCount(int offset, int count, int length) {
		if (offset < 0 || count < 0 || offset > length - count)
			throw new StringIndexOutOfBoundsException(
					"offset " + offset + ", count " + count + ", length " + length);
	}

	static void checkBoundsBeginEnd(int begin, int end, int length) {
		if (begin < 0 || begin > end || end > length)
			throw new StringIndexOutOfBoundsException(
					"begin " + begin + ", end " + end + ", length " + length);
	}

	/* a string of count units of value from offset (bounds checked) */
	static native String fromChars(char[] value, int offset, int count);

	private static native String fromUtf8(byte[] bytes, int offset, int length);

	/* 0 UTF-8, 1 ISO-8859-1, 2 US-ASCII, -1 unknown */
	private static int charsetCode(String name) {
		String n = name.toUpperCase().replace("_", "-");
		if (n.equals("UTF-8") || n.equals("UTF8"))
			return 0;
		if (n.equals("ISO-8859-1") || n.equals("LATIN1") || n.equals("ISO8859-1"))
			return 1;
		if (n.equals("US-ASCII") || n.equals("ASCII"))
			return 2;
		return -1;
	}

	private static String decode(byte[] bytes, int offset, int length, int cs) {
		if (cs <= 0)
			return fromUtf8(bytes, offset, length);
		char[] c = new char[length];
		for (int i = 0; i < length; i++) {
			int b = bytes[offset + i] & 0xff;
			c[i] = (char) (cs == 2 && b > 127 ? 0xfffd : b);
		}
		return fromChars(c, 0, length);
	}

	/* ---------------------------------------------------------------- basics */

	public native int length();

	public boolean isEmpty() {
		return length() == 0;
	}

	public native char charAt(int index);

	public int codePointAt(int index) {
		int n = length();
		if (index < 0 || index >= n)
			throw new StringIndexOutOfBoundsException("index " + index + ", length " + n);
		char c = charAt(index);
		if (Character.isHighSurrogate(c) && index + 1 < n) {
			char d = charAt(index + 1);
			if (Character.isLowSurrogate(d))
				return Character.toCodePoint(c, d);
		}
		return c;
	}

	public int codePointBefore(int index) {
		int n = length();
		if (index < 1 || index > n)
			throw new StringIndexOutOfBoundsException("index " + index + ", length " + n);
		char c = charAt(index - 1);
		if (Character.isLowSurrogate(c) && index - 2 >= 0) {
			char h = charAt(index - 2);
			if (Character.isHighSurrogate(h))
				return Character.toCodePoint(h, c);
		}
		return c;
	}

	public int codePointCount(int beginIndex, int endIndex) {
		int n = length();
		if (beginIndex < 0 || beginIndex > endIndex || endIndex > n)
			throw new IndexOutOfBoundsException();
		int count = 0;
		for (int i = beginIndex; i < endIndex; i++) {
			count++;
			if (Character.isHighSurrogate(charAt(i)) && i + 1 < endIndex
					&& Character.isLowSurrogate(charAt(i + 1)))
				i++;
		}
		return count;
	}

	public int offsetByCodePoints(int index, int codePointOffset) {
		if (index < 0 || index > length())
			throw new IndexOutOfBoundsException();
		return Character.offsetByCodePoints(this, index, codePointOffset);
	}

	public native void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin);

	public native char[] toCharArray();

	public native byte[] getBytes();

	public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
		int cs = charsetCode(charsetName);
		if (cs < 0)
			throw new java.io.UnsupportedEncodingException(charsetName);
		return encode(cs);
	}

	public byte[] getBytes(java.nio.charset.Charset charset) {
		return encode(charsetCode(charset.name()));
	}

	private byte[] encode(int cs) {
		if (cs <= 0)
			return getBytes();
		int n = length();
		byte[] b = new byte[n];
		for (int i = 0; i < n; i++) {
			char c = charAt(i);
			b[i] = (byte) (c < (cs == 2 ? 128 : 256) ? c : '?');
		}
		return b;
	}

	public native boolean equals(Object anObject);

	public boolean contentEquals(StringBuffer sb) {
		return contentEquals((CharSequence) sb);
	}

	public boolean contentEquals(CharSequence cs) {
		if (cs instanceof String)
			return equals(cs);
		int n = length();
		if (n != cs.length())
			return false;
		for (int i = 0; i < n; i++)
			if (charAt(i) != cs.charAt(i))
				return false;
		return true;
	}

	public native boolean equalsIgnoreCase(String anotherString);

	public native int compareTo(String anotherString);

	public native int compareToIgnoreCase(String str);

	public boolean regionMatches(int toffset, String other, int ooffset, int len) {
		return regionMatches(false, toffset, other, ooffset, len);
	}

	public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset,
			int len) {
		if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len
				|| ooffset > (long) other.length() - len)
			return false;
		for (int i = 0; i < len; i++) {
			char a = charAt(toffset + i), b = other.charAt(ooffset + i);
			if (a == b)
				continue;
			if (!ignoreCase)
				return false;
			char ua = Character.toUpperCase(a), ub = Character.toUpperCase(b);
			if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub))
				return false;
		}
		return true;
	}

	public native boolean startsWith(String prefix, int toffset);

	public boolean startsWith(String prefix) {
		return startsWith(prefix, 0);
	}

	public native boolean endsWith(String suffix);

	public native int hashCode();

	/* ---------------------------------------------------------------- searching */

	public int indexOf(int ch) {
		return indexOf(ch, 0);
	}

	public native int indexOf(int ch, int fromIndex);

	public int lastIndexOf(int ch) {
		return lastIndexOf(ch, Integer.MAX_VALUE);
	}

	public native int lastIndexOf(int ch, int fromIndex);

	public int indexOf(String str) {
		return indexOf(str, 0);
	}

	public native int indexOf(String str, int fromIndex);

	public int lastIndexOf(String str) {
		return lastIndexOf(str, Integer.MAX_VALUE);
	}

	public native int lastIndexOf(String str, int fromIndex);

	public boolean contains(CharSequence s) {
		return indexOf(s.toString()) >= 0;
	}

	/* ---------------------------------------------------------------- pieces */

	public String substring(int beginIndex) {
		return substring(beginIndex, length());
	}

	public native String substring(int beginIndex, int endIndex);

	public CharSequence subSequence(int beginIndex, int endIndex) {
		return this.substring(beginIndex, endIndex);
	}

	public native String concat(String str);

	public native String replace(char oldChar, char newChar);

	public String replace(CharSequence target, CharSequence replacement) {
		return replaceStr(target.toString(), replacement.toString());
	}

	private native String replaceStr(String target, String replacement);

	public boolean matches(String regex) {
		return phantom.jrt.Regex.matches(regex, this);
	}

	public String replaceFirst(String regex, String replacement) {
		return phantom.jrt.Regex.replace(regex, this, replacement, false);
	}

	public String replaceAll(String regex, String replacement) {
		return phantom.jrt.Regex.replace(regex, this, replacement, true);
	}

	public String[] split(String regex, int limit) {
		return phantom.jrt.Regex.split(regex, this, limit);
	}

	public String[] split(String regex) {
		return split(regex, 0);
	}

	public static String join(CharSequence delimiter, CharSequence... elements) {
		if (delimiter == null || elements == null)
			throw new NullPointerException();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < elements.length; i++) {
			if (i > 0)
				sb.append(delimiter);
			sb.append(elements[i]);
		}
		return sb.toString();
	}

	public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
		if (delimiter == null || elements == null)
			throw new NullPointerException();
		StringBuilder sb = new StringBuilder();
		boolean first = true;
		for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext();) {
			if (!first)
				sb.append(delimiter);
			first = false;
			sb.append(it.next());
		}
		return sb.toString();
	}

	public native String toLowerCase();

	public String toLowerCase(Locale locale) {
		return toLowerCase();
	}

	public native String toUpperCase();

	public String toUpperCase(Locale locale) {
		return toUpperCase();
	}

	public native String trim();

	public native String strip();

	public native String stripLeading();

	public native String stripTrailing();

	public native boolean isBlank();

	public String indent(int n) {
		if (isEmpty())
			return "";
		StringBuilder sb = new StringBuilder();
		String[] lines = split("\n", -1);
		int count = lines.length;
		if (count > 0 && lines[count - 1].isEmpty())
			count--;
		for (int i = 0; i < count; i++) {
			String line = lines[i];
			if (line.endsWith("\r"))
				line = line.substring(0, line.length() - 1);
			if (n > 0) {
				for (int k = 0; k < n; k++)
					sb.append(' ');
				sb.append(line);
			} else if (n < 0) {
				int k = 0;
				while (k < -n && k < line.length() && Character.isWhitespace(line.charAt(k)))
					k++;
				sb.append(line.substring(k));
			} else {
				sb.append(line);
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	public String toString() {
		return this;
	}

	public native String intern();

	public native String repeat(int count);

	/* ---------------------------------------------------------------- valueOf */

	public static String valueOf(Object obj) {
		return (obj == null) ? "null" : obj.toString();
	}

	public static String valueOf(char[] data) {
		return jnew(data);
	}

	public static String valueOf(char[] data, int offset, int count) {
		return jnew(data, offset, count);
	}

	public static String copyValueOf(char[] data, int offset, int count) {
		return jnew(data, offset, count);
	}

	public static String copyValueOf(char[] data) {
		return jnew(data);
	}

	public static String valueOf(boolean b) {
		return b ? "true" : "false";
	}

	public static native String valueOf(char c);

	public static String valueOf(int i) {
		return Integer.toString(i);
	}

	public static String valueOf(long l) {
		return Long.toString(l);
	}

	public static String valueOf(float f) {
		return Float.toString(f);
	}

	public static String valueOf(double d) {
		return Double.toString(d);
	}

	public static String format(String format, Object... args) {
		return new Formatter().format(format, args).toString();
	}

	public static String format(Locale l, String format, Object... args) {
		return new Formatter(l).format(format, args).toString();
	}

	public String formatted(Object... args) {
		return new Formatter().format(this, args).toString();
	}
}
