// ASSUMPTIONS (see README.md): programs can make their own Error objects
// with new Error(message); message() returns that text; an Error thrown by
// a program is caught like any other value.

def check(n) {
    if (n < 0) {
        throw new Error("negative: " + n);
    }
    return n;
}

def main() {
    var e = new Error("boom");
    print(e.className());
    print(e.message());
    try {
        check(-3);
    } catch (err) {
        print(err.className() + " " + err.message());
    }
    print(check(4));
}
