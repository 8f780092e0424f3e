/* java.nio.charset.StandardCharsets - the charsets every JDK has. */
package java.nio.charset;

public final class StandardCharsets {
	private StandardCharsets() {
	}

	public static final Charset US_ASCII = new Charset("US-ASCII", null);
	public static final Charset ISO_8859_1 = new Charset("ISO-8859-1", null);
	public static final Charset UTF_8 = new Charset("UTF-8", null);
	public static final Charset UTF_16BE = new Charset("UTF-16BE", null);
	public static final Charset UTF_16LE = new Charset("UTF-16LE", null);
	public static final Charset UTF_16 = new Charset("UTF-16", null);
}
