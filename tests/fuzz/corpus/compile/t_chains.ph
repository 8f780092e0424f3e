// Long operator chains: parsed and generated in loops, not nesting.
var g = 1;
def main() {
    var a = 3; var t = true; var f = false;
    var s = "" + a + "," + g + "," + a * 2 + "," + (a - g) + "," + a + g + a + g + a + g + "!";
    print(s);
    var x = a + 1 + 2 - 3 + a * a * a - g - g - g + a / 2 % 2 + 1 + 2 + 3 + 4 + 5 + 6 + 7;
    print(x);
    print(f || f && t || f || t && t && f || a > 2 && a < 9 || f);
    if (t && t && t && a == 3 && g != 0 || f || f) { print("yes"); } else { print("no"); }
    if (!(f || f || f || a < 0) && t && (t || f) && !f) { print("both"); }
    var k = 0;
    while (k < 5 && t && t || f && f || f) { k += 1; }
    print(k);
    g = g + a + a + a + fn() { return a + a + g; }() + a;
    print(g);
    print(a | 1 | 2 | 4 ^ 8 ^ 16 & 31 & 63 << 1 << 1 >> 2 >> 1);
    print(1 < 2 == true == true != false);
}
