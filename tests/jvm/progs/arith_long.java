// 64-bit long arithmetic: overflow wraps at 2^63, Long.MIN_VALUE / -1 and
// % -1, / and % with negatives, shifts with counts >= 64 and negative (low
// 6 bits), >>> of negative longs, int to long widening before and after an
// int overflow, long to int truncation, mixed int/long/char expressions,
// comparisons, a 64-bit LCG and hash, and the library's bit operations.
public class arith_long {
    public static void main(String[] args) {
        long max = Long.MAX_VALUE;
        long min = Long.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(min / 1 + " " + min / 2 + " " + min % 3);
        System.out.println(1L << 62 + " ".length());
        System.out.println(3037000500L * 3037000500L);
        System.out.println(0x7fffffffL * 0x7fffffffL);
        System.out.println(1234567890123L * 987654321L);
        long[] as = {7, -7, 7, -7, 10000000000L, -10000000000L, min, max};
        long[] bs = {3, 3, -3, -3, 3, 7, 10, -10};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + (as[i] / bs[i]) + ", % = " + (as[i] % bs[i]) + ", floorDiv " + Math.floorDiv(as[i], bs[i]) + ", floorMod " + Math.floorMod(as[i], bs[i]));
        }
        long x = 0x123456789ABCDEF0L;
        long n = -x;
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, 65, -1, -63, -64, 200};
        for (int c : counts) {
            System.out.println("shift " + c + ": " + (x << c) + " " + (x >> c) + " " + (x >>> c) + " " + (n >> c) + " " + (n >>> c) + " " + (1L << c));
        }
        long shiftByLong = 1L << 65L;
        int intShiftedByLong = 1 << 33L;
        System.out.println(shiftByLong + " " + intShiftedByLong);
        int big = Integer.MAX_VALUE;
        long before = big + 1;
        long after = big + 1L;
        long widened = (long) big * 2;
        long notWidened = big * 2;
        System.out.println(before + " " + after + " " + widened + " " + notWidened);
        long l = 0x1_0000_0001L;
        System.out.println((int) l + " " + (int) (l << 31) + " " + (short) l + " " + (byte) (l - 2) + " " + (char) (l + 64));
        System.out.println((int) 4294967295L + " " + (int) 2147483648L + " " + (int) -2147483649L);
        char c = 'z';
        long mixed = c * 1000000L + c;
        System.out.println(mixed);
        System.out.println((5L > 4) + " " + (min < max) + " " + (min < 0) + " " + (-1L == 0xFFFFFFFFFFFFFFFFL) + " " + (0xFFFFFFFFL == -1) + " " + (0xFFFFFFFF == -1L));
        long seed = 42;
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            sum ^= seed >>> 17;
            sum += seed >> 40;
        }
        System.out.println("lcg " + seed + " " + sum);
        long h = 1125899906842597L;
        String s = "the quick brown fox";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        System.out.println("hash " + h);
        long fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            if (i >= 19) {
                System.out.println(i + "! wraps to " + fact);
            }
        }
        System.out.println(Long.bitCount(x) + " " + Long.numberOfLeadingZeros(1L) + " " + Long.numberOfTrailingZeros(min) + " " + Long.highestOneBit(x) + " " + Long.lowestOneBit(x) + " " + Long.reverse(1L) + " " + Long.reverseBytes(x) + " " + Long.rotateLeft(x, 8) + " " + Long.rotateRight(x, 8) + " " + Long.signum(min));
        System.out.println(Long.compare(min, max) + " " + Long.compareUnsigned(-1L, 1L) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.toUnsignedString(-1L));
        long y = 10;
        y += 0.5;
        y *= 1.5;
        y -= Long.MAX_VALUE;
        System.out.println("compound with double " + y);
        int iy = 5;
        iy += 3000000000L;
        System.out.println("int += long " + iy);
        y = 1;
        y <<= 63;
        y >>= 62;
        System.out.println(y + " " + (y >>> 1));
        System.out.println(Math.addExact(1L, 2L) + " " + Math.multiplyExact(3000000000L, 3L));
        try {
            Math.multiplyExact(max, 2L);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(3000000000L);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
    }
}
