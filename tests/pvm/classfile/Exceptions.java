// try/catch/finally, try-with-resources, multi-catch, synchronized,
// labelled loops: also compiled with --release 8 (tests/pvm/run.sh).
import java.io.Closeable;
import java.io.IOException;

public class Exceptions {
	static class Res implements Closeable {
		final String name;
		Res(String name) { this.name = name; }
		public void close() throws IOException {
			if (name.isEmpty())
				throw new IOException("empty");
		}
	}

	static final Object LOCK = new Object();
	static int counter;

	static int tryFinally(int x) {
		try {
			if (x < 0)
				throw new IllegalStateException("negative");
			return x * 2;
		} catch (IllegalStateException e) {
			return -1;
		} finally {
			counter++;
		}
	}

	static String resources(String a, String b) throws IOException {
		try (Res r1 = new Res(a); Res r2 = new Res(b)) {
			return r1.name + r2.name;
		}
	}

	static int multi(Object o) {
		try {
			return ((String) o).length() / (o.hashCode() & 1);
		} catch (ClassCastException | ArithmeticException e) {
			return 0;
		} catch (NullPointerException e) {
			return -2;
		} catch (Throwable t) {
			throw new RuntimeException(t);
		}
	}

	static synchronized void syncStatic() { counter += 2; }

	static void syncBlock() {
		synchronized (LOCK) {
			counter++;
			if (counter > 100)
				throw new Error("too many");
		}
	}

	static int labelled(int[][] grid) {
		int found = 0;
	outer:
		for (int i = 0; i < grid.length; i++) {
			for (int j = 0; j < grid[i].length; j++) {
				if (grid[i][j] < 0)
					continue outer;
				if (grid[i][j] == 99)
					break outer;
				found += grid[i][j];
			}
		}
		do {
			found--;
		} while (found > 1000);
		return found;
	}

	static int nested() {
		int r = 0;
		try {
			try {
				r = Integer.parseInt("x");
			} finally {
				r += 1;
			}
		} catch (NumberFormatException e) {
			r += 10;
		} finally {
			r += 100;
		}
		return r;
	}

	public static void main(String[] args) throws Exception {
		System.out.println(tryFinally(2) + tryFinally(-1) + resources("a", "b") + multi("abc") + multi(null));
		syncStatic();
		syncBlock();
		System.out.println(labelled(new int[][] { { 1, 2 }, { -1, 5 }, { 99 } }) + nested() + counter);
	}
}
