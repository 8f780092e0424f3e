/*
 * java.io.PrintStream - text to a stream. System.out and System.err are
 * PrintStreams on a file descriptor (1, 2) whose text goes through a
 * native to the program's stdout/stderr byte for byte (UTF-8; a lone
 * surrogate as '?'); any other writes to its OutputStream.
 */
package java.io;

import java.util.Locale;

public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
	private final int fd;
	private boolean error;

	/* System.out (1) and System.err (2) */
	public PrintStream(int fd) {
		super(null);
		this.fd = fd;
	}

	public PrintStream(OutputStream out) {
		this(out, false);
	}

	public PrintStream(OutputStream out, boolean autoFlush) {
		super(out);
		if (out == null)
			throw new NullPointerException("Null output stream");
		this.fd = -1;
	}

	public PrintStream(OutputStream out, boolean autoFlush, String encoding)
			throws UnsupportedEncodingException {
		this(out, autoFlush);
	}

	private static native void write0(int fd, String s);

	private static native void writeBytes0(int fd, byte[] b, int off, int len);

	private void emit(String s) {
		if (fd >= 0) {
			write0(fd, s);
			return;
		}
		try {
			out.write(s.getBytes());
		} catch (IOException e) {
			error = true;
		}
	}

	public void flush() {
		if (fd < 0) {
			try {
				out.flush();
			} catch (IOException e) {
				error = true;
			}
		}
	}

	public void close() {
		if (fd < 0) {
			try {
				out.close();
			} catch (IOException e) {
				error = true;
			}
		}
	}

	public boolean checkError() {
		return error;
	}

	protected void setError() {
		error = true;
	}

	protected void clearError() {
		error = false;
	}

	public void write(int b) {
		if (fd >= 0) {
			writeBytes0(fd, new byte[] { (byte) b }, 0, 1);
			return;
		}
		try {
			out.write(b);
		} catch (IOException e) {
			error = true;
		}
	}

	public void write(byte[] buf, int off, int len) {
		if (fd >= 0) {
			writeBytes0(fd, buf, off, len);
			return;
		}
		try {
			out.write(buf, off, len);
		} catch (IOException e) {
			error = true;
		}
	}

	public void write(byte[] buf) throws IOException {
		write(buf, 0, buf.length);
	}

	public void writeBytes(byte[] buf) {
		write(buf, 0, buf.length);
	}

	public void print(boolean b) {
		emit(b ? "true" : "false");
	}

	public void print(char c) {
		emit(String.valueOf(c));
	}

	public void print(int i) {
		emit(String.valueOf(i));
	}

	public void print(long l) {
		emit(String.valueOf(l));
	}

	public void print(float f) {
		emit(String.valueOf(f));
	}

	public void print(double d) {
		emit(String.valueOf(d));
	}

	public void print(char[] s) {
		emit(new String(s));
	}

	public void print(String s) {
		emit(s == null ? "null" : s);
	}

	public void print(Object obj) {
		emit(String.valueOf(obj));
	}

	public void println() {
		emit("\n");
	}

	public void println(boolean x) {
		emit(x ? "true\n" : "false\n");
	}

	public void println(char x) {
		emit(String.valueOf(x).concat("\n"));
	}

	public void println(int x) {
		emit(String.valueOf(x).concat("\n"));
	}

	public void println(long x) {
		emit(String.valueOf(x).concat("\n"));
	}

	public void println(float x) {
		emit(String.valueOf(x).concat("\n"));
	}

	public void println(double x) {
		emit(String.valueOf(x).concat("\n"));
	}

	public void println(char[] x) {
		emit(new String(x).concat("\n"));
	}

	public void println(String x) {
		emit((x == null ? "null" : x).concat("\n"));
	}

	public void println(Object x) {
		emit(String.valueOf(x).concat("\n"));
	}

	public PrintStream printf(String format, Object... args) {
		emit(String.format(format, args));
		return this;
	}

	public PrintStream printf(Locale l, String format, Object... args) {
		emit(String.format(l, format, args));
		return this;
	}

	public PrintStream format(String format, Object... args) {
		emit(String.format(format, args));
		return this;
	}

	public PrintStream format(Locale l, String format, Object... args) {
		emit(String.format(l, format, args));
		return this;
	}

	public PrintStream append(CharSequence csq) {
		print(String.valueOf(csq));
		return this;
	}

	public PrintStream append(CharSequence csq, int start, int end) {
		if (csq == null)
			csq = "null";
		return append(csq.subSequence(start, end));
	}

	public PrintStream append(char c) {
		print(c);
		return this;
	}
}
