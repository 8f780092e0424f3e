// A seed of fuzz_classfile: lambdas, exceptions, an inner class and an
// interface with a default method.
import java.util.function.IntUnaryOperator;

public class Seed2 {
	interface Named {
		String name();
		default String hello() { return "hi " + name(); }
	}

	class Inner implements Named {
		public String name() { return "inner" + count; }
	}

	int count;

	int run(int k) {
		IntUnaryOperator f = v -> v * k + count;
		try {
			if (k < 0)
				throw new IllegalArgumentException("k");
			return f.applyAsInt(k);
		} catch (IllegalArgumentException e) {
			return -1;
		} finally {
			count++;
		}
	}

	public static void main(String[] args) {
		Seed2 s = new Seed2();
		System.out.println(s.run(2) + s.new Inner().hello());
	}
}
