// Custom exceptions and the Throwable API: checked and unchecked custom
// classes, constructors with message, cause, both and neither; getMessage,
// getLocalizedMessage, getCause, toString (class name, ": msg" only when a
// message exists; a cause-only exception's message is cause.toString()),
// initCause (and its IllegalStateException when a cause is set already),
// overriding getMessage, a chain of causes walked to the root, exception
// fields carrying data, and exceptions as ordinary objects in a list.
import java.util.ArrayList;
import java.util.List;

public class exceptions_custom {
    static class AppException extends Exception {
        AppException(String msg) {
            super(msg);
        }

        AppException(String msg, Throwable cause) {
            super(msg, cause);
        }

        AppException(Throwable cause) {
            super(cause);
        }
    }

    static class NotFound extends AppException {
        final String key;

        NotFound(String key) {
            super("no such key: " + key);
            this.key = key;
        }
    }

    static class Quiet extends RuntimeException {
        Quiet() {
            super();
        }
    }

    static class Fancy extends RuntimeException {
        final int code;

        Fancy(int code) {
            super("code " + code);
            this.code = code;
        }

        @Override
        public String getMessage() {
            return "fancy[" + super.getMessage() + "]";
        }
    }

    static String find(String key) throws NotFound {
        if (key.startsWith("x")) {
            throw new NotFound(key);
        }
        return key.toUpperCase();
    }

    static String load(String key) throws AppException {
        try {
            return find(key);
        } catch (NotFound e) {
            throw new AppException("load failed", e);
        }
    }

    static void show(Throwable t) {
        System.out.println("toString:    " + t);
        System.out.println("getMessage:  " + t.getMessage());
        System.out.println("localized:   " + t.getLocalizedMessage());
        System.out.println("getCause:    " + t.getCause());
    }

    public static void main(String[] args) throws Exception {
        System.out.println(load("abc"));
        try {
            load("xyz");
        } catch (AppException e) {
            show(e);
            NotFound nf = (NotFound) e.getCause();
            System.out.println("key " + nf.key);
        }
        show(new Quiet());
        show(new AppException(new IllegalArgumentException("inner")));
        show(new AppException((Throwable) null));
        show(new Fancy(7));
        show(new RuntimeException("msg", null));
        show(new Exception(""));
        Throwable t = new IllegalStateException("outer");
        t.initCause(new ArithmeticException("root"));
        show(t);
        try {
            t.initCause(new RuntimeException("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getClass().getName());
        }
        try {
            Throwable self = new RuntimeException("self");
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self cause: " + e.getClass().getName());
        }
        Throwable chain = new AppException("top", new RuntimeException("middle", new Error("root cause")));
        int depth = 0;
        Throwable root = chain;
        while (root.getCause() != null) {
            root = root.getCause();
            depth++;
        }
        System.out.println("root " + root.getMessage() + " at depth " + depth);
        List<Exception> errors = new ArrayList<>();
        for (String k : new String[] {"a", "xa", "b", "xb"}) {
            try {
                find(k);
            } catch (NotFound e) {
                errors.add(e);
            }
        }
        System.out.println(errors.size() + " " + errors.get(1).getMessage());
        try {
            throw new Fancy(99);
        } catch (Fancy f) {
            System.out.println(f.code + " " + f);
        }
        Exception checked = new java.io.IOException("disk");
        RuntimeException wrapped = new RuntimeException(checked);
        System.out.println(wrapped.getMessage() + " | " + wrapped.getCause().getMessage());
        System.out.println(new NullPointerException("explicit message").getMessage());
        System.out.println(new ArrayIndexOutOfBoundsException(5).getMessage());
        System.out.println(new StringIndexOutOfBoundsException("custom").getMessage());
        System.out.println(new NumberFormatException().getMessage());
        System.out.println(new UnsupportedOperationException("u").toString());
        Throwable[] kinds = {new Throwable("t"), new Error(), new NotFound("k"), new Quiet()};
        for (Throwable k : kinds) {
            System.out.println(k.getClass().getName() + " " + (k instanceof Exception) + " " + (k instanceof RuntimeException) + " " + (k instanceof Error));
        }
    }
}
