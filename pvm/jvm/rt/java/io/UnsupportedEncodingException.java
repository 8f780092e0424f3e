/* java.io.UnsupportedEncodingException - as in the JDK. */
package java.io;

public class UnsupportedEncodingException extends IOException {
	public UnsupportedEncodingException() {
		super();
	}

	public UnsupportedEncodingException(String message) {
		super(message);
	}
}
