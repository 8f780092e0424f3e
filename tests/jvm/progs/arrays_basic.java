// Arrays of every element type: defaults, length, element writes with the
// element type's narrowing, clone (a shallow copy), 2-D and 3-D arrays made
// by multianewarray, partly given dimensions (new int[3][]), jagged arrays,
// arrays of arrays of objects, array initialisers, for-each, arrays passed
// and returned, and Arrays.toString/deepToString to show them.
import java.util.Arrays;

public class arrays_basic {
    static int[] squares(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i * i;
        }
        return r;
    }

    static void doubleAll(long[] xs) {
        for (int i = 0; i < xs.length; i++) {
            xs[i] *= 2;
        }
    }

    static class P {
        final int v;

        P(int v) {
            this.v = v;
        }

        public String toString() {
            return "P" + v;
        }
    }

    public static void main(String[] args) {
        boolean[] z = new boolean[2];
        byte[] b = new byte[2];
        short[] s = new short[2];
        char[] c = new char[2];
        int[] i = new int[2];
        long[] l = new long[2];
        float[] f = new float[2];
        double[] d = new double[2];
        String[] str = new String[2];
        Object[] o = new Object[2];
        System.out.println(Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(s) + ((int) c[0] + (int) c[1]) + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(str) + Arrays.toString(o));
        z[1] = true;
        b[0] = (byte) 255;
        b[1] = 127;
        b[1]++;
        s[0] = (short) 40000;
        s[1] = Short.MIN_VALUE;
        s[1]--;
        c[0] = 'Z';
        c[1] = (char) (c[0] + 1);
        c[1] += 2;
        i[0] = Integer.MAX_VALUE;
        i[0] += 1;
        l[0] = 1L << 40;
        f[0] = 1.1f;
        f[1] = f[0] * f[0];
        d[0] = 1.1;
        d[1] = d[0] * d[0];
        str[0] = "s";
        str[1] = str[0] + str[0];
        o[0] = str;
        o[1] = 5;
        System.out.println(Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(s) + new String(c) + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d) + Arrays.toString(str) + " " + o[1]);
        System.out.println("lengths " + z.length + b.length + s.length + c.length + i.length + l.length + f.length + d.length + str.length + o.length + new int[0].length);
        int[] sq = squares(6);
        int[] copy = sq.clone();
        copy[0] = -1;
        System.out.println(Arrays.toString(sq) + " " + Arrays.toString(copy) + " " + (sq != copy));
        long[] ls = {1, 2, 3};
        doubleAll(ls);
        System.out.println(Arrays.toString(ls));
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 4; k++) {
                grid[r][k] = r * 10 + k;
            }
        }
        System.out.println(Arrays.deepToString(grid) + " " + grid.length + "x" + grid[0].length);
        int[][] gclone = grid.clone();
        gclone[0][0] = 99;
        gclone[1] = new int[] {7};
        System.out.println("shallow clone: " + grid[0][0] + " " + grid[1].length + " " + gclone[1].length);
        double[][][] cube = new double[2][3][4];
        cube[1][2][3] = 1.5;
        double total = 0;
        for (double[][] plane : cube) {
            for (double[] row : plane) {
                for (double v : row) {
                    total += v + 1;
                }
            }
        }
        System.out.println("cube " + cube.length + cube[0].length + cube[0][0].length + " total " + total);
        long[][][] partial = new long[2][3][];
        System.out.println("partial " + partial[1][2] + " " + partial[1].length);
        partial[1][2] = new long[] {5L, 6L};
        System.out.println(partial[1][2][1]);
        int[][] jag = new int[5][];
        for (int r = 0; r < jag.length; r++) {
            jag[r] = new int[r + 1];
            jag[r][0] = jag[r][r] = 1;
            for (int k = 1; k < r; k++) {
                jag[r][k] = jag[r - 1][k - 1] + jag[r - 1][k];
            }
        }
        System.out.println(Arrays.deepToString(jag));
        P[][] ps = {{new P(1), new P(2)}, {}, {new P(3)}, null};
        System.out.println(Arrays.deepToString(ps) + " " + ps[1].length);
        String[][] names = new String[2][2];
        names[0][1] = "x";
        System.out.println(Arrays.deepToString(names));
        char[][] board = new char[3][3];
        for (char[] row : board) {
            Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
        Object[] nested = {1, "two", new int[] {3}, new String[] {"four"}, null, 6.0};
        System.out.println(nested.length + " " + ((int[]) nested[2])[0] + " " + ((String[]) nested[3])[0]);
        int[] empty = {};
        System.out.println(Arrays.toString(empty) + " " + empty.length);
        byte[][] bytes = new byte[2][];
        bytes[0] = new byte[] {-128, 127};
        bytes[1] = bytes[0];
        bytes[1][0]++;
        System.out.println(Arrays.toString(bytes[0]));
        int sum = 0;
        for (int[] row : new int[][] {{1, 2}, {3}, {4, 5, 6}}) {
            for (int v : row) {
                sum += v;
            }
        }
        System.out.println("sum " + sum);
    }
}
