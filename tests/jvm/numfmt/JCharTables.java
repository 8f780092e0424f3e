// JCharTables.java - writes pvm/jvm/jchartab.c, the code point tables of
// pvm/jvm/jchar.c, from the running JDK's java.lang.Character:
//     java tests/jvm/numfmt/JCharTables.java > pvm/jvm/jchartab.c
//     clang-format -i pvm/jvm/jchartab.c
// Each table is a sorted list of ranges [lo, hi]. Where jchar.c decides by
// a rule (upper case: a lower-case mapping in the BMP, pvm/utf16.c), the
// table holds the code points the rule gets wrong, so rule and table
// together give Character's answer. NumFmt.java and numfmt.c check the
// result against the JDK for every BMP code point at test time.
public class JCharTables {
	interface P {
		boolean is(int c);
	}

	static StringBuilder out = new StringBuilder();

	static void table(String name, String doc, P p) {
		out.append("\n/* ").append(doc).append(" */\nconst pv_jchar_range pv_jchar_").append(name).append("[] = {\n");
		int n = 0, start = -1, col = 0;
		for (int c = 0; c <= 0x110000; c++) {
			boolean in = c <= 0x10ffff && p.is(c);
			if (in && start < 0)
				start = c;
			if (!in && start >= 0) {
				String e = String.format("{ 0x%x, 0x%x },", start, c - 1);
				if (col + e.length() + 1 > 92) {
					out.append('\n');
					col = 0;
				}
				out.append(col == 0 ? "\t" : " ").append(e);
				col += e.length() + (col == 0 ? 8 : 1);
				n++;
				start = -1;
			}
		}
		if (n == 0)
			out.append("\t{ -1, -1 }, /* none */");
		out.append("\n};\nconst uint32_t pv_jchar_n").append(name).append(" = ").append(n).append(";\n");
	}

	/* jchar.c's rules for upper and lower case (utf16.c maps the BMP as Java does) */
	static boolean ruleUpper(int c) {
		return !Character.isTitleCase(c) && c <= 0xffff && Character.toLowerCase(c) != c;
	}

	static boolean ruleLower(int c) {
		return !Character.isTitleCase(c) && !ruleUpper(c) && c <= 0xffff && Character.toUpperCase(c) != c;
	}

	public static void main(String[] args) {
		out.append("/*\n * jchartab.c - the code point tables of jchar.c, generated from JDK ")
				.append(System.getProperty("java.specification.version"))
				.append("'s\n * java.lang.Character by tests/jvm/numfmt/JCharTables.java (do not edit:\n"
						+ " * regenerate). Invariant: each table is sorted and its ranges are disjoint.\n */\n"
						+ "#include \"jchar.h\"\n");
		table("letters", "isLetter", c -> Character.isLetter(c));
		table("digits", "isDigit (each range starts at a digit zero)", c -> Character.isDigit(c));
		table("titles", "isTitleCase", c -> Character.isTitleCase(c));
		table("upper_more", "isUpperCase where the rule (a lower-case mapping) says no",
				c -> Character.isUpperCase(c) && !ruleUpper(c));
		table("upper_less", "not isUpperCase where the rule says yes", c -> !Character.isUpperCase(c) && ruleUpper(c));
		table("lower_more", "isLowerCase where the rule (an upper-case mapping) says no",
				c -> Character.isLowerCase(c) && !ruleLower(c) && !Character.isUpperCase(c));
		table("lower_less", "not isLowerCase where the rule says yes", c -> !Character.isLowerCase(c) && ruleLower(c));
		table("alphabetic", "isAlphabetic and not isLetter", c -> Character.isAlphabetic(c) && !Character.isLetter(c));
		table("ideographic", "isIdeographic", c -> Character.isIdeographic(c));
		table("ident_start", "isJavaIdentifierStart and not isLetter",
				c -> Character.isJavaIdentifierStart(c) && !Character.isLetter(c));
		table("ident_part", "isJavaIdentifierPart and not isLetterOrDigit, isJavaIdentifierStart or isIdentifierIgnorable",
				c -> Character.isJavaIdentifierPart(c) && !Character.isLetterOrDigit(c)
						&& !Character.isJavaIdentifierStart(c) && !Character.isIdentifierIgnorable(c));
		table("ignorable", "isIdentifierIgnorable", c -> Character.isIdentifierIgnorable(c));
		System.out.print(out);
	}
}
