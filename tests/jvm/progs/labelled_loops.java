// Loops and jumps: labelled break and continue out of nested for, while and
// do-while loops, a labelled block left with break, loops with empty bodies
// and multiple update expressions, continue in do-while (jumps to the test),
// and early returns from inside nested loops.
public class labelled_loops {
    static int findPair(int[] xs, int target) {
        outer:
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                if (xs[i] + xs[j] == target) {
                    return i * 100 + j;
                }
                if (xs[i] + xs[j] > 1000) {
                    continue outer;
                }
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) {
                    continue outer;
                }
                if (i == 3) {
                    break outer;
                }
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println(sb);
        int primes = 0;
        StringBuilder ps = new StringBuilder();
        candidates:
        for (int n = 2; n < 60; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    continue candidates;
                }
            }
            primes++;
            ps.append(n).append(',');
        }
        System.out.println(primes + " primes: " + ps);
        int i = 0;
        int steps = 0;
        loop:
        while (true) {
            i++;
            int j = 0;
            do {
                j++;
                steps++;
                if (j % 2 == 0) {
                    continue;
                }
                if (i * j > 30) {
                    break loop;
                }
            } while (j < i);
        }
        System.out.println("i=" + i + " steps=" + steps);
        block:
        {
            System.out.println("in block");
            if (steps > 0) {
                break block;
            }
            System.out.println("not reached");
        }
        System.out.println("after block");
        int a, b;
        for (a = 0, b = 10; a < b; a += 2, b--) {
        }
        System.out.println("a=" + a + " b=" + b);
        int k = 0;
        do {
            k += 3;
            if (k % 2 == 1) {
                continue;
            }
            k++;
        } while (k < 20);
        System.out.println("k=" + k);
        System.out.println(findPair(new int[] {3, 9, 14, 2000, 1, 8}, 23) + " " + findPair(new int[] {1, 2}, 9));
        int[][] m = {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}};
        int found = 0;
        search:
        for (int[] row : m) {
            for (int v : row) {
                if (v < 0) {
                    found = v;
                    break search;
                }
            }
        }
        System.out.println("found " + found);
        int count = 0;
        a:
        for (int x = 0; x < 4; x++) {
            b:
            for (int y = 0; y < 4; y++) {
                c:
                for (int z = 0; z < 4; z++) {
                    if (z == y) {
                        continue b;
                    }
                    if (y == 3 && z == 1) {
                        continue a;
                    }
                    if (x == 3) {
                        break a;
                    }
                    count++;
                }
            }
        }
        System.out.println("count " + count);
        long n = 27;
        int collatz = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            collatz++;
        }
        System.out.println("collatz(27) " + collatz);
    }
}
