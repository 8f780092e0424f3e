// Recursion: classic recursive functions and a moderately deep call chain.

def fib(n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

def fact(n) {
    if (n <= 1) {
        return 1;
    }
    return n * fact(n - 1);
}

def ack(m, n) {
    if (m == 0) {
        return n + 1;
    }
    if (n == 0) {
        return ack(m - 1, 1);
    }
    return ack(m - 1, ack(m, n - 1));
}

def gcd(a, b) {
    if (b == 0) {
        return a;
    }
    return gcd(b, a % b);
}

def sumTo(n) {
    if (n == 0) {
        return 0;
    }
    return n + sumTo(n - 1);
}

def hanoi(n, from, to, via, moves) {
    if (n > 0) {
        hanoi(n - 1, from, via, to, moves);
        moves.push(from + to);
        hanoi(n - 1, via, to, from, moves);
    }
}

def power(base, exp) {
    if (exp == 0) {
        return 1;
    }
    var half = power(base, exp / 2);
    if (exp % 2 == 0) {
        return half * half;
    }
    return half * half * base;
}

def main() {
    print(fib(20));
    print(fact(10));
    print(fact(12));
    print(ack(2, 3));
    print(gcd(1071, 462));
    print(sumTo(1000));           // 1000 nested calls
    var moves = [];
    hanoi(3, "A", "C", "B", moves);
    print(moves.join(" "));
    var many = [];
    hanoi(10, "A", "C", "B", many);
    print(many.length());
    print(power(3, 13));
    print(power(2, 30));
}
