// Maps: literals, m[k], get, put, has, remove, keys, values, size, for-in.
// Iteration order is left open, so keys are sorted before printing.

def cmpStr(a, b) {
    var n = a.length();
    if (b.length() < n) {
        n = b.length();
    }
    for (var i = 0; i < n; i += 1) {
        var d = a.codeAt(i) - b.codeAt(i);
        if (d != 0) {
            return d;
        }
    }
    return a.length() - b.length();
}

def sortedKeys(m) {
    var ks = m.keys();
    ks.sort(fn(a, b) { return cmpStr(a, b); });
    return ks;
}

def main() {
    var m = {"one": 1, "two": 2, "three": 3};
    print(m.size());
    print(m["two"]);
    print(m.get("three"));
    print(m.has("one"));
    print(m.has("four"));

    m.put("four", 4);
    print(m.size());
    m["five"] = 5;
    print(m.size());
    print(m["five"]);
    m["one"] = 100;               // overwriting keeps the size
    print(m.size());
    print(m.get("one"));
    m["one"] += 1;
    print(m["one"]);

    m.remove("two");
    print(m.has("two"));
    print(m.size());

    print(sortedKeys(m).join(","));
    var vals = m.values();
    vals.sort(fn(a, b) { return a - b; });
    print(vals.join(","));

    var total = 0;
    for (k in m) {
        total += m[k];
    }
    print(total);

    var empty = {};
    print(empty.size());
    print(empty.keys().length());
    print(empty.values().length());
    print(empty.has("x"));
    var fresh = {};
    fresh.put(1, "a");
    print(fresh.size());

    // word frequencies
    var text = "the cat and the dog and the bird";
    var freq = {};
    for (w in text.split(" ")) {
        if (freq.has(w)) {
            freq[w] = freq[w] + 1;
        } else {
            freq[w] = 1;
        }
    }
    var parts = [];
    for (w in sortedKeys(freq)) {
        parts.push(w + "=" + freq[w]);
    }
    print(parts.join(" "));

    // values of any kind, maps inside maps
    var nested = {"list": [1, 2], "inner": {"deep": "yes"}};
    nested["list"].push(3);
    print(nested["list"].join(","));
    print(nested["inner"]["deep"]);
    nested["inner"]["deep"] = "changed";
    print(nested.get("inner").get("deep"));

    var alias = m;                // maps are objects
    alias.put("six", 6);
    print(m.has("six"));

    // many entries, then remove half
    var big = {};
    for (var i = 0; i < 2000; i += 1) {
        big[i] = i * 2;
    }
    print(big.size());
    for (var i = 0; i < 2000; i += 2) {
        big.remove(i);
    }
    print(big.size());
    var sum = 0;
    for (k in big) {
        sum += big[k];
    }
    print(sum);
    print(big.has(1999));
    print(big.has(1998));
}
