// Array.sort(cmpFn): cmpFn(a, b) returns a negative integer, zero or a
// positive integer. Only distinct keys are sorted, so stability does not matter.

class Item {
    var name;
    var weight;
    def init(name, weight) { this.name = name; this.weight = weight; }
    def getWeight() { return weight; }
    def getName() { return name; }
}

def isSorted(a) {
    for (var i = 1; i < a.length(); i += 1) {
        if (a[i - 1] > a[i]) {
            return false;
        }
    }
    return true;
}

def main() {
    var a = [5, 2, 9, 1, 7, 3];
    a.sort(fn(x, y) { return x - y; });
    print(a.join(" "));
    a.sort(fn(x, y) { return y - x; });
    print(a.join(" "));

    var e = [];
    e.sort(fn(x, y) { return x - y; });
    print(e.length());
    var one = [42];
    one.sort(fn(x, y) { return x - y; });
    print(one.join(""));

    var words = ["ccc", "a", "dddd", "bb"];
    words.sort(fn(x, y) { return x.length() - y.length(); });
    print(words.join(","));

    var items = [new Item("lead", 11), new Item("feather", 1), new Item("brick", 3)];
    items.sort(fn(p, q) { return p.getWeight() - q.getWeight(); });
    var names = [];
    for (it in items) {
        names.push(it.getName());
    }
    print(names.join(" < "));

    // 500 pseudo-random distinct numbers
    var big = [];
    var seen = {};
    var r = 7;
    while (big.length() < 500) {
        r = (r * 75 + 74) % 65537;
        if (!seen.has(r)) {
            seen.put(r, true);
            big.push(r);
        }
    }
    var calls = 0;
    big.sort(fn(x, y) { calls += 1; return x - y; });
    print(isSorted(big));
    print(big.length());
    print(calls > 0);

    // an exception thrown by the comparator propagates out of sort
    var c = [3, 1, 2];
    try {
        c.sort(fn(x, y) { throw "cmp failed"; });
        print("not reached");
    } catch (err) {
        print(err);
    }
    print(c.length());
}
