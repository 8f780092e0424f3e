/* java.io.BufferedReader - lines of a Reader (\n, \r or \r\n end one). */
package java.io;

public class BufferedReader extends Reader {
	private final Reader in;
	private int peeked = -2; /* a character read ahead; -2 none */

	public BufferedReader(Reader in) {
		this.in = in;
	}

	public BufferedReader(Reader in, int sz) {
		if (sz <= 0)
			throw new IllegalArgumentException("Buffer size <= 0");
		this.in = in;
	}

	public int read() throws IOException {
		if (peeked != -2) {
			int c = peeked;
			peeked = -2;
			return c;
		}
		return in.read();
	}

	public int read(char[] cbuf, int off, int len) throws IOException {
		if (len == 0)
			return 0;
		int i = 0;
		for (; i < len; i++) {
			int c = read();
			if (c < 0)
				break;
			cbuf[off + i] = (char) c;
		}
		return i == 0 ? -1 : i;
	}

	public String readLine() throws IOException {
		StringBuilder sb = null;
		for (;;) {
			int c = read();
			if (c < 0)
				return sb == null ? null : sb.toString();
			if (sb == null)
				sb = new StringBuilder();
			if (c == '\n')
				return sb.toString();
			if (c == '\r') {
				int d = read();
				if (d != '\n' && d >= 0)
					peeked = d;
				return sb.toString();
			}
			sb.append((char) c);
		}
	}

	public boolean ready() throws IOException {
		return peeked != -2 || in.ready();
	}

	public void close() throws IOException {
		in.close();
	}
}
