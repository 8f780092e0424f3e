// Allocation: binary trees of depth 4..14 built and walked, many short
// lived and one long lived (the benchmarks game's binary-trees). Same as
// trees.lua.
public class trees {
    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node build(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = 14;
        Node longLived = build(maxDepth);
        long nodes = 0;
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 6);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += build(depth).check();
            }
            if (check != iterations * ((1 << (depth + 1)) - 1)) {
                throw new IllegalStateException("depth " + depth + " check " + check);
            }
            System.out.println(iterations + " trees of depth " + depth + " check " + check);
            nodes += check;
        }
        System.out.println("long lived " + longLived.check() + " total nodes " + nodes);
    }
}
