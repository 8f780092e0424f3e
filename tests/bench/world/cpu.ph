// cpu.ph - interpreter work inside the persistent world, for
// tests/bench/world.py: object trees built and walked, method calls and
// string building, ROUNDS times; prints "cpu: ms=N check=C" with the
// uptime it took. Run once with snapshots every second and once without.
var ROUNDS = 15;

class Node {
    var left; var right;
    def init(left, right) { this.left = left; this.right = right; }
    def count() {
        if (left == null) { return 1; }
        return 1 + left.count() + right.count();
    }
}

def tree(depth) {
    if (depth == 0) { return new Node(null, null); }
    return new Node(tree(depth - 1), tree(depth - 1));
}

def work() {
    var check = 0;
    for (var i = 0; i < 24; i += 1) { check += tree(12).count(); }
    var m = new Map();
    for (var i = 0; i < 20000; i += 1) { m.put("k" + (i % 997), i); }
    return check + m.size();
}

def main() {
    var t0 = System.uptime();
    var check = 0;
    for (var r = 0; r < ROUNDS; r += 1) { check += work(); }
    print("cpu: ms=" + (System.uptime() - t0) + " check=" + check);
}
