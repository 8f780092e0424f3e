// Abstract classes: a template method calling abstract steps, constructors
// of abstract classes, protected fields, an abstract class implementing an
// interface partly, a chain of three levels with overrides at each level,
// and a virtual call from a superclass constructor that sees the subclass's
// fields still at their defaults.
public class abstract_classes {
    interface Pricing {
        int price();

        int discount();
    }

    static abstract class Item implements Pricing {
        protected final String name;
        static int made;

        Item(String name) {
            this.name = name;
            made++;
        }

        public int discount() {
            return 0;
        }

        final String receipt() {
            return name + ": " + price() + " - " + discount() + " = " + (price() - discount());
        }

        abstract String category();
    }

    static class Book extends Item {
        final int pages;

        Book(String name, int pages) {
            super(name);
            this.pages = pages;
        }

        public int price() {
            return 500 + pages;
        }

        String category() {
            return "book";
        }
    }

    static class SaleBook extends Book {
        SaleBook(String name, int pages) {
            super(name, pages);
        }

        public int discount() {
            return price() / 4;
        }

        String category() {
            return "sale " + super.category();
        }
    }

    static abstract class Animal {
        final String sound;

        Animal() {
            sound = makeSound();
        }

        abstract String makeSound();
    }

    static class Dog extends Animal {
        String volume = "loud";
        int barks = 3;

        String makeSound() {
            return "woof volume=" + volume + " barks=" + barks;
        }
    }

    static abstract class Node {
        abstract int eval();

        abstract String show();
    }

    static class Num extends Node {
        final int v;

        Num(int v) {
            this.v = v;
        }

        int eval() {
            return v;
        }

        String show() {
            return Integer.toString(v);
        }
    }

    static abstract class Bin extends Node {
        final Node l, r;

        Bin(Node l, Node r) {
            this.l = l;
            this.r = r;
        }

        abstract int apply(int a, int b);

        abstract char op();

        int eval() {
            return apply(l.eval(), r.eval());
        }

        String show() {
            return "(" + l.show() + " " + op() + " " + r.show() + ")";
        }
    }

    static class Add extends Bin {
        Add(Node l, Node r) {
            super(l, r);
        }

        int apply(int a, int b) {
            return a + b;
        }

        char op() {
            return '+';
        }
    }

    static class Mul extends Bin {
        Mul(Node l, Node r) {
            super(l, r);
        }

        int apply(int a, int b) {
            return a * b;
        }

        char op() {
            return '*';
        }
    }

    public static void main(String[] args) {
        Item[] items = {new Book("Dune", 412), new SaleBook("Emma", 300), new Book("Ulysses", 730)};
        int sum = 0;
        for (Item it : items) {
            System.out.println(it.category() + " | " + it.receipt());
            sum += it.price() - it.discount();
        }
        System.out.println("sum " + sum + " made " + Item.made);
        Pricing p = items[1];
        System.out.println("via interface " + p.price() + " " + p.discount());
        Dog d = new Dog();
        System.out.println("constructor saw: " + d.sound);
        System.out.println("now: " + d.makeSound());
        Node e = new Add(new Num(2), new Mul(new Num(3), new Add(new Num(4), new Num(-9))));
        System.out.println(e.show() + " = " + e.eval());
        Node big = new Num(1);
        for (int i = 2; i <= 8; i++) {
            big = (i % 2 == 0) ? new Mul(big, new Num(i)) : new Add(big, new Num(i));
        }
        System.out.println(big.show() + " = " + big.eval());
    }
}
