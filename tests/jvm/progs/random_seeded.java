// java.util.Random with seeds: the JDK's exact sequences of nextInt(),
// nextInt(n) for powers of two and other bounds (including the rejection
// path of large bounds), nextLong, nextDouble, nextFloat, nextBoolean,
// nextGaussian (StrictMath log and sqrt), nextBytes, setSeed restarting the
// sequence, two generators with the same seed agreeing, and negative and
// huge seeds.
import java.util.Arrays;
import java.util.Random;

public class random_seeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int i = 0; i < 12; i++) {
            sb.append(r.nextInt(10)).append(' ');
        }
        System.out.println("nextInt(10) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) {
            sb.append(r.nextInt(64)).append(' ');
        }
        System.out.println("nextInt(64) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) {
            sb.append(r.nextInt(1 << 30 | 1)).append(' ');
        }
        System.out.println("nextInt(2^30+1) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextLong()).append(' ');
        }
        System.out.println("nextLong " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextDouble()).append(' ');
        }
        System.out.println("nextDouble " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextFloat()).append(' ');
        }
        System.out.println("nextFloat " + sb);
        sb.setLength(0);
        for (int i = 0; i < 16; i++) {
            sb.append(r.nextBoolean() ? '1' : '0');
        }
        System.out.println("nextBoolean " + sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) {
            sb.append(r.nextGaussian()).append(' ');
        }
        System.out.println("nextGaussian " + sb);
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("after setSeed(42) " + r.nextInt() + " " + new Random(42).nextInt());
        Random a = new Random(-1);
        Random b = new Random(-1);
        boolean same = true;
        for (int i = 0; i < 1000; i++) {
            same &= a.nextInt(1000) == b.nextInt(1000);
        }
        System.out.println("same seed agrees " + same);
        for (long seed : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 123456789012345L}) {
            Random s = new Random(seed);
            System.out.println("seed " + seed + ": " + s.nextInt() + " " + s.nextInt(100) + " " + s.nextLong() + " " + s.nextDouble() + " " + s.nextBoolean() + " " + s.nextGaussian());
        }
        Random dice = new Random(2024);
        int[] counts = new int[6];
        for (int i = 0; i < 6000; i++) {
            counts[dice.nextInt(6)]++;
        }
        System.out.println("dice " + Arrays.toString(counts));
        Random g = new Random(99);
        double sum = 0, sumsq = 0;
        for (int i = 0; i < 1000; i++) {
            double x = g.nextGaussian();
            sum += x;
            sumsq += x * x;
        }
        System.out.println("gaussian sum " + sum + " sumsq " + sumsq);
        try {
            new Random(1).nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
    }
}
