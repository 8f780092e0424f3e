/* java.util.FormatterClosedException - as in the JDK. */
package java.util;

public class FormatterClosedException extends IllegalStateException {
	public FormatterClosedException() {
	}
}
