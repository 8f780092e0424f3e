// throw and try/catch: any value can be thrown; it unwinds calls until the
// nearest enclosing try, whose catch variable receives the thrown value.

class AppError {
    var code;
    var text;
    def init(code, text) { this.code = code; this.text = text; }
    def getCode() { return code; }
    def message() { return text; }
}

class Fragile {
    def init(ok) {
        if (!ok) {
            throw new AppError(500, "cannot build");
        }
    }
}

var trace = [];

def level3(x) {
    trace.push("l3");
    if (x > 2) {
        throw "too big: " + x;
    }
    return x;
}

def level2(x) {
    trace.push("l2");
    var r = level3(x);
    trace.push("after l3");         // skipped when level3 throws
    return r;
}

def level1(x) {
    try {
        return level2(x);
    } catch (e) {
        trace.push("caught");
        return -1;
    }
}

def main() {
    try {
        throw "a string";
    } catch (e) {
        print("caught " + e);
    }
    try {
        throw 42;
    } catch (e) {
        print(e + 1);
    }
    var thrown = [1, 2, 3];
    try {
        throw thrown;
    } catch (e) {
        print(e == thrown);         // the very same object
    }
    try {
        throw new AppError(404, "not found");
    } catch (e) {
        print(e.className() + " " + e.getCode() + " " + e.message());
    }

    print(level1(1));
    print(trace.join(","));
    trace = [];
    print(level1(5));
    print(trace.join(","));

    // no exception: the catch block is skipped
    var ran = "no";
    try {
        ran = "try";
    } catch (e) {
        ran = "catch";
    }
    print(ran);

    // nested try: the inner catch handles it, or rethrows to the outer one
    try {
        try {
            throw "inner";
        } catch (e) {
            print("inner caught " + e);
        }
        print("between");
        try {
            throw "again";
        } catch (e) {
            throw "rethrown " + e;
        }
        print("not reached");
    } catch (e) {
        print("outer caught " + e);
    }

    // a throw inside a catch block, caught further out in another function
    print(guarded());

    // loops keep going after a caught exception
    var results = [];
    for (var i = 0; i < 5; i += 1) {
        try {
            if (i % 2 == 1) {
                throw i;
            }
            results.push("ok" + i);
        } catch (e) {
            results.push("err" + e);
        }
    }
    print(results.join(" "));

    // break and return from inside try
    var count = 0;
    while (true) {
        try {
            count += 1;
            if (count == 3) {
                break;
            }
        } catch (e) {
            print("never");
        }
    }
    print(count);
    print(early());

    // from a constructor and from a closure
    try {
        var f = new Fragile(false);
        print("not reached");
    } catch (e) {
        print(e.message() + " " + e.getCode());
    }
    var ok = new Fragile(true);
    print(ok.className());
    var thrower = fn(v) { throw v * 2; };
    try {
        thrower(21);
    } catch (e) {
        print(e);
    }

    // state changed before the throw stays changed
    var state = 0;
    try {
        state = 1;
        throw "x";
    } catch (e) {
        state += 10;
    }
    print(state);
}

def guarded() {
    try {
        inner();
    } catch (e) {
        return "guarded " + e;
    }
    return "not reached";
}

def inner() {
    try {
        throw 1;
    } catch (e) {
        throw e + 1;
    }
}

def early() {
    for (var i = 0; i < 10; i += 1) {
        try {
            if (i == 4) {
                return "returned at " + i;
            }
        } catch (e) {
            return "never";
        }
    }
    return "not reached";
}
