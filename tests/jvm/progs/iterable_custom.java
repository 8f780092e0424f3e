// Iterable and Iterator written by hand: a range class used in for-each,
// an Iterator whose remove() is the interface's default (throws
// UnsupportedOperationException), one with its own remove, Iterable's
// default forEach, nested for-each over two custom iterables, a generator
// of Fibonacci numbers that ends, an infinite iterator stopped by break,
// next() past the end (NoSuchElementException), and an iterator over a
// tree in order.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

public class iterable_custom {
    static class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;

                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("range done");
                    }
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static class Bag<T> implements Iterable<T> {
        private final List<T> items = new ArrayList<>();

        Bag<T> add(T t) {
            items.add(t);
            return this;
        }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i = 0;
                boolean canRemove;

                public boolean hasNext() {
                    return i < items.size();
                }

                public T next() {
                    canRemove = true;
                    return items.get(i++);
                }

                public void remove() {
                    if (!canRemove) {
                        throw new IllegalStateException();
                    }
                    items.remove(--i);
                    canRemove = false;
                }
            };
        }

        public String toString() {
            return items.toString();
        }
    }

    static class Fib implements Iterable<Long> {
        final long limit;

        Fib(long limit) {
            this.limit = limit;
        }

        public Iterator<Long> iterator() {
            return new Iterator<Long>() {
                long a = 0, b = 1;

                public boolean hasNext() {
                    return a <= limit;
                }

                public Long next() {
                    long r = a;
                    long t = a + b;
                    a = b;
                    b = t;
                    return r;
                }
            };
        }
    }

    static class Tree implements Iterable<Integer> {
        Tree left, right;
        final int value;

        Tree(int value) {
            this.value = value;
        }

        void insert(int v) {
            if (v < value) {
                if (left == null) {
                    left = new Tree(v);
                } else {
                    left.insert(v);
                }
            } else if (right == null) {
                right = new Tree(v);
            } else {
                right.insert(v);
            }
        }

        public Iterator<Integer> iterator() {
            final java.util.ArrayDeque<Tree> stack = new java.util.ArrayDeque<>();
            for (Tree t = this; t != null; t = t.left) {
                stack.push(t);
            }
            return new Iterator<Integer>() {
                public boolean hasNext() {
                    return !stack.isEmpty();
                }

                public Integer next() {
                    Tree t = stack.pop();
                    for (Tree c = t.right; c != null; c = c.left) {
                        stack.push(c);
                    }
                    return t.value;
                }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int x : new Range(0, 20, 3)) {
            sb.append(x).append(' ');
        }
        for (int x : new Range(10, 0, -4)) {
            sb.append(x).append(' ');
        }
        System.out.println(sb.toString().trim());
        StringBuilder pairs = new StringBuilder();
        Range small = new Range(1, 4, 1);
        for (int a : small) {
            for (int b : small) {
                if (a < b) {
                    pairs.append(a).append(b).append(' ');
                }
            }
        }
        System.out.println(pairs.toString().trim());
        Iterator<Integer> it = small.iterator();
        it.next();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: UnsupportedOperationException");
        }
        it.next();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("past the end: " + e.getMessage());
        }
        Bag<String> bag = new Bag<String>().add("a").add("bb").add("ccc").add("dd").add("e");
        for (Iterator<String> bi = bag.iterator(); bi.hasNext();) {
            if (bi.next().length() == 2) {
                bi.remove();
            }
        }
        System.out.println(bag);
        StringBuilder fe = new StringBuilder();
        bag.forEach(s -> fe.append(s.toUpperCase()));
        new Range(0, 3, 1).forEach(i -> fe.append(i));
        System.out.println(fe);
        long sum = 0;
        int count = 0;
        for (long f : new Fib(1000000000000L)) {
            sum += f;
            count++;
        }
        System.out.println("fib terms " + count + " sum " + sum);
        Iterable<Integer> naturals = () -> new Iterator<Integer>() {
            int n = 0;

            public boolean hasNext() {
                return true;
            }

            public Integer next() {
                return n++;
            }
        };
        int found = -1;
        for (int n : naturals) {
            if (n * n > 2000 && n % 7 == 3) {
                found = n;
                break;
            }
        }
        System.out.println("first found " + found);
        Tree root = new Tree(50);
        int seed = 7;
        for (int i = 0; i < 30; i++) {
            seed = (seed * 73 + 11) % 101;
            root.insert(seed);
        }
        StringBuilder inorder = new StringBuilder();
        int prev = Integer.MIN_VALUE;
        boolean sorted = true;
        for (int v : root) {
            inorder.append(v).append(' ');
            sorted &= v >= prev;
            prev = v;
        }
        System.out.println(inorder.toString().trim() + " sorted " + sorted);
    }
}
