// NumFmt.java - tests/jvm/numfmt: the real JDK's text of numbers, as lines a
// C program (numfmt.c, over pvm/jvm/jnum.c) recomputes and compares:
//   D|<double bits, hex>|<Double.toString>
//   F|<float bits, hex>|<Float.toString>
//   G|<double bits, hex>|<conv>|<prec>|<String.format("%.<prec><conv>", |d|)>
//   P|<text>|<bits of Double.parseDouble(text)>
//   Q|<text>|<bits of Float.parseFloat(text)>
//   X|<text>|<message>    (parseDouble throws NumberFormatException)
//   C|<code point, hex>|<flags>|<upper>|<lower>|<decimal digit>: Character's
//     isLetter isDigit isUpperCase isLowerCase isWhitespace isSpaceChar
//     isTitleCase isAlphabetic isIdeographic isJavaIdentifierStart
//     isJavaIdentifierPart isIdentifierIgnorable isISOControl as 0/1,
//     toUpperCase, toLowerCase (hex) and the value of a decimal digit or -1:
//     every BMP code point, and every 7th supplementary one
// Usage: java NumFmt.java SEED COUNT. Deterministic for a seed.
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;

public class NumFmt {
	static StringBuilder out = new StringBuilder();

	static void d(double v) {
		out.append("D|").append(Long.toHexString(Double.doubleToRawLongBits(v))).append('|')
				.append(Double.toString(v)).append('\n');
	}

	static void f(float v) {
		out.append("F|").append(Integer.toHexString(Float.floatToRawIntBits(v))).append('|')
				.append(Float.toString(v)).append('\n');
	}

	static void g(double v, char conv, int prec) {
		v = Math.abs(v);
		if (Double.isNaN(v) || Double.isInfinite(v))
			return;
		String s = String.format(Locale.ROOT, "%." + prec + conv, v);
		out.append("G|").append(Long.toHexString(Double.doubleToRawLongBits(v))).append('|')
				.append(conv).append('|').append(prec).append('|').append(s).append('\n');
	}

	static void p(String text) {
		try {
			double v = Double.parseDouble(text);
			out.append("P|").append(text).append('|')
					.append(Long.toHexString(Double.doubleToRawLongBits(v))).append('\n');
			float w = Float.parseFloat(text);
			out.append("Q|").append(text).append('|')
					.append(Integer.toHexString(Float.floatToRawIntBits(w))).append('\n');
		} catch (NumberFormatException e) {
			out.append("X|").append(text).append('|').append(e.getMessage()).append('\n');
		}
	}

	static void chr(int c) {
		String f = "" + b(Character.isLetter(c)) + b(Character.isDigit(c)) + b(Character.isUpperCase(c))
				+ b(Character.isLowerCase(c)) + b(Character.isWhitespace(c)) + b(Character.isSpaceChar(c))
				+ b(Character.isTitleCase(c)) + b(Character.isAlphabetic(c)) + b(Character.isIdeographic(c))
				+ b(Character.isJavaIdentifierStart(c)) + b(Character.isJavaIdentifierPart(c))
				+ b(Character.isIdentifierIgnorable(c)) + b(Character.isISOControl(c));
		int dec = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
		out.append("C|").append(Integer.toHexString(c)).append('|').append(f).append('|')
				.append(Integer.toHexString(Character.toUpperCase(c))).append('|')
				.append(Integer.toHexString(Character.toLowerCase(c))).append('|').append(dec).append('\n');
	}

	static char b(boolean x) {
		return x ? '1' : '0';
	}

