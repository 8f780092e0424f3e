// An uncaught exception of the program's own (nested) class whose message
// is the cause's toString: stderr starts with `Exception in thread "main"
// uncaught_custom$ConfigError: java.lang.NumberFormatException: For input
// string: "ten"` and a `Caused by:` line; exit 1. A catch for another
// class on the way does not stop it.
public class uncaught_custom {
    static class ConfigError extends RuntimeException {
        ConfigError(Throwable cause) {
            super(cause);
        }
    }

    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ConfigError(e);
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (String s : new String[] {"1", "2", "ten", "4"}) {
            try {
                total += parse(s);
                System.out.println("total " + total);
            } catch (IllegalStateException e) {
                System.out.println("not this one");
            }
        }
    }
}
