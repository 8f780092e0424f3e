// StringBuilder: append of every type (int, long, char, boolean, float,
// double, null String, null Object, char[], a subsequence, another
// builder), insert at the front, middle and end, reverse (surrogate pairs
// kept in order), delete and deleteCharAt, setCharAt, setLength (shorter
// and longer: NUL padding), replace, indexOf/lastIndexOf, charAt,
// substring, length, chained calls, its exceptions, and a builder used as a
// CharSequence.
public class stringbuilder {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        String ns = null;
        Object no = null;
        sb.append(1).append(' ').append(2L).append(' ').append('c').append(' ').append(true).append(' ')
            .append(1.5f).append(' ').append(2.25).append(' ').append(ns).append(' ').append(no).append(' ')
            .append(new char[] {'x', 'y'}).append(' ').append("abcdef", 1, 3).append(' ')
            .append(new StringBuilder("inner")).append(' ').append((Object) "obj").append(' ').append(-0.0)
            .append(' ').append(1e21).append(' ').append(Long.MIN_VALUE).append(' ').append((short) -3)
            .append(' ').append((byte) 7).append(' ').append(new char[] {'a', 'b', 'c', 'd'}, 1, 2);
        System.out.println(sb);
        System.out.println("length " + sb.length());
        StringBuilder in = new StringBuilder("middle");
        in.insert(0, "[").insert(in.length(), ']').insert(4, 42).insert(1, 1.5).insert(0, true).insert(2, new char[] {'*'}).insert(0, (Object) null);
        System.out.println(in);
        StringBuilder r = new StringBuilder("stressed");
        System.out.println(r.reverse() + " " + r.reverse());
        StringBuilder pair = new StringBuilder("a\uD83D\uDE00b");
        String rev = pair.reverse().toString();
        System.out.println(rev.length() + " " + (int) rev.charAt(1) + " " + (int) rev.charAt(2) + " " + rev);
        StringBuilder d = new StringBuilder("0123456789");
        d.delete(2, 5);
        System.out.println(d);
        d.deleteCharAt(0);
        System.out.println(d);
        d.delete(3, 100);
        System.out.println(d);
        d.setCharAt(1, 'X');
        System.out.println(d);
        d.setLength(2);
        System.out.println(d + " " + d.length());
        d.setLength(4);
        System.out.println(d.length() + " " + (int) d.charAt(3) + " " + d.toString().replace('\0', '_'));
        StringBuilder rep = new StringBuilder("hello world");
        rep.replace(0, 5, "goodbye");
        System.out.println(rep);
        rep.replace(8, 100, "moon");
        System.out.println(rep + " " + rep.indexOf("o") + " " + rep.lastIndexOf("o") + " " + rep.indexOf("o", 5) + " " + rep.indexOf("zzz"));
        System.out.println(rep.charAt(0) + " " + rep.substring(8) + " " + rep.substring(0, 4) + " " + rep.subSequence(1, 3));
        CharSequence cs = rep;
        System.out.println(cs.length() + " " + cs.charAt(2) + " " + cs.toString().toUpperCase());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            big.append(i % 10);
        }
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.substring(995));
        StringBuilder num = new StringBuilder();
        long n = 1234567890123L;
        while (n > 0) {
            num.insert(0, (char) ('0' + n % 10));
            n /= 10;
            if (n > 0 && num.length() % 4 == 3) {
                num.insert(0, ',');
            }
        }
        System.out.println(num);
        String[] bad = {"charAt", "deleteCharAt", "insert", "setLength", "delete", "substring"};
        for (String op : bad) {
            StringBuilder t = new StringBuilder("abc");
            try {
                switch (op) {
                    case "charAt":
                        t.charAt(3);
                        break;
                    case "deleteCharAt":
                        t.deleteCharAt(-1);
                        break;
                    case "insert":
                        t.insert(4, "x");
                        break;
                    case "setLength":
                        t.setLength(-1);
                        break;
                    case "delete":
                        t.delete(2, 1);
                        break;
                    default:
                        t.substring(4);
                }
                System.out.println(op + " ok");
            } catch (IndexOutOfBoundsException e) {
                System.out.println(op + " -> " + e.getClass().getName());
            }
        }
        StringBuilder eq1 = new StringBuilder("same");
        StringBuilder eq2 = new StringBuilder("same");
        System.out.println(eq1.equals(eq2) + " " + eq1.toString().equals(eq2.toString()) + " " + "same".contentEquals(eq1));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, '>').reverse();
        System.out.println(buf + " " + buf.length());
    }
}
