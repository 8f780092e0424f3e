// A word-frequency counter: a built-in text split into lower-case words by
// hand (letters and apostrophes; Cyrillic words too), counts in a TreeMap
// (alphabetical listing), the top 12 by count then alphabetically, words
// by length in a TreeMap<Integer, TreeSet<String>>, letter frequencies,
// and a HashMap<String, Integer> count that must agree with the TreeMap.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

public class prog_wordfreq {
    static final String TEXT =
        "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, "
        + "it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season "
        + "of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us, we had "
        + "nothing before us, we were all going direct to Heaven, we were all going direct the other way - in short, "
        + "the period was so far like the present period, that some of its noisiest authorities insisted on its being "
        + "received, for good or for evil, in the superlative degree of comparison only. There were a king with a large "
        + "jaw and a queen with a plain face, on the throne of England; there were a king with a large jaw and a queen "
        + "with a fair face, on the throne of France. It's a far, far better thing that I do, than I have ever done. "
        + "Мир, труд, май! Мир и труд.";

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && cur.length() > 0)) {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> ws = words(TEXT);
        System.out.println("words " + ws.size());
        TreeMap<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> hashed = new HashMap<>();
        for (String w : ws) {
            counts.merge(w, 1, Integer::sum);
            Integer old = hashed.get(w);
            hashed.put(w, old == null ? 1 : old + 1);
        }
        System.out.println("distinct " + counts.size() + " agree " + counts.equals(hashed));
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String item = e.getKey() + ":" + e.getValue() + " ";
            if (line.length() + item.length() > 78) {
                System.out.println(line.toString().trim());
                line.setLength(0);
            }
            line.append(item);
        }
        System.out.println(line.toString().trim());
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        System.out.println("top:");
        for (int i = 0; i < 12; i++) {
            Map.Entry<String, Integer> e = top.get(i);
            System.out.printf("%2d. %-8s %3d %s%n", i + 1, e.getKey(), e.getValue(), new String(new char[e.getValue()]).replace('\0', '#'));
        }
        TreeMap<Integer, TreeSet<String>> byLength = new TreeMap<>();
        for (String w : counts.keySet()) {
            byLength.computeIfAbsent(w.length(), k -> new TreeSet<>()).add(w);
        }
        for (Map.Entry<Integer, TreeSet<String>> e : byLength.descendingMap().entrySet()) {
            if (e.getKey() >= 9 || e.getKey() <= 2) {
                System.out.println(e.getKey() + ": " + e.getValue());
            }
        }
        int[] letters = new int[26];
        int other = 0;
        for (String w : ws) {
            for (char c : w.toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    letters[c - 'a']++;
                } else {
                    other++;
                }
            }
        }
        StringBuilder lf = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            if (letters[i] > 0) {
                lf.append((char) ('a' + i)).append(letters[i]).append(' ');
            }
        }
        System.out.println(lf.toString().trim() + " other " + other);
        System.out.println("first " + counts.firstKey() + " last " + counts.lastKey() + " floor(k) " + counts.floorKey("k") + " headMap(b) " + counts.headMap("b").size());
    }
}
