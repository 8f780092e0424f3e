// Lambdas: capturing effectively final locals (primitives of every type,
// objects, arrays whose elements change later), capturing `this` (fields
// read at call time, not capture time), capturing in loops (one value per
// iteration), lambdas returning lambdas (currying), recursion through a
// field, a lambda in a static and an instance initialiser, lambdas stored
// in a map and called later, and a Runnable list run in order.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

public class lambdas_capture {
    int field = 1;
    final String name;
    Supplier<String> fromInit;
    static Function<Integer, Long> factorial;
    static final Supplier<String> STATIC_ONE;

    static {
        String where = "static init";
        STATIC_ONE = () -> "made in " + where;
        factorial = n -> n <= 1 ? 1L : n * factorial.apply(n - 1);
    }

    {
        fromInit = () -> "instance init sees field=" + field + " name=" + nameOf();
    }

    lambdas_capture(String name) {
        this.name = name;
    }

    String nameOf() {
        return name;
    }

    Supplier<String> describer() {
        return () -> name + ":" + field;
    }

    IntUnaryOperator adder() {
        return x -> x + field;
    }

    Runnable bumper() {
        return () -> field++;
    }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        int i = 4;
        long l = 5L << 40;
        float f = 6.5f;
        double d = 7.25;
        boolean z = true;
        String str = "str";
        int[] arr = {10};
        Supplier<String> all = () -> b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + z + " " + str + " " + arr[0];
        arr[0] = 11;
        System.out.println(all.get());
        lambdas_capture obj = new lambdas_capture("obj");
        Supplier<String> desc = obj.describer();
        IntUnaryOperator add = obj.adder();
        Runnable bump = obj.bumper();
        System.out.println(desc.get() + " " + add.applyAsInt(100));
        bump.run();
        bump.run();
        System.out.println(desc.get() + " " + add.applyAsInt(100) + " " + obj.fromInit.get());
        List<Supplier<Integer>> perIteration = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int sq = k * k;
            perIteration.add(() -> sq);
        }
        for (String w : new String[] {"x", "yy"}) {
            perIteration.add(w::length);
        }
        StringBuilder sb = new StringBuilder();
        for (Supplier<Integer> p : perIteration) {
            sb.append(p.get()).append(' ');
        }
        System.out.println(sb.toString().trim());
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = x -> y -> zz -> x * 100 + y * 10 + zz;
        Function<Integer, Function<Integer, Integer>> partial = curried.apply(1);
        System.out.println(curried.apply(3).apply(2).apply(1) + " " + partial.apply(5).apply(9) + " " + partial.apply(0).apply(0));
        IntBinaryOperator power = new IntBinaryOperator() {
            public int applyAsInt(int base, int exp) {
                return exp == 0 ? 1 : base * applyAsInt(base, exp - 1);
            }
        };
        System.out.println(factorial.apply(20) + " " + power.applyAsInt(3, 13) + " " + STATIC_ONE.get());
        Map<String, IntBinaryOperator> ops = new TreeMap<>();
        ops.put("add", (x, y) -> x + y);
        ops.put("sub", (x, y) -> x - y);
        ops.put("mul", (x, y) -> x * y);
        ops.put("max", Math::max);
        ops.put("pow", power);
        for (Map.Entry<String, IntBinaryOperator> e : ops.entrySet()) {
            System.out.print(e.getKey() + "=" + e.getValue().applyAsInt(7, 3) + " ");
        }
        System.out.println();
        List<Runnable> tasks = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            final int id = k;
            tasks.add(() -> out.append("task").append(id).append(' '));
        }
        tasks.add(() -> out.append("done"));
        for (Runnable r : tasks) {
            r.run();
        }
        System.out.println(out);
        Function<Integer, Integer> compose = Function.identity();
        for (int k = 1; k <= 5; k++) {
            int m = k;
            compose = compose.andThen(x -> x * m + 1);
        }
        System.out.println(compose.apply(0) + " " + compose.apply(1));
        Supplier<Supplier<String>> nested = () -> {
            String inner = "inner" + i;
            return () -> inner + "/" + str;
        };
        System.out.println(nested.get().get());
        Runnable self = new Runnable() {
            int runs;

            public void run() {
                runs++;
                Runnable capturesThis = () -> runs += 10;
                capturesThis.run();
                System.out.println("anonymous this runs=" + runs);
            }
        };
        self.run();
        self.run();
    }
}
