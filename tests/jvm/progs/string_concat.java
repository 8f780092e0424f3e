// String concatenation of every type: int, long, char, byte, short,
// boolean, float, double (Double.toString), null String and null Object,
// objects with toString (and one whose toString returns null), char
// arithmetic before and after a string operand, += in loops, concatenation
// of constants folded by javac, arrays' elements, and a long chain (more
// than 200 operands: javac splits invokedynamic concat past 200 slots).
public class string_concat {
    static class Thing {
        final int id;

        Thing(int id) {
            this.id = id;
        }

        public String toString() {
            return "Thing<" + id + ">";
        }
    }

    static class NullString {
        public String toString() {
            return null;
        }
    }

    static final String CONST = "con" + "st" + 1 + 2.5 + 'c' + true;

    public static void main(String[] args) {
        int i = -42;
        long l = 9000000000L;
        char c = 'Q';
        byte b = -7;
        short sh = 1234;
        boolean z = true;
        float f = 1.5f;
        double d = 0.1 + 0.2;
        String sn = null;
        Object on = null;
        Thing t = new Thing(7);
        System.out.println("int " + i + " long " + l + " char " + c + " byte " + b + " short " + sh + " bool " + z + " float " + f + " double " + d);
        System.out.println("null " + sn + " " + on + " thing " + t + " nullstring " + new NullString());
        System.out.println(sn + sn);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + 'a' + 'b');
        System.out.println(c + 1 + "|" + (char) (c + 1) + "|" + c + 1);
        System.out.println(f * 2 + " " + (f + "2") + " " + d * 10);
        System.out.println(Long.MIN_VALUE + "" + Integer.MIN_VALUE + Double.NaN + Float.NEGATIVE_INFINITY + (-0.0) + 1e-5f);
        System.out.println(CONST);
        String s = "";
        for (int k = 0; k < 10; k++) {
            s += k;
            s += ',';
        }
        System.out.println(s);
        String acc = null;
        acc += "x";
        acc += null;
        acc += 'y';
        acc += 1.0f;
        acc += t;
        System.out.println(acc);
        Object[] objs = {1, 2L, 3.0, 4.0f, '5', "6", true, null, t, (byte) 8, (short) 9};
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) {
            sb.append(o + ";");
        }
        System.out.println(sb);
        int[] arr = {1, 2, 3};
        System.out.println("elements " + arr[0] + arr[1] + arr[2] + " length " + arr.length);
        char[] chars = {'h', 'i'};
        System.out.println("chars " + String.valueOf(chars) + " " + new String(chars, 1, 1));
        String unicode = "ж" + 'ы' + "\u00e9" + '\t' + "|";
        System.out.println(unicode + unicode.length());
        System.out.println("empty" + "" + "" + "end");
        int n = 0;
        String side = "a" + (n++) + (n++) + n;
        System.out.println(side + " " + n);
        String many = "" + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i
            + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i
            + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l
            + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l
            + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d
            + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d
            + c + c + c + c + c + c + c + c + c + c + z + z + z + z + z + z + z + z + z + z + "end";
        System.out.println(many.length() + " " + many.hashCode() + " " + many.substring(many.length() - 30));
        String x = "x";
        x = x + x;
        x = x + x + x;
        System.out.println(x + " " + x.length());
        System.out.println("ab" == "a" + "b");
        String a = "a";
        System.out.println(("a" + "b").equals(a + "b") + " " + ("ab" == (a + "b")) + " " + ("ab" == (a + "b").intern()));
    }
}
