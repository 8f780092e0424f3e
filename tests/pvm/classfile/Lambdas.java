// Lambdas, method references, indy string concatenation, records, string
// switches and switch expressions, text blocks, patterns: javac 17 output
// for tests/pvm/test_classfile.c (compiled by tests/pvm/run.sh).
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

public class Lambdas {
	record Point(int x, int y) {
		Point {
			if (x < 0)
				throw new IllegalArgumentException("x " + x);
		}

		double dist() { return Math.sqrt((double) x * x + (double) y * y); }
	}

	interface Shape {}
	record Circle(double r) implements Shape {}
	record Square(double side) implements Shape {}

	private int base = 10;

	static int apply(IntBinaryOperator op, int a, int b) { return op.applyAsInt(a, b); }

	int capture(int k) {
		int local = k * 2;
		Function<Integer, Integer> f = v -> v + local + base;
		BiFunction<String, Integer, String> rep = String::repeat;
		Supplier<List<String>> mk = ArrayList::new;
		List<String> l = mk.get();
		l.add(rep.apply("ab", 2));
		l.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
		return f.apply(k) + apply((a, b) -> a * b + local, 3, 4) + l.size();
	}

	static String kind(String s) {
		switch (s) {
		case "one":
			return "1";
		case "two":
		case "deux":
			return "2";
		case "Aa": // same hashCode as "BB"
			return "Aa";
		case "BB":
			return "BB";
		default:
			return "?" + s + '!' + s.length() + 1.5 + 2L;
		}
	}

	static int arrow(String day) {
		return switch (day) {
			case "MON", "TUE" -> 1;
			case "WED" -> {
				int n = day.length();
				yield n * 2;
			}
			default -> day.isEmpty() ? 0 : -1;
		};
	}

	static double area(Object o) {
		if (o instanceof Circle c && c.r() > 0)
			return Math.PI * c.r() * c.r();
		if (o instanceof Square s)
			return s.side() * s.side();
		return 0;
	}

	static String text() {
		return """
			Hello,
			  "world" \t
			""";
	}

	static int sum(int... xs) {
		int s = 0;
		for (int x : xs)
			s += x;
		return s;
	}

	public static void main(String[] args) {
		Lambdas l = new Lambdas();
		Runnable r = () -> System.out.println(l.capture(3) + kind("two") + arrow("WED"));
		r.run();
		System.out.println(area(new Circle(1)) + area(new Square(2)) + new Point(3, 4).dist() + text()
		        + sum(1, 2, 3) + new Point(1, 2));
	}
}
