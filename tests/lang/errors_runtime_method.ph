// Calling a method that does not exist throws an Error with message().
// The message text is open: only its kind is checked.

class Quiet {
    def hello() { return "hi"; }
}

def check(e) {
    var m = e.message();
    return e.className() + " " + m.className() + " " + (m.length() > 0);
}

def callMissing(o) {
    return o.missing();
}

def main() {
    var q = new Quiet();
    try {
        q.missing();
        print("not reached");
    } catch (e) {
        print("user object: " + check(e));
    }
    try {
        "abc".noSuchMethod();
    } catch (e) {
        print("string: " + check(e));
    }
    try {
        [1, 2].frobnicate(1, 2);
    } catch (e) {
        print("array: " + check(e));
    }
    try {
        var m = {"a": 1};
        m.explode();
    } catch (e) {
        print("map: " + check(e));
    }
    try {
        var n = 42;
        n.fly();
    } catch (e) {
        print("integer: " + check(e));
    }
    try {
        var f = fn() { return 1; };
        f.dance();
    } catch (e) {
        print("closure: " + check(e));
    }
    try {
        callMissing(q);             // unwinds out of the function that failed
    } catch (e) {
        print("nested: " + check(e));
    }

    // a runtime Error is an object like any other: rethrow it and catch it again
    var first = null;
    try {
        try {
            q.missing();
        } catch (e) {
            first = e;
            throw e;
        }
    } catch (again) {
        print(again == first);
    }

    print(q.hello());               // the program goes on normally
}
