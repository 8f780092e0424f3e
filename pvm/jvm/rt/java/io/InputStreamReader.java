/* java.io.InputStreamReader - UTF-8 bytes of a stream as characters. */
package java.io;

public class InputStreamReader extends Reader {
	private final InputStream in;
	private int pendingLow = -1; /* the second unit of a pair */

	public InputStreamReader(InputStream in) {
		this.in = in;
	}

	public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
		this(in);
	}

	public InputStreamReader(InputStream in, java.nio.charset.Charset cs) {
		this(in);
	}

	public int read() throws IOException {
		if (pendingLow >= 0) {
			int c = pendingLow;
			pendingLow = -1;
			return c;
		}
		int b = in.read();
		if (b < 0x80)
			return b;
		int n = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
		if (n == 0)
			return 0xfffd;
		int cp = b & (0x3f >> n);
		for (int i = 0; i < n; i++) {
			int c = in.read();
			if (c < 0 || (c & 0xc0) != 0x80)
				return 0xfffd;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp >= 0x10000) {
			pendingLow = Character.lowSurrogate(cp);
			return Character.highSurrogate(cp);
		}
		return cp;
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
			if (in.available() <= 0 && pendingLow < 0 && i + 1 < len)
				return i + 1;
		}
		return i == 0 ? -1 : i;
	}

	public boolean ready() throws IOException {
		return pendingLow >= 0 || in.available() > 0;
	}

	public String getEncoding() {
		return "UTF8";
	}

	public void close() throws IOException {
		in.close();
	}
}
