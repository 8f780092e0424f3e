// java.util maps: HashMap with String and Integer keys iterated in the
// JDK's order (hash spreading, bucket order, resizes at 12, 24, 48...,
// keys with colliding hashes, negative and large Integer keys, a null key),
// get/put/remove return values, getOrDefault, putIfAbsent, merge, compute,
// computeIfAbsent/IfPresent, containsKey/Value, keySet/values/entrySet
// views (removal through them), entry setValue; LinkedHashMap in insertion
// and access order with removeEldestEntry; TreeMap navigation.
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public class collections_map {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = {"banana", "apple", "cherry", "date", "elderberry", "fig", "grape", "Aa", "BB", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
            if (i == 5 || i == 12 || i == 16) {
                System.out.println(m);
            }
        }
        System.out.println(m.keySet());
        System.out.println(m.values());
        System.out.println(m.put("apple", 100) + " " + m.put("zucchini", 1) + " " + m.get("apple") + " " + m.get("nothing") + " " + m.remove("banana") + " " + m.remove("banana") + " " + m.size());
        System.out.println(m.getOrDefault("nothing", -1) + " " + m.putIfAbsent("apple", 5) + " " + m.putIfAbsent("avocado", 5) + " " + m.containsKey("avocado") + " " + m.containsValue(100) + " " + m.containsValue(1000));
        m.merge("apple", 1, Integer::sum);
        m.merge("new", 1, Integer::sum);
        m.compute("fig", (k, v) -> v == null ? 0 : v * 10);
        m.computeIfAbsent("kiwi", k -> 999);
        m.computeIfAbsent("lime", k -> k.length());
        m.computeIfPresent("date", (k, v) -> null);
        System.out.println(m);
        Map<Integer, String> im = new HashMap<>();
        int[] keys = {100, -1, 17, 0, 65536, 33, -100, 1 << 20, 49, Integer.MIN_VALUE, Integer.MAX_VALUE, 16, 32, 64, 5, 1000000};
        for (int k : keys) {
            im.put(k, "v" + k);
        }
        System.out.println(im);
        im.put(null, "null key");
        System.out.println(im.get(null) + " " + im.containsKey(null) + " first key " + im.keySet().iterator().next());
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 100; i += 3) {
            squares.put(i * i, i);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : squares.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println(sb.toString().trim());
        Iterator<Map.Entry<Integer, Integer>> it = squares.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Integer> e = it.next();
            if (e.getValue() % 2 == 1) {
                it.remove();
            } else {
                e.setValue(-e.getValue());
            }
        }
        squares.keySet().remove(0);
        squares.values().remove(-6);
        System.out.println(squares);
        Map<String, Integer> lhm = new LinkedHashMap<>();
        for (String w : words) {
            lhm.put(w, w.length());
        }
        lhm.put("banana", 0);
        lhm.remove("cherry");
        lhm.put("cherry", 1);
        System.out.println(lhm);
        Map<Integer, String> lru = new LinkedHashMap<Integer, String>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
                return size() > 4;
            }
        };
        for (int i = 1; i <= 6; i++) {
            lru.put(i, "p" + i);
            lru.get(3);
        }
        System.out.println("lru " + lru);
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String w : words) {
            tm.put(w, w.length());
        }
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.floorKey("c") + " " + tm.ceilingKey("c") + " " + tm.higherKey("cherry") + " " + tm.lowerKey("Aa") + " " + tm.headMap("banana") + " " + tm.tailMap("papaya") + " " + tm.subMap("d", "g"));
        System.out.println(tm.firstEntry().getValue() + " " + tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm.descendingMap().firstKey() + " " + tm.navigableKeySet().first() + " " + tm.size());
        TreeMap<Integer, String> ti = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int k : keys) {
            ti.put(k, "" + k);
        }
        System.out.println(ti.keySet());
        Map<String, Integer> copy = new HashMap<>(lhm);
        System.out.println(copy.equals(lhm) + " " + copy.hashCode() + " " + (copy.hashCode() == lhm.hashCode()) + " " + new HashMap<>().equals(new TreeMap<>()));
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) {
            counts.put(c, counts.getOrDefault(c, 0) + 1);
        }
        System.out.println(counts);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            big.put(i * 7919 % 10007, i);
        }
        long check = 0;
        int pos = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            check = check * 31 + e.getKey() * 3 + e.getValue() + pos++;
        }
        System.out.println("big " + big.size() + " " + check);
        m.clear();
        System.out.println(m + " " + m.isEmpty());
    }
}
