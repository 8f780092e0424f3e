/*
 * java.util.Scanner - tokens and lines of a text. The whole input is read
 * on first use (Phantom programs read files and strings, not terminals);
 * tokens are separated by the delimiter pattern (whitespace by default).
 */
package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class Scanner implements Iterator<String>, Closeable {
	private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");

	private Reader source;
	private String text;
	private int pos;
	private Pattern delim = WHITESPACE;
	private boolean closed;
	private int radix = 10;

	public Scanner(InputStream source) {
		this.source = new InputStreamReader(source);
	}

	public Scanner(InputStream source, String charsetName) {
		this(source);
	}

	public Scanner(Reader source) {
		this.source = source;
	}

	public Scanner(String source) {
		this.text = source;
	}

	private String text() {
		if (closed)
			throw new IllegalStateException("Scanner closed");
		if (text == null) {
			StringBuilder sb = new StringBuilder();
			try {
				char[] buf = new char[512];
				for (int n; (n = source.read(buf, 0, buf.length)) > 0;)
					sb.append(buf, 0, n);
			} catch (IOException e) {
			}
			text = sb.toString();
		}
		return text;
	}

	public void close() {
		if (source != null) {
			try {
				source.close();
			} catch (IOException e) {
			}
		}
		closed = true;
	}

	public Scanner useDelimiter(String pattern) {
		delim = Pattern.compile(pattern);
		return this;
	}

	public Scanner useDelimiter(Pattern pattern) {
		delim = pattern;
		return this;
	}

	public Pattern delimiter() {
		return delim;
	}

	public Scanner useLocale(Locale locale) {
		return this;
	}

	public Scanner useRadix(int radix) {
		this.radix = radix;
		return this;
	}

	public int radix() {
		return radix;
	}

	/* the next token's bounds {start, end}, or null */
	private int[] token() {
		String t = text();
		int start = pos;
		Matcher m = delim.matcher(t);
		if (m.find(start) && m.start() == start)
			start = m.end();
		if (start >= t.length())
			return null;
		int end = m.find(start) ? m.start() : t.length(); /* empty between two delimiters */
		return new int[] { start, end };
	}

	public boolean hasNext() {
		return token() != null;
	}

	public String next() {
		int[] t = token();
		if (t == null)
			throw new NoSuchElementException();
		pos = t[1];
		return text.substring(t[0], t[1]);
	}

	private String peekToken() {
		int[] t = token();
		return t == null ? null : text.substring(t[0], t[1]);
	}

	public boolean hasNext(String pattern) {
		String t = peekToken();
		return t != null && t.matches(pattern);
	}

	public String next(String pattern) {
		String t = peekToken();
		if (t == null)
			throw new NoSuchElementException();
		if (!t.matches(pattern))
			throw new InputMismatchException();
		return next();
	}

	public boolean hasNextLine() {
		return pos < text().length();
	}

	public String nextLine() {
		String t = text();
		if (pos >= t.length())
			throw new NoSuchElementException("No line found");
		int i = pos;
		while (i < t.length() && t.charAt(i) != '\n' && t.charAt(i) != '\r')
			i++;
		String line = t.substring(pos, i);
		if (i < t.length()) {
			if (t.charAt(i) == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n')
				i++;
			i++;
		}
		pos = i;
		return line;
	}

	private static String strip(String t) {
		return t.startsWith("+") ? t.substring(1) : t;
	}

	public boolean hasNextInt() {
		return hasNextInt(radix);
	}

	public boolean hasNextInt(int radix) {
		String t = peekToken();
		if (t == null)
			return false;
		try {
			Integer.parseInt(strip(t), radix);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	public int nextInt() {
		return nextInt(radix);
	}

	public int nextInt(int radix) {
		String t = peekToken();
		if (t == null)
			throw new NoSuchElementException();
		try {
			int v = Integer.parseInt(strip(t), radix);
			next();
			return v;
		} catch (NumberFormatException e) {
			throw new InputMismatchException(looksIntegral(t) ? e.getMessage() : null);
		}
	}

	private static boolean looksIntegral(String t) {
		return t.matches("[-+]?\\d+");
	}

	public boolean hasNextLong() {
		String t = peekToken();
		if (t == null)
			return false;
		try {
			Long.parseLong(strip(t), radix);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	public long nextLong() {
		String t = peekToken();
		if (t == null)
			throw new NoSuchElementException();
		try {
			long v = Long.parseLong(strip(t), radix);
			next();
			return v;
		} catch (NumberFormatException e) {
			throw new InputMismatchException(looksIntegral(t) ? e.getMessage() : null);
		}
	}

	public short nextShort() {
		return (short) nextInt();
	}

	public byte nextByte() {
		return (byte) nextInt();
	}

	public boolean hasNextDouble() {
		String t = peekToken();
		if (t == null)
			return false;
		try {
			Double.parseDouble(t.replace(",", ""));
			return !t.endsWith("d") && !t.endsWith("f") && !t.endsWith("D") && !t.endsWith("F");
		} catch (NumberFormatException e) {
			return false;
		}
	}

	public double nextDouble() {
		if (!hasNextDouble()) {
			if (!hasNext())
				throw new NoSuchElementException();
			throw new InputMismatchException();
		}
		return Double.parseDouble(next().replace(",", ""));
	}

	public float nextFloat() {
		return (float) nextDouble();
	}

	public boolean hasNextBoolean() {
		String t = peekToken();
		return t != null && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"));
	}

	public boolean nextBoolean() {
		if (!hasNextBoolean()) {
			if (!hasNext())
				throw new NoSuchElementException();
			throw new InputMismatchException();
		}
		return Boolean.parseBoolean(next());
	}

	public void remove() {
		throw new UnsupportedOperationException();
	}
}
