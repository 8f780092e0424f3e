// super: super.method() up a three-level chain (each level adding to the
// result), super.toString()/equals() reaching Object's behaviour (equals is
// identity), super.field, a super call from an overriding method that the
// subclass's subclass overrides again, super calls inside lambdas and inner
// classes (Outer.super.m() is not Java; Outer.this.superHelper is), and
// constructors calling super with computed arguments.
public class super_calls {
    static class A {
        int f = 1;

        String name() {
            return "A";
        }

        String chain() {
            return "A";
        }

        int weight(int x) {
            return x + 1;
        }

        @Override
        public String toString() {
            return "A.toString";
        }
    }

    static class B extends A {
        int f = 2;

        String chain() {
            return super.chain() + ">B";
        }

        int weight(int x) {
            return super.weight(x) * 10;
        }

        String both() {
            return "this.f=" + f + " super.f=" + super.f + " name=" + name();
        }

        java.util.function.Supplier<String> viaLambda() {
            return () -> "lambda " + super.chain() + " / " + chain();
        }
    }

    static class C extends B {
        String name() {
            return "C";
        }

        String chain() {
            return super.chain() + ">C";
        }

        int weight(int x) {
            return super.weight(x + 100);
        }

        @Override
        public String toString() {
            return "C(" + super.toString() + ")";
        }

        class In {
            String ask() {
                return "inner sees " + C.this.chain() + " and " + C.this.name();
            }
        }
    }

    static class Base {
        final String label;
        final int size;

        Base(String label, int size) {
            this.label = label;
            this.size = size;
        }

        String info() {
            return label + ":" + size;
        }
    }

    static class Derived extends Base {
        final int extra;

        Derived(int n) {
            super("derived" + n, n * n);
            extra = size + 1;
        }

        String info() {
            return "[" + super.info() + " extra " + extra + "]";
        }
    }

    static class Plain {
        int id;

        Plain(int id) {
            this.id = id;
        }

        boolean sameAsObjectWould(Object o) {
            return super.equals(o);
        }
    }

    public static void main(String[] args) {
        A a = new A();
        B b = new B();
        C c = new C();
        System.out.println(a.chain() + " | " + b.chain() + " | " + c.chain());
        System.out.println(a.weight(1) + " " + b.weight(1) + " " + c.weight(1));
        System.out.println(b.both());
        System.out.println(c.both());
        System.out.println(a + " " + b + " " + c);
        System.out.println(b.viaLambda().get());
        System.out.println(c.viaLambda().get());
        System.out.println(c.new In().ask());
        A ac = c;
        System.out.println(ac.f + " " + ((B) ac).f + " " + ac.name());
        System.out.println(new Derived(3).info() + " " + new Derived(5).info());
        Plain p1 = new Plain(1);
        Plain p2 = new Plain(1);
        System.out.println(p1.sameAsObjectWould(p1) + " " + p1.sameAsObjectWould(p2) + " " + p1.equals(p2));
    }
}
