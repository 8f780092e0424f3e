/* java.io.InputStream - as in the JDK. */
package java.io;

public abstract class InputStream implements Closeable {
	public InputStream() {
	}

	public abstract int read() throws IOException;

	public int read(byte[] b) throws IOException {
		return read(b, 0, b.length);
	}

	public int read(byte[] b, int off, int len) throws IOException {
		if (off < 0 || len < 0 || off > b.length - len)
			throw new IndexOutOfBoundsException(
					"Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
		if (len == 0)
			return 0;
		int c = read();
		if (c == -1)
			return -1;
		b[off] = (byte) c;
		int i = 1;
		for (; i < len; i++) {
			c = read();
			if (c == -1)
				break;
			b[off + i] = (byte) c;
		}
		return i;
	}

	public byte[] readAllBytes() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int c; (c = read()) != -1;)
			out.write(c);
		return out.toByteArray();
	}

	public long skip(long n) throws IOException {
		long k = 0;
		while (k < n && read() != -1)
			k++;
		return k;
	}

	public int available() throws IOException {
		return 0;
	}

	public void close() throws IOException {
	}

	public boolean markSupported() {
		return false;
	}

	public void mark(int readlimit) {
	}

	public void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}
}
