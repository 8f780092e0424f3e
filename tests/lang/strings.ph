// Strings: concatenation, conversion by +, value equality, immutability.

def reverse(s) {
    var r = "";
    for (var i = s.length() - 1; i >= 0; i -= 1) {
        r += s.charAt(i);
    }
    return r;
}

def main() {
    print("con" + "cat");
    print("n=" + 42);
    print(42 + "=n");
    print("neg " + -5);
    print("" + 0);
    print("bool " + true + " " + false);
    print("a" + "b" + "c" + 1 + 2);
    print(1 + 2 + "c");

    var a = "ab";
    var b = "a";
    b += "b";
    print(a == b);               // strings compare by value
    print(a != b);
    print(a == "abc");
    print("" == "");
    print("x" == 1);
    print("1" == 1);

    var s = "frozen";
    var t = s;
    s += "!";
    print(s);
    print(t);                    // strings are immutable: t is unchanged
    var u = t.toUpper();
    print(t);
    print(u);

    print(reverse("stressed"));
    print(reverse(""));

    var built = "";
    for (var i = 0; i < 10; i += 1) {
        built = built + i;
    }
    print(built);
    print(built.length());

    var big = "";
    for (var i = 0; i < 1000; i += 1) {
        big += "xy";
    }
    print(big.length());
    print(big.substring(998, 1004));

    var n = 7;
    var msg = "n is " + n + ", n*n is " + n * n;
    print(msg);
    print("tab\there");
    print("unicode: ünïcödé ✓");
    print("nested \"quotes\" and \\backslash\\");
}
