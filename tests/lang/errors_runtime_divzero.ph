// Integer division or remainder by zero throws an Error.
// (Divisors come from variables so that no compiler folds them away.)

def divide(a, b) {
    return a / b;
}

def attempt(label, f) {
    try {
        var r = f();
        print(label + ": no error, got " + r);
    } catch (e) {
        print(label + ": " + e.className() + " " + (e.message().length() > 0));
    }
}

def main() {
    var zero = 0;
    var ten = 10;
    attempt("10 / 0", fn() { return ten / zero; });
    attempt("10 % 0", fn() { return ten % zero; });
    attempt("0 / 0", fn() { return zero / zero; });
    attempt("-10 / 0", fn() { return -ten / zero; });
    attempt("x /= 0", fn() { var x = 5; x /= zero; return x; });
    attempt("x %= 0", fn() { var x = 5; x %= zero; return x; });
    attempt("in a function", fn() { return divide(1, zero); });
    attempt("10 / 3", fn() { return ten / 3; });
    attempt("0 / 10", fn() { return zero / ten; });

    // inside a comparator called by the native sort
    var arr = [3, 1, 2];
    attempt("in sort", fn() {
        arr.sort(fn(a, b) { return (a - b) / zero; });
        return "sorted";
    });

    var results = [];
    for (var d = -2; d <= 2; d += 1) {
        try {
            results.push(12 / d);
        } catch (e) {
            results.push("E");
        }
    }
    print(results.join(" "));
}
