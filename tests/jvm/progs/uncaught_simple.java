// An uncaught exception in main: the output printed before it is kept
// (System.out flushed), finally blocks on the way out run first, then
// stderr starts with `Exception in thread "main"
// java.lang.IllegalStateException: boom` and a stack trace, exit status 1.
public class uncaught_simple {
    static void level3(int x) {
        if (x > 2) {
            throw new IllegalStateException("boom");
        }
    }

    static void level2(int x) {
        try {
            level3(x + 1);
        } finally {
            System.out.println("finally in level2");
        }
    }

    static void level1(int x) {
        level2(x + 1);
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.print("partial line without newline... ");
        level1(1);
        System.out.println("not reached");
    }
}
