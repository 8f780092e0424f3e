// core.ph - a program the VM's core runs with no library open
// (tests/pvm/core/test_core.c): no natives, no prelude. So it calls no
// method of a built-in class and prints nothing; it computes a checksum
// that main() returns and the C side compares.

var squares = [1, 4, 9, 16];      // module variables: initialisers
var names = {"a": 1, "b": 2, "c": 3};

class Counter {
    var n = 0;
    var step;
    def init(step) { this.step = step; }
    def tick() { n += step; return n; }
}

class Twice extends Counter {
    def tick() { super.tick(); return super.tick(); }
}

def fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }

def adder(k) { return fn(x) { return x + k; }; }

def main() {
    var sum = fib(20);                           // 6765: calls, arithmetic
    for (x in squares) { sum += x; }             // 30: arrays, for-in
    for (k in names) { sum += names[k] * 100; }  // 600: maps iterate their keys
    var c = new Twice(3);
    c.tick();
    sum += c.tick() * 1000;                      // 12000: classes, super, fields
    sum += adder(7)(5);                          // 12: closures
    try { throw "boom"; } catch (e) { if (e == "boom") { sum += 50000; } }
    var s = "ab" + "cd" + 7;                     // strings and ints concatenate
    if (s == "abcd7" && s[2] == "c") { sum += 100000; }
    var big = 1 << 30;                           // a boxed integer
    if (big + big == -2147483648) { sum += 1000000; }
    return sum;                                  // 1169407
}

// Calls a native method: a core with no library has none, and throws.
def native() { var a = [3, 1, 2]; return a.length(); }
