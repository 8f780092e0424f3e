/*
 * phantom.jrt.Regex - String's regex methods: a pattern that is one
 * literal character (or a backslash and a non-alphanumeric one) splits
 * and replaces without compiling, as the JDK's fast path; everything else
 * goes through java.util.regex.
 */
package phantom.jrt;

import java.util.ArrayList;
import java.util.regex.Pattern;

public final class Regex {
	private Regex() {
	}

	/* the one literal character regex stands for, or -1 */
	static int literalChar(String regex) {
		int n = regex.length();
		if (n == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0)
			return regex.charAt(0);
		if (n == 2 && regex.charAt(0) == '\\') {
			char c = regex.charAt(1);
			boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			if (!alnum && !Character.isSurrogate(c))
				return c;
		}
		return -1;
	}

	public static boolean matches(String regex, String s) {
		return Pattern.matches(regex, s);
	}

	public static String replace(String regex, String s, String replacement, boolean all) {
		if (all)
			return Pattern.compile(regex).matcher(s).replaceAll(replacement);
		return Pattern.compile(regex).matcher(s).replaceFirst(replacement);
	}

	public static String[] split(String regex, String s, int limit) {
		int ch = literalChar(regex);
		if (ch < 0)
			return Pattern.compile(regex).split(s, limit);
		int off = 0, next;
		boolean limited = limit > 0;
		ArrayList<String> list = new ArrayList<String>();
		while ((next = s.indexOf(ch, off)) != -1) {
			if (!limited || list.size() < limit - 1) {
				list.add(s.substring(off, next));
				off = next + 1;
			} else {
				int last = s.length();
				list.add(s.substring(off, last));
				off = last;
				break;
			}
		}
		if (off == 0)
			return new String[] { s };
		if (!limited || list.size() < limit)
			list.add(s.substring(off, s.length()));
		int resultSize = list.size();
		if (limit == 0)
			while (resultSize > 0 && list.get(resultSize - 1).isEmpty())
				resultSize--;
		String[] result = new String[resultSize];
		for (int i = 0; i < resultSize; i++)
			result[i] = list.get(i);
		return result;
	}
}
