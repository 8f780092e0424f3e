// Anonymous and local classes: capturing effectively final locals and
// parameters, capturing `this`, anonymous subclasses of classes with
// constructor arguments, instance initialiser blocks in anonymous classes,
// local classes with constructors and their own fields, local classes
// capturing loop variables, and their class names.
import java.util.ArrayList;
import java.util.List;

public class anonymous_local {
    interface Greeter {
        String greet(String who);
    }

    static abstract class Op {
        final String sym;

        Op(String sym) {
            this.sym = sym;
        }

        abstract int apply(int a, int b);

        public String toString() {
            return "Op" + sym;
        }
    }

    int base = 1000;

    Greeter greeterWithThis(String prefix) {
        return new Greeter() {
            int uses;

            public String greet(String who) {
                uses++;
                return prefix + " " + who + " base=" + base + " uses=" + uses;
            }
        };
    }

    static List<Greeter> makeGreeters() {
        List<Greeter> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int n = i;
            out.add(new Greeter() {
                public String greet(String who) {
                    return who + "#" + n;
                }
            });
        }
        return out;
    }

    public static void main(String[] args) {
        final int offset = 7;
        String tag = "t";
        Op plus = new Op("+") {
            int apply(int a, int b) {
                return a + b + offset;
            }
        };
        Op times = new Op("*") {
            int calls;

            {
                calls = 100;
            }

            int apply(int a, int b) {
                calls++;
                return a * b + calls;
            }
        };
        System.out.println(plus + " " + plus.apply(2, 3) + " " + times + " " + times.apply(2, 3) + " " + times.apply(2, 3));
        class Accumulator {
            int total;
            final String label;

            Accumulator(String label) {
                this.label = label + tag;
            }

            Accumulator add(int v) {
                total += v + offset;
                return this;
            }

            public String toString() {
                return label + "=" + total;
            }
        }
        Accumulator acc = new Accumulator("acc").add(1).add(2).add(3);
        System.out.println(acc);
        List<Accumulator> accs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int k = i * i;
            accs.add(new Accumulator("a" + i).add(k));
        }
        System.out.println(accs);
        anonymous_local self = new anonymous_local();
        Greeter g = self.greeterWithThis("hello");
        System.out.println(g.greet("ann"));
        self.base = 5;
        System.out.println(g.greet("bob"));
        for (Greeter gr : makeGreeters()) {
            System.out.println(gr.greet("g"));
        }
        System.out.println(plus.getClass().getName() + " " + times.getClass().getName());
        System.out.println(acc.getClass().getName() + " [" + plus.getClass().getSimpleName() + "] " + acc.getClass().getSimpleName());
        System.out.println(g.getClass().getName());
        Runnable r = new Runnable() {
            public void run() {
                System.out.println("run: " + tag + offset);
            }
        };
        r.run();
        Object o = new Object() {
            public String toString() {
                return "anonymous Object";
            }
        };
        System.out.println(o);
        System.out.println(new Op("-") {
            int apply(int a, int b) {
                return a - b;
            }
        }.apply(10, 4));
    }
}
