def main() {
    var a = 7; var b = -3; var f = 2.5;
    print(a + b); print(a - b); print(a * b); print(a / b); print(a % b);
    print(a & b); print(a | b); print(a ^ b); print(a << 3); print(b >> 1); print(~a);
    print(-a); print(!true); print(a < b); print(a <= b); print(a > b); print(a >= b);
    print(a == 7.0); print(a != b); print(f * a); print(f / 0.5); print(1e-3 + 0x2A);
    print(2147483647 + 1); print("s" + a + f + null + true);
    var s = "Hello, World";
    print(s.length()); print(s.charAt(1)); print(s.codeAt(0)); print(s.substring(2, 5));
    print(s.indexOf("W")); print(s.split(", ")); print("  x ".trim()); print(s.toUpper());
    print(s.toLower()); print(s.startsWith("He")); print("12".toInt()); print("1.5".toFloat());
    print(String.fromCode(65)); print("a\tb\n\"q\"\\\x41");
    var arr = [5, 3, 9, 1];
    arr.sort(fn(x, y) { return x - y; }); print(arr); arr.insert(1, 7); print(arr.remove(0));
    print(arr.pop()); print(arr.get(0)); arr.set(0, 4); print(arr.join("-")); print(arr.slice(0, 2));
    print(Math.abs(-2)); print(Math.min(1, 2)); print(Math.max(1, 2)); print(Math.sqrt(16.0));
    print(Math.floor(2.7)); print(Math.ceil(2.1)); print(Math.sin(0)); print(Math.cos(0));
    print(Math.random(1)); print(new Array().length()); var m = new Map(); m[1] = 2; print(m.get(1));
    var i = 0; while (true) { i += 1; if (i > 5) { break; } if (i % 2 == 0) { continue; } }
    print(i);
}
