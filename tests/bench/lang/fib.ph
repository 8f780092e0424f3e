// Recursive calls: naive Fibonacci. Same algorithm as fib.lua.
var N = 36;

def fib(n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

def main() {
    print(fib(N));
}
