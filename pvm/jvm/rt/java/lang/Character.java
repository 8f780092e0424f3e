/*
 * java.lang.Character - as in the JDK, over one native classification of
 * code points (pvm/jvm/jchar.c: exact for Latin-1, range tables of the
 * common scripts beyond) and pvm's case mapping. valueOf caches 0..127.
 */
package java.lang;

public final class Character implements java.io.Serializable, Comparable<Character> {
	@SuppressWarnings("unchecked")
	public static final Class<Character> TYPE = (Class<Character>) phantom.jrt.Rt.primitiveClass("char");

	public static final int MIN_RADIX = 2;
	public static final int MAX_RADIX = 36;
	public static final char MIN_VALUE = '\u0000';
	public static final char MAX_VALUE = '\uFFFF';
	public static final char MIN_HIGH_SURROGATE = '\uD800';
	public static final char MAX_HIGH_SURROGATE = '\uDBFF';
	public static final char MIN_LOW_SURROGATE = '\uDC00';
	public static final char MAX_LOW_SURROGATE = '\uDFFF';
	public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
	public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
	public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
	public static final int MIN_CODE_POINT = 0x000000;
	public static final int MAX_CODE_POINT = 0x10FFFF;
	public static final int SIZE = 16;
	public static final int BYTES = 2;

	public static final byte UNASSIGNED = 0;
	public static final byte UPPERCASE_LETTER = 1;
	public static final byte LOWERCASE_LETTER = 2;
	public static final byte TITLECASE_LETTER = 3;
	public static final byte MODIFIER_LETTER = 4;
	public static final byte OTHER_LETTER = 5;
	public static final byte NON_SPACING_MARK = 6;
	public static final byte ENCLOSING_MARK = 7;
	public static final byte COMBINING_SPACING_MARK = 8;
	public static final byte DECIMAL_DIGIT_NUMBER = 9;
	public static final byte LETTER_NUMBER = 10;
	public static final byte OTHER_NUMBER = 11;
	public static final byte SPACE_SEPARATOR = 12;
	public static final byte LINE_SEPARATOR = 13;
	public static final byte PARAGRAPH_SEPARATOR = 14;
	public static final byte CONTROL = 15;
	public static final byte FORMAT = 16;
	public static final byte PRIVATE_USE = 18;
	public static final byte SURROGATE = 19;
	public static final byte DASH_PUNCTUATION = 20;
	public static final byte START_PUNCTUATION = 21;
	public static final byte END_PUNCTUATION = 22;
	public static final byte CONNECTOR_PUNCTUATION = 23;
	public static final byte OTHER_PUNCTUATION = 24;
	public static final byte MATH_SYMBOL = 25;
	public static final byte CURRENCY_SYMBOL = 26;
	public static final byte MODIFIER_SYMBOL = 27;
	public static final byte OTHER_SYMBOL = 28;
	public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
	public static final byte FINAL_QUOTE_PUNCTUATION = 30;

	/* the properties of jchar.h */
	private static final int LETTER = 1, DIGIT = 2, UPPER = 4, LOWER = 8, TITLE = 16,
			WHITESPACE = 32, SPACE = 64, ALPHABETIC = 128, IDEOGRAPHIC = 256,
			IDENT_START = 512, IDENT_PART = 1024, IGNORABLE = 2048;

	private static native int props(int codePoint);

	private static native int decimal(int codePoint);

	private static final Character[] CACHE = makeCache();

	private static Character[] makeCache() {
		Character[] c = new Character[128];
		for (int i = 0; i < c.length; i++)
			c[i] = new Character((char) i);
		return c;
	}

	private final char value;

	@Deprecated
	public Character(char value) {
		this.value = value;
	}

	public static Character valueOf(char c) {
		if (c < 128)
			return CACHE[c];
		return new Character(c);
	}

	public char charValue() {
		return value;
	}

	public int hashCode() {
		return value;
	}

	public static int hashCode(char value) {
		return value;
	}

	public boolean equals(Object obj) {
		if (obj instanceof Character)
			return value == ((Character) obj).charValue();
		return false;
	}

	public String toString() {
		return String.valueOf(value);
	}

	public static String toString(char c) {
		return String.valueOf(c);
	}

	public static String toString(int codePoint) {
		return new String(toChars(codePoint));
	}

	public int compareTo(Character anotherCharacter) {
		return compare(this.value, anotherCharacter.value);
	}

	public static int compare(char x, char y) {
		return x - y;
	}

	public static char reverseBytes(char ch) {
		return (char) (((ch & 0xff00) >> 8) | (ch << 8));
	}

	/* ---------------------------------------------------------------- code points */

