// Arrays and loops: the sieve of Eratosthenes up to 2,000,000, run 10
// times, counting the primes and summing them. Same as sieve.lua.
public class sieve {
    public static void main(String[] args) {
        int n = 2000000;
        int count = 0;
        long sum = 0;
        for (int round = 0; round < 10; round++) {
            boolean[] composite = new boolean[n + 1];
            count = 0;
            sum = 0;
            for (int i = 2; i <= n; i++) {
                if (!composite[i]) {
                    count++;
                    sum += i;
                    for (int j = i * 2; j <= n; j += i) {
                        composite[j] = true;
                    }
                }
            }
        }
        if (count != 148933) {
            throw new IllegalStateException("primes below 2M: " + count);
        }
        System.out.println("primes " + count + " sum " + sum);
    }
}
