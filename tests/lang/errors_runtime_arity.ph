// Calling a method or closure with the wrong number of arguments throws an Error.

class Calc {
    def add(a, b) { return a + b; }
    def neg(a) { return -a; }
}

def attempt(label, f) {
    try {
        f();
        print(label + ": no error");
    } catch (e) {
        print(label + ": " + e.className() + " " + (e.message().length() > 0));
    }
}

def main() {
    var c = new Calc();
    print(c.add(1, 2));
    attempt("method, too few", fn() { c.add(1); });
    attempt("method, too many", fn() { c.add(1, 2, 3); });
    attempt("method, none", fn() { c.neg(); });

    var one = fn(a) { return a; };
    attempt("closure, too few", fn() { one(); });
    attempt("closure, too many", fn() { one(1, 2); });
    var none = fn() { return 0; };
    attempt("closure without params", fn() { none(5); });

    attempt("string length", fn() { "abc".length(1); });
    attempt("string charAt", fn() { "abc".charAt(); });
    attempt("array push", fn() { [].push(); });
    attempt("array get", fn() { [1].get(0, 1); });
    attempt("map put", fn() { var m = {}; m.put("k"); });
    attempt("correct call", fn() { c.neg(1); });
    print(one(7));
}
