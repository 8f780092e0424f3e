/* java.lang.AutoCloseable - as in the JDK. */
package java.lang;

public interface AutoCloseable {
	void close() throws Exception;
}
