// String.format and printf: %d with width, left-justify and zero padding,
// %,d grouping, %+d, %x %X %o of negative ints and longs (two's
// complement), %s and %S with width and precision, %c from a char and an
// int, %b of booleans, null and objects, %f/%.Nf/%10.3f (HALF_UP on the
// decimal form Double.toString gives: 0.125 -> 0.13, 0.15 -> 0.2 where C
// prints 0.1), %e and %E, %g,
// %n and %%, argument indexes (%2$s) and reuse (%<s), and the exceptions of
// a bad format (class name only).
public class string_format {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%,d] [%+d] [%+d] [% d]", 42, 42, 42, 42, 1234567, 5, -5, 7));
        System.out.println(String.format("[%d] [%d] [%,d] [%010d] [%-12d|]", Integer.MIN_VALUE, Long.MAX_VALUE, -987654321L, -42, -7L));
        System.out.println(String.format("[%x] [%X] [%o] [%x] [%X] [%o] [%08x] [%#x] [%#o]", 255, 255, 8, -1, -255L, -1L, 48879, 255, 8));
        System.out.println(String.format("[%x] [%x] [%x]", (byte) -1, (short) -1, Long.MIN_VALUE));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%S] [%s] [%s]", "text", "right", "left", "truncate", "ab", "upper", null, 3.5));
        System.out.println(String.format("[%c] [%c] [%C] [%3c] [%-3c]", 'x', 65, 'q', 'r', 's'));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%b] [%5b]", true, false, null, true, "nonnull", false));
        System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%.0f] [%,.2f] [%+.1f]", Math.PI, Math.E, -1.5, 2.25, -3.14159, 2.5, 1234567.891, 0.05));
        System.out.println(String.format("[%.2f] [%.2f] [%.2f] [%.1f] [%.1f] [%.1f] [%.0f] [%.0f] [%.3f]", 0.125, 0.375, 2.675, 0.05, 0.15, 0.25, 0.5, 1.5, 1.0005));
        System.out.println(String.format("[%.2f] [%.2f] [%f] [%.3f] [%.1f]", 1e10, -0.001, 1e-7, Double.MAX_VALUE / 1e300, 99.95));
        System.out.println(String.format("[%f] [%.1f] [%e] [%f]", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0));
        System.out.println(String.format("[%e] [%.2e] [%E] [%12.4e] [%e] [%.0e] [%e]", 12345.678, 0.000123456, 1e100, -6.02e23, 0.0, 5.5, 1.0));
        System.out.println(String.format("[%g] [%g] [%.3g] [%g] [%g]", 1234.5678, 0.00001234, 1e10, 100000.0, 1e-5));
        System.out.println(String.format("[%.2f] [%.3f] [%f]", 3.5f, 0.1f, 1.1f));
        System.out.println(String.format("%d%%%n%s", 50, "after newline"));
        System.out.println(String.format("%2$s %1$s %2$s %<s %s %s", "a", "b"));
        System.out.println(String.format("[%s] [%s] [%s] [%10s]", new StringBuilder("sb"), java.util.Arrays.asList(1, 2), 'c', (Object) null));
        System.out.println(String.format("no args") + String.format("") + String.format("%s", ""));
        System.out.println(String.format("[%d] [%s] [%x] [%d]", (byte) -5, (short) 7, 'a' + 0, Integer.valueOf(9)));
        System.out.printf("printf %d %s %.2f%n", 1, "two", 3.0);
        System.out.printf("%-8s|%8s|%n", "Name", "Score");
        String[] names = {"Ann", "Bartholomew", "Cy"};
        int[] scores = {93, 7, 100};
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-8s|%8d|%6.1f%%%n", names[i], scores[i], scores[i] / 1.2);
        }
        System.out.print(String.format("%s%n", "with %n"));
        String[] bad = {"%d", "%q", "%5", "%.2d", "%-d", "%s %s"};
        for (String f : bad) {
            try {
                System.out.println(String.format(f, "x"));
            } catch (IllegalArgumentException e) {
                System.out.println(f + " -> " + e.getClass().getName());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            table.append(String.format("%3d %6.3f %8.2e %4x %s%n", i * i * i, Math.sqrt(i), Math.pow(10, i) / 3, i * 1000, i % 2 == 0));
        }
        System.out.print(table);
        System.out.println(String.format("%,d %,d %,d %,.3f", 999, 1000, -1000000, 1234.5));
        System.out.println(String.format("%05.1f|%-7.2f|%7.2f|", -2.0, 3.14159, -3.14159));
    }
}
