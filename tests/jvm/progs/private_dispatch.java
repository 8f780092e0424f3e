// Private methods never dispatch virtually: a superclass's private method
// called from the superclass runs even when a subclass declares a method
// with the same name and descriptor (since class version 55 javac calls it
// with invokevirtual, before with invokespecial); private methods of a
// nestmate called from a nested class; private fields of the same name in
// super and subclass; static methods hidden (not overridden) by a
// subclass's static method of the same signature; and package-private
// methods overridden as usual.
public class private_dispatch {
    static class A {
        private String secret = "A.secret";

        private String who() {
            return "A.who";
        }

        String whoVirtual() {
            return "A.whoVirtual";
        }

        String call() {
            return who() + " / " + whoVirtual() + " / " + this.who() + " / " + secret;
        }

        String callOn(A other) {
            return other.who() + " " + other.secret;
        }

        static String id() {
            return "A.id";
        }

        String idViaInstance() {
            return id();
        }
    }

    static class B extends A {
        private String secret = "B.secret";

        String who() {
            return "B.who";
        }

        @Override
        String whoVirtual() {
            return "B.whoVirtual";
        }

        static String id() {
            return "B.id";
        }

        String mine() {
            return who() + " " + secret + " " + ((A) this).call();
        }
    }

    static class C extends B {
        String who() {
            return "C.who";
        }
    }

    private int counter;

    private int bump(int by) {
        counter += by;
        return counter;
    }

    class Inner {
        int poke() {
            return bump(10) + private_dispatch.this.bump(1);
        }
    }

    static class Nested {
        static int poke(private_dispatch p) {
            return p.bump(100) + p.counter;
        }
    }

    public static void main(String[] args) {
        A a = new A();
        A ab = new B();
        B b = new B();
        A ac = new C();
        System.out.println(a.call());
        System.out.println(ab.call());
        System.out.println(ac.call());
        System.out.println(b.mine());
        System.out.println(((B) ac).mine());
        System.out.println(a.callOn(b) + " | " + b.callOn(ac));
        System.out.println(A.id() + " " + B.id() + " " + C.id() + " " + b.idViaInstance());
        System.out.println(b.who() + " " + ((B) ac).who() + " " + ab.whoVirtual());
        private_dispatch p = new private_dispatch();
        System.out.println(p.new Inner().poke() + " " + Nested.poke(p) + " " + p.counter);
    }
}
