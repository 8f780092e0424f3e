// Sets, queues and deques: HashSet of strings and integers in the JDK's
// iteration order (and after removals and growth), LinkedHashSet,
// TreeSet with natural order and a comparator (first/last/floor/ceiling/
// headSet/tailSet/pollFirst/descendingSet), set algebra with addAll/
// retainAll/removeAll, ArrayDeque as a stack and as a queue (offer, poll,
// peek, push, pop, iteration order, descendingIterator, null refused),
// PriorityQueue (poll order, a comparator, ties) and a ConcurrentModification
// of a HashSet during iteration.
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

public class collections_set_deque {
    public static void main(String[] args) {
        Set<String> hs = new HashSet<>();
        for (String s : new String[] {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "and", "the", "cat"}) {
            hs.add(s);
        }
        System.out.println(hs + " " + hs.size() + " " + hs.contains("fox") + " " + hs.add("fox") + " " + hs.remove("the") + " " + hs.remove("the"));
        Set<Integer> is = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            is.add((i * 37) % 101 - 20);
        }
        System.out.println(is);
        is.removeIf(x -> x % 3 == 0);
        System.out.println(is);
        Set<String> lhs = new LinkedHashSet<>(Arrays.asList("z", "a", "m", "a", "b", "z"));
        System.out.println(lhs);
        TreeSet<String> ts = new TreeSet<>(hs);
        System.out.println(ts + " first " + ts.first() + " last " + ts.last() + " floor(m) " + ts.floor("m") + " ceiling(m) " + ts.ceiling("m") + " higher(fox) " + ts.higher("fox") + " lower(a) " + ts.lower("a"));
        System.out.println(ts.headSet("dog") + " " + ts.tailSet("over") + " " + ts.subSet("b", "l") + " " + ts.descendingSet());
        System.out.println(ts.pollFirst() + " " + ts.pollLast() + " " + ts);
        TreeSet<String> byLength = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLength.addAll(hs);
        System.out.println(byLength);
        Set<Integer> a = new TreeSet<>(Arrays.asList(1, 2, 3, 4, 5, 6));
        Set<Integer> b = new TreeSet<>(Arrays.asList(4, 5, 6, 7, 8));
        Set<Integer> union = new TreeSet<>(a);
        union.addAll(b);
        Set<Integer> inter = new TreeSet<>(a);
        inter.retainAll(b);
        Set<Integer> diff = new TreeSet<>(a);
        diff.removeAll(b);
        System.out.println(union + " " + inter + " " + diff + " " + a.containsAll(inter) + " " + a.equals(new HashSet<>(a)));
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            stack.push(i);
        }
        System.out.println(stack + " peek " + stack.peek() + " pop " + stack.pop() + " " + stack.pop() + " " + stack);
        Deque<String> q = new ArrayDeque<>();
        q.offer("a");
        q.offer("b");
        q.offerFirst("first");
        q.offerLast("last");
        q.addLast("end");
        System.out.println(q + " " + q.peekFirst() + " " + q.peekLast() + " " + q.poll() + " " + q.pollLast() + " " + q.size());
        StringBuilder desc = new StringBuilder();
        for (Iterator<String> it = q.descendingIterator(); it.hasNext();) {
            desc.append(it.next());
        }
        System.out.println("descending " + desc);
        try {
            q.add(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque refuses null");
        }
        System.out.println(new ArrayDeque<Integer>().poll() + " " + new ArrayDeque<Integer>().peek());
        try {
            new ArrayDeque<Integer>().pop();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("pop of empty: NoSuchElementException");
        }
        Deque<Integer> ring = new ArrayDeque<>();
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            ring.addLast(i);
            if (ring.size() > 7) {
                sum += ring.removeFirst() * (long) ring.peekLast();
            }
        }
        System.out.println("ring " + ring + " " + sum);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int x : new int[] {5, 1, 8, 3, 9, 2, 7, 1, 6}) {
            pq.add(x);
        }
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) {
            order.append(pq.poll()).append(' ');
        }
        System.out.println("pq " + order.toString().trim());
        PriorityQueue<String> ps = new PriorityQueue<>(Comparator.comparing(String::length).reversed());
        ps.addAll(Arrays.asList("bb", "a", "dddd", "ccc", "ee", "f"));
        System.out.print("by length desc:");
        while (!ps.isEmpty()) {
            System.out.print(" " + ps.poll().length());
        }
        System.out.println();
        PriorityQueue<int[]> tasks = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        for (int i = 0; i < 10; i++) {
            tasks.add(new int[] {i % 3, i});
        }
        StringBuilder tord = new StringBuilder();
        while (!tasks.isEmpty()) {
            int[] t = tasks.poll();
            tord.append(t[0]).append(':').append(t[1]).append(' ');
        }
        System.out.println(tord.toString().trim());
        try {
            for (Integer x : is) {
                if (x > 0) {
                    is.add(x + 1000);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("HashSet: ConcurrentModificationException");
        }
    }
}
