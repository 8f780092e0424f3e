// Static nested classes: a builder, a linked node type, private members of
// a nested class used by the outer class and the other way round, a nested
// class's static fields and methods, nested classes inside nested classes,
// and generic nested classes.
public class static_nested {
    private static int secretCounter = 0;

    private static int nextId() {
        return ++secretCounter;
    }

    static class Pizza {
        private final String size;
        private final String toppings;
        private final int id;

        private Pizza(Builder b) {
            size = b.size;
            toppings = b.toppings.toString();
            id = nextId();
        }

        public String toString() {
            return "pizza#" + id + " " + size + " [" + toppings + "]";
        }

        static class Builder {
            private String size = "medium";
            private final StringBuilder toppings = new StringBuilder();

            Builder size(String s) {
                size = s;
                return this;
            }

            Builder top(String t) {
                if (toppings.length() > 0) {
                    toppings.append(", ");
                }
                toppings.append(t);
                return this;
            }

            Pizza build() {
                return new Pizza(this);
            }
        }
    }

    static class Stack<T> {
        private static int instances;
        private Node<T> top;
        private int size;

        Stack() {
            instances++;
        }

        private static class Node<T> {
            final T value;
            final Node<T> next;

            Node(T value, Node<T> next) {
                this.value = value;
                this.next = next;
            }
        }

        void push(T v) {
            top = new Node<>(v, top);
            size++;
        }

        T pop() {
            T v = top.value;
            top = top.next;
            size--;
            return v;
        }

        boolean isEmpty() {
            return top == null;
        }

        static int instances() {
            return instances;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node<T> n = top; n != null; n = n.next) {
                sb.append(n.value);
                if (n.next != null) {
                    sb.append(" ");
                }
            }
            return sb.append("] size ").append(size).toString();
        }
    }

    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A a, B b) {
            first = a;
            second = b;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        public String toString() {
            return "<" + first + ", " + second + ">";
        }
    }

    public static void main(String[] args) {
        Pizza p1 = new Pizza.Builder().top("cheese").top("olives").build();
        Pizza p2 = new Pizza.Builder().size("large").build();
        Pizza p3 = new Pizza.Builder().size("small").top("ham").top("pineapple").top("basil").build();
        System.out.println(p1);
        System.out.println(p2);
        System.out.println(p3);
        System.out.println("sizes " + p1.size + " " + p2.size + " counter " + secretCounter);
        Stack<String> s = new Stack<>();
        Stack<Integer> t = new Stack<>();
        for (String w : new String[] {"a", "b", "c", "d"}) {
            s.push(w);
        }
        for (int i = 0; i < 5; i++) {
            t.push(i * i);
        }
        System.out.println(s + " / " + t);
        System.out.println(s.pop() + s.pop() + " " + (t.pop() + t.pop()));
        System.out.println(s + " / " + t + " instances " + Stack.instances());
        int sum = 0;
        while (!t.isEmpty()) {
            sum += t.pop();
        }
        System.out.println("sum " + sum + " " + t);
        Pair<String, Integer> pr = new Pair<>("one", 1);
        Pair<Integer, String> sw = pr.swap();
        Pair<String, Double> pd = pr.withSecond(1.5);
        System.out.println(pr + " " + sw + " " + pd + " " + (sw.first + 1) + " " + pd.second * 2);
        Stack<Pair<String, Integer>> ps = new Stack<>();
        ps.push(pr);
        ps.push(new Pair<>("two", 2));
        System.out.println(ps + " " + Stack.instances());
    }
}
