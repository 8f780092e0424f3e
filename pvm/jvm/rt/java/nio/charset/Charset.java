/* java.nio.charset.Charset - a name: the runtime encodes and decodes
 * UTF-8, ISO-8859-1 and US-ASCII (String's constructors and getBytes). */
package java.nio.charset;

public class Charset implements Comparable<Charset> {
	private final String name;

	protected Charset(String canonicalName, String[] aliases) {
		this.name = canonicalName;
	}

	public static Charset forName(String charsetName) {
		String n = charsetName.toUpperCase().replace('_', '-');
		if (n.equals("UTF-8") || n.equals("UTF8"))
			return StandardCharsets.UTF_8;
		if (n.equals("ISO-8859-1") || n.equals("LATIN1"))
			return StandardCharsets.ISO_8859_1;
		if (n.equals("US-ASCII") || n.equals("ASCII"))
			return StandardCharsets.US_ASCII;
		throw new UnsupportedCharsetException(charsetName);
	}

	public static Charset defaultCharset() {
		return StandardCharsets.UTF_8;
	}

	public static boolean isSupported(String charsetName) {
		try {
			forName(charsetName);
			return true;
		} catch (UnsupportedCharsetException e) {
			return false;
		}
	}

	public final String name() {
		return name;
	}

	public String displayName() {
		return name;
	}

	public final String toString() {
		return name;
	}

	public final int compareTo(Charset that) {
		return name().compareToIgnoreCase(that.name());
	}

	public final int hashCode() {
		return name().hashCode();
	}

	public final boolean equals(Object ob) {
		return ob instanceof Charset && name.equals(((Charset) ob).name());
	}
}
