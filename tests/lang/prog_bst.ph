// A program: a binary search tree of objects.

class TreeNode {
    var key;
    var left;
    var right;
    def init(key) { this.key = key; }
    def getKey() { return key; }
    def insert(k) {
        if (k < key) {
            if (left == null) {
                left = new TreeNode(k);
                return true;
            }
            return left.insert(k);
        }
        if (k > key) {
            if (right == null) {
                right = new TreeNode(k);
                return true;
            }
            return right.insert(k);
        }
        return false;               // already present
    }
    def contains(k) {
        if (k == key) {
            return true;
        }
        var next = right;
        if (k < key) {
            next = left;
        }
        return next != null && next.contains(k);
    }
    def walk(out) {
        if (left != null) {
            left.walk(out);
        }
        out.push(key);
        if (right != null) {
            right.walk(out);
        }
    }
    def height() {
        var l = 0;
        var r = 0;
        if (left != null) {
            l = left.height();
        }
        if (right != null) {
            r = right.height();
        }
        return 1 + Math.max(l, r);
    }
}

class Tree {
    var root;
    var count = 0;
    def add(k) {
        if (root == null) {
            root = new TreeNode(k);
            count += 1;
        } else if (root.insert(k)) {
            count += 1;
        }
    }
    def size() { return count; }
    def has(k) { return root != null && root.contains(k); }
    def toArray() {
        var out = [];
        if (root != null) {
            root.walk(out);
        }
        return out;
    }
    def height() {
        if (root == null) {
            return 0;
        }
        return root.height();
    }
}

def main() {
    var t = new Tree();
    print(t.size());
    print(t.height());
    var r = 1;
    for (var i = 0; i < 200; i += 1) {
        r = (r * 1103515245 + 12345) & 0x7FFFFFFF;
        t.add(r % 1000);
    }
    print(t.size());
    var arr = t.toArray();
    var sorted = true;
    for (var i = 1; i < arr.length(); i += 1) {
        if (arr[i - 1] >= arr[i]) {
            sorted = false;
        }
    }
    print(sorted);
    print(arr.slice(0, 5).join(" "));
    print(arr[arr.length() - 1]);
    print(t.height());
    print(t.has(arr[7]));
    print(t.has(1000));

    var line = new Tree();
    for (var i = 0; i < 50; i += 1) {
        line.add(i);                // degenerate: a linked list
    }
    print(line.height());
    print(line.has(49));
}
