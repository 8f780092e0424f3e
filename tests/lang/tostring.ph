// Conversion to text: print(x) and string + x use x's toString(), including
// a class's own override; join converts elements the same way.

class Temp {
    var deg;
    def init(deg) { this.deg = deg; }
    def toString() { return deg + "C"; }
}

class Pair {
    var a; var b;
    def init(a, b) { this.a = a; this.b = b; }
    def toString() { return "<" + a + ", " + b + ">"; }    // nested conversion
}

class Shouty extends Temp {
    def init(deg) { super.init(deg); }
    def toString() { return super.toString() + "!!"; }
}

def main() {
    print(0);
    print(123);
    print(-456);
    print(2147483647);
    print("text");
    print("");
    print(true);
    print(false);

    var t = new Temp(21);
    print(t);
    print("now " + t);
    print(t + " outside");
    print(t.toString());
    var p = new Pair(t, new Pair(1, "x"));
    print(p);
    print(new Shouty(40));
    print([new Temp(1), new Temp(2), 3, "four"].join(" "));

    var s = "";
    s += t;
    s += 5;
    s += true;
    print(s);
    var n = 7;
    print(n.toString() + n.toString());
}
