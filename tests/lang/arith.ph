// Integer arithmetic: + - * / %, truncation toward zero, unary minus,
// compound assignment.

def main() {
    print(1 + 2);
    print(10 - 25);
    print(6 * 7);
    print(7 / 2);
    print(-7 / 2);
    print(7 / -2);
    print(-7 / -2);
    print(7 % 3);
    print(-7 % 3);
    print(7 % -3);
    print(-7 % -3);
    print(0 / 5);
    print(5 % 5);
    print(1 / 3);
    print(-1 / 3);
    print(- 5);
    print(-(-5));
    print(2 - -3);
    print(100 / 10 / 5);          // left-associative: (100 / 10) / 5
    print(100 - 10 - 5);
    print(2 * 3 % 4);             // (2 * 3) % 4
    print(7 % 4 * 3);             // (7 % 4) * 3

    var x = 10;
    x += 5;
    print(x);
    x -= 3;
    print(x);
    x *= 4;
    print(x);
    x /= 5;
    print(x);
    x %= 5;
    print(x);
    x = -x;
    print(x);
    x /= 2;
    print(x);

    // a (q, r) identity that must hold for truncating division
    var ok = true;
    var as = [17, -17, 5, -5, 0, 123456, -99];
    var bs = [3, -3, 7, -7, 1, -1, 10];
    for (var i = 0; i < as.length(); i += 1) {
        for (var j = 0; j < bs.length(); j += 1) {
            var a = as[i];
            var b = bs[j];
            if ((a / b) * b + a % b != a) {
                ok = false;
            }
        }
    }
    print(ok);
}
