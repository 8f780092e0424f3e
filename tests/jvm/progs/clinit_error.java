// A static initialiser that throws: the first use gets
// ExceptionInInitializerError (its cause the original exception), every
// later use NoClassDefFoundError; other classes are unaffected; an error
// in a superclass's initialiser fails the subclass's initialisation too.
public class clinit_error {
    static class Bad {
        static int zero = 0;
        static int value = 10 / zero;

        static int get() {
            return value;
        }
    }

    static class Fails {
        static {
            if (true) {
                throw new IllegalStateException("config missing");
            }
        }

        static void hello() {
            System.out.println("never");
        }
    }

    static class Child extends Fails {
        static int x = 5;
    }

    static class Good {
        static int value = 99;
    }

    public static void main(String[] args) {
        try {
            System.out.println(Bad.get());
        } catch (ExceptionInInitializerError e) {
            System.out.println("1: " + e.getClass().getName());
            System.out.println("   cause: " + e.getCause());
            System.out.println("   getException: " + e.getException().getMessage());
        }
        try {
            System.out.println(Bad.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("2: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new Bad();
        } catch (Throwable t) {
            System.out.println("3: " + t.getClass().getName() + " is Error: " + (t instanceof Error) + " is LinkageError: " + (t instanceof LinkageError));
        }
        System.out.println("Good still works: " + Good.value);
        try {
            Fails.hello();
        } catch (ExceptionInInitializerError e) {
            System.out.println("4: " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
        try {
            System.out.println(Child.x);
        } catch (NoClassDefFoundError e) {
            System.out.println("5: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Fails.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("6: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("end");
    }
}
