// The VM's own exceptions, caught: ArithmeticException "/ by zero" from
// int and long / and % (never from floating point); NullPointerException
// from a field read and write, a method call, an array load, store and
// length, unboxing, throw null and a string switch (class name only: the
// JDK's helpful NPE messages are not reproduced); ArrayIndexOutOfBounds
// with its message for loads and stores of every element type and negative
// indexes; NegativeArraySizeException "-1" (also in a 2-D new);
// StringIndexOutOfBoundsException and ClassCastException by class (their
// messages are the JDK's own wording).
public class runtime_exceptions {
    static class Node {
        int value;
        Node next;

        int get() {
            return value;
        }
    }

    static int zero = 0;
    static long lzero = 0;

    interface Action {
        Object run() throws Exception;
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            System.out.println(label + ": no exception, " + r);
        } catch (NullPointerException | StringIndexOutOfBoundsException | ClassCastException e) {
            System.out.println(label + ": " + e.getClass().getName());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("int /", () -> 10 / zero);
        attempt("int %", () -> 10 % zero);
        attempt("long /", () -> 10L / lzero);
        attempt("long %", () -> 10L % lzero);
        attempt("double /", () -> 10.0 / zero);
        attempt("double %", () -> 10.0 % zero);
        attempt("MIN / -1", () -> Integer.MIN_VALUE / (zero - 1));
        attempt("compound /=", () -> {
            int x = 5;
            x /= zero;
            return x;
        });
        Node n = null;
        int[] ia = null;
        Integer boxed = null;
        String s = null;
        attempt("field read", () -> n.value);
        attempt("field write", () -> {
            n.value = 1;
            return null;
        });
        attempt("method call", () -> n.get());
        attempt("chained", () -> new Node().next.value);
        attempt("array load", () -> ia[0]);
        attempt("array store", () -> {
            ia[0] = 1;
            return null;
        });
        attempt("array length", () -> ia.length);
        attempt("unboxing", () -> boxed + 1);
        attempt("string method", () -> s.length());
        attempt("throw null", () -> {
            throw null;
        });
        attempt("string concat of null is fine", () -> "x" + s + n);
        int[] three = new int[3];
        attempt("int load 5", () -> three[5]);
        attempt("int load -1", () -> three[-1]);
        attempt("int store 3", () -> {
            three[3] = 1;
            return null;
        });
        long[] la = new long[2];
        attempt("long store", () -> {
            la[2] = 1;
            return null;
        });
        double[] da = new double[0];
        attempt("double load", () -> da[0]);
        byte[] ba = new byte[4];
        attempt("byte load", () -> ba[Integer.MAX_VALUE]);
        boolean[] za = new boolean[1];
        attempt("boolean store", () -> {
            za[-5] = true;
            return null;
        });
        char[] ca = new char[2];
        attempt("char load", () -> ca[2]);
        short[] sa = new short[2];
        attempt("short store", () -> {
            sa[10] = 1;
            return null;
        });
        float[] fa = new float[1];
        attempt("float load", () -> fa[1]);
        String[] stra = new String[2];
        attempt("object load", () -> stra[2]);
        int[][] grid = new int[2][3];
        attempt("2-D inner", () -> grid[1][3]);
        attempt("2-D outer", () -> grid[2][0]);
        attempt("new int[-1]", () -> new int[zero - 1]);
        attempt("new String[-5]", () -> new String[zero - 5]);
        attempt("new int[2][-3]", () -> new int[2][zero - 3]);
        attempt("new long[-2][2]", () -> new long[zero - 2][2]);
        attempt("new int[0] is fine", () -> new int[zero].length);
        attempt("charAt", () -> "abc".charAt(5));
        attempt("substring", () -> "abc".substring(2, 1).length());
        attempt("cast", () -> (String) (Object) Integer.valueOf(3));
        attempt("clone of empty", () -> new int[0].clone().length);
        StringBuilder sb = new StringBuilder("xy");
        try {
            sb.charAt(7);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("StringBuilder.charAt: " + e.getClass().getName());
        }
        try {
            Object o = "str";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("cast: " + e.getClass().getName() + " is RuntimeException " + (e instanceof RuntimeException));
        }
        try {
            int[] big = new int[3];
            int k = 0;
            while (true) {
                big[k++] = k;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("loop ran off the end: " + e.getMessage() + " is IndexOutOfBounds " + (e instanceof IndexOutOfBoundsException));
        }
    }
}
