// A seed of fuzz_classfile (tests/fuzz/fuzz.mk compiles it into build/):
// arithmetic on every type, loops, switches, arrays, casts.
public class Seed1 {
	static final long L = 1L << 40;
	static final double D = 2.5e-3;
	int field = 7;

	static int calc(int a, long b, float c, double d) {
		int s = 0;
		for (int i = 0; i < a; i++) {
			s += i * 3 % 7;
			if (s > 1000)
				break;
		}
		switch (a) {
		case 1: s++; break;
		case 2: s--; break;
		case 3: s <<= 2; break;
		default: s >>>= 1;
		}
		switch (s) {
		case -50: return 1;
		case 1000: return 2;
		}
		long x = b * L + (long) (c * d);
		return s + (int) (x >> 3) + (int) D;
	}

	static int[] arrays(int n) {
		int[] a = new int[n];
		double[][] m = new double[n][2];
		for (int i = 0; i < n; i++)
			a[i] = (int) (m[i][1] + i);
		return a;
	}

	public static void main(String[] args) {
		Seed1 s = new Seed1();
		System.out.println(calc(3, 4L, 1.5f, 2.0) + arrays(s.field).length);
	}
}
