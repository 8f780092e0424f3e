// Matrix arithmetic with longs: multiplication of 40x40 matrices of
// seeded random entries modulo a prime, fast exponentiation of a 2x2
// matrix for Fibonacci numbers modulo 1e9+7 (checked against a loop), the
// determinant of an integer matrix by fraction-free Bareiss elimination
// (exact in long), a transpose, and checksums of the results.
import java.util.Random;

public class prog_matrix {
    static final long MOD = 1_000_000_007L;

    static long[][] mul(long[][] a, long[][] b, long mod) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int t = 0; t < k; t++) {
                    s = (s + a[i][t] * b[t][j]) % mod;
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    static long[][] pow(long[][] m, long e, long mod) {
        int n = m.length;
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
        }
        while (e > 0) {
            if ((e & 1) == 1) {
                r = mul(r, m, mod);
            }
            m = mul(m, m, mod);
            e >>= 1;
        }
        return r;
    }

    static long det(long[][] in) {
        int n = in.length;
        long[][] a = new long[n][];
        for (int i = 0; i < n; i++) {
            a[i] = in[i].clone();
        }
        long sign = 1, prev = 1;
        for (int k = 0; k < n - 1; k++) {
            if (a[k][k] == 0) {
                int swap = -1;
                for (int i = k + 1; i < n; i++) {
                    if (a[i][k] != 0) {
                        swap = i;
                        break;
                    }
                }
                if (swap < 0) {
                    return 0;
                }
                long[] t = a[k];
                a[k] = a[swap];
                a[swap] = t;
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
                }
            }
            prev = a[k][k];
        }
        return sign * a[n - 1][n - 1];
    }

    static long checksum(long[][] m) {
        long h = 17;
        for (long[] row : m) {
            for (long v : row) {
                h = h * 1_000_003L ^ v;
            }
        }
        return h;
    }

    public static void main(String[] args) {
        Random r = new Random(7);
        int n = 40;
        long[][] a = new long[n][n], b = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = r.nextInt(1 << 30);
                b[i][j] = Math.abs(r.nextLong()) % MOD;
            }
        }
        long[][] c = mul(a, b, MOD);
        System.out.println("c[0][0]=" + c[0][0] + " c[39][39]=" + c[39][39] + " checksum " + checksum(c));
        long[][] ct = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ct[j][i] = c[i][j];
            }
        }
        long[][] bt = new long[n][n], at = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bt[j][i] = b[i][j];
                at[j][i] = a[i][j];
            }
        }
        System.out.println("(AB)^T == B^T A^T: " + java.util.Arrays.deepEquals(ct, mul(bt, at, MOD)));
        long[][] fibm = {{1, 1}, {1, 0}};
        long f0 = 0, f1 = 1;
        for (int i = 0; i < 1000; i++) {
            long t = (f0 + f1) % MOD;
            f0 = f1;
            f1 = t;
        }
        System.out.println("fib(1000) mod p: matrix " + pow(fibm, 1000, MOD)[0][1] + " loop " + f0);
        System.out.println("fib(10^18) mod p: " + pow(fibm, 1_000_000_000_000_000_000L, MOD)[0][1]);
        long[][] small = {{2, -1, 0, 3}, {1, 4, -2, 0}, {0, 5, 1, -1}, {3, 0, 2, 2}};
        System.out.println("det " + det(small));
        long[][] vander = new long[6][6];
        for (int i = 0; i < 6; i++) {
            long v = 1;
            for (int j = 0; j < 6; j++) {
                vander[i][j] = v;
                v *= i + 2;
            }
        }
        long expect = 1;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                expect *= (j + 2) - (i + 2);
            }
        }
        System.out.println("vandermonde det " + det(vander) + " expected " + expect);
        long[][] id = pow(a, 0, MOD);
        System.out.println("A^0 is identity: " + (id[5][5] == 1 && id[5][6] == 0) + " A^3 checksum " + checksum(pow(a, 3, MOD)));
        long overflow = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                overflow += a[i][j] * b[j][i];
            }
        }
        System.out.println("wrapping dot sum " + overflow);
    }
}
