// Recursion: a deep linear recursion (1500 frames), mutual recursion
// (isEven/isOdd), Ackermann on small arguments, memoised Fibonacci with a
// HashMap<Integer, Long>, towers of Hanoi (move count and the first
// moves), permutations of a string in order, the power set of a small
// list, a recursive descent over a nested array structure, flood fill on a
// grid, and recursion that unwinds through an exception from the bottom.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class recursion {
    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static long sumTo(long n) {
        if (n == 0) {
            return 0;
        }
        return n + sumTo(n - 1);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static Map<Integer, Long> memo = new HashMap<>();

    static long fib(int n) {
        if (n < 2) {
            return n;
        }
        Long cached = memo.get(n);
        if (cached != null) {
            return cached;
        }
        long v = fib(n - 1) + fib(n - 2);
        memo.put(n, v);
        return v;
    }

    static int moves;
    static StringBuilder firstMoves = new StringBuilder();

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) {
            return;
        }
        hanoi(n - 1, from, via, to);
        moves++;
        if (moves <= 8) {
            firstMoves.append(from).append("->").append(to).append(' ');
        }
        hanoi(n - 1, via, to, from);
    }

    static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static List<List<Integer>> powerSet(List<Integer> xs, int from) {
        List<List<Integer>> out = new ArrayList<>();
        if (from == xs.size()) {
            out.add(new ArrayList<>());
            return out;
        }
        for (List<Integer> sub : powerSet(xs, from + 1)) {
            out.add(sub);
            List<Integer> with = new ArrayList<>();
            with.add(xs.get(from));
            with.addAll(sub);
            out.add(with);
        }
        return out;
    }

    static int deepSum(Object o) {
        if (o instanceof Integer) {
            return (Integer) o;
        }
        int s = 0;
        for (Object x : (Object[]) o) {
            s += deepSum(x);
        }
        return s;
    }

    static int fill(char[][] g, int r, int c) {
        if (r < 0 || c < 0 || r >= g.length || c >= g[0].length || g[r][c] != '.') {
            return 0;
        }
        g[r][c] = '#';
        return 1 + fill(g, r + 1, c) + fill(g, r - 1, c) + fill(g, r, c + 1) + fill(g, r, c - 1);
    }

    static int dive(int n) {
        if (n == 0) {
            throw new IllegalStateException("bottom reached");
        }
        return dive(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("depth " + depth(1500) + " sumTo " + sumTo(1500));
        System.out.println(isEven(500) + " " + isOdd(501) + " " + isEven(777));
        System.out.println("ackermann " + ackermann(2, 3) + " " + ackermann(3, 3) + " " + ackermann(3, 5));
        System.out.println("fib(90) " + fib(90) + " memo " + memo.size());
        hanoi(12, 'A', 'C', 'B');
        System.out.println("hanoi moves " + moves + " first " + firstMoves.toString().trim());
        List<String> perms = new ArrayList<>();
        permute("", "abcd", perms);
        System.out.println(perms.size() + " " + perms);
        List<Integer> base = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            base.add(i);
        }
        List<List<Integer>> ps = powerSet(base, 0);
        System.out.println(ps.size() + " " + ps);
        Object nested = new Object[] {1, new Object[] {2, 3, new Object[] {4, new Object[] {}}}, 5, new Object[] {new Object[] {new Object[] {6}}}};
        System.out.println("deep sum " + deepSum(nested));
        String[] rows = {
            "..#.....",
            ".##.###.",
            "#...#...",
            "..###.##",
            "....#..."};
        char[][] grid = new char[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            grid[i] = rows[i].toCharArray();
        }
        System.out.println("filled " + fill(grid, 0, 0) + " then " + fill(grid, 4, 0) + " then " + fill(grid, 0, 7));
        for (char[] row : grid) {
            System.out.println(new String(row));
        }
        try {
            dive(1000);
        } catch (IllegalStateException e) {
            System.out.println("unwound: " + e.getMessage());
        }
    }
}
