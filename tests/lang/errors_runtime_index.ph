// An index out of range throws an Error; the array or string is unchanged.

def attempt(label, f) {
    try {
        var r = f();
        print(label + ": no error, got " + r);
    } catch (e) {
        print(label + ": " + e.className() + " " + (e.message().length() > 0));
    }
}

def main() {
    var a = [10, 20, 30];
    attempt("a[3]", fn() { return a[3]; });
    attempt("a[-1]", fn() { return a[-1]; });
    attempt("a[100000]", fn() { return a[100000]; });
    attempt("a.get(3)", fn() { return a.get(3); });
    attempt("a[3] = 1", fn() { a[3] = 1; return "stored"; });
    attempt("a.set(-1, 1)", fn() { a.set(-1, 1); return "stored"; });
    attempt("a.remove(3)", fn() { return a.remove(3); });
    attempt("empty[0]", fn() { return [][0]; });
    attempt("a[2]", fn() { return a[2]; });
    print(a.length());
    print(a.join(","));

    var s = "abc";
    attempt("charAt(3)", fn() { return s.charAt(3); });
    attempt("charAt(-1)", fn() { return s.charAt(-1); });
    attempt("codeAt(3)", fn() { return s.codeAt(3); });
    attempt("empty charAt(0)", fn() { return "".charAt(0); });
    attempt("charAt(2)", fn() { return s.charAt(2); });

    // the error unwinds out of a loop that runs past the end
    var sum = 0;
    try {
        for (var i = 0; true; i += 1) {
            sum += a[i];
        }
    } catch (e) {
        print("stopped with sum " + sum);
    }
}
