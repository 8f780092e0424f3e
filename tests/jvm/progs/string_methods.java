// The java.lang.String API: equals, equalsIgnoreCase, compareTo, indexOf
// and lastIndexOf in every form (from-index past the end, negative),
// startsWith with an offset, endsWith, contains, replace of chars and of
// sequences (every occurrence, empty target), trim, isEmpty, concat,
// toCharArray, valueOf of every type, join, charAt, substring, chars as
// numbers, matches-free splitting by hand, hashCode of literals, the
// String constructors, contentEquals, regionMatches, and identity: equal
// literals are one object, even in two classes; intern() returns it.
public class string_methods {
    static class Other {
        static String literal() {
            return "hello";
        }
    }

    public static void main(String[] args) {
        String s = "the quick brown fox jumps over the lazy dog";
        System.out.println(s.length() + " " + s.hashCode() + " " + "".hashCode() + " " + "a".hashCode() + " " + "polygenelubricants".hashCode());
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 13) + " " + s.indexOf('o', 100) + " " + s.indexOf('o', -5) + " " + s.indexOf('Z'));
        System.out.println(s.lastIndexOf('o') + " " + s.lastIndexOf('o', 40) + " " + s.lastIndexOf('o', -1) + " " + s.lastIndexOf('o', 1000));
        System.out.println(s.indexOf("the") + " " + s.indexOf("the", 1) + " " + s.lastIndexOf("the") + " " + s.indexOf("") + " " + s.indexOf("", 50) + " " + s.lastIndexOf("") + " " + s.indexOf("cat"));
        System.out.println(s.startsWith("the") + " " + s.startsWith("quick", 4) + " " + s.startsWith("quick", -1) + " " + s.endsWith("dog") + " " + s.endsWith("") + " " + s.contains("fox j") + " " + s.contains(""));
        System.out.println(s.replace('o', '0') + " | " + s.replace("the", "a") + " | " + "aaa".replace("aa", "b") + " | " + "abc".replace("", "-"));
        System.out.println("[" + "  padded \t\n".trim() + "] [" + "   ".trim() + "] [" + "x".trim() + "]");
        System.out.println("".isEmpty() + " " + " ".isEmpty() + " " + "ab".concat("cd") + " " + "ab".concat(""));
        System.out.println("Hello".equals("hello") + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "Hello".equals(null) + " " + "Hello".equalsIgnoreCase(null) + " " + "5".equals(5));
        System.out.println("apple".compareTo("banana") + " " + "apple".compareTo("app") + " " + "app".compareTo("apple") + " " + "B".compareTo("a") + " " + "B".compareToIgnoreCase("a") + " " + "".compareTo("x"));
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.5f) + String.valueOf(4.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf((Object) null) + String.valueOf(new char[] {'o', 'k'}));
        System.out.println(String.join(", ", "a", "b", "c") + " | " + String.join("", "x", "y") + " | " + String.join("/", java.util.Arrays.asList("p", "q")));
        char[] cs = s.toCharArray();
        int vowels = 0;
        for (char c : cs) {
            if ("aeiou".indexOf(c) >= 0) {
                vowels++;
            }
        }
        System.out.println("vowels " + vowels + " chars " + cs.length);
        java.util.List<String> words = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                words.add(s.substring(start, i));
                start = i + 1;
            }
        }
        System.out.println(words + " " + words.size());
        StringBuilder caps = new StringBuilder();
        for (String w : words) {
            caps.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
        }
        System.out.println(caps.toString().trim());
        System.out.println("MiXeD 123".toUpperCase() + " " + "MiXeD 123".toLowerCase());
        System.out.println(new String("copy") + " " + new String(new char[] {'a', 'b', 'c'}, 1, 2) + " " + new String(new StringBuilder("sb")) + " " + new String());
        String a = "hello";
        String b = new String("hello");
        System.out.println((a == b) + " " + a.equals(b) + " " + (a == b.intern()) + " " + (a == "hel" + "lo") + " " + (a == Other.literal()) + " " + (b == Other.literal()));
        System.out.println("abc".contentEquals(new StringBuilder("abc")) + " " + "Hello World".regionMatches(6, "World", 0, 5) + " " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5));
        System.out.println("a,b,,c".indexOf(",,"));
    }
}
