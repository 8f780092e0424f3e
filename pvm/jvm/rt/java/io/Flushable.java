/* java.io.Flushable - as in the JDK. */
package java.io;

public interface Flushable {
	void flush() throws IOException;
}