	public static boolean isValidCodePoint(int codePoint) {
		return codePoint >= MIN_CODE_POINT && codePoint <= MAX_CODE_POINT;
	}

	public static boolean isBmpCodePoint(int codePoint) {
		return codePoint >>> 16 == 0;
	}

	public static boolean isSupplementaryCodePoint(int codePoint) {
		return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
	}

	public static boolean isHighSurrogate(char ch) {
		return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
	}

	public static boolean isLowSurrogate(char ch) {
		return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
	}

	public static boolean isSurrogate(char ch) {
		return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
	}

	public static boolean isSurrogatePair(char high, char low) {
		return isHighSurrogate(high) && isLowSurrogate(low);
	}

	public static int charCount(int codePoint) {
		return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
	}

	public static int toCodePoint(char high, char low) {
		return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE)
				+ MIN_SUPPLEMENTARY_CODE_POINT;
	}

	public static char highSurrogate(int codePoint) {
		return (char) (MIN_HIGH_SURROGATE + ((codePoint - MIN_SUPPLEMENTARY_CODE_POINT) >>> 10));
	}

	public static char lowSurrogate(int codePoint) {
		return (char) (MIN_LOW_SURROGATE + ((codePoint - MIN_SUPPLEMENTARY_CODE_POINT) & 0x3ff));
	}

	public static int codePointAt(CharSequence seq, int index) {
		char c1 = seq.charAt(index);
		if (isHighSurrogate(c1) && ++index < seq.length()) {
			char c2 = seq.charAt(index);
			if (isLowSurrogate(c2))
				return toCodePoint(c1, c2);
		}
		return c1;
	}

	public static int codePointAt(char[] a, int index) {
		return codePointAt(a, index, a.length);
	}

	public static int codePointAt(char[] a, int index, int limit) {
		if (index >= limit || index < 0 || limit > a.length)
			throw new IndexOutOfBoundsException();
		char c1 = a[index];
		if (isHighSurrogate(c1) && index + 1 < limit && isLowSurrogate(a[index + 1]))
			return toCodePoint(c1, a[index + 1]);
		return c1;
	}

	public static int codePointBefore(CharSequence seq, int index) {
		char c2 = seq.charAt(--index);
		if (isLowSurrogate(c2) && index > 0) {
			char c1 = seq.charAt(index - 1);
			if (isHighSurrogate(c1))
				return toCodePoint(c1, c2);
		}
		return c2;
	}

	public static int codePointBefore(char[] a, int index) {
		char c2 = a[--index];
		if (isLowSurrogate(c2) && index > 0 && isHighSurrogate(a[index - 1]))
			return toCodePoint(a[index - 1], c2);
		return c2;
	}

	public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
		int n = 0;
		for (int i = beginIndex; i < endIndex; i++, n++)
			if (isHighSurrogate(seq.charAt(i)) && i + 1 < endIndex && isLowSurrogate(seq.charAt(i + 1)))
				i++;
		return n;
	}

	public static int codePointCount(char[] a, int offset, int count) {
		int n = 0;
		for (int i = offset; i < offset + count; i++, n++)
			if (isHighSurrogate(a[i]) && i + 1 < offset + count && isLowSurrogate(a[i + 1]))
				i++;
		return n;
	}

	public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
		int x = index, length = seq.length();
		if (codePointOffset >= 0) {
			for (int i = 0; i < codePointOffset; i++) {
				if (x >= length)
					throw new IndexOutOfBoundsException();
				if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x)))
					x++;
			}
		} else {
			for (int i = codePointOffset; i < 0; i++) {
				if (x <= 0)
					throw new IndexOutOfBoundsException();
				if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1)))
					x--;
			}
		}
		return x;
	}

	public static char[] toChars(int codePoint) {
		if (isBmpCodePoint(codePoint))
			return new char[] { (char) codePoint };
		if (isValidCodePoint(codePoint))
			return new char[] { highSurrogate(codePoint), lowSurrogate(codePoint) };
		throw new IllegalArgumentException(
				"Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
	}

	public static int toChars(int codePoint, char[] dst, int dstIndex) {
		char[] c = toChars(codePoint);
		for (int i = 0; i < c.length; i++)
			dst[dstIndex + i] = c[i];
		return c.length;
	}

	/* ---------------------------------------------------------------- classes */

	private static boolean has(int codePoint, int bits) {
		return (props(codePoint) & bits) != 0;
	}

	public static boolean isLowerCase(char ch) {
		return isLowerCase((int) ch);
	}

	public static boolean isLowerCase(int codePoint) {
		if (codePoint < 128)
			return codePoint >= 'a' && codePoint <= 'z';
		return has(codePoint, LOWER);
	}

	public static boolean isUpperCase(char ch) {
		return isUpperCase((int) ch);
	}

	public static boolean isUpperCase(int codePoint) {
		if (codePoint < 128)
			return codePoint >= 'A' && codePoint <= 'Z';
		return has(codePoint, UPPER);
	}

	public static boolean isTitleCase(char ch) {
		return isTitleCase((int) ch);
	}

	public static boolean isTitleCase(int codePoint) {
		return codePoint >= 128 && has(codePoint, TITLE);
	}

	public static boolean isDigit(char ch) {
		return isDigit((int) ch);
	}

	public static boolean isDigit(int codePoint) {
		if (codePoint < 128)
			return codePoint >= '0' && codePoint <= '9';
		return has(codePoint, DIGIT);
	}

	public static boolean isDefined(char ch) {
		return true;
	}

	public static boolean isDefined(int codePoint) {
		return isValidCodePoint(codePoint);
	}

	public static boolean isLetter(char ch) {
		return isLetter((int) ch);
	}

	public static boolean isLetter(int codePoint) {
		if (codePoint < 128)
			return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
		return has(codePoint, LETTER);
	}

	public static boolean isLetterOrDigit(char ch) {
		return isLetterOrDigit((int) ch);
	}

	public static boolean isLetterOrDigit(int codePoint) {
		return isLetter(codePoint) || isDigit(codePoint);
	}

	public static boolean isAlphabetic(int codePoint) {
		if (codePoint < 128)
			return isLetter(codePoint);
		return has(codePoint, ALPHABETIC);
	}

	public static boolean isIdeographic(int codePoint) {
		return codePoint >= 128 && has(codePoint, IDEOGRAPHIC);
	}

	public static boolean isJavaIdentifierStart(char ch) {
		return isJavaIdentifierStart((int) ch);
	}

	public static boolean isJavaIdentifierStart(int codePoint) {
		return has(codePoint, IDENT_START);
	}

	public static boolean isJavaIdentifierPart(char ch) {
		return isJavaIdentifierPart((int) ch);
	}

	public static boolean isJavaIdentifierPart(int codePoint) {
		return has(codePoint, IDENT_PART);
	}

	public static boolean isUnicodeIdentifierStart(char ch) {
		return isUnicodeIdentifierStart((int) ch);
	}

	public static boolean isUnicodeIdentifierStart(int codePoint) {
		return isLetter(codePoint) || (has(codePoint, ALPHABETIC) && !isDigit(codePoint));
	}

	public static boolean isUnicodeIdentifierPart(char ch) {
		return isUnicodeIdentifierPart((int) ch);
	}

	public static boolean isUnicodeIdentifierPart(int codePoint) {
		return codePoint != '$' && (isJavaIdentifierPart(codePoint));
	}

	public static boolean isIdentifierIgnorable(char ch) {
		return isIdentifierIgnorable((int) ch);
	}

	public static boolean isIdentifierIgnorable(int codePoint) {
		return has(codePoint, IGNORABLE);
	}

	public static boolean isSpaceChar(char ch) {
		return isSpaceChar((int) ch);
	}

	public static boolean isSpaceChar(int codePoint) {
		return has(codePoint, SPACE);
	}

	public static boolean isWhitespace(char ch) {
		return isWhitespace((int) ch);
	}

	public static boolean isWhitespace(int codePoint) {
		if (codePoint < 128)
			return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0d)
					|| (codePoint >= 0x1c && codePoint <= 0x1f);
		return has(codePoint, WHITESPACE);
	}

	public static boolean isISOControl(char ch) {
		return isISOControl((int) ch);
	}

	public static boolean isISOControl(int codePoint) {
		return codePoint <= 0x9f && (codePoint >= 0x7f || (codePoint >>> 5 == 0));
	}

	@Deprecated
	public static boolean isJavaLetter(char ch) {
		return isJavaIdentifierStart(ch);
	}

	@Deprecated
	public static boolean isJavaLetterOrDigit(char ch) {
		return isJavaIdentifierPart(ch);
	}

	@Deprecated
	public static boolean isSpace(char ch) {
		return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
	}

	/* ASCII's general categories, one character per code point ('0' + type) */
	private static final String ASCII_TYPES = "????????????????????????????????<HHHJHHHEFHIHDHH9999999999HHIIIHH11111111111111111111111111EHFKGK22222222222222222222222222EIFI?";

	public static int getType(char ch) {
		return getType((int) ch);
	}

	public static int getType(int codePoint) {
		if (codePoint >= 0 && codePoint < 128)
			return ASCII_TYPES.charAt(codePoint) - '0';
		if (!isValidCodePoint(codePoint))
			return UNASSIGNED;
		int p = props(codePoint);
		if ((p & TITLE) != 0)
			return TITLECASE_LETTER;
		if ((p & LETTER) != 0)
			return (p & UPPER) != 0 ? UPPERCASE_LETTER : (p & LOWER) != 0 ? LOWERCASE_LETTER : OTHER_LETTER;
		if ((p & DIGIT) != 0)
			return DECIMAL_DIGIT_NUMBER;
		if ((p & ALPHABETIC) != 0)
			return LETTER_NUMBER;
		if (codePoint == 0x2028)
			return LINE_SEPARATOR;
		if (codePoint == 0x2029)
			return PARAGRAPH_SEPARATOR;
		if ((p & SPACE) != 0)
			return SPACE_SEPARATOR;
		if (codePoint <= 0x9f)
			return CONTROL;
		if ((p & IGNORABLE) != 0)
			return FORMAT;
		if (codePoint >= 0xd800 && codePoint <= 0xdfff)
			return SURROGATE;
		if (codePoint >= 0xe000 && codePoint <= 0xf8ff)
			return PRIVATE_USE;
		if ((p & IDENT_START) != 0)
			return codePoint == 0x203f || codePoint == 0x2040 ? CONNECTOR_PUNCTUATION : CURRENCY_SYMBOL;
		if ((p & IDENT_PART) != 0)
			return NON_SPACING_MARK;
		return OTHER_SYMBOL;
	}

	/* ---------------------------------------------------------------- case */

	public static char toLowerCase(char ch) {
		return (char) toLowerCase((int) ch);
	}

	public static native int toLowerCase(int codePoint);

	public static char toUpperCase(char ch) {
		return (char) toUpperCase((int) ch);
	}

	public static native int toUpperCase(int codePoint);

	public static char toTitleCase(char ch) {
		return (char) toTitleCase((int) ch);
	}

	public static int toTitleCase(int codePoint) {
		if (codePoint == 0x1c4 || codePoint == 0x1c5 || codePoint == 0x1c6)
			return 0x1c5;
		if (codePoint == 0x1c7 || codePoint == 0x1c8 || codePoint == 0x1c9)
			return 0x1c8;
		if (codePoint == 0x1ca || codePoint == 0x1cb || codePoint == 0x1cc)
			return 0x1cb;
		if (codePoint == 0x1f1 || codePoint == 0x1f2 || codePoint == 0x1f3)
			return 0x1f2;
		return toUpperCase(codePoint);
	}

	/* ---------------------------------------------------------------- digits */

	public static int digit(char ch, int radix) {
		return digit((int) ch, radix);
	}

	public static int digit(int codePoint, int radix) {
		if (radix < MIN_RADIX || radix > MAX_RADIX)
			return -1;
		int v = value(codePoint);
		return v >= 0 && v < radix ? v : -1;
	}

	/* the value of a digit or a Latin letter (a..z: 10..35), else -1 */
	private static int value(int c) {
		if (c >= '0' && c <= '9')
			return c - '0';
		if (c >= 'a' && c <= 'z')
			return c - 'a' + 10;
		if (c >= 'A' && c <= 'Z')
			return c - 'A' + 10;
		if (c < 128)
			return -1;
		if (c >= 0xff21 && c <= 0xff3a)
			return c - 0xff21 + 10;
		if (c >= 0xff41 && c <= 0xff5a)
			return c - 0xff41 + 10;
		return decimal(c);
	}

	public static int getNumericValue(char ch) {
		return getNumericValue((int) ch);
	}

	public static int getNumericValue(int codePoint) {
		int v = value(codePoint);
		if (v >= 0)
			return v;
		if (codePoint >= 0x2160 && codePoint <= 0x217f) {
			int k = (codePoint - 0x2160) % 16;
			if (k < 12)
				return k + 1;
			int[] big = { 50, 100, 500, 1000 };
			return big[k - 12];
		}
		if (codePoint >= 0x2460 && codePoint <= 0x2473)
			return codePoint - 0x2460 + 1;
		if (codePoint == 0xb2 || codePoint == 0xb3)
			return codePoint - 0xb0;
		if (codePoint == 0xb9)
			return 1;
		if (codePoint == 0xbc || codePoint == 0xbd || codePoint == 0xbe)
			return -2;
		return -1;
	}

	public static char forDigit(int digit, int radix) {
		if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX)
			return '\0';
		return Integer.digitChar(digit);
	}

	public static String getName(int codePoint) {
		return null;
	}
}
