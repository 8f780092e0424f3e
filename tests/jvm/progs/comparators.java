// Comparator: comparing with a key extractor (method reference and
// lambda), comparingInt/Double, thenComparing (with a key and with
// another comparator), reversed, naturalOrder/reverseOrder, nullsFirst/
// nullsLast, a hand-written Comparator class, sorting a list of records
// several ways (stability shows in ties), and Comparable objects.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class comparators {
    static class Person implements Comparable<Person> {
        final String name;
        final int age;
        final double height;

        Person(String name, int age, double height) {
            this.name = name;
            this.age = age;
            this.height = height;
        }

        String getName() {
            return name;
        }

        int getAge() {
            return age;
        }

        double getHeight() {
            return height;
        }

        public int compareTo(Person o) {
            return name.compareTo(o.name);
        }

        public String toString() {
            return name + "/" + age + "/" + height;
        }
    }

    static class ByAgeDesc implements Comparator<Person> {
        public int compare(Person a, Person b) {
            return b.age - a.age;
        }
    }

    static void show(String title, List<Person> ps, Comparator<Person> c) {
        List<Person> copy = new ArrayList<>(ps);
        copy.sort(c);
        System.out.println(title + ": " + copy);
    }

    public static void main(String[] args) {
        List<Person> ps = Arrays.asList(
            new Person("Mia", 30, 1.65), new Person("Bo", 25, 1.80), new Person("Ann", 30, 1.70),
            new Person("Cy", 25, 1.75), new Person("Eve", 41, 1.60), new Person("Dan", 30, 1.70),
            new Person("Al", 41, 1.85));
        List<Person> natural = new ArrayList<>(ps);
        Collections.sort(natural);
        System.out.println("natural: " + natural);
        show("by age", ps, Comparator.comparing(Person::getAge));
        show("by age int", ps, Comparator.comparingInt(p -> p.age));
        show("by age then name", ps, Comparator.comparing(Person::getAge).thenComparing(Person::getName));
        show("by age desc then height", ps, Comparator.comparingInt(Person::getAge).reversed().thenComparingDouble(Person::getHeight));
        show("by height desc then natural", ps, Comparator.comparingDouble(Person::getHeight).reversed().thenComparing(Comparator.naturalOrder()));
        show("hand-written", ps, new ByAgeDesc());
        show("hand-written reversed", ps, new ByAgeDesc().reversed());
        show("by name length then reverse name", ps, Comparator.comparing((Person p) -> p.name.length()).thenComparing(Person::getName, Comparator.reverseOrder()));
        show("lambda", ps, (a, b) -> a.name.charAt(a.name.length() - 1) - b.name.charAt(b.name.length() - 1));
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println(byLen.compare("aa", "b") + " " + byLen.reversed().compare("aa", "b") + " " + Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pairs.add(new int[] {i % 4, (i * 7) % 5});
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> -p[1]));
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) {
            sb.append(p[0]).append(p[1]).append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println(Collections.max(ps, Comparator.comparingDouble(Person::getHeight)) + " " + Collections.min(ps, Comparator.comparing(Person::getName)));
    }
}
