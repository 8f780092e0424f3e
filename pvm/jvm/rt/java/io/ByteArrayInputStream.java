/* java.io.ByteArrayInputStream - bytes read from an array. */
package java.io;

public class ByteArrayInputStream extends InputStream {
	protected byte[] buf;
	protected int pos;
	protected int mark;
	protected int count;

	public ByteArrayInputStream(byte[] buf) {
		this(buf, 0, buf.length);
	}

	public ByteArrayInputStream(byte[] buf, int offset, int length) {
		this.buf = buf;
		this.pos = offset;
		this.count = Math.min(offset + length, buf.length);
		this.mark = offset;
	}

	public int read() {
		return (pos < count) ? (buf[pos++] & 0xff) : -1;
	}

	public int available() {
		return count - pos;
	}

	public boolean markSupported() {
		return true;
	}

	public void mark(int readAheadLimit) {
		mark = pos;
	}

	public void reset() {
		pos = mark;
	}
}
