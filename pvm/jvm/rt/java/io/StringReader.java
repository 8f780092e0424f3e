/* java.io.StringReader - characters read from a string. */
package java.io;

public class StringReader extends Reader {
	private String str;
	private int next, mark;

	public StringReader(String s) {
		this.str = s;
	}

	private void open() throws IOException {
		if (str == null)
			throw new IOException("Stream closed");
	}

	public int read() throws IOException {
		open();
		return next < str.length() ? str.charAt(next++) : -1;
	}

	public int read(char[] cbuf, int off, int len) throws IOException {
		open();
		if (len == 0)
			return 0;
		if (next >= str.length())
			return -1;
		int n = Math.min(str.length() - next, len);
		str.getChars(next, next + n, cbuf, off);
		next += n;
		return n;
	}

	public boolean ready() throws IOException {
		open();
		return true;
	}

	public boolean markSupported() {
		return true;
	}

	public void mark(int readAheadLimit) throws IOException {
		open();
		mark = next;
	}

	public void reset() throws IOException {
		open();
		next = mark;
	}

	public void close() {
		str = null;
	}
}
