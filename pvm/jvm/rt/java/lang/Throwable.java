/*
 * java.lang.Throwable - the root of Java's exceptions. Its first three
 * instance fields are written by the VM, in this order: detailMessage
 * (slot 0), cause (slot 1), jtrace (slot 2: an Object[] of Strings, one
 * "pkg.Class.method(File.java:42)" per frame, innermost first). The VM
 * makes exceptions without running a constructor (every field null); a
 * null cause then reads as "not set".
 */
package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

public class Throwable implements java.io.Serializable {
	private String detailMessage;
	private Throwable cause;
	private Object jtrace;
	private boolean causeSet;
	private List<Throwable> suppressed;

	public Throwable() {
		fillInStackTrace();
	}

	public Throwable(String message) {
		fillInStackTrace();
		detailMessage = message;
	}

	public Throwable(String message, Throwable cause) {
		fillInStackTrace();
		detailMessage = message;
		this.cause = cause;
		causeSet = true;
	}

	public Throwable(Throwable cause) {
		fillInStackTrace();
		detailMessage = (cause == null ? null : cause.toString());
		this.cause = cause;
		causeSet = true;
	}

	protected Throwable(String message, Throwable cause, boolean enableSuppression,
			boolean writableStackTrace) {
		if (writableStackTrace)
			fillInStackTrace();
		detailMessage = message;
		this.cause = cause;
		causeSet = true;
	}

	public String getMessage() {
		return detailMessage;
	}

	public String getLocalizedMessage() {
		return getMessage();
	}

	public Throwable getCause() {
		return cause;
	}

	public Throwable initCause(Throwable cause) {
		if (causeSet || this.cause != null)
			throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
		if (cause == this)
			throw new IllegalArgumentException("Self-causation not permitted", this);
		this.cause = cause;
		causeSet = true;
		return this;
	}

	public String toString() {
		String s = getClass().getName();
		String message = getLocalizedMessage();
		return (message != null) ? (s + ": " + message) : s;
	}

	public Throwable fillInStackTrace() {
		fillInStackTrace0();
		return this;
	}

	private native void fillInStackTrace0();

	/* The frames as strings (never null). */
	String[] frames() {
		Object[] t = (Object[]) jtrace;
		if (t == null)
			return new String[0];
		String[] s = new String[t.length];
		for (int i = 0; i < t.length; i++)
			s[i] = (String) t[i];
		return s;
	}

	public StackTraceElement[] getStackTrace() {
		String[] f = frames();
		StackTraceElement[] e = new StackTraceElement[f.length];
		for (int i = 0; i < f.length; i++)
			e[i] = StackTraceElement.parse(f[i]);
		return e;
	}

	public void setStackTrace(StackTraceElement[] stackTrace) {
		Object[] t = new Object[stackTrace.length];
		for (int i = 0; i < t.length; i++) {
			if (stackTrace[i] == null)
				throw new NullPointerException("stackTrace[" + i + "]");
			t[i] = stackTrace[i].toString();
		}
		jtrace = t;
	}

	public final void addSuppressed(Throwable exception) {
		if (exception == this)
			throw new IllegalArgumentException("Self-suppression not permitted", exception);
		if (exception == null)
			throw new NullPointerException("Cannot suppress a null exception.");
		if (suppressed == null)
			suppressed = new ArrayList<Throwable>(1);
		suppressed.add(exception);
	}

	public final Throwable[] getSuppressed() {
		if (suppressed == null)
			return new Throwable[0];
		Throwable[] r = new Throwable[suppressed.size()];
		for (int i = 0; i < r.length; i++)
			r[i] = suppressed.get(i);
		return r;
	}

	public void printStackTrace() {
		printStackTrace(System.err);
	}

	public void printStackTrace(PrintStream s) {
		StringBuilder sb = new StringBuilder();
		describe(sb);
		s.print(sb.toString());
	}

	public void printStackTrace(PrintWriter s) {
		StringBuilder sb = new StringBuilder();
		describe(sb);
		s.print(sb.toString());
		s.flush();
	}

	/* The JDK's format: this, its frames, then its suppressed and causes,
	 * each with the frames it shares with the enclosing trace elided. */
	private void describe(StringBuilder sb) {
		List<Throwable> seen = new ArrayList<Throwable>();
		seen.add(this);
		sb.append(toString()).append('\n');
		String[] trace = frames();
		for (int i = 0; i < trace.length; i++)
			sb.append("\tat ").append(trace[i]).append('\n');
		if (suppressed != null)
			for (int i = 0; i < suppressed.size(); i++)
				suppressed.get(i).enclosed(sb, trace, "Suppressed: ", "\t", seen);
		Throwable c = getCause();
		if (c != null)
			c.enclosed(sb, trace, "Caused by: ", "", seen);
	}

	private void enclosed(StringBuilder sb, String[] enclosing, String caption, String prefix,
			List<Throwable> seen) {
		for (int i = 0; i < seen.size(); i++)
			if (seen.get(i) == this) {
				sb.append(prefix).append(caption).append("[CIRCULAR REFERENCE: ")
						.append(toString()).append("]\n");
				return;
			}
		seen.add(this);
		String[] trace = frames();
		int m = trace.length - 1, n = enclosing.length - 1;
		while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
			m--;
			n--;
		}
		int common = trace.length - 1 - m;
		sb.append(prefix).append(caption).append(toString()).append('\n');
		for (int i = 0; i <= m; i++)
			sb.append(prefix).append("\tat ").append(trace[i]).append('\n');
		if (common != 0)
			sb.append(prefix).append("\t... ").append(common).append(" more\n");
		if (suppressed != null)
			for (int i = 0; i < suppressed.size(); i++)
				suppressed.get(i).enclosed(sb, trace, "Suppressed: ", prefix + "\t", seen);
		Throwable c = getCause();
		if (c != null)
			c.enclosed(sb, trace, "Caused by: ", prefix, seen);
	}
}
