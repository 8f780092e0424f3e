// Enums: values(), valueOf() (and its IllegalArgumentException), ordinal(),
// name(), compareTo, equality, enums with fields and constructors, an
// abstract method implemented per constant (constant bodies), an enum
// implementing an interface, static methods and a static lookup table built
// in the enum's static initialiser, toString overridden, enums in arrays.
public class enums_basic {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3303, 2439), VENUS(48690, 6052), EARTH(59760, 6378), MARS(6421, 3397);

        final long mass;
        final int radius;

        Planet(long mass, int radius) {
            this.mass = mass;
            this.radius = radius;
        }

        long gravityish() {
            return mass * 1000 / ((long) radius * radius / 1000);
        }
    }

    interface Describable {
        String describe();
    }

    enum Op implements Describable {
        ADD("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        SUB("-") {
            int apply(int a, int b) {
                return a - b;
            }
        },
        MUL("*") {
            int apply(int a, int b) {
                return a * b;
            }

            public String describe() {
                return "times";
            }
        };

        private final String sym;
        private static final java.util.Map<String, Op> BY_SYM = new java.util.HashMap<>();

        static {
            for (Op o : values()) {
                BY_SYM.put(o.sym, o);
            }
        }

        Op(String sym) {
            this.sym = sym;
        }

        abstract int apply(int a, int b);

        public String describe() {
            return "op " + sym;
        }

        static Op bySymbol(String s) {
            return BY_SYM.get(s);
        }
    }

    enum Level {
        LOW, MEDIUM, HIGH;

        Level next() {
            return values()[(ordinal() + 1) % values().length];
        }

        @Override
        public String toString() {
            return name().toLowerCase() + "(" + ordinal() + ")";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.compareTo(Color.GREEN));
        }
        System.out.println(Color.valueOf("BLUE") == Color.BLUE);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        Color[] cs = Color.values();
        cs[0] = Color.BLUE;
        System.out.println("values() is a fresh copy: " + Color.values()[0]);
        for (Planet p : Planet.values()) {
            System.out.println(p + " mass=" + p.mass + " r=" + p.radius + " g~" + p.gravityish());
        }
        for (Op o : Op.values()) {
            System.out.println(o + " " + o.describe() + " 7,3 -> " + o.apply(7, 3));
        }
        System.out.println(Op.bySymbol("*").apply(6, 7) + " " + Op.bySymbol("?"));
        System.out.println("MUL class is a subclass: " + (Op.MUL.getClass() != Op.class) + ", declaring " + Op.MUL.getDeclaringClass().getSimpleName());
        Level l = Level.LOW;
        for (int i = 0; i < 5; i++) {
            System.out.print(l + " ");
            l = l.next();
        }
        System.out.println();
        System.out.println(Level.valueOf("HIGH") + " " + Level.HIGH.name());
        Describable d = Op.SUB;
        System.out.println(d.describe() + " " + (d instanceof Op) + " " + (d instanceof Enum));
        System.out.println(Color.RED.equals(Color.RED) + " " + Color.RED.equals(Level.LOW) + " " + (Color.RED == Color.valueOf("RED")));
        Level[] ls = new Level[3];
        System.out.println(ls[0] + " " + ls.length);
        System.out.println(Enum.valueOf(Level.class, "MEDIUM"));
    }
}
