// A null receiver inside a closure called by a function, uncaught.
def apply(f, x) {
    return f(x);
}

def main() {
    print(apply(fn(s) { return s.length(); }, "four"));
    print(apply(fn(s) {
        return s.length();          // ERROR-LINE
    }, null));
}
