// cpu.ph - interpreter work inside the persistent world, for
// tests/bench/world.py, in two kinds: "compute" (recursive calls, method
// calls, integer loops: little allocation, few pages written) and "alloc"
// (object trees built and dropped, string keys into a map: the heap's
// pages rewritten all the time, so every snapshot has thousands of dirty
// pages). Prints "cpu: compute ms=N alloc ms=M check=C" in the world's
// clock. Run once with snapshots every second and once without.

class Node {
    var left; var right;
    def init(left, right) { this.left = left; this.right = right; }
    def count() {
        if (left == null) { return 1; }
        return 1 + left.count() + right.count();
    }
}

class Acc {
    var n;
    def init() { n = 0; }
    def add(x) { n = (n + x) & 0xFFFFFF; return this; }
    def n() { return n; }
}

def fib(n) {
    if (n < 2) { return n; }
    return fib(n - 1) + fib(n - 2);
}

def tree(depth) {
    if (depth == 0) { return new Node(null, null); }
    return new Node(tree(depth - 1), tree(depth - 1));
}

def compute() {
    var acc = new Acc();
    for (var r = 0; r < 40; r += 1) {
        acc.add(fib(22));
        for (var i = 0; i < 60000; i += 1) { acc.add(i * 7 % 13); }
    }
    return acc.n();
}

def alloc() {
    var check = 0;
    for (var r = 0; r < 8; r += 1) {
        for (var i = 0; i < 24; i += 1) { check += tree(12).count(); }
        var m = new Map();
        for (var i = 0; i < 20000; i += 1) { m.put("k" + (i % 997), i); }
        check += m.size();
    }
    return check;
}

def main() {
    var t0 = System.uptime();
    var c1 = compute();
    var t1 = System.uptime();
    var c2 = alloc();
    var t2 = System.uptime();
    print("cpu: compute ms=" + (t1 - t0) + " alloc ms=" + (t2 - t1) + " check=" + (c1 + c2));
}
