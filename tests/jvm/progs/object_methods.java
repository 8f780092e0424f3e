// java.lang.Object and java.util.Objects: getClass().getName() and
// getSimpleName() of top-level, nested, inner, local and anonymous classes
// and of library classes; equals/hashCode/toString overrides used by
// collections (a HashSet and HashMap of a value class with its own
// hashCode); the hashCode of String, Integer, Long, Double, Boolean,
// Character (all specified); getClass() equality; Objects.equals, hash,
// hashCode, toString with a default, requireNonNull (with message),
// isNull/nonNull, compare.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class object_methods {
    static final class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Point)) {
                return false;
            }
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }

        @Override
        public String toString() {
            return "Point(" + x + "," + y + ")";
        }
    }

    static class Person {
        final String name;
        final Integer age;

        Person(String name, Integer age) {
            this.name = name;
            this.age = age;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Person && Objects.equals(name, ((Person) o).name) && Objects.equals(age, ((Person) o).age);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }
    }

    class Inner {
    }

    interface Marker {
    }

    public static void main(String[] args) {
        class Local {
        }
        Object anon = new Marker() {
        };
        Object[] objs = {new object_methods(), new Point(1, 2), new object_methods().new Inner(), new Local(), anon, "s", 1, 2L, 3.0, 'c', true, new StringBuilder(), new java.util.ArrayList<String>(), new HashMap<String, String>(), new Object()};
        for (Object o : objs) {
            Class<?> c = o.getClass();
            System.out.println(c.getName() + " [" + c.getSimpleName() + "]");
        }
        System.out.println(new Point(1, 2).getClass() == Point.class);
        System.out.println(new Point(1, 2).getClass() == new Point(3, 4).getClass());
        System.out.println(Point.class.getName() + " " + String.class.getName() + " " + int.class.getName() + " " + Marker.class.getSimpleName());
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p.equals(q) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()) + " " + p.equals(null) + " " + p.equals("Point(3,4)") + " " + p);
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            set.add(new Point(i % 3, 0));
        }
        System.out.println("set size " + set.size() + " contains " + set.contains(new Point(2, 0)) + " " + set.contains(new Point(3, 0)));
        Map<Point, String> map = new HashMap<>();
        map.put(new Point(0, 0), "origin");
        map.put(new Point(0, 0), "origin again");
        System.out.println(map.size() + " " + map.get(new Point(0, 0)));
        System.out.println("hashes " + "hello".hashCode() + " " + Integer.valueOf(-7).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Long.valueOf(-1).hashCode()
            + " " + Double.valueOf(1.5).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Double.valueOf(Double.NaN).hashCode() + " " + Boolean.TRUE.hashCode()
            + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('A').hashCode() + " " + Float.valueOf(2.5f).hashCode() + " " + Short.valueOf((short) -2).hashCode() + " " + Byte.valueOf((byte) 9).hashCode());
        System.out.println(Integer.hashCode(5) + " " + Long.hashCode(5000000000L) + " " + Double.hashCode(0.1) + " " + Boolean.hashCode(true) + " " + Character.hashCode('z'));
        System.out.println(Objects.equals(null, null) + " " + Objects.equals(null, "a") + " " + Objects.equals("a", "a") + " " + Objects.equals(p, q));
        System.out.println(Objects.hash() + " " + Objects.hash(1, 2, 3) + " " + Objects.hash("a", null) + " " + Objects.hashCode(null) + " " + Objects.hashCode("a"));
        System.out.println(new Person("ann", 30).hashCode() + " " + new Person("ann", 30).equals(new Person("ann", 30)) + " " + new Person(null, null).hashCode());
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "default") + " " + Objects.toString(p, "default") + " " + Objects.isNull(null) + " " + Objects.nonNull(p));
        System.out.println(Objects.compare("a", "b", String::compareTo) + " " + Objects.requireNonNull("ok"));
        try {
            Objects.requireNonNull(null, "name must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        System.out.println(java.util.Arrays.hashCode(new int[] {1, 2, 3}) + " " + java.util.Arrays.hashCode(new Object[] {"x", 1}) + " " + java.util.Arrays.asList(1, 2, 3).hashCode() + " " + new HashSet<>(java.util.Arrays.asList("a", "b")).hashCode());
        Object o = p;
        System.out.println(o.toString() + " " + o.equals(q) + " " + o.hashCode());
    }
}
