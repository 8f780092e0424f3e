// since: 17
// Java 9-17 language features that compile to ordinary bytecode: switch
// expressions with arrows and yield (on ints, strings and enums), var,
// pattern matching for instanceof, text blocks, sealed interfaces with
// final and non-sealed implementations, private interface methods, lambda
// parameters declared var, and the Java 11 String methods (repeat, strip,
// isBlank, chars counted by hand).
public class java17_features {
    enum Kind { CIRCLE, SQUARE, TRIANGLE }

    sealed interface Shape permits Circle, Square, Blob {
        double area();

        default String label() {
            return prefix() + getClass().getSimpleName();
        }

        private String prefix() {
            return "shape:";
        }
    }

    static final class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return 3 * r * r;
        }
    }

    static final class Square implements Shape {
        final double s;

        Square(double s) {
            this.s = s;
        }

        public double area() {
            return s * s;
        }
    }

    static non-sealed class Blob implements Shape {
        public double area() {
            return -1;
        }
    }

    static String size(int n) {
        return switch (n) {
            case 0 -> "none";
            case 1, 2, 3 -> "few";
            default -> {
                if (n < 0) {
                    yield "negative";
                }
                yield n > 100 ? "lots" : "some";
            }
        };
    }

    static int sides(Kind k) {
        return switch (k) {
            case CIRCLE -> 0;
            case SQUARE -> 4;
            case TRIANGLE -> 3;
        };
    }

    static String describe(Object o) {
        if (o instanceof String s && !s.isEmpty()) {
            return "string of " + s.length();
        } else if (o instanceof Integer i) {
            return "int " + (i + 1);
        } else if (o instanceof Shape sh) {
            return sh.label() + " area " + sh.area();
        }
        return "other " + o;
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 2, 50, 500, -1}) {
            System.out.print(size(n) + " ");
        }
        System.out.println();
        for (Kind k : Kind.values()) {
            System.out.print(k + "=" + sides(k) + " ");
        }
        System.out.println();
        var words = new java.util.ArrayList<String>();
        words.add("alpha");
        words.add("beta");
        for (var w : words) {
            var day = switch (w) {
                case "alpha" -> 1;
                case "beta" -> {
                    int t = w.length();
                    yield t * 10;
                }
                default -> -1;
            };
            System.out.println(w + " -> " + day);
        }
        Object[] things = {"hello", "", 41, new Circle(2), new Square(3), new Blob(), 2.5};
        for (Object o : things) {
            System.out.println(describe(o));
        }
        String block = """
            Text blocks keep
              relative indentation,
            join \
            lines, and end with a newline
            """;
        System.out.print(block);
        int lines = 0;
        for (char c : block.toCharArray()) {
            if (c == '\n') {
                lines++;
            }
        }
        System.out.println(block.length() + " " + lines);
        System.out.println("ab".repeat(3) + "|" + "  padded \u2003".strip() + "|" + "   ".isBlank() + "|" + "x".isBlank() + "|" + "  lead".stripLeading() + "|" + "trail  ".stripTrailing() + "|");
        java.util.function.BiFunction<Integer, Integer, Integer> add = (var a, var b) -> a + b;
        System.out.println(add.apply(20, 22));
    }
}
