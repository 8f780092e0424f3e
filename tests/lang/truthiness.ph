// Only false and null are false; everything else (0, "", empty arrays...) is true.

def truth(v) {
    if (v) {
        return "T";
    }
    return "F";
}

def main() {
    print(truth(false));
    print(truth(null));
    print(truth(true));
    print(truth(0));
    print(truth(-1));
    print(truth(""));
    print(truth("false"));
    print(truth(0.0));
    print(truth([]));
    print(truth({}));
    print(truth(fn() { return false; }));
    print(!0);
    print(!null);
    print(!false);
    print(!"");
    print(!!0);

    var n = 0;
    var count = 0;
    while (n) {                   // 0 is true: the loop runs until we break
        count += 1;
        if (count == 3) {
            break;
        }
    }
    print(count);

    var v = null;
    var steps = 0;
    while (!v) {
        steps += 1;
        if (steps == 4) {
            v = 0;                // 0 is true, so the loop stops
        }
    }
    print(steps);
}
