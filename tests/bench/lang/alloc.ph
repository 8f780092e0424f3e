// Allocation of object trees: binary trees built and walked. Same as alloc.lua.
var MAX_DEPTH = 14;

class Node {
    var left;
    var right;
    def init(left, right) { this.left = left; this.right = right; }
    def check() {
        if (left == null) {
            return 1;
        }
        return 1 + left.check() + right.check();
    }
}

def build(depth) {
    if (depth == 0) {
        return new Node(null, null);
    }
    return new Node(build(depth - 1), build(depth - 1));
}

def main() {
    var total = 0;
    var longLived = build(MAX_DEPTH);
    for (var depth = 4; depth <= MAX_DEPTH; depth += 2) {
        var iterations = 1 << (MAX_DEPTH - depth + 4);
        var check = 0;
        for (var i = 1; i <= iterations; i += 1) {
            check += build(depth).check();
        }
        total = (total + check) % 1000003;
    }
    total = (total + longLived.check()) % 1000003;
    print(total);
}
