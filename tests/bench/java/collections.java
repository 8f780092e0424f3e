// Collections: a HashMap<Integer, Integer> counting keys drawn from an LCG
// (boxing, hashing, resizing, get and put), an ArrayList<Integer> filled,
// scanned and shrunk, and an ArrayDeque as a FIFO. Same as collections.lua.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;

public class collections {
    public static void main(String[] args) {
        int draws = 1000000;
        long x = 12345;
        HashMap<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < draws; i++) {
            x = (x * 1103515245L + 12345L) & 0x7fffffffL;
            int key = (int) (x % 100000);
            Integer old = counts.get(key);
            counts.put(key, old == null ? 1 : old + 1);
        }
        long check = 0;
        long seen = 0;
        for (int k = 0; k < 100000; k++) {
            Integer c = counts.get(k);
            if (c != null) {
                seen += c;
                check = (check * 31 + (long) k * c) % 1000003;
            }
        }
        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < 600000; i++) {
            list.add((i * 7) % 1000);
        }
        long listSum = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < list.size(); i++) {
                listSum += list.get(i);
            }
        }
        while (list.size() > 1000) {
            list.remove(list.size() - 1);
        }
        ArrayDeque<Integer> q = new ArrayDeque<>();
        long qsum = 0;
        for (int i = 0; i < 600000; i++) {
            q.addLast(i);
            if (q.size() > 100) {
                qsum += q.removeFirst();
            }
        }
        if (seen != draws || list.size() != 1000 || q.size() != 100) {
            throw new IllegalStateException("counted " + seen + ", list " + list.size() + ", queue " + q.size());
        }
        System.out.println("keys " + counts.size() + " check " + check + " list " + listSum + " queue " + qsum);
    }
}
