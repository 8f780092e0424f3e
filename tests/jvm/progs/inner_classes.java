// Inner (non-static) classes: an inner object bound to its outer instance,
// Outer.this, outer.new Inner(), an inner class reading and writing the
// outer's private fields and calling its private methods, an inner class of
// an inner class, an inner class shadowing an outer field, and iterators
// implemented as inner classes.
import java.util.Iterator;

public class inner_classes {
    private int value;
    private final String name;
    private int calls;

    inner_classes(String name, int value) {
        this.name = name;
        this.value = value;
    }

    private String secret() {
        calls++;
        return name + "'s secret " + value;
    }

    class Inner {
        int value = -1;

        int outerValue() {
            return inner_classes.this.value;
        }

        void bump(int k) {
            inner_classes.this.value += k;
            value -= k;
        }

        String tell() {
            return secret() + " (inner value " + value + ")";
        }

        class Deeper {
            String where() {
                return name + "/" + Inner.this.value + "/" + inner_classes.this.value;
            }
        }
    }

    class Range implements Iterable<Integer> {
        final int lo, hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        public Iterator<Integer> iterator() {
            return new Step();
        }

        class Step implements Iterator<Integer> {
            int at = lo;

            public boolean hasNext() {
                return at < hi;
            }

            public Integer next() {
                int v = at * value;
                at++;
                return v;
            }
        }
    }

    Inner make() {
        return new Inner();
    }

    public static void main(String[] args) {
        inner_classes a = new inner_classes("a", 10);
        inner_classes b = new inner_classes("b", 20);
        inner_classes.Inner ia = a.make();
        inner_classes.Inner ib = b.new Inner();
        inner_classes.Inner ia2 = a.new Inner();
        System.out.println(ia.outerValue() + " " + ib.outerValue());
        ia.bump(5);
        ia2.bump(1);
        System.out.println(a.value + " " + ia.value + " " + ia2.value + " " + ia.outerValue() + " " + ia2.outerValue());
        System.out.println(ia.tell());
        System.out.println(ib.tell());
        System.out.println("calls " + a.calls + " " + b.calls);
        inner_classes.Inner.Deeper d = ia.new Deeper();
        System.out.println(d.where());
        ia.bump(100);
        System.out.println(d.where());
        Inner.Deeper d2 = ib.new Deeper();
        System.out.println(d2.where());
        Range r = a.new Range(1, 5);
        StringBuilder sb = new StringBuilder();
        for (int x : r) {
            sb.append(x).append(' ');
        }
        System.out.println(sb.toString().trim());
        a.value = 2;
        int total = 0;
        for (Integer x : r) {
            total += x;
        }
        System.out.println("total " + total);
        Iterator<Integer> it = b.new Range(0, 3).iterator();
        while (it.hasNext()) {
            System.out.println("b step " + it.next());
        }
    }
}
