// Reading a field of another object is a compile-time error:
// objects are reached only through their methods.
class P {
    var x = 1;
    def same(o) {
        return o.x;
    }
}

def peek(p) {
    return p.x;
}

def main() {
    print("must not run");
}
