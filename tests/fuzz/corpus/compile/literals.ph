// Literals: integers (decimal and hex), floats, strings with escapes,
// booleans, null, arrays and maps.

def main() {
    print(42);
    print(0);
    print(0x2A);
    print(0xff);
    print(0x10 + 0xA);
    print(0x7FFFFFFF);
    print(2147483647);
    print(-17);

    // floats are compared rather than printed (print's float format is open)
    print(3.5 == 7 / 2.0);
    print(1e-3 * 1000 == 1.0);
    print(1.5e2 == 150.0);
    print(2.0 > 1.999);

    // strings and escapes
    print("plain");
    print("tab:\t|");
    print("quote:\"q\" backslash:\\");
    print("two\nlines");
    print("\x41\x42\x43");
    print("\x7a" == "z");
    print("a\rb".length());
    print("\0".length());
    print("\0".codeAt(0));
    print("\n".codeAt(0));
    print("\t".codeAt(0));
    print("\r".codeAt(0));
    print("\"".codeAt(0));
    print("\\".codeAt(0));
    print("".length());
    print("héllo wörld");                // source is UTF-8 and printed unchanged

    print(true);
    print(false);
    print(null == null);

    var arr = [1, 2, 3];
    print(arr.length());
    print([].length());
    print([[1, 2], [3]].length());
    var m = {"key": "value", 3: "three"};
    print(m.size());
    print(m["key"]);
    print(m[3]);
    print({}.size());
}
