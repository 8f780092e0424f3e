/* java.lang.IncompatibleClassChangeError - as in the JDK. */
package java.lang;

public class IncompatibleClassChangeError extends LinkageError {
	public IncompatibleClassChangeError() {
		super();
	}

	public IncompatibleClassChangeError(String message) {
		super(message);
	}
}
