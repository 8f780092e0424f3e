/*
 * java.util.Random - the JDK's generator, as its documentation specifies
 * it: a 48-bit linear congruential generator (multiplier 0x5DEECE66D,
 * addend 0xB), next(bits) the top bits of the new seed, and every method
 * built from next() in the documented way, so a seed gives the JDK's
 * sequence. nextGaussian is the polar method (a second value cached).
 */
package java.util;

public class Random implements java.io.Serializable {
	private static final long MULTIPLIER = 0x5DEECE66DL;
	private static final long ADDEND = 0xBL;
	private static final long MASK = (1L << 48) - 1;
	private static final double DOUBLE_UNIT = 0x1.0p-53;
	private static long uniquifier = 8682522807148012L;

	private long seed;
	private double nextNextGaussian;
	private boolean haveNextNextGaussian = false;

	public Random() {
		this(nextUniquifier() ^ System.nanoTime());
	}

	private static long nextUniquifier() {
		uniquifier *= 1181783497276652981L;
		return uniquifier;
	}

	public Random(long seed) {
		this.seed = (seed ^ MULTIPLIER) & MASK;
	}

	public void setSeed(long seed) {
		this.seed = (seed ^ MULTIPLIER) & MASK;
		haveNextNextGaussian = false;
	}

	protected int next(int bits) {
		seed = (seed * MULTIPLIER + ADDEND) & MASK;
		return (int) (seed >>> (48 - bits));
	}

	public void nextBytes(byte[] bytes) {
		for (int i = 0, len = bytes.length; i < len;)
			for (int rnd = nextInt(), n = Math.min(len - i, 4); n-- > 0; rnd >>= 8)
				bytes[i++] = (byte) rnd;
	}

	public int nextInt() {
		return next(32);
	}

	public int nextInt(int bound) {
		if (bound <= 0)
			throw new IllegalArgumentException("bound must be positive");
		if ((bound & -bound) == bound) /* a power of two: the top bits */
			return (int) ((bound * (long) next(31)) >> 31);
		int bits, val;
		do { /* reject the incomplete last interval */
			bits = next(31);
			val = bits % bound;
		} while (bits - val + (bound - 1) < 0);
		return val;
	}

	public int nextInt(int origin, int bound) {
		if (origin >= bound)
			throw new IllegalArgumentException("bound must be greater than origin");
		int r = nextInt();
		int n = bound - origin, m = n - 1;
		if ((n & m) == 0) {
			r = (r & m) + origin;
		} else if (n > 0) {
			for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1)
				;
			r += origin;
		} else {
			while (r < origin || r >= bound)
				r = nextInt();
		}
		return r;
	}

	public long nextLong() {
		return ((long) (next(32)) << 32) + next(32);
	}

	public long nextLong(long bound) {
		if (bound <= 0)
			throw new IllegalArgumentException("bound must be positive");
		return nextLong(0, bound);
	}

	public long nextLong(long origin, long bound) {
		if (origin >= bound)
			throw new IllegalArgumentException("bound must be greater than origin");
		long r = nextLong();
		long n = bound - origin, m = n - 1;
		if ((n & m) == 0L) {
			r = (r & m) + origin;
		} else if (n > 0L) {
			for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1)
				;
			r += origin;
		} else {
			while (r < origin || r >= bound)
				r = nextLong();
		}
		return r;
	}

	public boolean nextBoolean() {
		return next(1) != 0;
	}

	public float nextFloat() {
		return next(24) / ((float) (1 << 24));
	}

	public double nextDouble() {
		return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
	}

	public double nextDouble(double bound) {
		if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY))
			throw new IllegalArgumentException("bound must be finite and positive");
		return nextDouble(0.0, bound);
	}

	public double nextDouble(double origin, double bound) {
		if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY))
			throw new IllegalArgumentException("bound must be greater than origin");
		double r = nextDouble();
		r = r * (bound - origin) + origin;
		if (r >= bound)
			r = Math.nextDown(bound);
		return r;
	}

	public double nextGaussian() {
		if (haveNextNextGaussian) {
			haveNextNextGaussian = false;
			return nextNextGaussian;
		}
		double v1, v2, s;
		do {
			v1 = 2 * nextDouble() - 1;
			v2 = 2 * nextDouble() - 1;
			s = v1 * v1 + v2 * v2;
		} while (s >= 1 || s == 0);
		double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
		nextNextGaussian = v2 * multiplier;
		haveNextNextGaussian = true;
		return v1 * multiplier;
	}
}
