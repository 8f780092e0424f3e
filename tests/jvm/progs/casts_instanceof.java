// instanceof and checked casts: classes, interfaces, null (instanceof is
// false, a cast of null succeeds), casts up and down a hierarchy, a failed
// cast caught as ClassCastException (only the class is printed: the JDK's
// message names class loaders), casts of boxed values, casts to interfaces
// a class does not implement, and primitive casts mixed in.
import java.util.ArrayList;
import java.util.List;

public class casts_instanceof {
    interface Flyer {
        String fly();
    }

    interface Swimmer {
        String swim();
    }

    static class Animal {
        String kind() {
            return "animal";
        }
    }

    static class Bird extends Animal implements Flyer {
        String kind() {
            return "bird";
        }

        public String fly() {
            return "flap";
        }
    }

    static class Penguin extends Bird implements Swimmer {
        String kind() {
            return "penguin";
        }

        public String fly() {
            return "cannot";
        }

        public String swim() {
            return "dive";
        }
    }

    static class Fish extends Animal implements Swimmer {
        public String swim() {
            return "fin";
        }
    }

    static String probe(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Animal ? "A" : "-");
        sb.append(o instanceof Bird ? "B" : "-");
        sb.append(o instanceof Penguin ? "P" : "-");
        sb.append(o instanceof Fish ? "F" : "-");
        sb.append(o instanceof Flyer ? "f" : "-");
        sb.append(o instanceof Swimmer ? "s" : "-");
        sb.append(o instanceof String ? "S" : "-");
        sb.append(o instanceof Number ? "N" : "-");
        sb.append(o instanceof Integer ? "I" : "-");
        sb.append(o instanceof Comparable ? "C" : "-");
        sb.append(o instanceof CharSequence ? "Q" : "-");
        return sb.toString();
    }

    static String tryCast(Object o) {
        StringBuilder sb = new StringBuilder();
        try {
            Bird b = (Bird) o;
            sb.append("bird:").append(b == null ? "null" : b.fly());
        } catch (ClassCastException e) {
            sb.append(e.getClass().getName());
        }
        sb.append(" ");
        try {
            Swimmer s = (Swimmer) o;
            sb.append("swimmer:").append(s == null ? "null" : s.swim());
        } catch (ClassCastException e) {
            sb.append("CCE");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Object[] things = {new Animal(), new Bird(), new Penguin(), new Fish(), "str", 42, 4.5, null, new StringBuilder("sb")};
        for (Object o : things) {
            String name = o == null ? "null" : o instanceof Animal ? ((Animal) o).kind() : o.getClass().getSimpleName();
            System.out.println(name + " " + probe(o) + " " + tryCast(o));
        }
        List<Object> list = new ArrayList<>();
        list.add("x");
        list.add(1);
        try {
            String s = (String) list.get(1);
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("list element: ClassCastException");
        }
        Object n = 7;
        try {
            Long l = (Long) n;
            System.out.println(l);
        } catch (ClassCastException e) {
            System.out.println("Integer is not Long");
        }
        Number num = (Number) n;
        System.out.println("as Number " + num.longValue() + " " + num.doubleValue());
        Comparable<?> cmp = (Comparable<?>) n;
        System.out.println("as Comparable " + (cmp != null));
        Animal an = new Penguin();
        Flyer fl = (Flyer) an;
        Swimmer sw = (Swimmer) fl;
        Penguin pg = (Penguin) sw;
        System.out.println(fl.fly() + " " + sw.swim() + " " + pg.kind());
        Object nul = null;
        Penguin np = (Penguin) nul;
        System.out.println("null cast ok: " + (np == null) + " " + (nul instanceof Object));
        int caught = 0;
        for (Object o : things) {
            try {
                CharSequence cs = (CharSequence) o;
                if (cs != null) {
                    System.out.println("char sequence of length " + cs.length());
                }
            } catch (ClassCastException e) {
                caught++;
            }
        }
        System.out.println("caught " + caught);
        double d = 3.99;
        long l = (long) d;
        int i = (int) -d;
        short s = (short) 70000;
        System.out.println(l + " " + i + " " + s + " " + (byte) 200 + " " + (char) 66 + " " + (int) 'z' + " " + (float) 0.1);
    }
}
