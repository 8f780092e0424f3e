// Overloads told apart by descriptor: int/long/double/float/char/byte/short,
// Object/String/Integer, boxing and unboxing chosen only when no widening
// fits, varargs last, null to the most specific reference type, overloads
// across a class hierarchy (static types choose, dynamic types dispatch),
// and println's own overloads (char, char[], int, Object).
public class overloads {
    static String f(int x) { return "int " + x; }
    static String f(long x) { return "long " + x; }
    static String f(double x) { return "double " + x; }
    static String f(float x) { return "float " + x; }
    static String f(char x) { return "char " + x; }
    static String f(Object x) { return "Object " + x; }
    static String f(String x) { return "String " + x; }
    static String f(Integer x) { return "Integer " + x; }

    static String g(long x) { return "g long " + x; }
    static String g(Object x) { return "g Object " + x; }

    static String h(double x) { return "h double " + x; }
    static String h(Integer x) { return "h Integer " + x; }

    static String v(int... xs) { return "varargs " + xs.length; }
    static String v(int a, int b) { return "two ints"; }

    static String w(Object o) { return "w Object"; }
    static String w(Object... os) { return "w varargs " + (os == null ? "null" : "" + os.length); }

    static String n(Object o) { return "n Object"; }
    static String n(String s) { return "n String"; }

    static String b(Integer i) { return "b Integer"; }
    static String b(Number n) { return "b Number"; }
    static String b(long l) { return "b long"; }

    static class Animal {
        String meet(Animal a) { return "animal meets animal"; }
        String meet(Dog d) { return "animal meets dog"; }
    }

    static class Dog extends Animal {
        String meet(Animal a) { return "dog meets animal"; }
        String meet(Dog d) { return "dog meets dog"; }
    }

    String inst(int x) { return "inst int"; }
    String inst(long x) { return "inst long"; }

    public static void main(String[] args) {
        byte by = 1;
        short sh = 2;
        char ch = 'c';
        System.out.println(f(1));
        System.out.println(f(1L));
        System.out.println(f(1.5));
        System.out.println(f(1.5f));
        System.out.println(f('x'));
        System.out.println(f(by));
        System.out.println(f(sh));
        System.out.println(f(ch + 1));
        System.out.println(f((char) (ch + 1)));
        System.out.println(f("s"));
        System.out.println(f(Integer.valueOf(5)));
        System.out.println(f(Long.valueOf(6)));
        System.out.println(f(new StringBuilder("sb")));
        System.out.println(f((Object) "as object"));
        System.out.println(g(3));
        System.out.println(g(Integer.valueOf(3)));
        System.out.println(g('a'));
        System.out.println(g(2.5));
        System.out.println(h(4));
        System.out.println(h(Integer.valueOf(4)));
        System.out.println(v());
        System.out.println(v(1));
        System.out.println(v(1, 2));
        System.out.println(v(1, 2, 3));
        System.out.println(v(new int[] {4, 5, 6, 7}));
        System.out.println(w("one"));
        System.out.println(w("one", "two"));
        System.out.println(w());
        System.out.println(w((Object[]) null));
        System.out.println(n(null));
        System.out.println(n((Object) null));
        System.out.println(b(1));
        System.out.println(b(Integer.valueOf(1)));
        System.out.println(b(Double.valueOf(1)));
        Animal a = new Dog();
        Dog d = new Dog();
        Animal plain = new Animal();
        System.out.println(a.meet(a));
        System.out.println(a.meet(d));
        System.out.println(plain.meet(a));
        System.out.println(plain.meet(d));
        System.out.println(d.meet((Animal) d));
        overloads o = new overloads();
        System.out.println(o.inst(1) + " " + o.inst(1L) + " " + o.inst(by));
        System.out.println('a');
        System.out.println('a' + 'b');
        System.out.println((char) ('a' + 1));
        System.out.println(new char[] {'h', 'i'});
        System.out.println((Object) "obj");
        System.out.println(1.0f);
        System.out.println(1.0);
        System.out.println(10L);
        System.out.println(true);
        String sn = null;
        System.out.println(sn);
        Object on = null;
        System.out.println(on);
        System.out.print('c');
        System.out.print(1);
        System.out.print(2L);
        System.out.print(3.0f);
        System.out.print(4.0);
        System.out.print(false);
        System.out.print(new char[] {'!', '?'});
        System.out.print((Object) null);
        System.out.print(sn);
        System.out.println();
        StringBuilder sb = new StringBuilder();
        sb.append('c').append(1).append(2L).append(3.0f).append(4.0).append(true).append(new char[] {'x'}).append((Object) null).append(sn).append("s");
        System.out.println(sb);
        System.out.println(String.valueOf(new char[] {'a', 'b'}) + String.valueOf('c') + String.valueOf(1) + String.valueOf((Object) null));
    }
}
