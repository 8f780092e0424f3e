/*
 * java.util.Formatter - printf-style formatting as the JDK does it for
 * the conversions b h s c d o x e f g n % (upper-case variants too),
 * with argument indices (n$, <), flags - # + space 0 , ( and width and
 * precision, and the JDK's exceptions. Floating-point digits come from
 * pvm/jvm/jnum.c (the JDK's own digits, rounded half up). The locale is
 * not consulted: '.' and ',' always. Date/time (%t) and %a are not
 * supported (UnknownFormatConversionException).
 */
package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

public final class Formatter implements Closeable, Flushable {
	private Appendable a;
	private final Locale l;
	private IOException lastException;
	private boolean closed;

	public Formatter() {
		this(new StringBuilder(), Locale.getDefault());
	}

	public Formatter(Appendable a) {
		this(a == null ? new StringBuilder() : a, Locale.getDefault());
	}

	public Formatter(Locale l) {
		this(new StringBuilder(), l);
	}

	public Formatter(Appendable a, Locale l) {
		this.a = a == null ? new StringBuilder() : a;
		this.l = l;
	}

	public Formatter(java.io.PrintStream ps) {
		this(Objects.requireNonNull(ps), Locale.getDefault());
	}

	private void ensureOpen() {
		if (closed)
			throw new FormatterClosedException();
	}

	public Locale locale() {
		ensureOpen();
		return l;
	}

	public Appendable out() {
		ensureOpen();
		return a;
	}

	public String toString() {
		ensureOpen();
		return a.toString();
	}

	public void flush() {
		ensureOpen();
		if (a instanceof Flushable) {
			try {
				((Flushable) a).flush();
			} catch (IOException ioe) {
				lastException = ioe;
			}
		}
	}

	public void close() {
		if (closed)
			return;
		closed = true;
		if (a instanceof Closeable) {
			try {
				((Closeable) a).close();
			} catch (IOException ioe) {
				lastException = ioe;
			}
		}
	}

	public IOException ioException() {
		return lastException;
	}

	public Formatter format(String format, Object... args) {
		return format(l, format, args);
	}

	/* flags as bits */
	private static final int LEFT = 1, ALT = 2, PLUS = 4, SPACE = 8, ZERO = 16, GROUP = 32, PAREN = 64,
			PREVIOUS = 128;
	private static final String FLAG_CHARS = "-#+ 0,(<";

	public Formatter format(Locale l, String format, Object... args) {
		ensureOpen();
		StringBuilder out = new StringBuilder();
		int ordinary = -1, lastIndex = -1;
		int n = format.length();
		int i = 0;
		while (i < n) {
			char c = format.charAt(i);
			if (c != '%') {
				int j = format.indexOf('%', i);
				if (j < 0)
					j = n;
				out.append(format, i, j);
				i = j;
				continue;
			}
			int start = i++;
			/* %[index$][flags][width][.precision]conversion */
			int index = -1;
			int save = i;
			int num = digits(format, i);
			if (num > i && num < n && format.charAt(num) == '$') {
				index = Integer.parseInt(format.substring(i, num));
				i = num + 1;
			} else {
				i = save;
			}
			int flags = 0;
			int flagStart = i;
			while (i < n && FLAG_CHARS.indexOf(format.charAt(i)) >= 0) {
				int bit = 1 << FLAG_CHARS.indexOf(format.charAt(i));
				if ((flags & bit) != 0)
					throw new DuplicateFormatFlagsException(String.valueOf(format.charAt(i)));
				flags |= bit;
				i++;
			}
			String flagText = format.substring(flagStart, i);
			int width = -1;
			num = digits(format, i);
			if (num > i) {
				width = Integer.parseInt(format.substring(i, num));
				i = num;
			}
			int precision = -1;
			if (i < n && format.charAt(i) == '.') {
				num = digits(format, i + 1);
				if (num == i + 1)
					throw new UnknownFormatConversionException(".");
				precision = Integer.parseInt(format.substring(i + 1, num));
				i = num;
			}
			if (i >= n)
				throw new UnknownFormatConversionException("%");
			char conv = format.charAt(i++);
			String spec = format.substring(start, i);
			if (conv == 't' || conv == 'T')
				throw new UnknownFormatConversionException(String.valueOf(conv));
			if (conv == 'n') {
				if (flags != 0)
					throw new IllegalFormatFlagsException(flagText);
				if (width != -1)
					throw new IllegalFormatWidthException(width);
				if (precision != -1)
					throw new IllegalFormatPrecisionException(precision);
				out.append('\n');
				continue;
			}
			if (conv == '%') {
				if (precision != -1)
					throw new IllegalFormatPrecisionException(precision);
				if ((flags & LEFT) != 0 && width == -1)
					throw new MissingFormatWidthException(spec);
				justify(out, "%", flags, width);
				continue;
			}
			if ("bBhHsScCdoxXeEfgG".indexOf(conv) < 0)
				throw new UnknownFormatConversionException(String.valueOf(conv));
			if ((flags & (LEFT | ZERO)) != 0 && width == -1)
				throw new MissingFormatWidthException(spec);
			if ((flags & LEFT) != 0 && (flags & ZERO) != 0)
				throw new IllegalFormatFlagsException(flagText);
			if ((flags & PLUS) != 0 && (flags & SPACE) != 0)
				throw new IllegalFormatFlagsException(flagText);
			Object arg;
			if ((flags & PREVIOUS) != 0) {
				if (lastIndex < 0 || args == null || lastIndex >= args.length)
					throw new MissingFormatArgumentException(spec);
				arg = args[lastIndex];
			} else if (index > 0) {
				if (args == null || index - 1 >= args.length)
					throw new MissingFormatArgumentException(spec);
				lastIndex = index - 1;
				arg = args[lastIndex];
			} else if (index == 0) {
				throw new IllegalFormatArgumentIndexException(0);
			} else {
				ordinary++;
				if (args == null || ordinary >= args.length)
					throw new MissingFormatArgumentException(spec);
				lastIndex = ordinary;
				arg = args[ordinary];
			}
			print(out, conv, arg, flags & ~PREVIOUS, flagText, width, precision);
		}
		try {
			a.append(out);
		} catch (IOException e) {
			lastException = e;
		}
		return this;
	}

