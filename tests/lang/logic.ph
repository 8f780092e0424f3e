// && and || short-circuit; their results are only used as conditions here
// (whether they yield the operand or a boolean is left open).

var calls = 0;

def hit(v) {
    calls += 1;
    return v;
}

def yn(v) {
    if (v) {
        return "yes";
    }
    return "no";
}

def main() {
    print(yn(true && true));
    print(yn(true && false));
    print(yn(false && true));
    print(yn(false || true));
    print(yn(false || false));
    print(yn(null || 0));
    print(yn(1 && "x"));

    calls = 0;
    if (false && hit(true)) {
        print("wrong");
    }
    print(calls);
    if (true || hit(true)) {
        print("short");
    }
    print(calls);
    if (true && hit(true)) {
        print("evaluated");
    }
    print(calls);
    if (false || hit(false)) {
        print("wrong");
    }
    print(calls);
    if (hit(false) && hit(true) || hit(true)) {
        print("mixed");
    }
    print(calls);

    // a guard that would fail without short-circuiting
    var a = null;
    if (a != null && a.length() > 0) {
        print("wrong");
    } else {
        print("guarded");
    }
    var arr = [1, 2];
    var i = 5;
    if (i < arr.length() && arr[i] == 0) {
        print("wrong");
    } else {
        print("in range check");
    }
    print(!(1 < 2) || 3 > 2);
    print(!(1 < 2 || 3 > 2));
    print(1 == 1 && 2 == 3);
    print(1 == 2 || 2 == 2);
}
