// for (x in array) visits elements in order; for (k in map) visits keys.

def main() {
    var total = 0;
    for (x in [1, 2, 3, 4]) {
        total += x;
    }
    print(total);

    var names = ["ann", "bob", "cy"];
    var out = "";
    for (name in names) {
        out += name.toUpper() + ";";
    }
    print(out);

    for (x in []) {
        print("never");
    }

    var kept = [];
    for (x in [5, -1, 7, -2, 9, 0, 11]) {
        if (x < 0) {
            continue;
        }
        if (x == 0) {
            break;
        }
        kept.push(x);
    }
    print(kept.join(","));

    var cells = [];
    for (row in [[1, 2], [3, 4], [5, 6]]) {
        for (v in row) {
            cells.push(v * 10);
        }
    }
    print(cells.join(" "));

    // assigning to the loop variable does not change the array
    var arr = [1, 2, 3];
    for (v in arr) {
        v = v * 100;
    }
    print(arr.join(","));

    var m = {"a": 1, "b": 2, "c": 3};
    var keyLen = 0;
    var valSum = 0;
    for (k in m) {
        keyLen += k.length();
        valSum += m[k];
    }
    print(keyLen);
    print(valSum);

    var seen = 0;
    for (k in m) {
        seen += 1;
        break;
    }
    print(seen);

    var words = 0;
    for (w in "to be or not to be".split(" ")) {
        words += 1;
    }
    print(words);

    for (k in {}) {
        print("never");
    }
    print("end");
}
