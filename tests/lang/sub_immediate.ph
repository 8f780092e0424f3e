// x - k with a small constant k: numbers subtract (and wrap at 32 bits),
// and a string minus a number is an error as with any other number - only
// + joins strings. ("a" - 1 once compiled to an add of -1: "a-1".)
def attempt(f) {
    try { return f(); } catch (e) { return "error: " + e.message(); }
}

def main() {
    var s = "a";
    print(attempt(fn() { return s - 1; }) == attempt(fn() { return s - 200; }));
    print(attempt(fn() { return s - 1; }).startsWith("error"));
    print(s + 1);
    print(s + -1);
    var i = 10;
    print(i - 1);
    print(i - 127);
    print(i - 128);
    print(i - -128);
    print(1.5 - 1);
    var low = -2147483647 - 1;
    print(low - 1);
    var j = 1073741823;
    print(j + 1 - 1);
}
