// Writing a field of another object is a compile-time error.
class P {
    var x = 1;
}

def main() {
    var p = new P();
    p.x = 5;
    print("must not run");
}
