/*
 * java.util.regex.Matcher - a Pattern's state over one input: the region
 * [from, to), the groups of the last match (-1: none), and the scratch
 * the nodes keep (loop counters, open groups). find() resumes after the
 * last match (one further after an empty one), as the JDK's.
 */
package java.util.regex;

import java.util.Objects;

public final class Matcher implements MatchResult {
	private Pattern parentPattern;
	private CharSequence text;

	int from, to;                /* region */
	int transparentFrom, transparentTo;
	int anchoringFrom, anchoringTo;
	boolean requireEnd;
	int last;                    /* end of the match under way */
	int[] groups;                /* start, end of each group; -1 unset */
	int[] groupStart;
	int[] loopCount, loopStart;
	int lookbehindTo;

	private int first = -1, lastEnd = 0; /* the last match, for find() */
	private int appendPos = 0;
	private boolean matched;

	Matcher(Pattern p, CharSequence text) {
		this.parentPattern = p;
		this.text = text;
		int n = p.groupCount + 1;
		groups = new int[2 * n];
		groupStart = new int[n];
		loopCount = new int[p.loopCount];
		loopStart = new int[p.loopCount];
		reset();
	}

	public Pattern pattern() {
		return parentPattern;
	}

	public MatchResult toMatchResult() {
		final String s = text.toString();
		final int[] g = groups.clone();
		final boolean ok = matched;
		final int count = groupCount();
		return new MatchResult() {
			public int start() {
				return start(0);
			}

			public int start(int group) {
				check(group);
				return g[2 * group];
			}

			public int end() {
				return end(0);
			}

			public int end(int group) {
				check(group);
				return g[2 * group + 1];
			}

			public String group() {
				return group(0);
			}

			public String group(int group) {
				check(group);
				return g[2 * group] < 0 ? null : s.substring(g[2 * group], g[2 * group + 1]);
			}

			public int groupCount() {
				return count;
			}

			private void check(int group) {
				if (!ok)
					throw new IllegalStateException("No match found");
				if (group < 0 || group > count)
					throw new IndexOutOfBoundsException("No group " + group);
			}
		};
	}

	public Matcher usePattern(Pattern newPattern) {
		if (newPattern == null)
			throw new IllegalArgumentException("Pattern cannot be null");
		parentPattern = newPattern;
		int n = newPattern.groupCount + 1;
		groups = new int[2 * n];
		groupStart = new int[n];
		loopCount = new int[newPattern.loopCount];
		loopStart = new int[newPattern.loopCount];
		clearGroups();
		matched = false;
		return this;
	}

	public Matcher reset() {
		first = -1;
		lastEnd = 0;
		appendPos = 0;
		matched = false;
		clearGroups();
		from = transparentFrom = anchoringFrom = 0;
		to = transparentTo = anchoringTo = text.length();
		return this;
	}

	public Matcher reset(CharSequence input) {
		text = input;
		return reset();
	}

	public Matcher region(int start, int end) {
		if (start < 0 || start > text.length())
			throw new IndexOutOfBoundsException("start");
		if (end < 0 || end > text.length())
			throw new IndexOutOfBoundsException("end");
		if (start > end)
			throw new IndexOutOfBoundsException("start > end");
		reset();
		from = anchoringFrom = start;
		to = anchoringTo = end;
		return this;
	}

	public int regionStart() {
		return from;
	}

	public int regionEnd() {
		return to;
	}

	private void clearGroups() {
		for (int i = 0; i < groups.length; i++)
			groups[i] = -1;
	}

	private void checkMatch() {
		if (!matched)
			throw new IllegalStateException("No match found");
	}

	public int start() {
		checkMatch();
		return first;
	}

	public int start(int group) {
		checkMatch();
		if (group < 0 || group > groupCount())
			throw new IndexOutOfBoundsException("No group " + group);
		return groups[group * 2];
	}

	public int start(String name) {
		return groups[getMatchedGroupIndex(name) * 2];
	}

	public int end() {
		checkMatch();
		return lastEnd;
	}

	public int end(int group) {
		checkMatch();
		if (group < 0 || group > groupCount())
			throw new IndexOutOfBoundsException("No group " + group);
		return groups[group * 2 + 1];
	}

	public int end(String name) {
		return groups[getMatchedGroupIndex(name) * 2 + 1];
	}

	public String group() {
		return group(0);
	}