	public static void main(String[] args) {
		for (int c = 0; c < 0x110000; c += c < 0x10000 ? 1 : 7)
			if (c > 0xffff || !Character.isSurrogate((char) c))
				chr(c);
		long seed = Long.parseLong(args[0]);
		int count = Integer.parseInt(args[1]);
		Random r = new Random(seed);
		double[] special = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e7, 9999999.0, 10000000.0,
			1e-3, 0.001, 0.0009999999999999998, 1e-4, 1e21, 1e22, 1e23, 2e23, 5e-324,
			Double.MIN_NORMAL, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN,
			Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1.5, 2.5, 100.5,
			123456789.0, 1.0E-5, 4.35, 2.0E-3, 8.41E21, 1.0E23, 9007199254740993.0,
			Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 100.0, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
			4.9e-324, 2.2250738585072014E-308, 2.225073858507201E-308, 1.7976931348623157e308 };
		for (double v : special) {
			d(v);
			f((float) v);
			for (int prec = 0; prec < 8; prec++) {
				g(v, 'e', prec);
				g(v, 'f', prec);
				g(v, 'g', prec);
			}
		}
		for (int k = -330; k <= 310; k++) { // powers of ten and their neighbours
			double v = Double.parseDouble("1e" + k);
			d(v);
			d(Math.nextUp(v));
			d(Math.nextDown(v));
			float w = Float.parseFloat("1e" + k);
			f(w);
			f(Math.nextUp(w));
			f(Math.nextDown(w));
		}
		for (int i = 0; i < count; i++) {
			double v = Double.longBitsToDouble(r.nextLong());
			d(v);
			float w = Float.intBitsToFloat(r.nextInt());
			f(w);
			switch (i % 6) {
			case 0: d((double) r.nextInt(1000000) / 1000); break; // short decimals
			case 1: d(r.nextInt() + 0.5); break;
			case 2: d(r.nextLong() >> r.nextInt(64)); break; // integers
			case 3: f((float) r.nextInt(100000) / 100); break;
			case 4: d(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20)); break;
			default: f((float) (r.nextGaussian() * 1000)); break;
			}
			if (i % 10 == 0) {
				double u = r.nextDouble() * Math.pow(10, r.nextInt(30) - 12);
				char conv = "efg".charAt(r.nextInt(3));
				g(u, conv, r.nextInt(18));
				g(v, conv, r.nextInt(12));
			}
			if (i % 10 == 1) {
				p(Double.toString(v));
				p(Float.toString(w));
				// a float midpoint, and just above and below it
				float a = Float.intBitsToFloat(r.nextInt() & 0x7fffffff);
				if (!Float.isNaN(a) && !Float.isInfinite(a) && !Float.isInfinite(Math.nextUp(a))) {
					BigDecimal m = new BigDecimal(a).add(new BigDecimal(Math.nextUp(a))).divide(BigDecimal.valueOf(2));
					String t = m.toString();
					p(t);
					p(m.add(m.ulp().movePointLeft(3)).toString());
					p(m.subtract(m.ulp().movePointLeft(3)).toString());
				}
				StringBuilder sb = new StringBuilder();
				int nd = 1 + r.nextInt(25);
				for (int k = 0; k < nd; k++)
					sb.append((char) ('0' + r.nextInt(10)));
				if (r.nextBoolean())
					sb.insert(r.nextInt(nd + 1), '.');
				if (r.nextBoolean())
					sb.append('e').append(r.nextInt(700) - 350);
				p(sb.toString());
			}
		}
		String[] texts = { "1e3", "  2.5 ", "0x1p3", "0x1.8p1", "-0x1.fffffffffffffp1023", "NaN", "-NaN",
			"+Infinity", "-Infinity", "1d", "2.5f", "1.5D", ".5", "5.", "-.5e-3", "1e400", "1e-400",
			"0", "-0", "00001.2500", "1.7976931348623159e308", "3.4028236e38", "1.4e-45", "7e-46",
			"", " ", "abc", "1e", "1e+", "e5", ".", "1.2.3", "0x", "0x1", "0x1.p", "1ee5", "1d5",
			"1f ", "Infinityx", "1..2", "1.2.3", "..", "1.e.5", "-.", " x ", "nan", "infinity", "1_000", "+", "-", "--1", "0x1p3d", "1E5F" };
		for (String t : texts)
			p(t);
		System.out.print(out);
	}
}
