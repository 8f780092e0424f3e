// Map keys: integers and strings by value, any other object by identity.

class Point {
    var x;
    var y;
    def init(x, y) { this.x = x; this.y = y; }
    def equals(o) { return true; }      // ignored by maps: objects are keyed by identity
    def hashCode() { return 1; }
}

def main() {
    var m = {};
    m[1] = "int one";
    m["1"] = "string one";
    print(m.size());
    print(m[1]);
    print(m["1"]);

    m["ab"] = "value";
    var k = "a";
    k += "b";
    print(m.has(k));              // an equal string built at run time finds it
    print(m[k]);

    m[0] = "zero";
    m[-5] = "minus five";
    m[2147483647] = "max";
    print(m[0]);
    print(m[-5]);
    print(m[2147483647]);
    print(m.has(5));
    print(m.has(3 - 3));

    var p = new Point(1, 2);
    var q = new Point(1, 2);
    var objs = {};
    objs[p] = "p";
    objs[q] = "q";
    print(objs.size());
    print(objs[p]);
    print(objs[q]);
    var p2 = p;
    print(objs[p2]);
    objs.remove(p);
    print(objs.has(p));
    print(objs.has(q));
    print(objs.keys()[0] == q);

    var arr1 = [1];
    var arr2 = [1];
    var byArray = {};
    byArray.put(arr1, "first");
    byArray.put(arr2, "second");
    print(byArray.size());
    print(byArray.get(arr1));
    arr1.push(2);                 // mutating a key object keeps its identity
    print(byArray.get(arr1));

    var lit = {1: "a", 2: "b", "x": 10, "y": 20};
    print(lit.size());
    print(lit[1] + lit[2]);
    print(lit["x"] + lit["y"]);
    var intSum = 0;
    var strCount = 0;
    for (key in lit) {
        if (key == 1 || key == 2) {
            intSum += key;
        } else {
            strCount += 1;
        }
    }
    print(intSum);
    print(strCount);
}
