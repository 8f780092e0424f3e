// Module functions: parameters, return values, forward references,
// mutual recursion, arguments passed by reference for objects.

def zero() { return 0; }
def one(a) { return a; }
def two(a, b) { return a - b; }
def five(a, b, c, d, e) { return a * 10000 + b * 1000 + c * 100 + d * 10 + e; }

def square(x) { return x * x; }

def bump(n) {
    n += 1;                       // parameters are local variables
    return n;
}

def append(arr, v) {
    arr.push(v);                  // but objects are shared
}

def max3(a, b, c) {
    var m = a;
    if (b > m) { m = b; }
    if (c > m) { m = c; }
    return m;
}

def main() {
    print(zero());
    print(one("one"));
    print(two(10, 3));
    print(two(3, 10));
    print(five(1, 2, 3, 4, 5));
    print(square(square(3)));
    print(square(2) + square(3));
    print(later(4));              // defined further down the file
    print(isEven(10));
    print(isOdd(7));
    print(isEven(7));

    var n = 5;
    print(bump(n));
    print(n);

    var arr = [];
    append(arr, "x");
    append(arr, "y");
    print(arr.join(""));

    print(max3(3, 9, 4));
    print(max3(-1, -5, -3));
    print(describe("widget", 3));
    print(two(five(0, 0, 1, 0, 0), square(5)));
}

def later(x) { return x * 100; }

def isEven(n) {
    if (n == 0) { return true; }
    return isOdd(n - 1);
}

def isOdd(n) {
    if (n == 0) { return false; }
    return isEven(n - 1);
}

def describe(what, count) {
    return count + " x " + what;
}
