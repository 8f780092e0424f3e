/*
 * java.math.BigInteger - arbitrary-precision integers as the JDK keeps
 * them: a sign (-1, 0, 1) and a big-endian int[] magnitude without leading
 * zeros (so hashCode is the JDK's). Schoolbook multiplication, Knuth's
 * long division, binary operations in infinite two's complement as the
 * JDK defines them. Invariant: mag.length == 0 exactly when signum == 0.
 */
package java.math;

import java.util.Random;

public class BigInteger extends Number implements Comparable<BigInteger> {
	private static final long MASK = 0xffffffffL;

	final int signum;
	final int[] mag;

	public static final BigInteger ZERO = new BigInteger(new int[0], 0);
	public static final BigInteger ONE = valueOf(1);
	public static final BigInteger TWO = valueOf(2);
	public static final BigInteger TEN = valueOf(10);

	/* mag is trimmed and owned */
	private BigInteger(int[] mag, int signum) {
		this.mag = mag;
		this.signum = mag.length == 0 ? 0 : signum;
	}

	private static int[] trim(int[] m) {
		int k = 0;
		while (k < m.length && m[k] == 0)
			k++;
		if (k == 0)
			return m;
		int[] r = new int[m.length - k];
		System.arraycopy(m, k, r, 0, r.length);
		return r;
	}

	private static BigInteger of(int[] mag, int signum) {
		return new BigInteger(trim(mag), signum);
	}

	public BigInteger(String val) {
		this(val, 10);
	}

	public BigInteger(String val, int radix) {
		if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
			throw new NumberFormatException("Radix out of range");
		int len = val.length();
		int cursor = 0, sign = 1;
		int minus = val.lastIndexOf('-'), plus = val.lastIndexOf('+');
		if (minus >= 0) {
			if (minus != 0 || plus >= 0)
				throw new NumberFormatException("Illegal embedded sign character");
			sign = -1;
			cursor = 1;
		} else if (plus >= 0) {
			if (plus != 0)
				throw new NumberFormatException("Illegal embedded sign character");
			cursor = 1;
		}
		if (cursor == len)
			throw new NumberFormatException("Zero length BigInteger");
		int[] m = new int[0];
		for (int i = cursor; i < len; i++) {
			int d = Character.digit(val.charAt(i), radix);
			if (d < 0)
				throw new NumberFormatException("For input string: \"" + val + "\""
						+ (radix == 10 ? "" : " under radix " + radix));
			m = mulAdd(m, radix, d);
		}
		m = trim(m);
		this.mag = m;
		this.signum = m.length == 0 ? 0 : sign;
	}

	/* numBits random bits: the bytes of rnd.nextBytes, big-endian, as the JDK takes them */
	public BigInteger(int numBits, Random rnd) {
		this(1, randomBits(numBits, rnd));
	}

	private static byte[] randomBits(int numBits, Random rnd) {
		if (numBits < 0)
			throw new IllegalArgumentException("numBits must be non-negative");
		int numBytes = (int) (((long) numBits + 7) / 8);
		byte[] b = new byte[numBytes];
		if (numBytes > 0) {
			rnd.nextBytes(b);
			int excess = 8 * numBytes - numBits;
			b[0] &= (byte) ((1 << (8 - excess)) - 1);
		}
		return b;
	}

	public BigInteger(byte[] val) {
		this(val, 0, val.length);
	}

	public BigInteger(byte[] val, int off, int len) {
		if (len == 0)
			throw new NumberFormatException("Zero length BigInteger");
		boolean neg = val[off] < 0;
		int[] m = new int[(len + 3) / 4];
		for (int i = 0; i < len; i++) {
			int b = val[off + len - 1 - i] & 0xff;
			if (neg)
				b ^= 0xff;
			m[m.length - 1 - i / 4] |= b << (8 * (i % 4));
		}
		if (neg)
			m = addOne(m);
		m = trim(m);
		this.mag = m;
		this.signum = m.length == 0 ? 0 : (neg ? -1 : 1);
	}

