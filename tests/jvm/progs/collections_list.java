// java.util lists: ArrayList and LinkedList (add at an index, get, set,
// remove by index against remove by object, indexOf/lastIndexOf,
// contains, size, isEmpty, clear, addAll, subList views, toString,
// equals across the two kinds, hashCode), LinkedList as a deque
// (addFirst, removeLast, peek, poll), ListIterator forwards and backwards
// with set/add/remove, iterator remove, ConcurrentModificationException
// from a for-each that adds, and the index exceptions' messages.
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

public class collections_list {
    public static void main(String[] args) {
        List<String> a = new ArrayList<>();
        a.add("one");
        a.add("two");
        a.add("three");
        a.add(0, "zero");
        a.add(2, "one-and-a-half");
        System.out.println(a + " size " + a.size());
        System.out.println(a.get(2) + " " + a.set(2, "1.5") + " " + a + " " + a.indexOf("two") + " " + a.indexOf("nine") + " " + a.contains("three"));
        a.add("two");
        System.out.println(a.lastIndexOf("two") + " " + a.remove("two") + " " + a + " " + a.remove(0) + " " + a);
        List<Integer> nums = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            nums.add(i);
        }
        nums.remove(2);
        nums.remove(Integer.valueOf(15));
        System.out.println(nums + " " + nums.remove(Integer.valueOf(99)));
        LinkedList<Integer> ll = new LinkedList<>(nums);
        System.out.println(ll + " " + ll.equals(nums) + " " + nums.equals(ll) + " " + (ll.hashCode() == nums.hashCode()) + " " + ll.hashCode());
        ll.addFirst(-1);
        ll.addLast(100);
        ll.push(-2);
        System.out.println(ll + " first " + ll.getFirst() + " last " + ll.getLast() + " peek " + ll.peek() + " peekLast " + ll.peekLast());
        System.out.println(ll.removeFirst() + " " + ll.removeLast() + " " + ll.pop() + " " + ll.poll() + " " + ll.pollLast() + " " + ll);
        List<Integer> sub = nums.subList(2, 5);
        System.out.println("sub " + sub + " " + sub.size());
        sub.set(0, 999);
        sub.remove(1);
        System.out.println("after sub edit " + nums);
        sub.clear();
        System.out.println("after sub clear " + nums);
        ListIterator<String> it = a.listIterator();
        while (it.hasNext()) {
            int idx = it.nextIndex();
            String s = it.next();
            if (s.startsWith("t")) {
                it.set(s.toUpperCase());
            } else if (idx == 0) {
                it.add("added");
            }
        }
        System.out.print("backwards:");
        while (it.hasPrevious()) {
            System.out.print(" " + it.previousIndex() + "=" + it.previous());
        }
        System.out.println();
        Iterator<Integer> rit = nums.iterator();
        while (rit.hasNext()) {
            if (rit.next() % 2 == 0) {
                rit.remove();
            }
        }
        System.out.println("odd only " + nums);
        try {
            for (Integer n : nums) {
                if (n == 17) {
                    nums.add(0);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("ConcurrentModificationException " + nums.size());
        }
        try {
            Iterator<Integer> bad = nums.iterator();
            bad.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: IllegalStateException");
        }
        try {
            a.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new ArrayList<String>().remove(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            a.add(99, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new LinkedList<String>().getFirst();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                row.add(i * j);
            }
            nested.add(row);
        }
        System.out.println(nested);
        List<Object> mixed = new ArrayList<>();
        mixed.add(null);
        mixed.add(1);
        mixed.add("s");
        mixed.add(null);
        System.out.println(mixed + " " + mixed.indexOf(null) + " " + mixed.lastIndexOf(null) + " " + mixed.contains(null));
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            big.add("item" + i);
        }
        big.removeIf(s -> s.endsWith("7"));
        System.out.println(big.size() + " " + big.get(500) + " " + big.isEmpty());
        big.clear();
        System.out.println(big.size() + " " + big.isEmpty() + " " + big);
        List<String> all = new ArrayList<>(a);
        all.addAll(1, a);
        all.addAll(java.util.Arrays.asList("p", "q"));
        System.out.println(all + " " + all.containsAll(a) + " " + all.retainAll(java.util.Arrays.asList("p", "added")) + " " + all);
        Object[] arr = a.toArray();
        String[] sarr = a.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr[0] + " " + sarr.getClass().getSimpleName());
        a.replaceAll(String::toLowerCase);
        a.sort(null);
        System.out.println(a);
        a.forEach(s -> System.out.print(s.length() + " "));
        System.out.println();
    }
}
