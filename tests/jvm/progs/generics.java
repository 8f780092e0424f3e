// Generics: a generic class with a bounded type parameter, generic methods
// with inference, bridge methods (a Comparable<T> implementation called
// through the raw Comparable and through a generic max), covariant returns
// in an override of a generic method, wildcards (? extends, ? super),
// recursive bounds <T extends Comparable<? super T>>, and the casts javac
// inserts (ClassCastException from heap pollution caught at the use site).
import java.util.ArrayList;
import java.util.List;

public class generics {
    static class Box<T extends Number> {
        private T value;

        Box(T v) {
            value = v;
        }

        T get() {
            return value;
        }

        void set(T v) {
            value = v;
        }

        double doubled() {
            return value.doubleValue() * 2;
        }
    }

    static class Version implements Comparable<Version> {
        final int major, minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        public String toString() {
            return major + "." + minor;
        }
    }

    interface Source<T> {
        T next();
    }

    static class Counter implements Source<Integer> {
        int n;

        public Integer next() {
            return n++;
        }
    }

    static abstract class Shape {
        abstract Shape copy();
    }

    static class Sq extends Shape {
        int side;

        Sq(int s) {
            side = s;
        }

        Sq copy() {
            return new Sq(side + 1);
        }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> xs) {
        T best = xs.get(0);
        for (T x : xs) {
            if (x.compareTo(best) > 0) {
                best = x;
            }
        }
        return best;
    }

    static <A, B> List<B> map(List<A> in, java.util.function.Function<? super A, ? extends B> f) {
        List<B> out = new ArrayList<>();
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }

    static double sum(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) {
            s += n.doubleValue();
        }
        return s;
    }

    static void fill(List<? super Integer> xs, int n) {
        for (int i = 0; i < n; i++) {
            xs.add(i);
        }
    }

    static <T> T first(T[] arr) {
        return arr[0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Box<Integer> bi = new Box<>(21);
        Box<Double> bd = new Box<>(1.25);
        System.out.println(bi.get() + " " + bi.doubled() + " " + bd.get() + " " + bd.doubled());
        bi.set(bi.get() + 1);
        System.out.println(bi.get());
        List<Version> vs = new ArrayList<>();
        vs.add(new Version(1, 9));
        vs.add(new Version(2, 0));
        vs.add(new Version(1, 10));
        System.out.println("max " + max(vs));
        Comparable raw = new Version(3, 1);
        System.out.println("raw compare " + raw.compareTo(new Version(3, 0)));
        try {
            raw.compareTo("not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getClass().getSimpleName());
        }
        Source<Integer> src = new Counter();
        Source rawSrc = src;
        System.out.println(src.next() + src.next() + " " + rawSrc.next());
        Shape s = new Sq(4);
        Shape c = s.copy();
        System.out.println(((Sq) c).side + " " + new Sq(9).copy().side);
        List<String> words = new ArrayList<>();
        words.add("pear");
        words.add("fig");
        words.add("banana");
        System.out.println(map(words, String::length) + " " + map(words, w -> w.charAt(0)) + " max " + max(words));
        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        nums.add(2.5);
        System.out.println(nums + " sum " + sum(nums));
        List<Object> objs = new ArrayList<>();
        fill(objs, 3);
        System.out.println(objs);
        Integer[] ia = {7, 8};
        String[] sa = {"x", "y"};
        System.out.println(first(ia) + first(sa));
        List polluted = new ArrayList();
        polluted.add("text");
        List<Integer> ints = polluted;
        Object o = ints.get(0);
        System.out.println("read as Object: " + o);
        try {
            Integer i = ints.get(0);
            System.out.println("no cast? " + i);
        } catch (ClassCastException e) {
            System.out.println("heap pollution: " + e.getClass().getSimpleName());
        }
    }
}
