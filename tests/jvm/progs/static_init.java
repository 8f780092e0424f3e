// Static initialisation in the JVM's order: a class is initialised at its
// first new, static method call, or non-constant static field read or
// write; its superclass first; never for a compile-time constant, an array
// of it, or a field reached through a subclass (only the declaring class);
// an interface's fields when first read, and a superinterface with default
// methods along with the class that implements it; each <clinit> once.
public class static_init {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        System.out.println("  init " + s);
        return s.length();
    }

    static class A {
        static int a = note("A.a");

        static {
            note("A.static");
        }

        static void touch() {
            note("A.touch()");
        }
    }

    static class B extends A {
        static int b = note("B.b");
        static final int CONST = 42;
        static final String SCONST = "constant";
        static final Integer BOXED = note("B.BOXED");

        B() {
            note("B()");
        }
    }

    static class C extends B {
        static {
            note("C.static");
        }

        static int c = note("C.c");
    }

    static class Holder {
        static int counter;

        static {
            counter = 100;
            note("Holder");
        }
    }

    interface Plain {
        int P = note("Plain.P");
    }

    interface WithDefault {
        int W = note("WithDefault.W");

        default String hello() {
            return "hello";
        }
    }

    static class ImplPlain implements Plain {
        static {
            note("ImplPlain");
        }
    }

    static class ImplDefault implements WithDefault {
        static {
            note("ImplDefault");
        }
    }

    static class Lazy {
        static {
            note("Lazy (never)");
        }

        static final int K = 7;
    }

    static class Order {
        static int first = second() + 1;
        static int two = 2;

        static int second() {
            return two;
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("constant " + B.CONST + " " + B.SCONST + " " + Lazy.K);
        B[] bs = new B[3];
        System.out.println("array of B made, length " + bs.length);
        System.out.println("reading B.a through the subclass:");
        System.out.println("B.a = " + B.a);
        System.out.println("calling A.touch():");
        A.touch();
        System.out.println("new B():");
        new B();
        System.out.println("new B() again:");
        new B();
        System.out.println("C.c:");
        System.out.println("C.c = " + C.c);
        System.out.println("writing Holder.counter:");
        Holder.counter += 5;
        System.out.println("Holder.counter = " + Holder.counter);
        System.out.println("new ImplPlain():");
        new ImplPlain();
        System.out.println("Plain.P:");
        System.out.println("Plain.P = " + Plain.P);
        System.out.println("new ImplDefault():");
        ImplDefault d = new ImplDefault();
        System.out.println(d.hello() + " W = " + WithDefault.W);
        System.out.println("Order.first = " + Order.first + " (two was still 0)");
        System.out.println("B.BOXED = " + B.BOXED);
        System.out.println("log: " + log.toString().trim());
    }
}
