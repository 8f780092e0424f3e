// Long, double and float constants and arithmetic, conversions, compares,
// arrays of every kind, table and lookup switches, and enough locals for
// wide loads, stores and iinc: also compiled with --release 8.
public class Numbers {
	static final long BIG = 0x123456789abcdefL;
	static final double PI2 = Math.PI * 2;
	static final float F = 3.25f;
	static final int LARGE = 1 << 20;
	static final String NAME = "numbers";
	static final char C = 'x';
	static final boolean YES = true;
	static long counter = -5L;
	double d = 1e300;

	static long mix(long a, double b, float c, int i, short s, byte y, char ch) {
		long r = a * 31 + (long) b - (long) c;
		r ^= r >>> 7;
		r <<= i & 7;
		r >>= 2;
		r += s % 3 + y / 2 + ch;
		double q = b / c + a % 5 - -b;
		float f = (float) q * c;
		if (a < r && b > c && f <= q && c != 0.5f && a != 7L)
			r -= (long) (q + f);
		int k = (int) a ^ (int) r | i & ~s;
		k >>>= 3;
		k = -k;
		return r + k + (byte) k + (short) k + (char) k + Long.MAX_VALUE / (a | 1);
	}

	static int table(int x) {
		switch (x) {
		case 0: return 10;
		case 1: return 11;
		case 2: return 12;
		case 3: return 13;
		case 5: return 15;
		default: return -1;
		}
	}

	static int lookup(int x) {
		switch (x) {
		case -1000000: return 1;
		case 7: return 2;
		case 100000: return 3;
		default: return 0;
		}
	}

	static Object arrays(int n) {
		int[] a = new int[n];
		long[] b = new long[n];
		double[] c = new double[n];
		float[] d = new float[n];
		byte[] e = new byte[n];
		char[] f = new char[n];
		short[] g = new short[n];
		boolean[] h = new boolean[n];
		String[] s = new String[n];
		int[][][] cube = new int[n][n][];
		long[][] sq = new long[2][3];
		for (int i = 0; i < n; i++) {
			a[i] = i;
			b[i] = a[i] * 3L;
			c[i] = b[i] / 2.0;
			d[i] = (float) c[i];
			e[i] = (byte) i;
			f[i] = (char) ('a' + i);
			g[i] = (short) -i;
			h[i] = (i & 1) == 0;
			s[i] = String.valueOf(f[i]);
			cube[i][0] = a;
		}
		sq[1][2] = b.length > 0 ? b[n - 1] : 0;
		return n > 3 ? (Object) cube : sq[1][2] + c.length + d.length + e.length + g.length + (h.length > 0 && h[0] ? 1 : 0) + s.length;
	}

	static double many(double x) {
		long a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
		long b0 = 0, b1 = 1, b2 = 2, b3 = 3, b4 = 4, b5 = 5, b6 = 6, b7 = 7, b8 = 8, b9 = 9;
		long c0 = 0, c1 = 1, c2 = 2, c3 = 3, c4 = 4, c5 = 5, c6 = 6, c7 = 7, c8 = 8, c9 = 9;
		long d0 = 0, d1 = 1, d2 = 2, d3 = 3, d4 = 4, d5 = 5, d6 = 6, d7 = 7, d8 = 8, d9 = 9;
		long e0 = 0, e1 = 1, e2 = 2, e3 = 3, e4 = 4, e5 = 5, e6 = 6, e7 = 7, e8 = 8, e9 = 9;
		long f0 = 0, f1 = 1, f2 = 2, f3 = 3, f4 = 4, f5 = 5, f6 = 6, f7 = 7, f8 = 8, f9 = 9;
		long g0 = 0, g1 = 1, g2 = 2, g3 = 3, g4 = 4, g5 = 5, g6 = 6, g7 = 7, g8 = 8, g9 = 9;
		long h0 = 0, h1 = 1, h2 = 2, h3 = 3, h4 = 4, h5 = 5, h6 = 6, h7 = 7, h8 = 8, h9 = 9;
		long i0 = 0, i1 = 1, i2 = 2, i3 = 3, i4 = 4, i5 = 5, i6 = 6, i7 = 7, i8 = 8, i9 = 9;
		long j0 = 0, j1 = 1, j2 = 2, j3 = 3, j4 = 4, j5 = 5, j6 = 6, j7 = 7, j8 = 8, j9 = 9;
		long k0 = 0, k1 = 1, k2 = 2, k3 = 3, k4 = 4, k5 = 5, k6 = 6, k7 = 7, k8 = 8, k9 = 9;
		long l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9;
		long m0 = 0, m1 = 1, m2 = 2, m3 = 3, m4 = 4, m5 = 5, m6 = 6, m7 = 7, m8 = 8, m9 = 9;
		double y = x * 2;
		float z = (float) y;
		int w = (int) z;
		w += 1000;
		w -= 200000;
		Object o = y > 0 ? "p" : null;
		long all = a0 + a9 + b0 + b9 + c0 + c9 + d0 + d9 + e0 + e9 + f0 + f9 + g0 + g9 + h0 + h9 + i0 + i9 + j0 + j9
		        + k0 + k9 + l0 + l9 + m0 + m9 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + b1 + b2 + b3 + b4 + b5 + b6 + b7
		        + b8 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + e1 + e2 + e3 + e4
		        + e5 + e6 + e7 + e8 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + f8 + g1 + g2 + g3 + g4 + g5 + g6 + g7 + g8 + h1
		        + h2 + h3 + h4 + h5 + h6 + h7 + h8 + i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8 + j1 + j2 + j3 + j4 + j5 + j6
		        + j7 + j8 + k1 + k2 + k3 + k4 + k5 + k6 + k7 + k8 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + m1 + m2 + m3
		        + m4 + m5 + m6 + m7 + m8;
		return all + y + z + w + (o == null ? 0 : 1);
	}

	static int compares(long a, long b, float c, float d, double e, double f) {
		int r = 0;
		if (a > b) r |= 1;
		if (c < d) r |= 2;
		if (c > d) r |= 4;
		if (e < f) r |= 8;
		if (e >= f) r |= 16;
		if (Float.isNaN(c) || !(d == d)) r |= 32;
		return r;
	}

	public static void main(String[] args) {
		Numbers n = new Numbers();
		counter += BIG >> 3;
		System.out.println(mix(BIG, PI2, F, LARGE, (short) 3, (byte) -2, C) + table(3) + lookup(7) + "" + arrays(2)
		        + many(1.5) + compares(1, 2, 3f, Float.NaN, 1.0, 2.0) + n.d + NAME + YES + counter);
	}
}
