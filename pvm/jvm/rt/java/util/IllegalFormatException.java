/* java.util.IllegalFormatException - as in the JDK. */
package java.util;

public class IllegalFormatException extends IllegalArgumentException {
	IllegalFormatException() {
	}
}
