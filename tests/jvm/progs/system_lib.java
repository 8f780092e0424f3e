// java.lang.System: out and err (print, println, printf of every type;
// stderr is compared too), System.arraycopy forwards, backwards and
// overlapping in both directions, between arrays of every primitive type
// and of objects, its exceptions (class only), currentTimeMillis and
// nanoTime (only that they do not go backwards and are plausible),
// System.identityHashCode of null, and lineSeparator.
import java.util.Arrays;

public class system_lib {
    public static void main(String[] args) {
        System.out.print("print ");
        System.out.print(1);
        System.out.print(' ');
        System.out.print(2L);
        System.out.print(' ');
        System.out.print(3.5f);
        System.out.print(' ');
        System.out.print(4.25);
        System.out.print(' ');
        System.out.print(true);
        System.out.print(' ');
        System.out.print(new char[] {'c', 'h'});
        System.out.print(' ');
        System.out.print((Object) null);
        System.out.println();
        System.out.println(7);
        System.out.println('x');
        System.out.println(8L);
        System.out.println(9.5f);
        System.out.println(10.5);
        System.out.println(false);
        System.out.println(new char[] {'o', 'k'});
        System.out.println((String) null);
        System.out.println(new StringBuilder("builder"));
        System.out.printf("%s=%d%n", "printf", 11);
        System.out.format("%s=%d%n", "format", 12);
        System.err.println("to stderr 1");
        System.err.print("to stderr ");
        System.err.println(2);
        System.err.printf("stderr printf %05d%n", 3);
        System.out.println(System.lineSeparator().equals("\n"));
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println("overlap forward  " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 1, 6);
        System.out.println("overlap backward " + Arrays.toString(b));
        int[] c = new int[5];
        System.arraycopy(b, 5, c, 1, 3);
        System.out.println("between arrays " + Arrays.toString(c));
        System.arraycopy(c, 0, c, 0, 0);
        long[] la = {1, 2, 3};
        long[] lb = new long[4];
        System.arraycopy(la, 0, lb, 1, 3);
        double[] da = {0.5, 1.5};
        double[] db = new double[2];
        System.arraycopy(da, 0, db, 0, 2);
        char[] ca = "hello".toCharArray();
        System.arraycopy(ca, 1, ca, 0, 4);
        byte[] ba = {1, 2, 3, 4};
        System.arraycopy(ba, 0, ba, 1, 3);
        boolean[] za = {true, false};
        boolean[] zb = new boolean[3];
        System.arraycopy(za, 0, zb, 1, 2);
        String[] sa = {"a", "b", "c"};
        Object[] oa = new Object[4];
        System.arraycopy(sa, 0, oa, 1, 3);
        System.out.println(Arrays.toString(lb) + " " + Arrays.toString(db) + " " + new String(ca) + " " + Arrays.toString(ba) + " " + Arrays.toString(zb) + " " + Arrays.toString(oa));
        Object[][] attempts = {
            {a, -1, c, 0, 1}, {a, 0, c, 0, 6}, {a, 8, c, 0, 3}, {a, 0, c, 0, -1}, {null, 0, c, 0, 1}, {a, 0, null, 0, 1},
            {a, 0, la, 0, 1}, {a, 0, "string", 0, 1}, {new Object[] {1, "s"}, 0, new String[2], 0, 2}};
        for (Object[] t : attempts) {
            try {
                System.arraycopy(t[0], (Integer) t[1], t[2], (Integer) t[3], (Integer) t[4]);
                System.out.println("arraycopy ok");
            } catch (RuntimeException e) {
                System.out.println("arraycopy: " + e.getClass().getName());
            }
        }
        String[] partial = new String[2];
        try {
            System.arraycopy(new Object[] {"first", 2, "third"}, 0, partial, 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("partial copy kept " + partial[0] + " " + partial[1]);
        }
        long t0 = System.currentTimeMillis();
        long n0 = System.nanoTime();
        long spin = 0;
        for (int i = 0; i < 200000; i++) {
            spin += i % 7;
        }
        long t1 = System.currentTimeMillis();
        long n1 = System.nanoTime();
        System.out.println("spin " + spin + " time goes forward: " + (t1 >= t0) + " " + (n1 > n0) + " plausible: " + (t0 > 1600000000000L));
        System.out.println(System.identityHashCode(null));
        System.out.flush();
        System.err.flush();
    }
}