	public BigInteger(int signum, byte[] magnitude) {
		if (signum < -1 || signum > 1)
			throw new NumberFormatException("Invalid signum value");
		int[] m = new int[(magnitude.length + 3) / 4];
		for (int i = 0; i < magnitude.length; i++)
			m[m.length - 1 - i / 4] |= (magnitude[magnitude.length - 1 - i] & 0xff) << (8 * (i % 4));
		m = trim(m);
		if (m.length != 0 && signum == 0)
			throw new NumberFormatException("signum-magnitude mismatch");
		this.mag = m;
		this.signum = m.length == 0 ? 0 : signum;
	}

	public static BigInteger valueOf(long val) {
		if (val == 0)
			return ZERO;
		long u = val < 0 ? -val : val; /* Long.MIN_VALUE stays its unsigned self */
		int hi = (int) (u >>> 32);
		int[] m = hi != 0 ? new int[] { hi, (int) u } : new int[] { (int) u };
		return new BigInteger(m, val < 0 ? -1 : 1);
	}

	/* ---------------------------------------------------------------- magnitudes */

	/* m * k + a (k, a small, non-negative) */
	private static int[] mulAdd(int[] m, int k, int a) {
		int[] r = new int[m.length + 1];
		long carry = a;
		for (int i = m.length - 1; i >= 0; i--) {
			long t = (m[i] & MASK) * k + carry;
			r[i + 1] = (int) t;
			carry = t >>> 32;
		}
		r[0] = (int) carry;
		return trim(r);
	}

	private static int[] addOne(int[] m) {
		int[] r = m.clone();
		for (int i = r.length - 1; i >= 0; i--)
			if (++r[i] != 0)
				return r;
		int[] g = new int[r.length + 1];
		g[0] = 1;
		return g;
	}

	private static int compareMag(int[] a, int[] b) {
		if (a.length != b.length)
			return a.length < b.length ? -1 : 1;
		for (int i = 0; i < a.length; i++)
			if (a[i] != b[i])
				return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
		return 0;
	}

	private static int[] addMag(int[] a, int[] b) {
		if (a.length < b.length) {
			int[] t = a;
			a = b;
			b = t;
		}
		int[] r = new int[a.length + 1];
		long carry = 0;
		for (int i = 1; i <= a.length; i++) {
			long t = (a[a.length - i] & MASK) + (i <= b.length ? b[b.length - i] & MASK : 0) + carry;
			r[r.length - i] = (int) t;
			carry = t >>> 32;
		}
		r[0] = (int) carry;
		return trim(r);
	}

	/* a - b, a >= b */
	private static int[] subMag(int[] a, int[] b) {
		int[] r = new int[a.length];
		long borrow = 0;
		for (int i = 1; i <= a.length; i++) {
			long t = (a[a.length - i] & MASK) - (i <= b.length ? b[b.length - i] & MASK : 0) - borrow;
			r[r.length - i] = (int) t;
			borrow = t < 0 ? 1 : 0;
		}
		return trim(r);
	}

