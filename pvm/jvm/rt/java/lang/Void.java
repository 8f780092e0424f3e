/* java.lang.Void - as in the JDK: no instances. */
package java.lang;

public final class Void {
	@SuppressWarnings("unchecked")
	public static final Class<Void> TYPE = (Class<Void>) phantom.jrt.Rt.primitiveClass("void");

	private Void() {
	}
}
