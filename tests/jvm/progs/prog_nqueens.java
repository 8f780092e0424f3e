// N-queens: the number of solutions for N = 1..10 by backtracking with
// boolean arrays for columns and diagonals, the first solution for N = 8
// drawn as a board, and the count for N = 8 again with bitmasks, which
// must agree.
public class prog_nqueens {
    static int n;
    static boolean[] cols, diag1, diag2;
    static int[] place;
    static int solutions;
    static int[] first;

    static void solve(int row) {
        if (row == n) {
            if (solutions == 0) {
                first = place.clone();
            }
            solutions++;
            return;
        }
        for (int c = 0; c < n; c++) {
            if (!cols[c] && !diag1[row + c] && !diag2[row - c + n - 1]) {
                cols[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
                place[row] = c;
                solve(row + 1);
                cols[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
            }
        }
    }

    static int bits(int size, int row, int colMask, int d1, int d2) {
        if (row == size) {
            return 1;
        }
        int count = 0;
        int free = ~(colMask | d1 | d2) & ((1 << size) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += bits(size, row + 1, colMask | bit, (d1 | bit) << 1, (d2 | bit) >>> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (n = 1; n <= 10; n++) {
            cols = new boolean[n];
            diag1 = new boolean[2 * n - 1];
            diag2 = new boolean[2 * n - 1];
            place = new int[n];
            solutions = 0;
            first = null;
            solve(0);
            System.out.println("N=" + n + ": " + solutions + " solutions" + (first == null ? "" : ", first " + java.util.Arrays.toString(first)));
            if (n == 8) {
                for (int r = 0; r < n; r++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < n; c++) {
                        sb.append(first[r] == c ? "Q " : ". ");
                    }
                    System.out.println(sb.toString().trim());
                }
            }
        }
        System.out.println("bitmask N=8: " + bits(8, 0, 0, 0, 0) + ", N=11: " + bits(11, 0, 0, 0, 0));
    }
}