	public String group(int group) {
		checkMatch();
		if (group < 0 || group > groupCount())
			throw new IndexOutOfBoundsException("No group " + group);
		if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1)
			return null;
		return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
	}

	public String group(String name) {
		int group = getMatchedGroupIndex(name);
		if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1)
			return null;
		return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
	}

	private int getMatchedGroupIndex(String name) {
		Objects.requireNonNull(name, "Group name");
		checkMatch();
		Integer g = parentPattern.namedGroups.get(name);
		if (g == null)
			throw new IllegalArgumentException("No group with name <" + name + ">");
		return g.intValue();
	}

	public int groupCount() {
		return parentPattern.groupCount;
	}

	/* Try the pattern at i exactly; on success the groups and bounds. */
	private boolean matchAt(int i, boolean wholeRegion) {
		clearGroups();
		requireEnd = wholeRegion;
		boolean ok = parentPattern.root.match(this, i, text);
		if (ok) {
			first = i;
			lastEnd = last;
			groups[0] = first;
			groups[1] = lastEnd;
		} else {
			clearGroups();
		}
		matched = ok;
		return ok;
	}

	public boolean matches() {
		return matchAt(from, true);
	}

	public boolean lookingAt() {
		return matchAt(from, false);
	}

	private boolean search(int start) {
		for (int i = start; i <= to; i++)
			if (matchAt(i, false))
				return true;
		matched = false;
		return false;
	}

	public boolean find() {
		int next = lastEnd;
		if (next == first)
			next++;
		if (next < from)
			next = from;
		if (next > to) {
			clearGroups();
			matched = false;
			return false;
		}
		return search(next);
	}

	public boolean find(int start) {
		int limit = text.length();
		if (start < 0 || start > limit)
			throw new IndexOutOfBoundsException("Illegal start index");
		reset();
		return search(start);
	}

	public boolean hitEnd() {
		return lastEnd == to;
	}

	public static String quoteReplacement(String s) {
		if (s.indexOf('\\') == -1 && s.indexOf('$') == -1)
			return s;
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' || c == '$')
				sb.append('\\');
			sb.append(c);
		}
		return sb.toString();
	}

	public Matcher appendReplacement(StringBuilder sb, String replacement) {
		checkMatch();
		StringBuilder result = new StringBuilder();
		appendExpandedReplacement(replacement, result);
		sb.append(text, appendPos, first);
		sb.append(result);
		appendPos = lastEnd;
		return this;
	}

	public Matcher appendReplacement(StringBuffer sb, String replacement) {
		checkMatch();
		StringBuilder result = new StringBuilder();
		appendExpandedReplacement(replacement, result);
		sb.append(text, appendPos, first);
		sb.append(result);
		appendPos = lastEnd;
		return this;
	}

	/* the replacement with $n, ${name} and \\x expanded */
	private void appendExpandedReplacement(String replacement, StringBuilder result) {
		int cursor = 0;
		while (cursor < replacement.length()) {
			char nextChar = replacement.charAt(cursor);
			if (nextChar == '\\') {
				cursor++;
				if (cursor == replacement.length())
					throw new IllegalArgumentException("character to be escaped is missing");
				result.append(replacement.charAt(cursor));
				cursor++;
			} else if (nextChar == '$') {
				cursor++;
				if (cursor == replacement.length())
					throw new IllegalArgumentException("Illegal group reference: group index is missing");
				nextChar = replacement.charAt(cursor);
				int refNum;
				if (nextChar == '{') {
					cursor++;
					int close = replacement.indexOf('}', cursor);
					if (close < 0)
						throw new IllegalArgumentException("named capturing group is missing trailing '}'");
					String gname = replacement.substring(cursor, close);
					if (gname.isEmpty())
						throw new IllegalArgumentException("named capturing group has 0 length name");
					cursor = close + 1;
					Integer g = parentPattern.namedGroups.get(gname);
					if (g == null)
						throw new IllegalArgumentException("No group with name {" + gname + "}");
					refNum = g.intValue();
				} else {
					refNum = nextChar - '0';
					if (refNum < 0 || refNum > 9)
						throw new IllegalArgumentException("Illegal group reference");
					cursor++;
					boolean done = false;
					while (!done) {
						if (cursor >= replacement.length())
							break;
						int nextDigit = replacement.charAt(cursor) - '0';
						if (nextDigit < 0 || nextDigit > 9)
							break;
						int newRefNum = (refNum * 10) + nextDigit;
						if (groupCount() < newRefNum) {
							done = true;
						} else {
							refNum = newRefNum;
							cursor++;
						}
					}
				}
				if (refNum > groupCount())
					throw new IndexOutOfBoundsException("No group " + refNum);
				if (start(refNum) != -1 && end(refNum) != -1)
					result.append(text, start(refNum), end(refNum));
			} else {
				result.append(nextChar);
				cursor++;
			}
		}
	}

	public StringBuilder appendTail(StringBuilder sb) {
		sb.append(text, appendPos, text.length());
		return sb;
	}

	public StringBuffer appendTail(StringBuffer sb) {
		sb.append(text, appendPos, text.length());
		return sb;
	}

	public String replaceAll(String replacement) {
		reset();
		boolean result = find();
		if (result) {
			StringBuilder sb = new StringBuilder();
			do {
				appendReplacement(sb, replacement);
				result = find();
			} while (result);
			appendTail(sb);
			return sb.toString();
		}
		return text.toString();
	}

	public String replaceAll(java.util.function.Function<MatchResult, String> replacer) {
		Objects.requireNonNull(replacer);
		reset();
		boolean result = find();
		if (result) {
			StringBuilder sb = new StringBuilder();
			do {
				String replacement = replacer.apply(this);
				appendReplacement(sb, replacement);
				result = find();
			} while (result);
			appendTail(sb);
			return sb.toString();
		}
		return text.toString();
	}

	public String replaceFirst(String replacement) {
		if (replacement == null)
			throw new NullPointerException("replacement");
		reset();
		if (!find())
			return text.toString();
		StringBuilder sb = new StringBuilder();
		appendReplacement(sb, replacement);
		appendTail(sb);
		return sb.toString();
	}

	public String toString() {
		return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + regionStart() + ","
				+ regionEnd() + " lastmatch=" + ((matched && (group() != null)) ? group() : "") + "]";
	}
}
