// Integers are 32-bit two's complement and wrap on overflow.

def hash(s) {
    var h = 0;
    for (var i = 0; i < s.length(); i += 1) {
        h = h * 31 + s.codeAt(i);
    }
    return h;
}

def main() {
    var max = 2147483647;
    var min = -2147483647 - 1;
    print(min);
    print(max + 1);
    print(min - 1);
    print(max + max);
    print(max * 2);
    print(max * max);
    print(min * -1);
    print(-min);
    print(65536 * 65536);
    print(46341 * 46341);
    print(0x7FFFFFFF + 0x7FFFFFFF);
    print(1 << 30);
    print(1 << 31);
    print(3 << 30);
    print(min / -1);          // the quotient 2^31 wraps to -2^31
    print(min % -1);
    print(min / 2);
    print(min % 10);

    var x = max;
    x += 10;
    print(x);
    x -= 20;
    print(x);
    x *= 3;
    print(x);

    print(hash("Phantom persists every object"));

    var r = 12345;
    for (var i = 0; i < 10; i += 1) {
        r = r * 1103515245 + 12345;
    }
    print(r);

    var f = 1;
    for (var i = 1; i <= 20; i += 1) {
        f *= i;
    }
    print(f);
}
