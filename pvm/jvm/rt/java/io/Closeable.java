/* java.io.Closeable - as in the JDK. */
package java.io;

public interface Closeable extends AutoCloseable {
	void close() throws IOException;
}
