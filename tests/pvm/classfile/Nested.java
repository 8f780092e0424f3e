// Inner, static nested, local and anonymous classes; enums with bodies and
// switches on them; interfaces with default, static and private methods;
// a sealed hierarchy; generics.
import java.util.Iterator;
import java.util.NoSuchElementException;

public class Nested<T extends Comparable<T>> implements Iterable<T> {
	private final Object[] items;
	private int n;

	public Nested(int cap) { items = new Object[cap]; }

	public void add(T t) { items[n++] = t; }

	class Iter implements Iterator<T> {
		int i;
		public boolean hasNext() { return i < n; }
		@SuppressWarnings("unchecked")
		public T next() {
			if (i >= n)
				throw new NoSuchElementException();
			return (T) items[i++];
		}
	}

	public Iterator<T> iterator() { return new Iter(); }

	static class Counter {
		private static int made;
		final int id = ++made;
	}

	enum Op {
		ADD("+") {
			int apply(int a, int b) { return a + b; }
		},
		MUL("*") {
			int apply(int a, int b) { return a * b; }
		};
		final String sym;
		Op(String sym) { this.sym = sym; }
		abstract int apply(int a, int b);
	}

	enum Color { RED, GREEN, BLUE }

	interface Greeter {
		String name();
		default String greet() { return prefix() + name(); }
		static Greeter of(String s) { return () -> s; }
		private String prefix() { return "hello "; }
	}

	sealed interface Expr permits Num, Add {}
	static final class Num implements Expr {
		final int v;
		Num(int v) { this.v = v; }
	}
	static final class Add implements Expr {
		final Expr l, r;
		Add(Expr l, Expr r) { this.l = l; this.r = r; }
	}

	static int eval(Expr e) {
		if (e instanceof Num)
			return ((Num) e).v;
		Add a = (Add) e;
		return eval(a.l) + eval(a.r);
	}

	static String color(Color c) {
		switch (c) {
		case RED:
			return "r";
		case GREEN:
			return "g";
		default:
			return "b";
		}
	}

	T max() {
		T best = null;
		for (T t : this)
			if (best == null || t.compareTo(best) > 0)
				best = t;
		return best;
	}

	int localClass(final int k) {
		class Local {
			int twice() { return 2 * k + n; }
		}
		Greeter anon = new Greeter() {
			public String name() { return "anon" + k; }
		};
		return new Local().twice() + anon.greet().length();
	}

	public static void main(String[] args) {
		Nested<String> s = new Nested<>(4);
		s.add("b");
		s.add("a");
		System.out.println(s.max() + s.localClass(3) + Op.MUL.apply(6, 7) + color(Color.BLUE)
		        + Greeter.of("x").greet() + new Counter().id + eval(new Add(new Num(1), new Num(2))));
	}
}
