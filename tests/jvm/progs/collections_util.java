// java.util.Collections: sort (natural and with a comparator; stable),
// reverse, shuffle with a seeded Random (the JDK's exact permutation),
// swap, max and min (natural and with a comparator), frequency,
// unmodifiableList/Map/Set (reads work, writes throw
// UnsupportedOperationException, the view follows the original),
// emptyList/singletonList/nCopies, addAll, binarySearch, rotate, fill,
// and reverseOrder.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

public class collections_util {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            nums.add(i);
        }
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffled " + nums);
        Collections.shuffle(nums, new Random(7));
        System.out.println("again    " + nums);
        List<String> letters = new ArrayList<>(Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h"));
        Collections.shuffle(letters, new Random(0));
        System.out.println(letters);
        Collections.sort(nums);
        System.out.println("sorted " + nums);
        Collections.reverse(nums);
        System.out.println("reversed " + nums);
        Collections.sort(nums, (x, y) -> Integer.compare(x % 5, y % 5));
        System.out.println("by mod 5 (stable) " + nums);
        Collections.swap(nums, 0, 19);
        System.out.println("max " + Collections.max(nums) + " min " + Collections.min(nums) + " max by mod 7 " + Collections.max(nums, Comparator.comparing(x -> x % 7)) + " min by neg " + Collections.min(nums, Comparator.comparing(x -> -x)));
        List<String> words = new ArrayList<>(Arrays.asList("to", "be", "or", "not", "to", "be", "that", "is", "to"));
        System.out.println("frequency of to " + Collections.frequency(words, "to") + " of xyz " + Collections.frequency(words, "xyz"));
        Collections.sort(words);
        System.out.println(words + " search " + Collections.binarySearch(words, "or") + " " + Collections.binarySearch(words, "pp"));
        Collections.sort(words, Collections.reverseOrder());
        System.out.println(words);
        Collections.rotate(words, 2);
        System.out.println("rotated " + words);
        List<String> ro = Collections.unmodifiableList(words);
        System.out.println(ro.get(0) + " " + ro.size() + " " + ro.contains("is"));
        String[] ops = {"add", "set", "remove", "clear", "sort", "iterator.remove"};
        for (String op : ops) {
            try {
                switch (op) {
                    case "add":
                        ro.add("x");
                        break;
                    case "set":
                        ro.set(0, "x");
                        break;
                    case "remove":
                        ro.remove(0);
                        break;
                    case "clear":
                        ro.clear();
                        break;
                    case "sort":
                        Collections.sort(ro);
                        break;
                    default:
                        java.util.Iterator<String> it = ro.iterator();
                        it.next();
                        it.remove();
                }
                System.out.println(op + " allowed?");
            } catch (UnsupportedOperationException e) {
                System.out.println(op + ": UnsupportedOperationException");
            }
        }
        words.add("new");
        System.out.println("view follows: " + ro.size() + " " + ro.get(ro.size() - 1));
        Map<String, Integer> m = new HashMap<>();
        m.put("k", 1);
        Map<String, Integer> rm = Collections.unmodifiableMap(m);
        try {
            rm.put("j", 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiableMap put: UnsupportedOperationException " + rm.get("k"));
        }
        try {
            Collections.unmodifiableSet(new java.util.HashSet<>(words)).add("z");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiableSet add: UnsupportedOperationException");
        }
        List<Object> empty = Collections.emptyList();
        List<String> one = Collections.singletonList("only");
        List<String> copies = Collections.nCopies(3, "ab");
        System.out.println(empty + " " + empty.size() + " " + one + " " + copies + " " + String.join("", copies));
        try {
            one.add("two");
        } catch (UnsupportedOperationException e) {
            System.out.println("singletonList add: UnsupportedOperationException");
        }
        List<Integer> target = new ArrayList<>();
        Collections.addAll(target, 5, 3, 9);
        Collections.addAll(target, new Integer[] {1, 2});
        System.out.println(target);
        Collections.fill(target, 0);
        System.out.println(target);
        List<String> names = new ArrayList<>(Arrays.asList("bob", "Alice", "carol", "Dave", "eve"));
        Collections.sort(names);
        System.out.println(names);
        Collections.sort(names, String.CASE_INSENSITIVE_ORDER);
        System.out.println(names);
        Random r = new Random(2024);
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 52; i++) {
            deck.add(i);
        }
        long check = 0;
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(deck, r);
            check = check * 1000003 + deck.get(0) * 52 + deck.get(51);
        }
        System.out.println("deck " + deck.subList(0, 10) + " " + check);
    }
}
