// try/catch/finally: several catch clauses chosen by class (subclass
// first), multi-catch, nested try blocks with an inner handler that does
// not match, finally on the normal path, the exception path and the return
// path, rethrow of the same exception, exceptions crossing method frames,
// catching Throwable/Error/Exception, and the state of locals in handlers.
public class exceptions_basic {
    static StringBuilder trace = new StringBuilder();

    static int risky(int kind) throws Exception {
        trace.append("risky").append(kind).append(' ');
        switch (kind) {
            case 0:
                return 42;
            case 1:
                throw new IllegalArgumentException("bad argument");
            case 2:
                throw new IllegalStateException("bad state");
            case 3:
                throw new java.io.IOException("io failed");
            case 4:
                return 10 / (kind - 4);
            case 5:
                int[] a = new int[2];
                return a[kind];
            case 6:
                throw new Exception("plain");
            case 7:
                throw new UnsupportedOperationException("nope");
            default:
                throw new AssertionError("kind " + kind);
        }
    }

    static String classify(int kind) {
        try {
            int v = risky(kind);
            return "value " + v;
        } catch (IllegalArgumentException e) {
            return "IAE " + e.getMessage();
        } catch (IllegalStateException | UnsupportedOperationException e) {
            return "multi " + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime " + e.getClass().getName() + " " + e.getMessage();
        } catch (java.io.IOException e) {
            return "io " + e.getMessage();
        } catch (Exception e) {
            return "exception " + e.getMessage();
        } catch (Error e) {
            return "error " + e;
        } finally {
            trace.append("finally").append(kind).append(' ');
        }
    }

    static int nested(int kind) {
        int stage = 0;
        try {
            stage = 1;
            try {
                stage = 2;
                risky(kind);
                stage = 3;
            } catch (IllegalStateException e) {
                stage = 10;
            } finally {
                stage += 100;
            }
            stage += 1000;
        } catch (Exception e) {
            return -stage;
        }
        return stage;
    }

    static void rethrow(int kind) throws Exception {
        try {
            risky(kind);
        } catch (Exception e) {
            trace.append("saw:").append(e.getClass().getSimpleName()).append(' ');
            throw e;
        }
    }

    static int depth(int n) {
        if (n == 0) {
            throw new RuntimeException("bottom");
        }
        try {
            return depth(n - 1);
        } finally {
            trace.append(n);
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 8; k++) {
            System.out.println(k + ": " + classify(k));
        }
        System.out.println(trace);
        trace.setLength(0);
        for (int k = 0; k <= 3; k++) {
            System.out.println("nested " + k + " -> " + nested(k));
        }
        for (int k = 0; k <= 2; k++) {
            try {
                rethrow(k);
                System.out.println("rethrow " + k + " ok");
            } catch (Exception e) {
                System.out.println("rethrow " + k + " caught " + e.getMessage());
            }
        }
        try {
            depth(6);
        } catch (RuntimeException e) {
            System.out.println("depth: " + e.getMessage());
        }
        System.out.println(trace);
        int x = 1;
        try {
            x = 2;
            Object o = null;
            o.hashCode();
            x = 3;
        } catch (NullPointerException e) {
            System.out.println("x in handler " + x);
        }
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("throwable " + t);
        }
        int caught = 0;
        for (int i = 0; i < 100; i++) {
            try {
                if (i % 3 == 0) {
                    throw new IllegalArgumentException();
                }
                if (i % 5 == 0) {
                    throw new ArithmeticException();
                }
            } catch (IllegalArgumentException e) {
                caught += 1;
            } catch (ArithmeticException e) {
                caught += 1000;
            }
        }
        System.out.println("caught " + caught);
        RuntimeException pre = new RuntimeException("made early");
        try {
            throw pre;
        } catch (RuntimeException e) {
            System.out.println("same object: " + (e == pre));
        }
    }
}
