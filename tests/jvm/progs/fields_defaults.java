// Fields: the default value of every type, static and instance; field
// hiding (a subclass field with the name of a superclass field); static
// fields shared by every instance; final fields; fields read through a
// superclass-typed reference; compound operations on fields of every type.
public class fields_defaults {
    static boolean sz;
    static byte sb;
    static short ss;
    static char sc;
    static int si;
    static long sl;
    static float sf;
    static double sd;
    static String sstr;
    static Object sobj;
    static int[] sarr;

    boolean z;
    byte b;
    short s;
    char c;
    int i;
    long l;
    float f;
    double d;
    String str;
    Object obj;
    long[] arr;

    static class Base {
        int x = 1;
        static String kind = "base";
        String who() {
            return "Base x=" + x;
        }
    }

    static class Derived extends Base {
        int x = 2;
        static String kind = "derived";
        String who() {
            return "Derived x=" + x + " super.x=" + super.x;
        }
    }

    static class Counter {
        static int total;
        int mine;
        final int id;

        Counter() {
            total++;
            mine++;
            id = total;
        }
    }

    public static void main(String[] args) {
        System.out.println("static: " + sz + " " + sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + sstr + " " + sobj + " " + sarr);
        System.out.println("char default is NUL: " + (sc == '\u0000'));
        fields_defaults o = new fields_defaults();
        System.out.println("instance: " + o.z + " " + o.b + " " + o.s + " " + (int) o.c + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " " + o.str + " " + o.obj + " " + o.arr);
        o.z = !o.z;
        o.b += 100;
        o.b += 100;
        o.s -= 30000;
        o.s -= 30000;
        o.c += 'A';
        o.c++;
        o.i += Integer.MAX_VALUE;
        o.i++;
        o.l += Long.MAX_VALUE;
        o.l += 2;
        o.f += 0.1f;
        o.f *= 3;
        o.d += 0.1;
        o.d *= 3;
        o.str += "x";
        o.str += 1;
        System.out.println("changed: " + o.z + " " + o.b + " " + o.s + " " + o.c + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " " + o.str);
        sl = -1;
        sl >>>= 60;
        si = -1;
        si >>>= 28;
        sb = (byte) 0x80;
        sb >>= 1;
        ss = (short) 0xffff;
        ss >>>= 4;
        System.out.println("shifted: " + sl + " " + si + " " + sb + " " + ss);
        Base bd = new Derived();
        Derived dd = (Derived) bd;
        System.out.println(bd.x + " " + dd.x + " " + ((Base) dd).x);
        System.out.println(bd.who());
        System.out.println(Base.kind + " " + Derived.kind);
        Counter c1 = new Counter();
        Counter c2 = new Counter();
        Counter c3 = new Counter();
        System.out.println(Counter.total + " " + c1.mine + c2.mine + c3.mine + " ids " + c1.id + c2.id + c3.id);
        int[] counts = new int[3];
        fields_defaults[] many = new fields_defaults[3];
        for (int k = 0; k < many.length; k++) {
            many[k] = new fields_defaults();
            many[k].i = k * 10;
            counts[k] = many[k].i + many[k].b;
        }
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2]);
    }
}
