// Classes: constructors chained with this(...) and super(...), instance and
// static fields, static counters, getters and setters, toString overrides,
// objects holding objects, a class with a private constructor and a factory.
public class classes_basic {
    static int created;

    static class Point {
        private final int x;
        private final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            created++;
        }

        Point() {
            this(0, 0);
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }

        int manhattan() {
            return Math.abs(x) + Math.abs(y);
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    static class Named {
        String name;
        int count;

        Named(String name) {
            this.name = name;
        }

        Named bump() {
            count++;
            return this;
        }

        public String toString() {
            return name + "#" + count;
        }
    }

    static class Segment {
        final Point a, b;

        Segment(Point a, Point b) {
            this.a = a;
            this.b = b;
        }

        int length() {
            return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
        }

        public String toString() {
            return a + "--" + b;
        }
    }

    static final class Money {
        private final long cents;
        private static final Money ZERO = new Money(0);

        private Money(long cents) {
            this.cents = cents;
        }

        static Money of(long cents) {
            return cents == 0 ? ZERO : new Money(cents);
        }

        Money add(Money o) {
            return of(cents + o.cents);
        }

        boolean isZero() {
            return this == ZERO;
        }

        public String toString() {
            return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + (Math.abs(cents) % 100 < 10 ? "0" : "") + Math.abs(cents) % 100;
        }
    }

    int instanceCounter = 10;

    void instanceMethod(int k) {
        instanceCounter += k;
        System.out.println("instance counter " + instanceCounter);
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point();
        Point r = p.plus(new Point(-7, 2));
        System.out.println(p + " " + q + " " + r);
        System.out.println("manhattan " + r.manhattan());
        System.out.println("created " + created);
        Named n = new Named("n");
        n.bump().bump().bump();
        System.out.println(n);
        Named m = n;
        m.bump();
        System.out.println(n + " same=" + (m == n));
        Segment s = new Segment(p, r);
        System.out.println(s + " len " + s.length());
        Money a = Money.of(1999);
        Money b = Money.of(-1999);
        System.out.println(a + " " + b + " " + a.add(b) + " zero=" + a.add(b).isZero());
        System.out.println(Money.of(5) + " " + Money.of(-1234567));
        classes_basic c = new classes_basic();
        c.instanceMethod(5);
        c.instanceMethod(-20);
        classes_basic d = new classes_basic();
        d.instanceMethod(1);
        Point[] pts = new Point[5];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new Point(i, i * i);
        }
        Point sum = new Point();
        for (Point pt : pts) {
            sum = sum.plus(pt);
        }
        System.out.println("sum " + sum + " created " + created);
        Object o = sum;
        System.out.println("as object " + o.toString());
        System.out.println(o.equals(sum) + " " + o.equals(new Point(10, 30)));
    }
}
