/* java.lang.LinkageError - as in the JDK. */
package java.lang;

public class LinkageError extends Error {
	public LinkageError() {
		super();
	}

	public LinkageError(String message) {
		super(message);
	}

	public LinkageError(String message, Throwable cause) {
		super(message, cause);
	}
}
