// Unbounded recursion throws an Error (stack overflow) that can be caught;
// the thread then goes on normally.

var depth = 0;

def down(n) {
    depth = n;
    return down(n + 1) + 1;
}

def ping(n) { return pong(n + 1); }
def pong(n) { return ping(n + 1); }

class Deep {
    def dive(n) { return this.dive(n + 1) + 1; }
}

def sumTo(n) {
    if (n == 0) {
        return 0;
    }
    return n + sumTo(n - 1);
}

def main() {
    try {
        down(1);
        print("not reached");
    } catch (e) {
        print("function: " + e.className() + " " + (e.message().length() > 0));
    }
    print(depth > 1000);            // at least a thousand frames fitted

    try {
        ping(0);
    } catch (e) {
        print("mutual: " + e.className());
    }
    try {
        var d = new Deep();
        d.dive(0);
    } catch (e) {
        print("method: " + e.className());
    }
    var rec = null;
    rec = fn(n) { return rec(n + 1) + 1; };
    try {
        rec(0);
    } catch (e) {
        print("closure: " + e.className());
    }

    // after all that, ordinary recursion works again
    print(sumTo(500));
    try {
        down(1);
    } catch (e) {
        print("again: " + e.className());
    }
    print("done");
}
