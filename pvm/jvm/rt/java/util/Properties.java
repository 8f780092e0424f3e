/* java.util.Properties - string keys and values in a Hashtable (the JDK
 * keeps them in a ConcurrentHashMap: its iteration order differs). */
package java.util;

public class Properties extends Hashtable<Object, Object> {
	protected volatile Properties defaults;

	public Properties() {
		this(null);
	}

	public Properties(int initialCapacity) {
		super(initialCapacity);
	}

	public Properties(Properties defaults) {
		super(8);
		this.defaults = defaults;
	}

	public Object setProperty(String key, String value) {
		return put(key, value);
	}

	public String getProperty(String key) {
		Object oval = get(key);
		String sval = (oval instanceof String) ? (String) oval : null;
		Properties defaults;
		return ((sval == null) && ((defaults = this.defaults) != null)) ? defaults.getProperty(key) : sval;
	}

	public String getProperty(String key, String defaultValue) {
		String val = getProperty(key);
		return (val == null) ? defaultValue : val;
	}

	public Set<String> stringPropertyNames() {
		TreeSet<String> h = new TreeSet<String>();
		enumerateStrings(h);
		return Collections.unmodifiableSet(h);
	}

	public Enumeration<?> propertyNames() {
		TreeSet<String> h = new TreeSet<String>();
		enumerateStrings(h);
		return Collections.enumeration(h);
	}

	private void enumerateStrings(Set<String> h) {
		if (defaults != null)
			defaults.enumerateStrings(h);
		for (Map.Entry<Object, Object> e : entrySet())
			if (e.getKey() instanceof String && e.getValue() instanceof String)
				h.add((String) e.getKey());
	}

	public void list(java.io.PrintStream out) {
		out.println("-- listing properties --");
		for (Map.Entry<Object, Object> e : entrySet()) {
			String key = String.valueOf(e.getKey());
			String val = String.valueOf(e.getValue());
			if (val.length() > 40)
				val = val.substring(0, 37) + "...";
			out.println(key + "=" + val);
		}
	}
}
