/*
 * java.util.Arrays - as in the JDK. Sorts are merge sorts (stable, n log
 * n; floats and doubles in Double.compare's total order: -0.0 before 0.0,
 * NaN last). pvm arrays do not know their element type: deepToString,
 * deepEquals and deepHashCode tell a nested array by phantom.jrt.Rt.isArray
 * and print a primitive element through Object.toString (which gives an
 * int's or a double's text).
 */
package java.util;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

public final class Arrays {
	private Arrays() {
	}

	static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
		if (fromIndex > toIndex)
			throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
		if (fromIndex < 0)
			throw new ArrayIndexOutOfBoundsException(fromIndex);
		if (toIndex > arrayLength)
			throw new ArrayIndexOutOfBoundsException(toIndex);
	}

	static int newLength(int n) {
		if (n < 0)
			throw new NegativeArraySizeException(Integer.toString(n));
		return n;
	}

	public static String toString(long[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(long[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (long e : a)
			result = 31 * result + Long.hashCode(e);
		return result;
	}

	public static boolean equals(long[] a, long[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (a[i] != a2[i])
				return false;
		return true;
	}

	public static void fill(long[] a, long val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(long[] a, int fromIndex, int toIndex, long val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static long[] copyOf(long[] original, int newLength) {
		long[] copy = new long[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static long[] copyOfRange(long[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		long[] copy = new long[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(long[] a) {
		sortLong(a, 0, a.length);
	}

	public static void sort(long[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortLong(a, fromIndex, toIndex);
	}

	public static void parallelSort(long[] a) {
		sortLong(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortLong(long[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				long x = a[i];
				int j = i - 1;
				while (j >= lo && lessLong(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		long[] b = new long[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessLong(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessLong(long x, long y) {
		return x < y;
	}

	public static int binarySearch(long[] a, long key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			long midVal = a[mid];
			if (lessLong(midVal, key))
				low = mid + 1;
			else if (lessLong(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static String toString(int[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(int[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (int e : a)
			result = 31 * result + e;
		return result;
	}

	public static boolean equals(int[] a, int[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (a[i] != a2[i])
				return false;
		return true;
	}

	public static void fill(int[] a, int val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(int[] a, int fromIndex, int toIndex, int val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static int[] copyOf(int[] original, int newLength) {
		int[] copy = new int[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static int[] copyOfRange(int[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		int[] copy = new int[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(int[] a) {
		sortInteger(a, 0, a.length);
	}

	public static void sort(int[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortInteger(a, fromIndex, toIndex);
	}

	public static void parallelSort(int[] a) {
		sortInteger(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortInteger(int[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				int x = a[i];
				int j = i - 1;
				while (j >= lo && lessInteger(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		int[] b = new int[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessInteger(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessInteger(int x, int y) {
		return x < y;
	}

	public static int binarySearch(int[] a, int key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int midVal = a[mid];
			if (lessInteger(midVal, key))
				low = mid + 1;
			else if (lessInteger(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static String toString(short[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(short[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (short e : a)
			result = 31 * result + e;
		return result;
	}

	public static boolean equals(short[] a, short[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (a[i] != a2[i])
				return false;
		return true;
	}

	public static void fill(short[] a, short val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(short[] a, int fromIndex, int toIndex, short val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static short[] copyOf(short[] original, int newLength) {
		short[] copy = new short[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static short[] copyOfRange(short[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		short[] copy = new short[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(short[] a) {
		sortShort(a, 0, a.length);
	}

	public static void sort(short[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortShort(a, fromIndex, toIndex);
	}

	public static void parallelSort(short[] a) {
		sortShort(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortShort(short[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				short x = a[i];
				int j = i - 1;
				while (j >= lo && lessShort(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		short[] b = new short[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessShort(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessShort(short x, short y) {
		return x < y;
	}

	public static int binarySearch(short[] a, short key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			short midVal = a[mid];
			if (lessShort(midVal, key))
				low = mid + 1;
			else if (lessShort(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static String toString(char[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(char[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (char e : a)
			result = 31 * result + e;
		return result;
	}

	public static boolean equals(char[] a, char[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (a[i] != a2[i])
				return false;
		return true;
	}

	public static void fill(char[] a, char val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(char[] a, int fromIndex, int toIndex, char val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static char[] copyOf(char[] original, int newLength) {
		char[] copy = new char[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static char[] copyOfRange(char[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		char[] copy = new char[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(char[] a) {
		sortCharacter(a, 0, a.length);
	}

	public static void sort(char[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortCharacter(a, fromIndex, toIndex);
	}

	public static void parallelSort(char[] a) {
		sortCharacter(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortCharacter(char[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				char x = a[i];
				int j = i - 1;
				while (j >= lo && lessCharacter(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		char[] b = new char[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessCharacter(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessCharacter(char x, char y) {
		return x < y;
	}

	public static int binarySearch(char[] a, char key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			char midVal = a[mid];
			if (lessCharacter(midVal, key))
				low = mid + 1;
			else if (lessCharacter(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static String toString(byte[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(byte[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (byte e : a)
			result = 31 * result + e;
		return result;
	}

	public static boolean equals(byte[] a, byte[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (a[i] != a2[i])
				return false;
		return true;
	}

	public static void fill(byte[] a, byte val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static byte[] copyOf(byte[] original, int newLength) {
		byte[] copy = new byte[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static byte[] copyOfRange(byte[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		byte[] copy = new byte[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(byte[] a) {
		sortByte(a, 0, a.length);
	}

	public static void sort(byte[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortByte(a, fromIndex, toIndex);
	}

	public static void parallelSort(byte[] a) {
		sortByte(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortByte(byte[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				byte x = a[i];
				int j = i - 1;
				while (j >= lo && lessByte(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		byte[] b = new byte[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessByte(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessByte(byte x, byte y) {
		return x < y;
	}

	public static int binarySearch(byte[] a, byte key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			byte midVal = a[mid];
			if (lessByte(midVal, key))
				low = mid + 1;
			else if (lessByte(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static String toString(boolean[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(boolean[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (boolean e : a)
			result = 31 * result + (e ? 1231 : 1237);
		return result;
	}

	public static boolean equals(boolean[] a, boolean[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (a[i] != a2[i])
				return false;
		return true;
	}

	public static void fill(boolean[] a, boolean val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static boolean[] copyOf(boolean[] original, int newLength) {
		boolean[] copy = new boolean[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static boolean[] copyOfRange(boolean[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		boolean[] copy = new boolean[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static String toString(float[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(float[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (float e : a)
			result = 31 * result + Float.floatToIntBits(e);
		return result;
	}

	public static boolean equals(float[] a, float[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i]))
				return false;
		return true;
	}

	public static void fill(float[] a, float val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(float[] a, int fromIndex, int toIndex, float val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static float[] copyOf(float[] original, int newLength) {
		float[] copy = new float[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static float[] copyOfRange(float[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		float[] copy = new float[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(float[] a) {
		sortFloat(a, 0, a.length);
	}

	public static void sort(float[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortFloat(a, fromIndex, toIndex);
	}

	public static void parallelSort(float[] a) {
		sortFloat(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortFloat(float[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				float x = a[i];
				int j = i - 1;
				while (j >= lo && lessFloat(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		float[] b = new float[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessFloat(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessFloat(float x, float y) {
		return Float.compare(x, y) < 0;
	}

	public static int binarySearch(float[] a, float key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			float midVal = a[mid];
			if (lessFloat(midVal, key))
				low = mid + 1;
			else if (lessFloat(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static String toString(double[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(a[i]);
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(double[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (double e : a)
			result = 31 * result + Double.hashCode(e);
		return result;
	}

	public static boolean equals(double[] a, double[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i]))
				return false;
		return true;
	}

	public static void fill(double[] a, double val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(double[] a, int fromIndex, int toIndex, double val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	public static double[] copyOf(double[] original, int newLength) {
		double[] copy = new double[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	public static double[] copyOfRange(double[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		double[] copy = new double[newLength];
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	public static void sort(double[] a) {
		sortDouble(a, 0, a.length);
	}

	public static void sort(double[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortDouble(a, fromIndex, toIndex);
	}

	public static void parallelSort(double[] a) {
		sortDouble(a, 0, a.length);
	}

	/* bottom-up merge sort of a[from, to): insertion-sorted runs of 8, merged
	 * through a buffer */
	private static void sortDouble(double[] a, int from, int to) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				double x = a[i];
				int j = i - 1;
				while (j >= lo && lessDouble(x, a[j])) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		double[] b = new double[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = lessDouble(b[j], b[i]) ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	private static boolean lessDouble(double x, double y) {
		return Double.compare(x, y) < 0;
	}

	public static int binarySearch(double[] a, double key) {
		return binarySearch0(a, 0, a.length, key);
	}

	public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key);
	}

	private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			double midVal = a[mid];
			if (lessDouble(midVal, key))
				low = mid + 1;
			else if (lessDouble(key, midVal))
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	/* ---------------------------------------------------------------- objects */

	public static String toString(Object[] a) {
		if (a == null)
			return "null";
		int iMax = a.length - 1;
		if (iMax == -1)
			return "[]";
		StringBuilder b = new StringBuilder();
		b.append('[');
		for (int i = 0;; i++) {
			b.append(String.valueOf(a[i]));
			if (i == iMax)
				return b.append(']').toString();
			b.append(", ");
		}
	}

	public static int hashCode(Object[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (Object element : a)
			result = 31 * result + (element == null ? 0 : element.hashCode());
		return result;
	}

	public static boolean equals(Object[] a, Object[] a2) {
		if (a == a2)
			return true;
		if (a == null || a2 == null)
			return false;
		int length = a.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++)
			if (!Objects.equals(a[i], a2[i]))
				return false;
		return true;
	}

	public static void fill(Object[] a, Object val) {
		for (int i = 0, len = a.length; i < len; i++)
			a[i] = val;
	}

	public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
		rangeCheck(a.length, fromIndex, toIndex);
		for (int i = fromIndex; i < toIndex; i++)
			a[i] = val;
	}

	@SuppressWarnings("unchecked")
	public static <T> T[] copyOf(T[] original, int newLength) {
		T[] copy = (T[]) phantom.jrt.Rt.newArrayLike(original, newLength(newLength));
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	@SuppressWarnings("unchecked")
	public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
		T[] copy = (T[]) new Object[newLength(newLength)];
		System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
		return copy;
	}

	@SuppressWarnings("unchecked")
	public static <T> T[] copyOfRange(T[] original, int from, int to) {
		int newLength = to - from;
		if (newLength < 0)
			throw new IllegalArgumentException(from + " > " + to);
		T[] copy = (T[]) phantom.jrt.Rt.newArrayLike(original, newLength);
		System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
		return copy;
	}

	@SuppressWarnings("unchecked")
	public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
		return (T[]) copyOfRange(original, from, to);
	}

	public static void sort(Object[] a) {
		sortObjects(a, 0, a.length, null);
	}

	public static void sort(Object[] a, int fromIndex, int toIndex) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortObjects(a, fromIndex, toIndex, null);
	}

	public static <T> void sort(T[] a, Comparator<? super T> c) {
		sortObjects(a, 0, a.length, c);
	}

	public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
		rangeCheck(a.length, fromIndex, toIndex);
		sortObjects(a, fromIndex, toIndex, c);
	}

	public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
		sortObjects(a, 0, a.length, cmp);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int cmp(Object x, Object y, Comparator c) {
		return c == null ? ((Comparable) x).compareTo(y) : c.compare(x, y);
	}

	/* stable merge sort of a[from, to) (insertion-sorted runs of 8) */
	@SuppressWarnings("rawtypes")
	private static void sortObjects(Object[] a, int from, int to, Comparator c) {
		int n = to - from;
		for (int lo = from; lo < to; lo += 8) {
			int hi = Math.min(lo + 8, to);
			for (int i = lo + 1; i < hi; i++) {
				Object x = a[i];
				int j = i - 1;
				while (j >= lo && cmp(x, a[j], c) < 0) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
		}
		if (n <= 8)
			return;
		Object[] b = new Object[n];
		for (int width = 8; width < n; width *= 2) {
			System.arraycopy(a, from, b, 0, n);
			for (int lo = 0; lo < n; lo += 2 * width) {
				int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
				int i = lo, j = mid, k = from + lo;
				while (i < mid && j < hi)
					a[k++] = cmp(b[j], b[i], c) < 0 ? b[j++] : b[i++];
				while (i < mid)
					a[k++] = b[i++];
				while (j < hi)
					a[k++] = b[j++];
			}
		}
	}

	public static int binarySearch(Object[] a, Object key) {
		return binarySearch0(a, 0, a.length, key, null);
	}

	public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key, null);
	}

	public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
		return binarySearch0(a, 0, a.length, key, c);
	}

	public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
		rangeCheck(a.length, fromIndex, toIndex);
		return binarySearch0(a, fromIndex, toIndex, key, c);
	}

	@SuppressWarnings("rawtypes")
	private static int binarySearch0(Object[] a, int fromIndex, int toIndex, Object key, Comparator c) {
		int low = fromIndex, high = toIndex - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int r = cmp(a[mid], key, c);
			if (r < 0)
				low = mid + 1;
			else if (r > 0)
				high = mid - 1;
			else
				return mid;
		}
		return -(low + 1);
	}

	public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
		Objects.requireNonNull(generator);
		for (int i = 0; i < array.length; i++)
			array[i] = generator.apply(i);
	}

	public static void setAll(int[] array, IntUnaryOperator generator) {
		Objects.requireNonNull(generator);
		for (int i = 0; i < array.length; i++)
			array[i] = generator.applyAsInt(i);
	}

	public static void setAll(long[] array, IntToLongFunction generator) {
		Objects.requireNonNull(generator);
		for (int i = 0; i < array.length; i++)
			array[i] = generator.applyAsLong(i);
	}

	public static void setAll(double[] array, IntToDoubleFunction generator) {
		Objects.requireNonNull(generator);
		for (int i = 0; i < array.length; i++)
			array[i] = generator.applyAsDouble(i);
	}

	/* ---------------------------------------------------------------- deep */

	public static String deepToString(Object[] a) {
		if (a == null)
			return "null";
		StringBuilder buf = new StringBuilder();
		deepToString(a, buf, new java.util.ArrayList<Object>());
		return buf.toString();
	}

	private static void deepToString(Object[] a, StringBuilder buf, List<Object> dejaVu) {
		if (a == null) {
			buf.append("null");
			return;
		}
		int iMax = a.length - 1;
		if (iMax == -1) {
			buf.append("[]");
			return;
		}
		dejaVu.add(a);
		buf.append('[');
		for (int i = 0;; i++) {
			Object element = a[i];
			if (element == null) {
				buf.append("null");
			} else if (element instanceof int[]) {
				buf.append(toString((int[]) element));
			} else if (element instanceof long[]) {
				buf.append(toString((long[]) element));
			} else if (element instanceof double[]) {
				buf.append(toString((double[]) element));
			} else if (element instanceof float[]) {
				buf.append(toString((float[]) element));
			} else if (element instanceof char[]) {
				buf.append(toString((char[]) element));
			} else if (element instanceof boolean[]) {
				buf.append(toString((boolean[]) element));
			} else if (element instanceof byte[]) {
				buf.append(toString((byte[]) element));
			} else if (element instanceof short[]) {
				buf.append(toString((short[]) element));
			} else if (phantom.jrt.Rt.isArray(element)) {
				boolean seen = false;
				for (int k = 0; k < dejaVu.size(); k++)
					if (dejaVu.get(k) == element)
						seen = true;
				if (seen)
					buf.append("[...]");
				else
					deepToString(phantom.jrt.Rt.asObjects(element), buf, dejaVu);
			} else {
				buf.append(element.toString());
			}
			if (i == iMax)
				break;
			buf.append(", ");
		}
		buf.append(']');
		dejaVu.remove(dejaVu.size() - 1);
	}

	public static boolean deepEquals(Object[] a1, Object[] a2) {
		if (a1 == a2)
			return true;
		if (a1 == null || a2 == null)
			return false;
		int length = a1.length;
		if (a2.length != length)
			return false;
		for (int i = 0; i < length; i++) {
			Object e1 = a1[i], e2 = a2[i];
			if (e1 == e2)
				continue;
			if (e1 == null || !deepEquals0(e1, e2))
				return false;
		}
		return true;
	}

	static boolean deepEquals0(Object e1, Object e2) {
		if (phantom.jrt.Rt.isArray(e1) && phantom.jrt.Rt.isArray(e2))
			return deepEquals(phantom.jrt.Rt.asObjects(e1), phantom.jrt.Rt.asObjects(e2));
		return e1.equals(e2);
	}

	public static int deepHashCode(Object[] a) {
		if (a == null)
			return 0;
		int result = 1;
		for (Object element : a) {
			int elementHash;
			if (element == null)
				elementHash = 0;
			else if (phantom.jrt.Rt.isArray(element))
				elementHash = deepHashCode(phantom.jrt.Rt.asObjects(element));
			else
				elementHash = element.hashCode();
			result = 31 * result + elementHash;
		}
		return result;
	}

	/* ---------------------------------------------------------------- asList */

	@SafeVarargs
	@SuppressWarnings("varargs")
	public static <T> List<T> asList(T... a) {
		return new ArrayList<T>(a);
	}

	/* a fixed-size list writing through to its array */
	private static class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
		private final E[] a;

		ArrayList(E[] array) {
			a = Objects.requireNonNull(array);
		}

		ArrayList() {
			this(null);
		}

		public int size() {
			return a.length;
		}

		public Object[] toArray() {
			return Arrays.copyOf(a, a.length);
		}

		@SuppressWarnings("unchecked")
		public <T> T[] toArray(T[] arr) {
			int size = size();
			if (arr.length < size)
				return (T[]) Arrays.copyOf(this.a, size);
			System.arraycopy(this.a, 0, arr, 0, size);
			if (arr.length > size)
				arr[size] = null;
			return arr;
		}

		public E get(int index) {
			return a[index];
		}

		public E set(int index, E element) {
			E oldValue = a[index];
			a[index] = element;
			return oldValue;
		}

		public int indexOf(Object o) {
			for (int i = 0; i < a.length; i++)
				if (Objects.equals(o, a[i]))
					return i;
			return -1;
		}

		public boolean contains(Object o) {
			return indexOf(o) >= 0;
		}

		public void replaceAll(UnaryOperator<E> operator) {
			Objects.requireNonNull(operator);
			for (int i = 0; i < a.length; i++)
				a[i] = operator.apply(a[i]);
		}

		public void sort(Comparator<? super E> c) {
			Arrays.sort(a, c);
		}
	}
}
