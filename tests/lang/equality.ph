// == compares integers, floats, strings and booleans by value, every other
// object by identity; values of different kinds are never equal.

class Thing {
    def equals(o) { return true; }
}

def main() {
    print(1 == 1);
    print(1 != 1);
    print(3 == 4);
    print(-7 == 0 - 7);
    print(0.5 == 0.25 * 2);
    print("ab" == "a" + "b");
    print("ab" != "ab");
    print("ab" == "AB");
    print(true == true);
    print(false == false);
    print(true != false);
    print((1 < 2) == true);
    print(null == null);
    print(null != null);

    // different kinds
    print(1 == "1");
    print("true" == true);
    print(0 == false);
    print(null == false);
    print(null == 0);
    print(null == "");
    print("" == false);

    // identity
    var a = [1, 2];
    var b = [1, 2];
    var c = a;
    print(a == b);
    print(a == c);
    print(a != b);
    var m1 = {"k": 1};
    var m2 = {"k": 1};
    print(m1 == m2);
    print(m1 == m1);
    var t1 = new Thing();
    var t2 = new Thing();
    print(t1 == t2);                // equals() is not used by ==
    print(t1 == t1);
    print(t1.equals(t2));
    print(t1 == null);
    print(null == t1);
    print(t1 != null);
    var f = fn() { return 1; };
    var g = fn() { return 1; };
    var h = f;
    print(f == g);
    print(f == h);

    // computed values
    var x = 6;
    print(x * 7 == 42);
    print("n" + x == "n6");
    print([1, 2][1] == 2);
}
