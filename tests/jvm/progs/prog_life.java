// Conway's Game of Life on a 16x16 torus for 20 generations: a glider, a
// blinker, a toad and a few random cells from a seeded Random; every fifth
// board printed, the population of each generation, and a hash of the
// final board.
import java.util.Random;

public class prog_life {
    static final int N = 16;

    static boolean[][] step(boolean[][] b) {
        boolean[][] next = new boolean[N][N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr != 0 || dc != 0) && b[(r + dr + N) % N][(c + dc + N) % N]) {
                            n++;
                        }
                    }
                }
                next[r][c] = b[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static int population(boolean[][] b) {
        int p = 0;
        for (boolean[] row : b) {
            for (boolean x : row) {
                if (x) {
                    p++;
                }
            }
        }
        return p;
    }

    static void print(boolean[][] b) {
        for (boolean[] row : b) {
            StringBuilder sb = new StringBuilder();
            for (boolean x : row) {
                sb.append(x ? '#' : '.');
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        boolean[][] b = new boolean[N][N];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) {
            b[p[0] + 1][p[1] + 1] = true;
        }
        b[2][10] = b[2][11] = b[2][12] = true;
        b[10][4] = b[10][5] = b[10][6] = true;
        b[11][3] = b[11][4] = b[11][5] = true;
        Random r = new Random(5);
        for (int i = 0; i < 12; i++) {
            b[8 + r.nextInt(6)][9 + r.nextInt(6)] = true;
        }
        StringBuilder pops = new StringBuilder();
        for (int gen = 0; gen <= 20; gen++) {
            pops.append(population(b)).append(' ');
            if (gen % 5 == 0) {
                System.out.println("generation " + gen + ":");
                print(b);
            }
            if (gen < 20) {
                b = step(b);
            }
        }
        System.out.println("populations " + pops.toString().trim());
        long h = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                h = h * 3 + (b[i][j] ? 1 : 0);
                h ^= h >>> 29;
            }
        }
        System.out.println("hash " + h);
    }
}