	private static int[] mulMag(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0)
			return new int[0];
		int[] r = new int[a.length + b.length];
		for (int i = a.length - 1; i >= 0; i--) {
			long carry = 0, x = a[i] & MASK;
			int k = i + b.length;
			for (int j = b.length - 1; j >= 0; j--, k--) {
				long t = x * (b[j] & MASK) + (r[k] & MASK) + carry;
				r[k] = (int) t;
				carry = t >>> 32;
			}
			r[i] = (int) carry;
		}
		return trim(r);
	}

	/* {quotient, remainder} of magnitudes, b non-empty (Knuth, D) */
	private static int[][] divMag(int[] a, int[] b) {
		if (compareMag(a, b) < 0)
			return new int[][] { new int[0], a };
		if (b.length == 1) {
			long d = b[0] & MASK, rem = 0;
			int[] q = new int[a.length];
			for (int i = 0; i < a.length; i++) {
				long cur = (rem << 32) | (a[i] & MASK);
				q[i] = (int) Long.divideUnsigned(cur, d);
				rem = Long.remainderUnsigned(cur, d);
			}
			return new int[][] { trim(q), trim(new int[] { (int) rem }) };
		}
		int s = Integer.numberOfLeadingZeros(b[0]);
		int[] v = shiftLeftMag(b, s);
		int[] u = shiftLeftMag(a, s);
		if (u.length == a.length) { /* one more word on top (unless the shift made it) */
			int[] t = new int[u.length + 1];
			System.arraycopy(u, 0, t, 1, u.length);
			u = t;
		}
		int n = v.length, m = u.length - n;
		int[] q = new int[m];
		long v1 = v[0] & MASK, v2 = v[1] & MASK;
		for (int j = 0; j < m; j++) {
			long num = ((u[j] & MASK) << 32) | (u[j + 1] & MASK);
			long qhat, rhat;
			if ((u[j] & MASK) >= v1) {
				qhat = MASK;
				rhat = num - qhat * v1;
			} else {
				qhat = Long.divideUnsigned(num, v1);
				rhat = Long.remainderUnsigned(num, v1);
			}
			while (rhat <= MASK && compareUnsigned(qhat * v2, (rhat << 32) | (u[j + 2] & MASK)) > 0) {
				qhat--;
				rhat += v1;
			}
			/* u[j .. j+n] -= qhat * v */
			long borrow = 0, carry = 0;
			for (int i = n - 1; i >= 0; i--) {
				long p = qhat * (v[i] & MASK) + carry;
				carry = p >>> 32;
				long t = (u[j + 1 + i] & MASK) - (p & MASK) - borrow;
				u[j + 1 + i] = (int) t;
				borrow = t < 0 ? 1 : 0;
			}
			long t = (u[j] & MASK) - carry - borrow;
			u[j] = (int) t;
			if (t < 0) { /* qhat was one too big: add v back */
				qhat--;
				long c = 0;
				for (int i = n - 1; i >= 0; i--) {
					long x = (u[j + 1 + i] & MASK) + (v[i] & MASK) + c;
					u[j + 1 + i] = (int) x;
					c = x >>> 32;
				}
				u[j] += (int) c;
			}
			q[j] = (int) qhat;
		}
		int[] r = new int[n];
		System.arraycopy(u, m, r, 0, n);
		return new int[][] { trim(q), shiftRightMag(trim(r), s) };
	}

	private static int compareUnsigned(long a, long b) {
		return Long.compareUnsigned(a, b);
	}

	private static int[] shiftLeftMag(int[] m, int n) {
		if (m.length == 0)
			return m;
		int words = n >>> 5, bits = n & 31;
		int[] r = new int[m.length + words + 1];
		for (int i = 0; i < m.length; i++) {
			long x = (m[i] & MASK) << bits;
			r[i] |= (int) (x >>> 32);
			r[i + 1] |= (int) x;
		}
		return trim(r);
	}

	private static int[] shiftRightMag(int[] m, int n) {
		int words = n >>> 5, bits = n & 31;
		if (words >= m.length)
			return new int[0];
		int len = m.length - words;
		int[] r = new int[len];
		for (int i = 0; i < len; i++) {
			long x = m[i] & MASK;
			long prev = i > 0 ? m[i - 1] & MASK : 0;
			r[i] = bits == 0 ? (int) x : (int) ((x >>> bits) | (prev << (32 - bits)));
		}
		return trim(r);
	}

	/* ---------------------------------------------------------------- arithmetic */

	public BigInteger add(BigInteger val) {
		if (val.signum == 0)
			return this;
		if (signum == 0)
			return val;
		if (signum == val.signum)
			return new BigInteger(addMag(mag, val.mag), signum);
		int c = compareMag(mag, val.mag);
		if (c == 0)
			return ZERO;
		return c > 0 ? new BigInteger(subMag(mag, val.mag), signum) : new BigInteger(subMag(val.mag, mag), val.signum);
	}

	public BigInteger subtract(BigInteger val) {
		return add(val.negate());
	}

	public BigInteger multiply(BigInteger val) {
		if (signum == 0 || val.signum == 0)
			return ZERO;
		return new BigInteger(mulMag(mag, val.mag), signum * val.signum);
	}

	public BigInteger divide(BigInteger val) {
		return divideAndRemainder(val)[0];
	}

	public BigInteger remainder(BigInteger val) {
		return divideAndRemainder(val)[1];
	}

	public BigInteger[] divideAndRemainder(BigInteger val) {
		if (val.signum == 0)
			throw new ArithmeticException("BigInteger divide by zero");
		int[][] qr = divMag(mag, val.mag);
		return new BigInteger[] { of(qr[0], signum * val.signum), of(qr[1], signum) };
	}

	public BigInteger mod(BigInteger m) {
		if (m.signum <= 0)
			throw new ArithmeticException("BigInteger: modulus not positive");
		BigInteger r = remainder(m);
		return r.signum >= 0 ? r : r.add(m);
	}

	public BigInteger pow(int exponent) {
		if (exponent < 0)
			throw new ArithmeticException("Negative exponent");
		BigInteger result = ONE, base = this;
		while (exponent != 0) {
			if ((exponent & 1) != 0)
				result = result.multiply(base);
			exponent >>>= 1;
			if (exponent != 0)
				base = base.multiply(base);
		}
		return result;
	}

	public BigInteger sqrt() {
		if (signum < 0)
			throw new ArithmeticException("Negative BigInteger");
		if (signum == 0)
			return ZERO;
		BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
		for (;;) {
			BigInteger y = x.add(divide(x)).shiftRight(1);
			if (y.compareTo(x) >= 0)
				return x;
			x = y;
		}
	}

	public BigInteger gcd(BigInteger val) {
		BigInteger a = abs(), b = val.abs();
		while (b.signum != 0) {
			BigInteger t = a.remainder(b);
			a = b;
			b = t;
		}
		return a;
	}

	public BigInteger abs() {
		return signum >= 0 ? this : negate();
	}

	public BigInteger negate() {
		return new BigInteger(mag, -signum);
	}

	public int signum() {
		return signum;
	}

	public BigInteger modPow(BigInteger exponent, BigInteger m) {
		if (m.signum <= 0)
			throw new ArithmeticException("BigInteger: modulus not positive");
		if (exponent.signum < 0)
			return modInverse(m).modPow(exponent.negate(), m);
		BigInteger result = ONE.mod(m), base = mod(m);
		for (int i = exponent.bitLength() - 1; i >= 0; i--) {
			result = result.multiply(result).mod(m);
			if (exponent.testBit(i))
				result = result.multiply(base).mod(m);
		}
		return result;
	}

	public BigInteger modInverse(BigInteger m) {
		if (m.signum <= 0)
			throw new ArithmeticException("BigInteger: modulus not positive");
		BigInteger a = mod(m), b = m, x0 = ONE, x1 = ZERO;
		while (b.signum != 0) {
			BigInteger[] qr = a.divideAndRemainder(b);
			BigInteger t = x0.subtract(qr[0].multiply(x1));
			x0 = x1;
			x1 = t;
			a = b;
			b = qr[1];
		}
		if (!a.equals(ONE))
			throw new ArithmeticException("BigInteger not invertible.");
		return x0.mod(m);
	}

	public boolean isProbablePrime(int certainty) {
		if (certainty <= 0)
			return true;
		BigInteger n = abs();
		if (n.compareTo(TWO) < 0)
			return false;
		int[] small = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
		for (int p : small) {
			BigInteger bp = valueOf(p);
			if (n.equals(bp))
				return true;
			if (n.remainder(bp).signum == 0)
				return false;
		}
		BigInteger d = n.subtract(ONE);
		int s = d.getLowestSetBit();
		d = d.shiftRight(s);
		BigInteger nm1 = n.subtract(ONE);
		for (int p : small) { /* deterministic below 3.3e24 */
			BigInteger x = valueOf(p).modPow(d, n);
			if (x.equals(ONE) || x.equals(nm1))
				continue;
			boolean composite = true;
			for (int r = 1; r < s && composite; r++) {
				x = x.multiply(x).mod(n);
				if (x.equals(nm1))
					composite = false;
			}
			if (composite)
				return false;
		}
		return true;
	}

	public BigInteger nextProbablePrime() {
		if (signum < 0)
			throw new ArithmeticException("start < 0: " + this);
		BigInteger n = add(ONE);
		if (n.compareTo(TWO) <= 0)
			return TWO;
		if (!n.testBit(0))
			n = n.add(ONE);
		while (!n.isProbablePrime(100))
			n = n.add(TWO);
		return n;
	}

	/* ---------------------------------------------------------------- bits */

	/* the value's 32-bit words in two's complement, low word first, n long */
	private int[] twos(int n) {
		int[] r = new int[n];
		for (int i = 0; i < n && i < mag.length; i++)
			r[i] = mag[mag.length - 1 - i];
		if (signum < 0) {
			long carry = 1;
			for (int i = 0; i < n; i++) {
				long t = (~r[i] & MASK) + carry;
				r[i] = (int) t;
				carry = t >>> 32;
			}
		}
		return r;
	}

	private static BigInteger fromTwos(int[] w) {
		boolean neg = w.length > 0 && w[w.length - 1] < 0;
		int[] m = new int[w.length];
		for (int i = 0; i < w.length; i++)
			m[w.length - 1 - i] = w[i];
		if (neg) {
			for (int i = 0; i < m.length; i++)
				m[i] = ~m[i];
			m = addOne(m);
		}
		return of(m, neg ? -1 : 1);
	}

	private int words() {
		return mag.length + 1;
	}

	public BigInteger and(BigInteger val) {
		int n = Math.max(words(), val.words());
		int[] a = twos(n), b = val.twos(n);
		for (int i = 0; i < n; i++)
			a[i] &= b[i];
		return fromTwos(a);
	}

	public BigInteger or(BigInteger val) {
		int n = Math.max(words(), val.words());
		int[] a = twos(n), b = val.twos(n);
		for (int i = 0; i < n; i++)
			a[i] |= b[i];
		return fromTwos(a);
	}

	public BigInteger xor(BigInteger val) {
		int n = Math.max(words(), val.words());
		int[] a = twos(n), b = val.twos(n);
		for (int i = 0; i < n; i++)
			a[i] ^= b[i];
		return fromTwos(a);
	}

	public BigInteger not() {
		return negate().subtract(ONE);
	}

	public BigInteger andNot(BigInteger val) {
		return and(val.not());
	}

	public boolean testBit(int n) {
		if (n < 0)
			throw new ArithmeticException("Negative bit address");
		int w = n >>> 5;
		int[] t = twos(Math.max(words(), w + 1));
		return (t[w] & (1 << (n & 31))) != 0;
	}

	public BigInteger setBit(int n) {
		return or(ONE.shiftLeft(n));
	}

	public BigInteger clearBit(int n) {
		return andNot(ONE.shiftLeft(n));
	}

	public BigInteger flipBit(int n) {
		return xor(ONE.shiftLeft(n));
	}

	public int getLowestSetBit() {
		if (signum == 0)
			return -1;
		int i = mag.length - 1, bits = 0;
		while (mag[i] == 0) {
			i--;
			bits += 32;
		}
		return bits + Integer.numberOfTrailingZeros(mag[i]);
	}

	public int bitLength() {
		if (signum == 0)
			return 0;
		int n = (mag.length - 1) * 32 + (32 - Integer.numberOfLeadingZeros(mag[0]));
		if (signum < 0) { /* a power of two's negative needs one bit less */
			boolean pow2 = Integer.bitCount(mag[0]) == 1;
			for (int i = 1; i < mag.length && pow2; i++)
				pow2 = mag[i] == 0;
			if (pow2)
				n--;
		}
		return n;
	}

	public int bitCount() {
		int n = 0;
		for (int w : mag)
			n += Integer.bitCount(w);
		if (signum < 0) { /* bits that differ from the sign: of |x| - 1 */
			n = 0;
			for (int w : subMag(mag, new int[] { 1 }))
				n += Integer.bitCount(w);
		}
		return n;
	}

	public BigInteger shiftLeft(int n) {
		if (signum == 0)
			return ZERO;
		if (n < 0)
			return shiftRight(-n);
		return new BigInteger(shiftLeftMag(mag, n), signum);
	}

	public BigInteger shiftRight(int n) {
		if (signum == 0)
			return ZERO;
		if (n < 0)
			return shiftLeft(-n);
		if (signum > 0)
			return of(shiftRightMag(mag, n), 1);
		/* floor for negatives: -((|x| - 1) >> n) - 1 */
		return of(shiftRightMag(subMag(mag, new int[] { 1 }), n), 1).negate().subtract(ONE);
	}

	/* ---------------------------------------------------------------- comparing */

	public int compareTo(BigInteger val) {
		if (signum != val.signum)
			return signum > val.signum ? 1 : -1;
		int c = compareMag(mag, val.mag);
		return signum >= 0 ? c : -c;
	}

	public boolean equals(Object x) {
		if (x == this)
			return true;
		if (!(x instanceof BigInteger))
			return false;
		BigInteger b = (BigInteger) x;
		return signum == b.signum && compareMag(mag, b.mag) == 0;
	}

	public int hashCode() {
		int h = 0;
		for (int i = 0; i < mag.length; i++)
			h = (int) (31 * h + (mag[i] & MASK));
		return h * signum;
	}

	public BigInteger min(BigInteger val) {
		return compareTo(val) < 0 ? this : val;
	}

	public BigInteger max(BigInteger val) {
		return compareTo(val) > 0 ? this : val;
	}

	/* ---------------------------------------------------------------- conversions */

	public String toString() {
		return toString(10);
	}

	public String toString(int radix) {
		if (signum == 0)
			return "0";
		if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
			radix = 10;
		/* digits in chunks: the largest power of radix in an int */
		int chunk = 1;
		long p = radix;
		while (p * radix <= Integer.MAX_VALUE) {
			p *= radix;
			chunk++;
		}
		StringBuilder sb = new StringBuilder();
		int[] m = mag;
		int[] div = { (int) p };
		while (m.length != 0) {
			int[][] qr = divMag(m, div);
			long r = qr[1].length == 0 ? 0 : qr[1][0] & MASK;
			m = qr[0];
			String d = Long.toString(r, radix);
			sb.insert(0, d);
			if (m.length != 0)
				for (int i = d.length(); i < chunk; i++)
					sb.insert(0, '0');
		}
		if (signum < 0)
			sb.insert(0, '-');
		return sb.toString();
	}

	public byte[] toByteArray() {
		int byteLen = bitLength() / 8 + 1;
		byte[] b = new byte[byteLen];
		int[] t = twos(byteLen / 4 + 1);
		for (int i = 0; i < byteLen; i++)
			b[byteLen - 1 - i] = (byte) (t[i / 4] >>> (8 * (i % 4)));
		return b;
	}

	public int intValue() {
		return mag.length == 0 ? 0 : twos(1)[0];
	}

	public long longValue() {
		if (mag.length == 0)
			return 0;
		int[] t = twos(2);
		return ((long) t[1] << 32) | (t[0] & MASK);
	}

	public float floatValue() {
		return Float.parseFloat(toString());
	}

	public double doubleValue() {
		return Double.parseDouble(toString());
	}

	public long longValueExact() {
		if (bitLength() <= 63)
			return longValue();
		throw new ArithmeticException("BigInteger out of long range");
	}

	public int intValueExact() {
		if (bitLength() <= 31)
			return intValue();
		throw new ArithmeticException("BigInteger out of int range");
	}

	public short shortValueExact() {
		if (bitLength() <= 15)
			return (short) intValue();
		throw new ArithmeticException("BigInteger out of short range");
	}

	public byte byteValueExact() {
		if (bitLength() <= 7)
			return (byte) intValue();
		throw new ArithmeticException("BigInteger out of byte range");
	}
}
