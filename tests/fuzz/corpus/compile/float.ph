// Floats are IEEE doubles; mixing an integer and a float gives a float.
// print's float format is left open, so floats are only compared here.

def near(a, b) {
    var d = a - b;
    if (d < 0) {
        d = -d;
    }
    return d < 1e-9;
}

def main() {
    var h = 0.5;
    print(h + h == 1.0);
    print(h * 4 == 2.0);
    print(7 / 2 == 3);             // integer division
    print(7 / 2.0 == 3.5);         // float division
    print(7.0 / 2 == 3.5);
    print(1 + 0.25 == 1.25);
    print(3 - 0.5 == 2.5);
    print(2 * 1.5 == 3.0);
    print(0.1 + 0.2 == 0.3);       // IEEE doubles: false
    print(near(0.1 + 0.2, 0.3));
    print(-h == -0.5);
    print(-h < 0);
    print(1.5 < 2);
    print(2 > 1.5);
    print(2.5 <= 2.5);
    print(2.5 >= 2.6);
    print(1.0 / 3.0 * 3.0 == 1.0);
    print(1e3 == 1000.0);
    print(1e-3 == 0.001);
    print(2.5e-1 == 0.25);
    print(100000.0 * 100000.0 > 2147483647);   // floats do not wrap
    print(3.5 != 3.25);

    // accumulate: 0.125 is exact in binary, so the sum is exact too
    var sum = 0.0;
    for (var i = 0; i < 80; i += 1) {
        sum += 0.125;
    }
    print(sum == 10.0);

    var x = 10;
    x /= 4.0;
    print(x == 2.5);
    x *= 2;
    print(x == 5.0);

    var y = 1.0;
    for (var i = 0; i < 10; i += 1) {
        y = y * 2;
    }
    print(y == 1024.0);
    print("2.5".toFloat() * 2 == 5.0);
    print(near("0.1".toFloat(), 0.1));
}
