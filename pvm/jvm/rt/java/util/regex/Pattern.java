/*
 * java.util.regex.Pattern - Java's regular expressions, compiled to a
 * chain of nodes that a backtracking matcher walks (Matcher), so matches
 * are Java's (leftmost, greedy or lazy by the quantifier, alternatives in
 * order). Supported: literals and escapes (tab, newline, hex, unicode, \Q..\E quoting),
 * classes with ranges, negation, nesting and \d \s \w \p{..}, '.', the
 * anchors ^ $ \A \z \Z \b \B, groups (capturing, named, non-capturing,
 * flag groups), lookahead and bounded lookbehind, back references, the
 * quantifiers * + ? {n,m} (greedy, lazy; possessive ones behave as
 * greedy), alternation, and the flags CASE_INSENSITIVE, UNICODE_CASE,
 * MULTILINE, DOTALL, COMMENTS, LITERAL, UNIX_LINES. Matching works on
 * UTF-16 units (a supplementary character is two). Invariant: every node
 * undoes what it changed in the matcher before it returns false.
 */
package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Pattern implements java.io.Serializable {
	public static final int UNIX_LINES = 0x01;
	public static final int CASE_INSENSITIVE = 0x02;
	public static final int COMMENTS = 0x04;
	public static final int MULTILINE = 0x08;
	public static final int LITERAL = 0x10;
	public static final int DOTALL = 0x20;
	public static final int UNICODE_CASE = 0x40;
	public static final int CANON_EQ = 0x80;
	public static final int UNICODE_CHARACTER_CLASS = 0x100;

	private final String pattern;
	private final int flags0;
	private int flags;

	Node root;
	int groupCount;
	int loopCount;
	Map<String, Integer> namedGroups = new HashMap<String, Integer>();

	/* parser state */
	private int pos;

	private Pattern(String p, int f) {
		pattern = p;
		flags0 = f;
		flags = f;
		if ((f & LITERAL) != 0) {
			Seq s = new Seq();
			for (int i = 0; i < p.length(); i++)
				s.add(charNode(p.charAt(i)));
			s.add(new Accept());
			root = s.head;
		} else {
			Seq s = parseExpr();
			if (pos < pattern.length()) {
				if (pattern.charAt(pos) == ')')
					throw error("Unmatched closing ')'", pos - 1);
				throw error("Unexpected character '" + pattern.charAt(pos) + "'", pos);
			}
			s.add(new Accept());
			root = s.head;
		}
	}

	public static Pattern compile(String regex) {
		return new Pattern(regex, 0);
	}

	public static Pattern compile(String regex, int flags) {
		return new Pattern(regex, flags);
	}

	public String pattern() {
		return pattern;
	}

	public String toString() {
		return pattern;
	}

	public int flags() {
		return flags0;
	}

	public Matcher matcher(CharSequence input) {
		return new Matcher(this, input);
	}

	public static boolean matches(String regex, CharSequence input) {
		return compile(regex).matcher(input).matches();
	}

	public static String quote(String s) {
		int slashEIndex = s.indexOf("\\E");
		if (slashEIndex == -1)
			return "\\Q" + s + "\\E";
		StringBuilder sb = new StringBuilder(s.length() * 2);
		sb.append("\\Q");
		int current = 0;
		while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
			sb.append(s, current, slashEIndex);
			current = slashEIndex + 2;
			sb.append("\\E\\\\E\\Q");
		}
		sb.append(s, current, s.length());
		sb.append("\\E");
		return sb.toString();
	}

	public String[] split(CharSequence input, int limit) {
		int index = 0;
		boolean matchLimited = limit > 0;
		ArrayList<String> matchList = new ArrayList<String>();
		Matcher m = matcher(input);
		while (m.find()) {
			if (!matchLimited || matchList.size() < limit - 1) {
				if (index == 0 && index == m.start() && m.start() == m.end())
					continue; /* no empty leading piece for a zero-width match */
				matchList.add(input.subSequence(index, m.start()).toString());
				index = m.end();
			} else if (matchList.size() == limit - 1) {
				matchList.add(input.subSequence(index, input.length()).toString());
				index = m.end();
			}
		}
		if (index == 0)
			return new String[] { input.toString() };
		if (!matchLimited || matchList.size() < limit)
			matchList.add(input.subSequence(index, input.length()).toString());
		int resultSize = matchList.size();
		if (limit == 0)
			while (resultSize > 0 && matchList.get(resultSize - 1).isEmpty())
				resultSize--;
		String[] result = new String[resultSize];
		for (int i = 0; i < resultSize; i++)
			result[i] = matchList.get(i);
		return result;
	}

	public String[] split(CharSequence input) {
		return split(input, 0);
	}

	/* ---------------------------------------------------------------- parsing */

	private PatternSyntaxException error(String desc, int index) {
		return new PatternSyntaxException(desc, pattern, index);
	}

	private boolean has(int f) {
		return (flags & f) != 0;
	}

	private boolean more() {
		skipComments();
		return pos < pattern.length();
	}

	private char peek() {
		return pattern.charAt(pos);
	}

	private void skipComments() {
		if (!has(COMMENTS))
			return;
		while (pos < pattern.length()) {
			char c = pattern.charAt(pos);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
				pos++;
			} else if (c == '#') {
				while (pos < pattern.length() && pattern.charAt(pos) != '\n')
					pos++;
			} else {
				break;
			}
		}
	}

	/* a chain of nodes being built: head .. tail */
	static final class Seq {
		Node head, tail;

		void add(Node n) {
			if (head == null)
				head = n;
			else
				tail.next = n;
			tail = n;
			while (tail.next != null)
				tail = tail.next;
		}

		void add(Seq s) {
			if (s.head == null)
				return;
			if (head == null)
				head = s.head;
			else
				tail.next = s.head;
			tail = s.tail;
		}
	}

	private Seq parseExpr() {
		List<Seq> alts = new ArrayList<Seq>();
		alts.add(parseAlt());
		while (more() && peek() == '|') {
			pos++;
			alts.add(parseAlt());
		}
		if (alts.size() == 1)
			return alts.get(0);
		Branch b = new Branch(alts.size());
		Join join = new Join();
		for (int i = 0; i < alts.size(); i++) {
			Seq s = alts.get(i);
			s.add(join);
			b.alts[i] = s.head;
		}
		Seq r = new Seq();
		r.add(b);
		r.head = b;
		r.tail = join;
		return r;
	}

	private Seq parseAlt() {
		Seq s = new Seq();
		while (more()) {
			char c = peek();
			if (c == '|' || c == ')')
				break;
			Seq atom = parseAtom();
			if (atom == null)
				continue;
			s.add(parseQuantifier(atom));
		}
		return s;
	}

	private static Seq single(Node n) {
		Seq s = new Seq();
		s.add(n);
		return s;
	}

	private Seq parseAtom() {
		int start = pos;
		char c = pattern.charAt(pos++);
		switch (c) {
		case '(':
			return parseGroup();
		case '[':
			return single(parseClass());
		case '.':
			return single(new Dot(has(DOTALL), has(UNIX_LINES)));
		case '^':
			return single(new Caret(has(MULTILINE), has(UNIX_LINES)));
		case '$':
			return single(new Dollar(has(MULTILINE), has(UNIX_LINES)));
		case '\\':
			return parseEscape(false);
		case '*':
		case '+':
		case '?':
			throw error("Dangling meta character '" + c + "'", start);
		case '{':
			throw error("Illegal repetition", start);
		default:
			return single(charNode(c));
		}
	}

	private Node charNode(int c) {
		return new Single(c, has(CASE_INSENSITIVE), has(UNICODE_CASE));
	}

	private Seq parseGroup() {
		int savedFlags = flags;
		int start = pos - 1;
		Seq body;
		Seq r;
		if (pos < pattern.length() && pattern.charAt(pos) == '?') {
			pos++;
			char k = pos < pattern.length() ? pattern.charAt(pos) : 0;
			if (k == ':') {
				pos++;
				body = parseExpr();
				r = body;
			} else if (k == '=' || k == '!') {
				pos++;
				body = parseExpr();
				body.add(new LookEnd());
				r = single(new Look(body.head, k == '!'));
			} else if (k == '<' && pos + 1 < pattern.length()
					&& (pattern.charAt(pos + 1) == '=' || pattern.charAt(pos + 1) == '!')) {
				boolean neg = pattern.charAt(pos + 1) == '!';
				pos += 2;
				body = parseExpr();
				int[] len = lengths(body.head, null);
				if (len[1] < 0)
					throw error("Look-behind group does not have an obvious maximum length", pos);
				body.add(new BehindEnd());
				r = single(new Behind(body.head, neg, len[0], len[1]));
			} else if (k == '<') {
				pos++;
				int e = pattern.indexOf('>', pos);
				if (e < 0)
					throw error("named capturing group is missing trailing '>'", pos);
				String name = pattern.substring(pos, e);
				pos = e + 1;
				int g = ++groupCount;
				if (namedGroups.containsKey(name))
					throw error("Named capturing group <" + name + "> is already defined", pos - 1);
				namedGroups.put(name, Integer.valueOf(g));
				body = parseExpr();
				r = capture(g, body);
			} else if (k == '>') {
				pos++;
				body = parseExpr();
				r = body;
			} else {
				/* flags: (?imsx-imsx) or (?imsx-imsx:X) */
				boolean on = true;
				while (pos < pattern.length()) {
					char f = pattern.charAt(pos);
					int bit = f == 'i' ? CASE_INSENSITIVE : f == 'm' ? MULTILINE : f == 's' ? DOTALL
							: f == 'x' ? COMMENTS : f == 'u' ? UNICODE_CASE : f == 'd' ? UNIX_LINES
							: f == 'U' ? UNICODE_CHARACTER_CLASS : 0;
					if (f == '-') {
						on = false;
					} else if (bit != 0) {
						flags = on ? flags | bit : flags & ~bit;
					} else {
						break;
					}
					pos++;
				}
				if (pos >= pattern.length())
					throw error("Unclosed group", pos);
				char f = pattern.charAt(pos++);
				if (f == ')')
					return null; /* the flags hold to the end of the enclosing group */
				if (f != ':')
					throw error("Unknown inline modifier", pos - 1);
				body = parseExpr();
				r = body;
			}
		} else {
			int g = ++groupCount;
			body = parseExpr();
			r = capture(g, body);
		}
		if (pos >= pattern.length() || pattern.charAt(pos) != ')')
			throw error("Unclosed group", pattern.length());
		pos++;
		flags = savedFlags;
		return r;
	}

	private static Seq capture(int g, Seq body) {
		Seq r = new Seq();
		r.add(new GroupHead(g));
		r.add(body);
		r.add(new GroupTail(g));
		return r;
	}

	private Seq parseQuantifier(Seq atom) {
		if (!more())
			return atom;
		char c = peek();
		int min, max;
		int start = pos;
		if (c == '*') {
			min = 0;
			max = Integer.MAX_VALUE;
			pos++;
		} else if (c == '+') {
			min = 1;
			max = Integer.MAX_VALUE;
			pos++;
		} else if (c == '?') {
			min = 0;
			max = 1;
			pos++;
		} else if (c == '{') {
			pos++;
			int n = parseInt();
			if (n < 0)
				throw error("Illegal repetition", pos);
			min = max = n;
			if (pos < pattern.length() && pattern.charAt(pos) == ',') {
				pos++;
				int m = parseInt();
				max = m < 0 ? Integer.MAX_VALUE : m;
			}
			if (pos >= pattern.length() || pattern.charAt(pos) != '}')
				throw error("Unclosed counted closure", pos);
			pos++;
			if (max < min)
				throw error("Illegal repetition range", pos - 1);
		} else {
			return atom;
		}
		int kind = 0;
		if (pos < pattern.length() && pattern.charAt(pos) == '?') {
			kind = 1;
			pos++;
		} else if (pos < pattern.length() && pattern.charAt(pos) == '+') {
			kind = 2;
			pos++;
		}
		if (atom.head == atom.tail && atom.head instanceof CharProperty)
			return single(new CharRepeat((CharProperty) atom.head, min, max, kind));
		if (atom.head == null)
			return atom;
		Loop loop = new Loop(loopCount++, min, max, kind);
		atom.add(new LoopTail(loop));
		loop.body = atom.head;
		Seq r = new Seq();
		r.head = r.tail = loop;
		return r;
	}

	private int parseInt() {
		int start = pos, v = 0;
		while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
			v = v * 10 + (pattern.charAt(pos) - '0');
			pos++;
		}
		return pos == start ? -1 : v;
	}

	/* An escape after '\\': in a class (inClass) only character escapes
	 * and classes are allowed. */
	private Seq parseEscape(boolean inClass) {
		if (pos >= pattern.length())
			throw error("Unexpected internal error", pos);
		int start = pos - 1;
		char c = pattern.charAt(pos++);
		switch (c) {
		case 'd':
		case 'D':
		case 's':
		case 'S':
		case 'w':
		case 'W':
		case 'h':
		case 'H':
		case 'v':
		case 'V':
			return single(Predefined.of(c));
		case 'p':
		case 'P':
			return single(parseProperty(c == 'P'));
		case 'b':
			if (inClass)
				throw error("Illegal/unsupported escape sequence", pos - 1);
			return single(new WordBoundary(false));
		case 'B':
			return single(new WordBoundary(true));
		case 'A':
			return single(new Begin());
		case 'z':
			return single(new End(false, has(UNIX_LINES)));
		case 'Z':
			return single(new End(true, has(UNIX_LINES)));
		case 'G':
			return single(new Begin());
		case 'Q': {
			int e = pattern.indexOf("\\E", pos);
			String lit = e < 0 ? pattern.substring(pos) : pattern.substring(pos, e);
			pos = e < 0 ? pattern.length() : e + 2;
			Seq s = new Seq();
			for (int i = 0; i < lit.length(); i++)
				s.add(charNode(lit.charAt(i)));
			return s;
		}
		case 'k': {
			if (pos >= pattern.length() || pattern.charAt(pos) != '<')
				throw error("\\k is not followed by '<' for named capturing group", pos);
			int e = pattern.indexOf('>', pos);
			String name = pattern.substring(pos + 1, e < 0 ? pattern.length() : e);
			pos = e + 1;
			Integer g = namedGroups.get(name);
			if (g == null)
				throw error("named capturing group <" + name + "> does not exist", pos - 1);
			return single(new BackRef(g.intValue(), has(CASE_INSENSITIVE)));
		}
		default:
			if (c >= '1' && c <= '9' && !inClass) {
				int g = c - '0';
				while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9'
						&& g * 10 + (pattern.charAt(pos) - '0') <= groupCount) {
					g = g * 10 + (pattern.charAt(pos) - '0');
					pos++;
				}
				return single(new BackRef(g, has(CASE_INSENSITIVE)));
			}
			pos--;
			int ch = escapedChar(start);
			return single(charNode(ch));
		}
	}

	/* the character a character escape stands for (pos at its letter) */
	private int escapedChar(int start) {
		char c = pattern.charAt(pos++);
		switch (c) {
		case 't':
			return '\t';
		case 'n':
			return '\n';
		case 'r':
			return '\r';
		case 'f':
			return '\f';
		case 'a':
			return 0x07;
		case 'e':
			return 0x1b;
		case '0': {
			int v = 0, n = 0;
			while (n < 3 && pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '7'
					&& v * 8 + (pattern.charAt(pos) - '0') <= 0377) {
				v = v * 8 + (pattern.charAt(pos++) - '0');
				n++;
			}
			if (n == 0)
				throw error("Illegal octal escape sequence", pos);
			return v;
		}
		case 'x': {
			if (pos < pattern.length() && pattern.charAt(pos) == '{') {
				int e = pattern.indexOf('}', pos);
				int v = Integer.parseInt(pattern.substring(pos + 1, e), 16);
				pos = e + 1;
				return v;
			}
			return hex(2);
		}
		case 'u':
			return hex(4);
		case 'c':
			return pattern.charAt(pos++) ^ 64;
		default:
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				throw error("Illegal/unsupported escape sequence", pos - 1);
			return c;
		}
	}

	private int hex(int n) {
		if (pos + n > pattern.length())
			throw error("Illegal hexadecimal escape sequence", pos);
		int v = 0;
		for (int i = 0; i < n; i++) {
			int d = Character.digit(pattern.charAt(pos++), 16);
			if (d < 0)
				throw error("Illegal hexadecimal escape sequence", pos - 1);
			v = v * 16 + d;
		}
		return v;
	}

	private CharProperty parseProperty(boolean negate) {
		String name;
		if (pos < pattern.length() && pattern.charAt(pos) == '{') {
			int e = pattern.indexOf('}', pos);
			if (e < 0)
				throw error("Unclosed character family", pattern.length());
			name = pattern.substring(pos + 1, e);
			pos = e + 1;
		} else {
			name = pattern.substring(pos, pos + 1);
			pos++;
		}
		if (name.startsWith("Is"))
			name = name.substring(2);
		if (name.startsWith("general_category=") || name.startsWith("gc="))
			name = name.substring(name.indexOf('=') + 1);
		int kind = Prop.kindOf(name);
		if (kind < 0)
			throw error("Unknown character property name {" + name + "}", pos - 1);
		return new Prop(kind, negate);
	}

	/* '[' ... ']' (pos after the '['): members, then "&&" intersections */
	private CharProperty parseClass() {
		CharClass cls = new CharClass(has(CASE_INSENSITIVE), has(UNICODE_CASE));
		boolean negated = false;
		if (pos < pattern.length() && pattern.charAt(pos) == '^') {
			negated = true;
			pos++;
		}
		parseMembers(cls, true);
		CharClass result = cls;
		while (pos + 1 < pattern.length() && pattern.charAt(pos) == '&' && pattern.charAt(pos + 1) == '&') {
			pos += 2;
			CharClass right = new CharClass(has(CASE_INSENSITIVE), has(UNICODE_CASE));
			parseMembers(right, false);
			CharClass both = new CharClass(false, false);
			both.intersect = new CharProperty[] { result, right };
			result = both;
		}
		if (pos >= pattern.length())
			throw error("Unclosed character class", pattern.length() - 1);
		pos++; /* the ']' */
		result.negated = negated;
		return result;
	}

	/* members of a class up to (not past) its ']' or an "&&" */
	private void parseMembers(CharClass cls, boolean first) {
		for (;;) {
			if (pos >= pattern.length())
				throw error("Unclosed character class", pattern.length() - 1);
			char c = pattern.charAt(pos);
			if (c == ']' && !first)
				return;
			if (c == '&' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '&')
				return;
			first = false;
			if (c == '[') {
				pos++;
				cls.others.add(parseClass());
				continue;
			}
			int lo;
			if (c == '\\') {
				pos++;
				if (pos >= pattern.length())
					throw error("Unclosed character class", pattern.length() - 1);
				if ("dDsSwWhHvVpP".indexOf(pattern.charAt(pos)) >= 0) {
					cls.others.add((CharProperty) parseEscape(true).head);
					continue;
				}
				lo = escapedChar(pos - 1);
			} else {
				lo = c;
				pos++;
			}
			if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
				pos++;
				int hi;
				char d = pattern.charAt(pos);
				if (d == '\\') {
					pos++;
					hi = escapedChar(pos - 1);
				} else if (d == '[') {
					throw error("Illegal character range", pos);
				} else {
					hi = d;
					pos++;
				}
				if (hi < lo)
					throw error("Illegal character range", pos - 1);
				cls.addRange(lo, hi);
			} else {
				cls.addRange(lo, lo);
			}
		}
	}

	/* {min, max} length in units of the chain from n up to end (max -1:
	 * unbounded), for lookbehind */
	static int[] lengths(Node n, Node end) {
		int min = 0, max = 0;
		for (; n != null && n != end; n = n.next) {
			if (n instanceof CharProperty) {
				min++;
				max = max < 0 ? -1 : max + 1;
			} else if (n instanceof CharRepeat) {
				CharRepeat r = (CharRepeat) n;
				min += r.min;
				max = (max < 0 || r.max == Integer.MAX_VALUE) ? -1 : max + r.max;
			} else if (n instanceof Branch) {
				Branch b = (Branch) n;
				int bmin = Integer.MAX_VALUE, bmax = 0;
				Node join = null;
				for (Node a = b.alts[0]; a != null; a = a.next)
					if (a instanceof Join)
						join = a;
				for (int i = 0; i < b.alts.length; i++) {
					int[] l = lengths(b.alts[i], join);
					bmin = Math.min(bmin, l[0]);
					bmax = (bmax < 0 || l[1] < 0) ? -1 : Math.max(bmax, l[1]);
				}
				min += bmin;
				max = (max < 0 || bmax < 0) ? -1 : max + bmax;
				n = join;
			} else if (n instanceof Loop) {
				Loop l = (Loop) n;
				LoopTail t = null;
				for (Node x = l.body; x != null; x = x.next)
					if (x instanceof LoopTail && ((LoopTail) x).loop == l) {
						t = (LoopTail) x;
						break;
					}
				int[] len = lengths(l.body, t);
				min += len[0] * l.min;
				max = (max < 0 || len[1] < 0 || l.max == Integer.MAX_VALUE) ? -1 : max + len[1] * l.max;
			} else if (n instanceof BackRef) {
				max = -1;
			}
		}
		return new int[] { min, max };
	}

	/* ---------------------------------------------------------------- nodes */

	static boolean isLineTerminator(int c, boolean unixLines) {
		if (unixLines)
			return c == '\n';
		return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
	}

	static boolean isWord(int c) {
		return c == '_' || Character.isLetterOrDigit(c);
	}

	static class Node {
		Node next;

		boolean match(Matcher m, int i, CharSequence s) {
			return next.match(m, i, s);
		}
	}

	/* end of the whole pattern */
	static final class Accept extends Node {
		boolean match(Matcher m, int i, CharSequence s) {
			if (m.requireEnd && i != m.to)
				return false;
			m.last = i;
			return true;
		}
	}

	/* a node matching one unit */
	abstract static class CharProperty extends Node {
		abstract boolean is(int c);

		boolean match(Matcher m, int i, CharSequence s) {
			return i < m.to && is(s.charAt(i)) && next.match(m, i + 1, s);
		}
	}

	static int fold(int c, boolean unicode) {
		if (unicode)
			return Character.toLowerCase(Character.toUpperCase(c));
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	}

	static final class Single extends CharProperty {
		final int c;
		final boolean ci, unicode;

		Single(int c, boolean ci, boolean unicode) {
			this.c = ci ? fold(c, unicode) : c;
			this.ci = ci;
			this.unicode = unicode;
		}

		boolean is(int x) {
			return (ci ? fold(x, unicode) : x) == c;
		}
	}

	static final class Dot extends CharProperty {
		final boolean all, unix;

		Dot(boolean all, boolean unix) {
			this.all = all;
			this.unix = unix;
		}

		boolean is(int c) {
			return all || !isLineTerminator(c, unix);
		}
	}

	static final class Predefined extends CharProperty {
		final char kind;

		Predefined(char kind) {
			this.kind = kind;
		}

		static Predefined of(char c) {
			return new Predefined(c);
		}

		boolean is(int c) {
			switch (kind) {
			case 'd':
				return c >= '0' && c <= '9';
			case 'D':
				return !(c >= '0' && c <= '9');
			case 's':
				return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
			case 'S':
				return !(c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r');
			case 'w':
				return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
			case 'W':
				return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
			case 'h':
				return c == ' ' || c == '\t' || c == 0xa0 || c == 0x1680 || c == 0x180e
						|| (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000;
			case 'H':
				return !(c == ' ' || c == '\t' || c == 0xa0 || c == 0x1680 || c == 0x180e
						|| (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000);
			case 'v':
				return c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
			default:
				return !(c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029);
			}
		}
	}

	static final class Prop extends CharProperty {
		static final String[] NAMES = { "L", "Lu", "Ll", "Lt", "N", "Nd", "Alpha", "Digit", "Alnum", "Upper",
			"Lower", "Punct", "Space", "Alphabetic", "Letter", "Graph", "Print", "Blank", "Cntrl", "XDigit",
			"ASCII", "javaLowerCase", "javaUpperCase", "javaWhitespace", "javaLetter", "javaDigit",
			"javaLetterOrDigit", "White_Space", "LC", "P", "Z", "Zs", "Ideographic", "Uppercase", "Lowercase" };
		final int kind;
		final boolean negate;

		Prop(int kind, boolean negate) {
			this.kind = kind;
			this.negate = negate;
		}

		static int kindOf(String name) {
			for (int i = 0; i < NAMES.length; i++)
				if (NAMES[i].equals(name))
					return i;
			return -1;
		}

		static boolean punct(int c) {
			return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
					|| (c >= '{' && c <= '~');
		}

		boolean is(int c) {
			return test(c) != negate;
		}

		private boolean test(int c) {
			switch (kind) {
			case 0:
			case 14:
			case 24:
				return Character.isLetter(c);
			case 1:
			case 33:
			case 22:
				return Character.isUpperCase(c);
			case 2:
			case 34:
			case 21:
				return Character.isLowerCase(c);
			case 3:
				return Character.isTitleCase(c);
			case 4:
			case 5:
			case 25:
				return Character.isDigit(c);
			case 6:
				return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			case 7:
				return c >= '0' && c <= '9';
			case 8:
				return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
			case 9:
				return c >= 'A' && c <= 'Z';
			case 10:
				return c >= 'a' && c <= 'z';
			case 11:
				return punct(c);
			case 12:
				return c == ' ' || (c >= 0x09 && c <= 0x0d);
			case 13:
				return Character.isAlphabetic(c);
			case 15:
				return c > ' ' && c < 0x7f;
			case 16:
				return c >= ' ' && c < 0x7f;
			case 17:
				return c == ' ' || c == '\t';
			case 18:
				return c < ' ' || c == 0x7f;
			case 19:
				return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			case 20:
				return c < 128;
			case 23:
			case 27:
				return Character.isWhitespace(c);
			case 26:
				return Character.isLetterOrDigit(c);
			case 28:
				return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
			case 29:
				return punct(c) && c != '$' && c != '+' && c != '<' && c != '=' && c != '>' && c != '^'
						&& c != '`' && c != '|' && c != '~';
			case 30:
				return Character.isSpaceChar(c);
			case 31:
				return Character.getType(c) == Character.SPACE_SEPARATOR;
			default:
				return Character.isIdeographic(c);
			}
		}
	}

	static final class CharClass extends CharProperty {
		final boolean[] ascii = new boolean[128];
		int[] ranges = new int[0];
		final List<CharProperty> others = new ArrayList<CharProperty>();
		CharProperty[] intersect;
		boolean negated;
		final boolean ci, unicode;

		CharClass(boolean ci, boolean unicode) {
			this.ci = ci;
			this.unicode = unicode;
		}

		void addRange(int lo, int hi) {
			for (int c = lo; c <= hi && c < 128; c++)
				ascii[c] = true;
			if (hi >= 128) {
				int[] r = new int[ranges.length + 2];
				System.arraycopy(ranges, 0, r, 0, ranges.length);
				r[ranges.length] = Math.max(lo, 128);
				r[ranges.length + 1] = hi;
				ranges = r;
			}
		}

		private boolean in(int c) {
			if (c < 128) {
				if (ascii[c])
					return true;
			} else {
				for (int i = 0; i < ranges.length; i += 2)
					if (c >= ranges[i] && c <= ranges[i + 1])
						return true;
			}
			for (int i = 0; i < others.size(); i++)
				if (others.get(i).is(c))
					return true;
			return false;
		}

		private boolean test(int c) {
			if (intersect != null) {
				for (int i = 0; i < intersect.length; i++)
					if (!intersect[i].is(c))
						return false;
				return true;
			}
			if (in(c))
				return true;
			if (ci) {
				int u = unicode ? Character.toUpperCase(c) : (c >= 'a' && c <= 'z' ? c - 32 : c);
				int l = unicode ? Character.toLowerCase(c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
				return (u != c && in(u)) || (l != c && in(l));
			}
			return false;
		}

		boolean is(int c) {
			return test(c) != negated;
		}
	}

	/* X{min,max} of a one-unit X, without recursion per repetition */
	static final class CharRepeat extends Node {
		final CharProperty p;
		final int min, max, kind;

		CharRepeat(CharProperty p, int min, int max, int kind) {
			this.p = p;
			this.min = min;
			this.max = max;
			this.kind = kind;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int limit = m.to;
			if (kind == 1) {
				int k = 0;
				for (; k < min; k++)
					if (i + k >= limit || !p.is(s.charAt(i + k)))
						return false;
				for (;;) {
					if (next.match(m, i + k, s))
						return true;
					if (k >= max || i + k >= limit || !p.is(s.charAt(i + k)))
						return false;
					k++;
				}
			}
			int n = 0;
			while (n < max && i + n < limit && p.is(s.charAt(i + n)))
				n++;
			if (n < min)
				return false;
			if (kind == 2)
				return next.match(m, i + n, s);
			for (int k = n; k >= min; k--)
				if (next.match(m, i + k, s))
					return true;
			return false;
		}
	}

	/* (X){min,max}: the body ends in a LoopTail back to this loop */
	static final class Loop extends Node {
		final int id, min, max, kind;
		Node body;

		Loop(int id, int min, int max, int kind) {
			this.id = id;
			this.min = min;
			this.max = max;
			this.kind = kind;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int savedCount = m.loopCount[id], savedStart = m.loopStart[id];
			m.loopCount[id] = 0;
			boolean r = step(m, i, s);
			m.loopCount[id] = savedCount;
			m.loopStart[id] = savedStart;
			return r;
		}

		boolean step(Matcher m, int i, CharSequence s) {
			int c = m.loopCount[id];
			if (c < min)
				return body(m, i, s);
			if (kind == 1)
				return next.match(m, i, s) || (c < max && body(m, i, s));
			return (c < max && body(m, i, s)) || next.match(m, i, s);
		}

		private boolean body(Matcher m, int i, CharSequence s) {
			int saved = m.loopStart[id];
			m.loopStart[id] = i;
			boolean r = body.match(m, i, s);
			m.loopStart[id] = saved;
			return r;
		}
	}

	static final class LoopTail extends Node {
		final Loop loop;

		LoopTail(Loop loop) {
			this.loop = loop;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int id = loop.id;
			int c = m.loopCount[id];
			if (i == m.loopStart[id] && c >= loop.min)
				return false; /* an empty iteration: no progress */
			m.loopCount[id] = c + 1;
			boolean r = loop.step(m, i, s);
			m.loopCount[id] = c;
			return r;
		}
	}

	static final class GroupHead extends Node {
		final int g;

		GroupHead(int g) {
			this.g = g;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int saved = m.groupStart[g];
			m.groupStart[g] = i;
			boolean r = next.match(m, i, s);
			m.groupStart[g] = saved;
			return r;
		}
	}

	static final class GroupTail extends Node {
		final int g;

		GroupTail(int g) {
			this.g = g;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int s0 = m.groups[2 * g], e0 = m.groups[2 * g + 1];
			m.groups[2 * g] = m.groupStart[g];
			m.groups[2 * g + 1] = i;
			if (next.match(m, i, s))
				return true;
			m.groups[2 * g] = s0;
			m.groups[2 * g + 1] = e0;
			return false;
		}
	}

	static final class Branch extends Node {
		final Node[] alts;

		Branch(int n) {
			alts = new Node[n];
		}

		boolean match(Matcher m, int i, CharSequence s) {
			for (int k = 0; k < alts.length; k++)
				if (alts[k].match(m, i, s))
					return true;
			return false;
		}
	}

	/* where a Branch's alternatives meet */
	static final class Join extends Node {
	}

	static final class LookEnd extends Node {
		boolean match(Matcher m, int i, CharSequence s) {
			return true;
		}
	}

	static final class Look extends Node {
		final Node body;
		final boolean negate;

		Look(Node body, boolean negate) {
			this.body = body;
			this.negate = negate;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int savedTo = m.to;
			boolean savedEnd = m.requireEnd;
			int[] saved = m.groups.clone();
			m.requireEnd = false;
			m.to = m.transparentTo;
			boolean found = body.match(m, i, s);
			m.to = savedTo;
			m.requireEnd = savedEnd;
			if (negate) {
				System.arraycopy(saved, 0, m.groups, 0, saved.length);
				return !found && next.match(m, i, s);
			}
			if (found && next.match(m, i, s))
				return true;
			System.arraycopy(saved, 0, m.groups, 0, saved.length);
			return false;
		}
	}

	static final class BehindEnd extends Node {
		boolean match(Matcher m, int i, CharSequence s) {
			return i == m.lookbehindTo;
		}
	}

	static final class Behind extends Node {
		final Node body;
		final boolean negate;
		final int min, max;

		Behind(Node body, boolean negate, int min, int max) {
			this.body = body;
			this.negate = negate;
			this.min = min;
			this.max = max;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int savedTarget = m.lookbehindTo;
			boolean savedEnd = m.requireEnd;
			int[] saved = m.groups.clone();
			m.lookbehindTo = i;
			m.requireEnd = false;
			boolean found = false;
			int lowest = Math.max(m.transparentFrom, i - max);
			for (int j = i - min; j >= lowest && !found; j--)
				found = body.match(m, j, s);
			m.lookbehindTo = savedTarget;
			m.requireEnd = savedEnd;
			if (negate) {
				System.arraycopy(saved, 0, m.groups, 0, saved.length);
				return !found && next.match(m, i, s);
			}
			if (found && next.match(m, i, s))
				return true;
			System.arraycopy(saved, 0, m.groups, 0, saved.length);
			return false;
		}
	}

	static final class BackRef extends Node {
		final int g;
		final boolean ci;

		BackRef(int g, boolean ci) {
			this.g = g;
			this.ci = ci;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			if (2 * g + 1 >= m.groups.length)
				return false;
			int b = m.groups[2 * g], e = m.groups[2 * g + 1];
			if (b < 0)
				return false;
			int n = e - b;
			if (i + n > m.to)
				return false;
			for (int k = 0; k < n; k++) {
				char x = s.charAt(b + k), y = s.charAt(i + k);
				if (x != y && !(ci && fold(x, false) == fold(y, false)))
					return false;
			}
			return next.match(m, i + n, s);
		}
	}

	static final class Caret extends Node {
		final boolean multiline, unix;

		Caret(boolean multiline, boolean unix) {
			this.multiline = multiline;
			this.unix = unix;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int from = m.anchoringFrom;
			if (i == from)
				return next.match(m, i, s);
			if (!multiline || i >= m.to)
				return false;
			char c = s.charAt(i - 1);
			if (!isLineTerminator(c, unix))
				return false;
			if (c == '\r' && s.charAt(i) == '\n')
				return false;
			return next.match(m, i, s);
		}
	}

	static final class Dollar extends Node {
		final boolean multiline, unix;

		Dollar(boolean multiline, boolean unix) {
			this.multiline = multiline;
			this.unix = unix;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int end = m.anchoringTo;
			if (i == end)
				return next.match(m, i, s);
			if (i > end)
				return false;
			char c = s.charAt(i);
			if (multiline) {
				if (!isLineTerminator(c, unix))
					return false;
				if (c == '\n' && i > 0 && s.charAt(i - 1) == '\r')
					return false;
				return next.match(m, i, s);
			}
			/* before a line terminator that ends the input */
			if (c == '\r' && i + 2 == end && s.charAt(i + 1) == '\n' && !unix)
				return next.match(m, i, s);
			if (i + 1 == end && isLineTerminator(c, unix) && !(c == '\n' && i > 0 && s.charAt(i - 1) == '\r' && !unix))
				return next.match(m, i, s);
			return false;
		}
	}

	static final class Begin extends Node {
		boolean match(Matcher m, int i, CharSequence s) {
			return i == m.anchoringFrom && next.match(m, i, s);
		}
	}

	static final class End extends Node {
		final boolean beforeFinal, unix;

		End(boolean beforeFinal, boolean unix) {
			this.beforeFinal = beforeFinal;
			this.unix = unix;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			int end = m.anchoringTo;
			if (i == end)
				return next.match(m, i, s);
			if (!beforeFinal || i > end)
				return false;
			char c = s.charAt(i);
			if (c == '\r' && i + 2 == end && s.charAt(i + 1) == '\n' && !unix)
				return next.match(m, i, s);
			if (i + 1 == end && isLineTerminator(c, unix))
				return next.match(m, i, s);
			return false;
		}
	}

	static final class WordBoundary extends Node {
		final boolean negate;

		WordBoundary(boolean negate) {
			this.negate = negate;
		}

		boolean match(Matcher m, int i, CharSequence s) {
			boolean left = i > m.transparentFrom && isWord(s.charAt(i - 1));
			boolean right = i < m.transparentTo && isWord(s.charAt(i));
			return ((left != right) != negate) && next.match(m, i, s);
		}
	}
}
