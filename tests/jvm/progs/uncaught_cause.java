// An uncaught exception with a cause: stderr starts with `Exception in
// thread "main" java.lang.IllegalStateException: boom`, the trace, then
// `Caused by: java.io.IOException: disk on fire` (and its own cause), exit 1.
import java.io.IOException;

public class uncaught_cause {
    static void read() throws IOException {
        throw new IOException("disk on fire", new ArithmeticException("sector / by zero"));
    }

    static void load() {
        try {
            read();
        } catch (IOException e) {
            throw new IllegalStateException("boom", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("loading");
        load();
    }
}
