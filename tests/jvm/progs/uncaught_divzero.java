// Integer division by zero in a static initialiser, uncaught: stderr
// starts with `Exception in thread "main" java.lang.ExceptionInInitializerError`
// and says `Caused by: java.lang.ArithmeticException: / by zero`; exit 1.
public class uncaught_divzero {
    static class Table {
        static final int[] ROWS = build(0);

        static int[] build(int n) {
            int[] r = new int[4];
            for (int i = 0; i < r.length; i++) {
                r[i] = 100 / (n + i - 2);
            }
            return r;
        }
    }

    public static void main(String[] args) {
        System.out.println("touching Table");
        System.out.println(Table.ROWS.length);
    }
}
