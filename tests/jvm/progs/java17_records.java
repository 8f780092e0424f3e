// since: 17
// Records: the generated accessors, toString, equals (componentwise, with
// Double.compare semantics for doubles) from javac's invokedynamic
// ObjectMethods bootstrap, a compact constructor that validates, a record
// implementing an interface and Comparable, static members, nested
// records, records as HashMap keys (their hashCode is used, never printed)
// and records in a sorted list.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class java17_records {
    interface HasArea {
        double area();
    }

    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("out of range: " + x + "," + y);
            }
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }

        static Point of(int v) {
            return new Point(v, v);
        }
    }

    record Rect(Point corner, double w, double h) implements HasArea, Comparable<Rect> {
        public double area() {
            return w * h;
        }

        public int compareTo(Rect o) {
            return Double.compare(area(), o.area());
        }
    }

    record Named<T>(String name, T value) {
    }

    record Empty() {
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.equals(q) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()) + " " + p.equals(Point.ORIGIN));
        System.out.println(p.plus(Point.of(10)) + " " + Point.ORIGIN);
        try {
            new Point(-5000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact constructor: " + e.getMessage());
        }
        List<Rect> rects = new ArrayList<>();
        rects.add(new Rect(p, 2, 5));
        rects.add(new Rect(Point.ORIGIN, 1.5, 1.5));
        rects.add(new Rect(q, 10, 0.5));
        java.util.Collections.sort(rects);
        for (Rect r : rects) {
            System.out.println(r + " area " + r.area());
        }
        System.out.println(new Rect(p, 0.0, 1).equals(new Rect(p, -0.0, 1)) + " " + new Rect(p, Double.NaN, 1).equals(new Rect(p, Double.NaN, 1)));
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(1, 2), "a");
        names.put(new Point(1, 2), "b");
        names.put(new Point(2, 1), "c");
        System.out.println(names.size() + " " + names.get(new Point(1, 2)));
        Named<List<Integer>> n = new Named<>("list", java.util.Arrays.asList(1, 2, 3));
        System.out.println(n + " " + n.value().size() + " " + new Empty() + " " + new Empty().equals(new Empty()));
        Object o = new Named<>("x", null);
        System.out.println(o + " " + o.equals(new Named<>("x", null)) + " " + (o instanceof Record));
    }
}
