/* java.util.EmptyStackException - as in the JDK. */
package java.util;

public class EmptyStackException extends RuntimeException {
	public EmptyStackException() {
		super();
	}
}
