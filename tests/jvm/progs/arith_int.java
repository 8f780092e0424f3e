// 32-bit int arithmetic exactly as Java defines it: overflow wraps,
// MIN_VALUE / -1 is MIN_VALUE and MIN_VALUE % -1 is 0, / and % truncate
// toward zero (the remainder takes the dividend's sign), shifts use only
// the low 5 bits of the count (>= 32 and negative counts), >> against >>>,
// narrowing to char/byte/short, compound assignments that narrow
// (b += 200), ++/-- on byte, short and char, char arithmetic, unary minus
// of MIN_VALUE, and the promotion rules of mixed expressions.
public class arith_int {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(65536 * 65536);
        System.out.println(46341 * 46341);
        System.out.println(123456789 * 987654321);
        int[] as = {7, -7, 7, -7, 0, 1, -1, 100, -100};
        int[] bs = {3, 3, -3, -3, 5, 2, 2, 7, 7};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + (as[i] / bs[i]) + ", % = " + (as[i] % bs[i]) + ", floorDiv " + Math.floorDiv(as[i], bs[i]) + ", floorMod " + Math.floorMod(as[i], bs[i]));
        }
        int x = 0x12345678;
        int n = -0x12345678;
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int c : counts) {
            System.out.println("shift " + c + ": " + (x << c) + " " + (x >> c) + " " + (x >>> c) + " " + (n >> c) + " " + (n >>> c) + " " + (1 << c));
        }
        System.out.println((-1 >>> 1) + " " + (-1 >> 1) + " " + (-1 >>> 31) + " " + (-1 >>> 32) + " " + (-8 >> 1) + " " + (-7 >> 1) + " " + (-7 / 2));
        System.out.println((0xF0F0F0F0 & 0x0FF00FF0) + " " + (0xF0F0F0F0 | 0x0F0F0F0F) + " " + (0xF0F0F0F0 ^ 0xFFFF0000) + " " + (~0) + " " + (~max));
        byte b = 10;
        b += 200;
        System.out.println("b += 200 -> " + b);
        b = 127;
        b++;
        System.out.println("127++ -> " + b);
        b = -128;
        b--;
        System.out.println("-128-- -> " + b);
        b = 100;
        b *= 3;
        System.out.println("100*3 -> " + b);
        b = -100;
        b /= 3;
        System.out.println("-100/3 -> " + b);
        b = (byte) 0x80;
        b >>>= 1;
        System.out.println("(byte)0x80 >>>= 1 -> " + b);
        short s = 32767;
        s += 1;
        System.out.println("short 32767+1 -> " + s);
        s = (short) 50000;
        System.out.println("(short)50000 -> " + s);
        s = -1;
        s >>>= 10;
        System.out.println("short -1 >>>= 10 -> " + s);
        char c = 'A';
        c += 2;
        c++;
        System.out.println("char " + c + " " + (int) c + " " + (c + 1) + " " + (char) (c + 1));
        c = 0;
        c--;
        System.out.println("char 0-- -> " + (int) c);
        c = (char) -1;
        System.out.println("(char)-1 -> " + (int) c + " " + (c > 0));
        c = (char) 65601;
        System.out.println("(char)65601 -> " + c);
        System.out.println((byte) 128 + " " + (byte) 255 + " " + (byte) 256 + " " + (byte) -129 + " " + (byte) 0x1234);
        System.out.println((short) 32768 + " " + (short) 65535 + " " + (short) -32769 + " " + (short) 0x12345678);
        System.out.println((int) 'a' + 'b' + " " + ('a' + 'b') + " " + (char) ('a' + 1) + " " + "" + 'a' + 'b');
        int i = 5;
        i = i++ + ++i;
        System.out.println("i++ + ++i -> " + i);
        int j = 10;
        j += j++ * 2;
        System.out.println("j += j++ * 2 -> " + j);
        int k = 3;
        k = k-- - --k;
        System.out.println("k-- - --k -> " + k);
        int acc = 1;
        for (int r = 0; r < 40; r++) {
            acc = acc * 31 + r;
        }
        System.out.println("hash-like " + acc);
        int h = 0;
        for (int r = 0; r < 100; r++) {
            h ^= (h << 5) + (h >>> 2) + r * 0x9E3779B9;
        }
        System.out.println("mix " + h);
        System.out.println(Integer.MIN_VALUE == -Integer.MIN_VALUE);
        System.out.println(7 / 2 * 2 + 7 % 2);
        System.out.println(1 + 2 * 3 - 4 / 2 % 3 + (5 << 1) + (-5 >> 1) + (6 & 3 | 8 ^ 1));
        boolean t = true;
        System.out.println((t ? 66 : 'a') + " " + (t ? 'b' : 0) + " " + (t ? 1 : 2.0) + " " + (!t ? 'x' : i));
    }
}
