/*
 * java.lang.System - standard streams (out and err print through a
 * native to the program's stdout and stderr, byte for byte; in is at its
 * end: Phantom programs have no standard input), arraycopy, clocks, exit
 * and a few fixed properties.
 */
package java.lang;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

public final class System {
	public static InputStream in = new InputStream() {
		public int read() {
			return -1;
		}
	};
	public static PrintStream out = new PrintStream(1);
	public static PrintStream err = new PrintStream(2);

	private static Properties props;

	private System() {
	}

	public static void setIn(InputStream in) {
		System.in = in;
	}

	public static void setOut(PrintStream out) {
		System.out = out;
	}

	public static void setErr(PrintStream err) {
		System.err = err;
	}

	public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

	public static native long currentTimeMillis();

	public static native long nanoTime();

	public static native void exit(int status);

	public static native int identityHashCode(Object x);

	public static native void gc();

	public static void runFinalization() {
	}

	public static String lineSeparator() {
		return "\n";
	}

	private static Properties properties() {
		if (props == null) {
			props = new Properties();
			props.setProperty("line.separator", "\n");
			props.setProperty("file.separator", "/");
			props.setProperty("path.separator", ":");
			props.setProperty("java.version", "17");
			props.setProperty("java.specification.version", "17");
			props.setProperty("java.vendor", "Phantom");
			props.setProperty("java.vm.name", "pvm");
			props.setProperty("os.name", "Phantom");
			props.setProperty("os.arch", "x86");
			props.setProperty("user.dir", "/");
			props.setProperty("user.home", "/");
			props.setProperty("user.name", "phantom");
			props.setProperty("file.encoding", "UTF-8");
		}
		return props;
	}

	public static Properties getProperties() {
		return properties();
	}

	public static String getProperty(String key) {
		checkKey(key);
		return properties().getProperty(key);
	}

	public static String getProperty(String key, String def) {
		checkKey(key);
		return properties().getProperty(key, def);
	}

	public static String setProperty(String key, String value) {
		checkKey(key);
		return (String) properties().setProperty(key, value);
	}

	public static String clearProperty(String key) {
		checkKey(key);
		return (String) properties().remove(key);
	}

	private static void checkKey(String key) {
		if (key == null)
			throw new NullPointerException("key can't be null");
		if (key.isEmpty())
			throw new IllegalArgumentException("key can't be empty");
	}

	public static String getenv(String name) {
		if (name == null)
			throw new NullPointerException();
		return null;
	}

	public static Map<String, String> getenv() {
		return new HashMap<String, String>();
	}
}