	private static int digits(String s, int i) {
		while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9')
			i++;
		return i;
	}

	private static void justify(StringBuilder out, String s, int flags, int width) {
		int pad = width - s.length();
		if ((flags & LEFT) == 0)
			for (int k = 0; k < pad; k++)
				out.append(' ');
		out.append(s);
		if ((flags & LEFT) != 0)
			for (int k = 0; k < pad; k++)
				out.append(' ');
	}

	private static void mismatch(int flags, int allowed, String flagText, char conv) {
		if ((flags & ~allowed) != 0)
			throw new FormatFlagsConversionMismatchException(flagText, conv);
	}

	private void print(StringBuilder out, char conv, Object arg, int flags, String flagText, int width,
			int precision) {
		boolean upper = Character.isUpperCase(conv);
		char c = Character.toLowerCase(conv);
		String s;
		if (c == 'b' || c == 'h' || c == 's') {
			mismatch(flags, LEFT | ALT, flagText, conv);
			if (c == 'b')
				s = arg == null ? "false" : (arg instanceof Boolean) ? arg.toString() : "true";
			else if (c == 'h')
				s = arg == null ? "null" : Integer.toHexString(arg.hashCode());
			else
				s = String.valueOf(arg);
			if (precision != -1 && precision < s.length())
				s = s.substring(0, precision);
			justify(out, upper ? s.toUpperCase() : s, flags, width);
			return;
		}
		if (c == 'c') {
			if (precision != -1)
				throw new IllegalFormatPrecisionException(precision);
			mismatch(flags, LEFT, flagText, conv);
			if (arg == null) {
				s = "null";
			} else if (arg instanceof Character) {
				s = arg.toString();
			} else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
				int cp = ((Number) arg).intValue();
				if (arg instanceof Byte)
					cp &= 0xff;
				else if (arg instanceof Short)
					cp &= 0xffff;
				if (!Character.isValidCodePoint(cp))
					throw new IllegalFormatCodePointException(cp);
				s = new String(Character.toChars(cp));
			} else {
				throw new IllegalFormatConversionException(conv, arg.getClass());
			}
			justify(out, upper ? s.toUpperCase() : s, flags, width);
			return;
		}
		if (c == 'd' || c == 'o' || c == 'x') {
			if (precision != -1)
				throw new IllegalFormatPrecisionException(precision);
			if (arg == null) {
				justify(out, "null", flags, width);
				return;
			}
			if (!(arg instanceof Byte || arg instanceof Short || arg instanceof Integer || arg instanceof Long))
				throw new IllegalFormatConversionException(conv, arg.getClass());
			long v = ((Number) arg).longValue();
			if (c == 'd') {
				mismatch(flags, LEFT | PLUS | SPACE | ZERO | GROUP | PAREN, flagText, conv);
				boolean neg = v < 0;
				String digits = neg ? Long.toString(v).substring(1) : Long.toString(v);
				if ((flags & GROUP) != 0)
					digits = group(digits);
				number(out, neg, digits, "", flags, width);
				return;
			}
			mismatch(flags, LEFT | ALT | ZERO, flagText, conv);
			int bits = arg instanceof Byte ? 8 : arg instanceof Short ? 16 : arg instanceof Integer ? 32 : 64;
			if (v < 0 && bits < 64)
				v += 1L << bits;
			String digits = c == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
			String prefix = (flags & ALT) == 0 ? "" : c == 'o' ? "0" : "0x";
			String body;
			if ((flags & ZERO) != 0) {
				StringBuilder z = new StringBuilder(prefix);
				for (int k = prefix.length() + digits.length(); k < width; k++)
					z.append('0');
				body = z.append(digits).toString();
			} else {
				body = prefix + digits;
			}
			justify(out, upper ? body.toUpperCase() : body, flags, width);
			return;
		}
		/* e f g */
		if (c == 'e')
			mismatch(flags, LEFT | ALT | PLUS | SPACE | ZERO | PAREN, flagText, conv);
		else if (c == 'g')
			mismatch(flags, LEFT | PLUS | SPACE | ZERO | GROUP | PAREN, flagText, conv);
		if (arg == null) {
			justify(out, "null", flags, width);
			return;
		}
		double v;
		if (arg instanceof Double)
			v = ((Double) arg).doubleValue();
		else if (arg instanceof Float)
			v = ((Float) arg).floatValue();
		else
			throw new IllegalFormatConversionException(conv, arg.getClass());
		if (Double.isNaN(v)) {
			justify(out, upper ? "NAN" : "NaN", flags, width);
			return;
		}
		boolean neg = Double.compare(v, 0.0) == -1;
		if (Double.isInfinite(v)) {
			String t = upper ? "INFINITY" : "Infinity";
			String sign = neg ? ((flags & PAREN) != 0 ? "(" : "-") : (flags & PLUS) != 0 ? "+" : (flags & SPACE) != 0 ? " " : "";
			justify(out, sign + t + (neg && (flags & PAREN) != 0 ? ")" : ""), flags, width);
			return;
		}
		String mag = phantom.jrt.Rt.formatDouble(Math.abs(v), c, precision);
		String exp = "";
		int e = mag.indexOf('e');
		if (e >= 0) {
			exp = mag.substring(e);
			mag = mag.substring(0, e);
		}
		if ((flags & ALT) != 0 && mag.indexOf('.') < 0)
			mag = mag + ".";
		if ((flags & GROUP) != 0) {
			int dot = mag.indexOf('.');
			mag = dot < 0 ? group(mag) : group(mag.substring(0, dot)) + mag.substring(dot);
		}
		String tail = upper ? exp.toUpperCase() : exp;
		number(out, neg, mag, tail, flags, width);
	}

	/* sign, zero padding, magnitude, exponent, ")" - justified to width */
	private static void number(StringBuilder out, boolean neg, String mag, String tail, int flags, int width) {
		String prefix = neg ? ((flags & PAREN) != 0 ? "(" : "-")
				: (flags & PLUS) != 0 ? "+" : (flags & SPACE) != 0 ? " " : "";
		String suffix = neg && (flags & PAREN) != 0 ? ")" : "";
		StringBuilder sb = new StringBuilder(prefix);
		if ((flags & ZERO) != 0)
			for (int k = prefix.length() + mag.length() + tail.length() + suffix.length(); k < width; k++)
				sb.append('0');
		sb.append(mag).append(tail).append(suffix);
		justify(out, sb.toString(), flags, width);
	}

	/* digits with a ',' between groups of three */
	private static String group(String digits) {
		int n = digits.length();
		if (n <= 3)
			return digits;
		StringBuilder sb = new StringBuilder();
		int first = n % 3 == 0 ? 3 : n % 3;
		sb.append(digits, 0, first);
		for (int i = first; i < n; i += 3)
			sb.append(',').append(digits, i, i + 3);
		return sb.toString();
	}
}
