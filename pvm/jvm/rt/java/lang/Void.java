/* java.lang.Void - as in the JDK: no instances. */
package java.lang;

public final class Void {
	private Void() {
	}
}
