/* java.io.PrintWriter - text to a Writer (or an OutputStream, as UTF-8). */
package java.io;

import java.util.Locale;

public class PrintWriter extends Writer {
	protected Writer out;
	private final OutputStream stream;
	private final boolean autoFlush;
	private boolean error;

	public PrintWriter(Writer out) {
		this(out, false);
	}

	public PrintWriter(Writer out, boolean autoFlush) {
		this.out = out;
		this.stream = null;
		this.autoFlush = autoFlush;
	}

	public PrintWriter(OutputStream out) {
		this(out, false);
	}

	public PrintWriter(OutputStream out, boolean autoFlush) {
		this.out = null;
		this.stream = out;
		this.autoFlush = autoFlush;
	}

	private void emit(String s) {
		try {
			if (out != null)
				out.write(s);
			else
				stream.write(s.getBytes());
		} catch (IOException e) {
			error = true;
		}
	}

	public void flush() {
		try {
			if (out != null)
				out.flush();
			else
				stream.flush();
		} catch (IOException e) {
			error = true;
		}
	}

	public void close() {
		try {
			if (out != null)
				out.close();
			else
				stream.close();
		} catch (IOException e) {
			error = true;
		}
	}

	public boolean checkError() {
		flush();
		return error;
	}

	protected void setError() {
		error = true;
	}

	protected void clearError() {
		error = false;
	}

	public void write(int c) {
		emit(String.valueOf((char) c));
	}

	public void write(char[] buf, int off, int len) {
		emit(new String(buf, off, len));
	}

	public void write(char[] buf) {
		emit(new String(buf));
	}

	public void write(String s, int off, int len) {
		emit(s.substring(off, off + len));
	}

	public void write(String s) {
		emit(s);
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
		emit(String.valueOf(s));
	}

	public void print(Object obj) {
		emit(String.valueOf(obj));
	}

	private void newLine() {
		emit("\n");
		if (autoFlush)
			flush();
	}

	public void println() {
		newLine();
	}

	public void println(boolean x) {
		print(x);
		newLine();
	}

	public void println(char x) {
		print(x);
		newLine();
	}

	public void println(int x) {
		print(x);
		newLine();
	}

	public void println(long x) {
		print(x);
		newLine();
	}

	public void println(float x) {
		print(x);
		newLine();
	}

	public void println(double x) {
		print(x);
		newLine();
	}

	public void println(char[] x) {
		print(x);
		newLine();
	}

	public void println(String x) {
		print(x);
		newLine();
	}

	public void println(Object x) {
		print(String.valueOf(x));
		newLine();
	}

	public PrintWriter printf(String format, Object... args) {
		emit(String.format(format, args));
		if (autoFlush)
			flush();
		return this;
	}

	public PrintWriter printf(Locale l, String format, Object... args) {
		emit(String.format(l, format, args));
		if (autoFlush)
			flush();
		return this;
	}

	public PrintWriter format(String format, Object... args) {
		return printf(format, args);
	}

	public PrintWriter format(Locale l, String format, Object... args) {
		return printf(l, format, args);
	}

	public PrintWriter append(CharSequence csq) {
		emit(String.valueOf(csq));
		return this;
	}

	public PrintWriter append(CharSequence csq, int start, int end) {
		if (csq == null)
			csq = "null";
		return append(csq.subSequence(start, end));
	}

	public PrintWriter append(char c) {
		print(c);
		return this;
	}
}
