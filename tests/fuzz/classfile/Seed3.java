// A seed of fuzz_classfile: an enum, a string switch, synchronized code,
// instanceof and checkcast.
public enum Seed3 {
	A, B, C;

	static final Object LOCK = new Object();

	static int pick(String s) {
		switch (s) {
		case "a": return 1;
		case "b": return 2;
		default: return s.length();
		}
	}

	static String show(Object o) {
		synchronized (LOCK) {
			if (o instanceof Seed3)
				return ((Seed3) o).name().toLowerCase();
			return String.valueOf(o);
		}
	}

	public static void main(String[] args) {
		System.out.println(pick("b") + show(B) + show(null) + values().length);
	}
}
