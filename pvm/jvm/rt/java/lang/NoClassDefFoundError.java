/* java.lang.NoClassDefFoundError - as in the JDK. */
package java.lang;

public class NoClassDefFoundError extends LinkageError {
	public NoClassDefFoundError() {
		super();
	}

	public NoClassDefFoundError(String message) {
		super(message);
	}
}
