/* java.lang.ExceptionInInitializerError - as in the JDK: the exception a
 * static initialiser threw is its cause. */
package java.lang;

public class ExceptionInInitializerError extends LinkageError {
	public ExceptionInInitializerError() {
		initCause(null);
	}

	public ExceptionInInitializerError(Throwable thrown) {
		super(null, thrown);
	}

	public ExceptionInInitializerError(String s) {
		super(s, null);
	}

	public Throwable getException() {
		return super.getCause();
	}
}
