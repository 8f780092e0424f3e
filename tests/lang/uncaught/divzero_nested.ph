// A runtime error deep in a call chain, uncaught all the way up.
class Ratio {
    var num;
    var den;
    def init(num, den) { this.num = num; this.den = den; }
    def value() {
        return num / den;           // ERROR-LINE
    }
}

def compute(r) {
    return r.value() + 1;
}

def main() {
    print(compute(new Ratio(6, 3)));
    print(compute(new Ratio(1, 0)));
    print("not reached");
}
