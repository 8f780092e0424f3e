// An LRU cache on a hand-written doubly linked list plus a HashMap from
// key to node: get moves to the front, put evicts the least recently used
// when full, with hit/miss/eviction counts; then the same workload on
// java.util.LinkedList (remove + addFirst) and on a LinkedHashMap in
// access order, all three agreeing on every answer.
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.Map;
import java.util.Random;

public class prog_lru {
    static final class Cache {
        final class Node {
            final int key;
            String value;
            Node prev, next;

            Node(int key, String value) {
                this.key = key;
                this.value = value;
            }
        }

        final int capacity;
        final Map<Integer, Node> index = new HashMap<>();
        final Node head = new Node(-1, null), tail = new Node(-1, null);
        int hits, misses, evictions;

        Cache(int capacity) {
            this.capacity = capacity;
            head.next = tail;
            tail.prev = head;
        }

        void unlink(Node n) {
            n.prev.next = n.next;
            n.next.prev = n.prev;
        }

        void pushFront(Node n) {
            n.next = head.next;
            n.prev = head;
            head.next.prev = n;
            head.next = n;
        }

        String get(int key) {
            Node n = index.get(key);
            if (n == null) {
                misses++;
                return null;
            }
            hits++;
            unlink(n);
            pushFront(n);
            return n.value;
        }

        void put(int key, String value) {
            Node n = index.get(key);
            if (n != null) {
                n.value = value;
                unlink(n);
                pushFront(n);
                return;
            }
            if (index.size() == capacity) {
                Node lru = tail.prev;
                unlink(lru);
                index.remove(lru.key);
                evictions++;
            }
            n = new Node(key, value);
            index.put(key, n);
            pushFront(n);
        }

        String order() {
            StringBuilder sb = new StringBuilder("[");
            for (Node n = head.next; n != tail; n = n.next) {
                sb.append(n.key).append(n.next != tail ? " " : "");
            }
            return sb.append(']').toString();
        }
    }

    static final class ListCache {
        final int capacity;
        final LinkedList<Integer> order = new LinkedList<>();
        final Map<Integer, String> values = new HashMap<>();

        ListCache(int capacity) {
            this.capacity = capacity;
        }

        String get(int key) {
            if (!values.containsKey(key)) {
                return null;
            }
            order.remove(Integer.valueOf(key));
            order.addFirst(key);
            return values.get(key);
        }

        void put(int key, String value) {
            if (values.containsKey(key)) {
                order.remove(Integer.valueOf(key));
            } else if (values.size() == capacity) {
                values.remove(order.removeLast());
            }
            order.addFirst(key);
            values.put(key, value);
        }
    }

    public static void main(String[] args) {
        Cache c = new Cache(3);
        c.put(1, "one");
        c.put(2, "two");
        c.put(3, "three");
        System.out.println(c.order() + " get(1)=" + c.get(1) + " " + c.order());
        c.put(4, "four");
        System.out.println(c.order() + " get(2)=" + c.get(2) + " get(3)=" + c.get(3));
        c.put(1, "uno");
        System.out.println(c.order() + " get(1)=" + c.get(1) + " hits " + c.hits + " misses " + c.misses + " evictions " + c.evictions);
        Cache big = new Cache(50);
        ListCache lc = new ListCache(50);
        Map<Integer, String> lhm = new LinkedHashMap<Integer, String>(64, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<Integer, String> e) {
                return size() > 50;
            }
        };
        Random r = new Random(99);
        int disagree = 0;
        long check = 0;
        for (int i = 0; i < 20000; i++) {
            int key = (int) Math.abs(r.nextGaussian() * 40);
            if (r.nextInt(3) == 0) {
                String v = "v" + i;
                big.put(key, v);
                lc.put(key, v);
                lhm.put(key, v);
            } else {
                String a = big.get(key), b = lc.get(key), d = lhm.get(key);
                if (!java.util.Objects.equals(a, b) || !java.util.Objects.equals(a, d)) {
                    disagree++;
                }
                check = check * 31 + (a == null ? 7 : a.hashCode());
            }
        }
        System.out.println("hits " + big.hits + " misses " + big.misses + " evictions " + big.evictions + " disagree " + disagree + " check " + check);
        System.out.println("front " + big.order().substring(0, 40));
        java.util.List<Integer> keys = new java.util.ArrayList<>(lhm.keySet());
        java.util.Collections.reverse(keys);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i > 0 ? " " : "").append(keys.get(i));
        }
        sb.append(']');
        System.out.println("LinkedHashMap order agrees: " + sb.toString().equals(big.order()) + ", LinkedList order agrees: " + lc.order.toString().replace(",", "").equals(big.order()));
    }
}
