// Method references of all four kinds: static (Integer::parseInt,
// Math::max, a user static method), bound to an object (str::concat,
// System.out::println, this::method, super::method), unbound on the first
// argument (String::length, String::compareToIgnoreCase, a user instance
// method), and constructors (ArrayList::new, StringBuilder::new with an
// argument, a user class's constructors by arity, int[]::new and
// String[]::new); the receiver of a bound reference is evaluated once, when
// the reference is made (null there throws at once).
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

public class method_refs {
    static class Base {
        String hello(String who) {
            return "base hello " + who;
        }
    }

    static class Greeter extends Base {
        final String greeting;

        Greeter() {
            this("hi");
        }

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        Greeter(String greeting, int times) {
            this.greeting = String.join("", java.util.Collections.nCopies(times, greeting));
        }

        String greet(String who) {
            return greeting + ", " + who;
        }

        @Override
        String hello(String who) {
            return "greeter hello " + who;
        }

        Function<String, String> viaSuper() {
            return super::hello;
        }

        Function<String, String> viaThis() {
            return this::hello;
        }

        public String toString() {
            return "Greeter(" + greeting + ")";
        }
    }

    static int twice(int x) {
        return 2 * x;
    }

    static int calls;

    static String counted() {
        calls++;
        return "receiver" + calls;
    }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        BiFunction<Integer, Integer, Integer> max = Math::max;
        Function<Integer, Integer> tw = method_refs::twice;
        System.out.println(parse.apply("123") + " " + max.apply(3, 9) + " " + tw.apply(21));
        String str = "bound";
        Function<String, String> concat = str::concat;
        java.util.function.Consumer<Object> printer = System.out::println;
        System.out.println(concat.apply("-suffix"));
        printer.accept("printed through System.out::println");
        printer.accept(42);
        Greeter g = new Greeter("hey");
        Function<String, String> greet = g::greet;
        System.out.println(greet.apply("you") + " | " + g.viaSuper().apply("x") + " | " + g.viaThis().apply("y"));
        Function<String, Integer> length = String::length;
        BiFunction<String, String, Integer> cmp = String::compareToIgnoreCase;
        BiFunction<Greeter, String, String> unboundGreet = Greeter::greet;
        System.out.println(length.apply("four") + " " + cmp.apply("ABC", "abd") + " " + unboundGreet.apply(new Greeter(), "unbound"));
        Supplier<List<String>> mk = ArrayList::new;
        Function<String, StringBuilder> sbOf = StringBuilder::new;
        Supplier<Greeter> g0 = Greeter::new;
        Function<String, Greeter> g1 = Greeter::new;
        BiFunction<String, Integer, Greeter> g2 = Greeter::new;
        List<String> made = mk.get();
        made.add("x");
        System.out.println(made + " " + sbOf.apply("abc").reverse() + " " + g0.get() + " " + g1.apply("yo") + " " + g2.apply("ha", 3));
        IntFunction<int[]> newInts = int[]::new;
        IntFunction<String[]> newStrings = String[]::new;
        Function<Integer, long[][]> newGrid = long[][]::new;
        int[] ints = newInts.apply(4);
        String[] strs = newStrings.apply(2);
        System.out.println(ints.length + " " + Arrays.toString(ints) + " " + Arrays.toString(strs) + " " + newGrid.apply(3).length);
        List<String> words = new ArrayList<>(Arrays.asList("delta", "Alpha", "charlie", "Bravo"));
        words.sort(String::compareToIgnoreCase);
        System.out.println(words);
        words.replaceAll(String::toUpperCase);
        words.forEach(System.out::println);
        String[] asArray = words.toArray(new String[0]);
        System.out.println(asArray.length + " " + asArray[3]);
        Supplier<Integer> lenOfReceiver = counted()::length;
        System.out.println("calls after making: " + calls + ", results " + lenOfReceiver.get() + " " + lenOfReceiver.get() + ", calls " + calls);
        String nothing = null;
        try {
            Supplier<Integer> broken = nothing::length;
            System.out.println("made? " + broken);
        } catch (NullPointerException e) {
            System.out.println("bound reference on null: NullPointerException at creation");
        }
        Function<Integer, String> toStr = String::valueOf;
        Function<Object, String> objStr = Object::toString;
        Function<Integer, Integer> hash = Integer::reverse;
        System.out.println(toStr.apply(77) + " " + objStr.apply(new Greeter()) + " " + hash.apply(-5));
    }
}
