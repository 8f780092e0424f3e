// Interfaces: abstract, default and static methods; a default calling an
// abstract method; a class overriding a default; two interfaces with the
// same default resolved by X.super.m(); interface constants; an interface
// extending two others; interface-typed arrays and dispatch through them.
public class interfaces {
    interface Shape {
        double PI_ISH = 3.0;

        int area();

        default String describe() {
            return name() + " of area " + area();
        }

        default String name() {
            return "shape";
        }

        static Shape square(int side) {
            return () -> side * side;
        }

        static int total(Shape[] shapes) {
            int t = 0;
            for (Shape s : shapes) {
                t += s.area();
            }
            return t;
        }
    }

    interface Walker {
        default String move() {
            return "walk";
        }
    }

    interface Swimmer {
        default String move() {
            return "swim";
        }
    }

    interface Named {
        String label();
    }

    interface Both extends Named, Shape {
        default String name() {
            return "both:" + label();
        }
    }

    static class Duck implements Walker, Swimmer {
        public String move() {
            return Walker.super.move() + "+" + Swimmer.super.move();
        }
    }

    static class Rect implements Shape {
        final int w, h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        public int area() {
            return w * h;
        }

        public String name() {
            return "rect " + w + "x" + h;
        }
    }

    static class Circle implements Shape {
        final int r;

        Circle(int r) {
            this.r = r;
        }

        public int area() {
            return (int) (PI_ISH * r * r);
        }
    }

    static class Tagged implements Both {
        public String label() {
            return "tag";
        }

        public int area() {
            return 7;
        }
    }

    static class Robot implements Walker {
    }

    interface Counter {
        int next();

        default int skip(int n) {
            int last = 0;
            for (int i = 0; i < n; i++) {
                last = next();
            }
            return last;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Circle(2), Shape.square(5), new Tagged()};
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        System.out.println("total " + Shape.total(shapes));
        System.out.println("PI_ISH " + Shape.PI_ISH);
        System.out.println(new Duck().move());
        System.out.println(new Robot().move());
        Walker w = new Duck();
        System.out.println("walker says " + w.move());
        Named n = new Tagged();
        System.out.println(n.label() + " " + (n instanceof Shape) + " " + (n instanceof Both) + " " + (w instanceof Swimmer));
        int[] state = {0};
        Counter c = () -> state[0] += 3;
        System.out.println(c.next() + " " + c.skip(4) + " " + c.next());
        Counter anon = new Counter() {
            int v = 100;

            public int next() {
                return v--;
            }

            public int skip(int k) {
                return Counter.super.skip(k) * 2;
            }
        };
        System.out.println(anon.next() + " " + anon.skip(3) + " " + anon.next());
        Comparable<String> cmp = "m"::compareTo;
        System.out.println(cmp.compareTo("a") > 0);
        System.out.println(cmp.compareTo("z") < 0);
    }
}
