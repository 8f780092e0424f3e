// Closures: fn(a, b) { ... } captures the variables it uses by reference.

def makeCounter() {
    var count = 0;
    return fn() {
        count += 1;
        return count;
    };
}

def makeAdder(n) {
    return fn(x) { return x + n; };      // captures a parameter
}

def mapArr(arr, f) {
    var out = [];
    for (x in arr) {
        out.push(f(x));
    }
    return out;
}

def filterArr(arr, pred) {
    var out = [];
    for (x in arr) {
        if (pred(x)) {
            out.push(x);
        }
    }
    return out;
}

def reduce(arr, f, acc) {
    for (x in arr) {
        acc = f(acc, x);
    }
    return acc;
}

def twice(f) {
    return fn(x) { return f(f(x)); };
}

def main() {
    var c1 = makeCounter();
    var c2 = makeCounter();
    c1();
    c1();
    print(c1());
    print(c2());                 // each call of makeCounter has its own count

    var add5 = makeAdder(5);
    var add10 = makeAdder(10);
    print(add5(1));
    print(add10(1));

    // by reference: the closure sees later assignments, and the caller sees its writes
    var v = 1;
    var getV = fn() { return v; };
    var setV = fn(x) { v = x; };
    v = 2;
    print(getV());
    setV(3);
    print(v);
    print(getV());

    var nums = [1, 2, 3, 4, 5, 6];
    print(mapArr(nums, fn(x) { return x * x; }).join(","));
    print(filterArr(nums, fn(x) { return x % 2 == 0; }).join(","));
    print(reduce(nums, fn(a, b) { return a + b; }, 0));
    print(reduce(nums, fn(a, b) { return a * b; }, 1));

    var inc = fn(x) { return x + 1; };
    var addTwo = twice(inc);
    var addFour = twice(addTwo);
    print(addTwo(0));
    print(addFour(0));

    // a recursive closure refers to itself through a captured variable
    var fact = null;
    fact = fn(n) {
        if (n <= 1) {
            return 1;
        }
        return n * fact(n - 1);
    };
    print(fact(6));

    // closures are objects: stored in arrays and maps
    var ops = {"add": fn(a, b) { return a + b; }, "sub": fn(a, b) { return a - b; }};
    var op = ops["sub"];
    print(op(10, 4));
    var list = [add5, add10, inc];
    var acc = 0;
    for (f in list) {
        acc = f(acc);
    }
    print(acc);

    // nested closures reach variables two levels out
    var outer = 100;
    var level1 = fn(a) {
        return fn(b) {
            outer += 1;
            return outer + a + b;
        };
    };
    var level2 = level1(10);
    print(level2(1));
    print(level2(1));
    print(outer);

    // a closure outlives the call that created it and keeps its state
    var gen = makeCounter();
    var total = 0;
    for (var i = 0; i < 100; i += 1) {
        total += gen();
    }
    print(total);
    var noArgs = fn() { return "called"; };
    print(noArgs());
}
