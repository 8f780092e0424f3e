// Blocks introduce scope: a variable declared in a block belongs to that
// run of the block, so closures made in different iterations see different
// variables. Sibling blocks may reuse a name.

def main() {
    var fs = [];
    for (var i = 0; i < 3; i += 1) {
        var j = i * 10;           // a new j each time the body runs
        fs.push(fn() { return j; });
    }
    var got = [];
    for (f in fs) {
        got.push(f());
    }
    print(got.join(","));

    var counters = [];
    var k = 0;
    while (k < 3) {
        var own = 0;
        counters.push(fn() { own += 1; return own; });
        k += 1;
    }
    var c0 = counters[0];
    var c1 = counters[1];
    c0();
    c0();
    print(c0());
    print(c1());

    {
        var t = "first block";
        print(t);
    }
    {
        var t = "second block";
        print(t);
    }
    if (true) {
        var u = 1;
        print(u);
    } else {
        var u = 2;
        print(u);
    }
    for (var n = 0; n < 2; n += 1) {
        print("loop a " + n);
    }
    for (var n = 5; n < 7; n += 1) {
        print("loop b " + n);
    }
    try {
        throw "one";
    } catch (e) {
        print(e);
    }
    try {
        throw "two";
    } catch (e) {
        print(e);
    }

    // a block inside a loop body also starts fresh each time
    var shared = [];
    for (var r = 0; r < 2; r += 1) {
        {
            var inner = "round " + r;
            shared.push(fn() { return inner; });
        }
    }
    var g0 = shared[0];
    var g1 = shared[1];
    print(g0());
    print(g1());
}
