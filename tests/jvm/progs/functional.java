// java.util.function: Function (apply, andThen, compose, identity),
// BiFunction.andThen, Supplier, Consumer (andThen), BiConsumer, Predicate
// (and, or, negate, isEqual, not via negate), BiPredicate, UnaryOperator
// (identity), BinaryOperator (minBy, maxBy), the primitive forms
// (IntFunction, IntPredicate, IntUnaryOperator, IntBinaryOperator,
// ToIntFunction, IntSupplier, LongBinaryOperator, DoubleUnaryOperator),
// and a user functional interface with a default method.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

public class functional {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);

        default TriFunction<A, B, C, String> described() {
            return (a, b, c) -> "result=" + apply(a, b, c);
        }
    }

    static <T> List<T> filter(List<T> xs, Predicate<? super T> p) {
        List<T> out = new ArrayList<>();
        for (T x : xs) {
            if (p.test(x)) {
                out.add(x);
            }
        }
        return out;
    }

    static <T, R> List<R> map(List<T> xs, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) {
            out.add(f.apply(x));
        }
        return out;
    }

    static <T> T fold(List<T> xs, T zero, BinaryOperator<T> op) {
        T acc = zero;
        for (T x : xs) {
            acc = op.apply(acc, x);
        }
        return acc;
    }

    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println(inc.apply(5) + " " + inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9) + " " + inc.andThen(dbl).andThen(inc).compose(dbl).apply(1));
        Function<String, Integer> len = String::length;
        Function<Integer, String> stars = n -> new String(new char[n]).replace('\0', '*');
        System.out.println(len.andThen(stars).apply("hello") + " " + stars.andThen(len).apply(3));
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        System.out.println(add.apply(2, 3) + " " + add.andThen(x -> "sum:" + x).apply(4, 5));
        int[] counter = {0};
        Supplier<Integer> next = () -> ++counter[0];
        Supplier<List<String>> fresh = ArrayList::new;
        System.out.println(next.get() + " " + next.get() + " " + next.get() + " " + fresh.get().size() + " " + (fresh.get() != fresh.get()));
        StringBuilder log = new StringBuilder();
        Consumer<String> first = s -> log.append("1:").append(s).append(' ');
        Consumer<String> second = s -> log.append("2:").append(s.toUpperCase()).append(' ');
        first.andThen(second).andThen(first).accept("x");
        BiConsumer<String, Integer> rep = (s, n) -> {
            for (int i = 0; i < n; i++) {
                log.append(s);
            }
        };
        rep.andThen((s, n) -> log.append('|').append(n)).accept("ab", 3);
        System.out.println(log);
        Predicate<Integer> even = x -> x % 2 == 0;
        Predicate<Integer> positive = x -> x > 0;
        List<Integer> xs = new ArrayList<>();
        for (int i = -5; i <= 5; i++) {
            xs.add(i);
        }
        System.out.println(filter(xs, even) + " " + filter(xs, even.negate()) + " " + filter(xs, even.and(positive)) + " " + filter(xs, even.or(positive)) + " " + filter(xs, Predicate.isEqual(3)));
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        System.out.println(longer.test("abc", 2) + " " + longer.negate().test("abc", 2) + " " + longer.and((s, n) -> n > 5).test("abcdefg", 6) + " " + longer.or((s, n) -> true).test("", 1));
        UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
        System.out.println(shout.apply("hey") + " " + UnaryOperator.<String>identity().apply("same") + " " + shout.andThen(shout).apply("a"));
        BinaryOperator<Integer> mul = (a, b) -> a * b;
        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longerOf = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println(fold(xs.subList(6, 11), 1, mul) + " " + shorter.apply("ab", "c") + " " + longerOf.apply("ab", "c") + " " + shorter.apply("xy", "zw"));
        System.out.println(map(xs, x -> x * x) + " " + fold(map(xs, String::valueOf), "", String::concat));
        IntFunction<String> hex = Integer::toHexString;
        IntPredicate odd = i -> (i & 1) == 1;
        IntUnaryOperator square = i -> i * i;
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return b == 0 ? a : applyAsInt(b, a % b);
            }
        };
        ToIntFunction<String> parse = Integer::parseInt;
        IntSupplier answer = () -> 42;
        LongBinaryOperator lmul = (a, b) -> a * b;
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println(hex.apply(255) + " " + odd.test(3) + " " + odd.negate().test(3) + " " + square.andThen(square).applyAsInt(3) + " " + square.compose(i -> i + 1).applyAsInt(3) + " " + gcd.applyAsInt(84, 36) + " " + parse.applyAsInt("-17") + " " + answer.getAsInt() + " " + lmul.applyAsLong(1L << 31, 4) + " " + half.andThen(half).applyAsDouble(10) + " " + IntUnaryOperator.identity().applyAsInt(7));
        TriFunction<Integer, Integer, Integer, Integer> mad = (a, b, c) -> a * b + c;
        System.out.println(mad.apply(3, 4, 5) + " " + mad.described().apply(1, 2, 3));
        List<Function<Integer, Integer>> pipeline = new ArrayList<>();
        pipeline.add(inc);
        pipeline.add(dbl);
        pipeline.add(x -> x - 3);
        pipeline.add(dbl.compose(inc));
        Function<Integer, Integer> all = Function.identity();
        for (Function<Integer, Integer> f : pipeline) {
            all = all.andThen(f);
        }
        System.out.println(all.apply(10) + " " + all.apply(-10));
    }
}
