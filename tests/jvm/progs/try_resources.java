// try-with-resources: resources closed in reverse order of opening, on the
// normal path and when the body throws; an exception from close() after a
// body exception is added as suppressed; an exception from close() alone
// is thrown; a null resource is skipped; a resource opened by a factory
// that throws leaves the earlier ones closed; catch and finally clauses
// run after the closes.
public class try_resources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append("; ");
        }

        Res(String name) {
            this(name, false);
        }

        String use() {
            return "using " + name;
        }

        @Override
        public void close() {
            log.append("close ").append(name).append("; ");
            if (failOnClose) {
                throw new IllegalStateException("close " + name + " failed");
            }
        }
    }

    static Res openOrFail(String name, boolean fail) {
        if (fail) {
            throw new IllegalArgumentException("cannot open " + name);
        }
        return new Res(name);
    }

    static void flush(String title) {
        System.out.println(title + ": " + log.toString().trim());
        log.setLength(0);
    }

    public static void main(String[] args) {
        try (Res a = new Res("a"); Res b = new Res("b"); Res c = new Res("c")) {
            log.append(a.use()).append(b.use().length()).append("; ");
        }
        flush("normal");
        try (Res a = new Res("a"); Res b = new Res("b")) {
            log.append("body; ");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage()).append("; ");
        } finally {
            log.append("finally; ");
        }
        flush("body throws");
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            throw new RuntimeException("primary");
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage()).append(" suppressed ").append(e.getSuppressed().length).append(": ");
            for (Throwable s : e.getSuppressed()) {
                log.append(s.getMessage()).append(", ");
            }
        }
        flush("suppressed");
        try (Res a = new Res("a"); Res b = new Res("b", true)) {
            log.append("quiet body; ");
        } catch (IllegalStateException e) {
            log.append("caught ").append(e.getMessage()).append(" suppressed ").append(e.getSuppressed().length).append("; ");
        }
        flush("close throws");
        try (Res a = new Res("a"); Res n = null; Res c = new Res("c")) {
            log.append("null is ").append(n).append("; ");
        }
        flush("null resource");
        try (Res a = new Res("a"); Res b = openOrFail("b", true); Res c = new Res("c")) {
            log.append("not reached; ");
        } catch (IllegalArgumentException e) {
            log.append("caught ").append(e.getMessage()).append("; ");
        }
        flush("open fails");
        Res outer = new Res("outer");
        try (Res r = outer) {
            log.append(r == outer).append("; ");
        }
        flush("existing object");
        int total = 0;
        for (int i = 0; i < 3; i++) {
            try (Res r = new Res("loop" + i)) {
                if (i == 1) {
                    continue;
                }
                total += i;
            }
        }
        flush("loop total " + total);
        Throwable t = new Exception("main");
        t.addSuppressed(new RuntimeException("one"));
        t.addSuppressed(new Error("two"));
        System.out.println(t.getSuppressed().length + " " + t.getSuppressed()[1]);
    }
}
