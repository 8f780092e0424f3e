class MyErr extends Error { def init(m) { super.init("my " + m); } }
def f(x) { if (x > 2) { throw new MyErr("big"); } return 10 / x; }
def main() {
    var m = {"a": 1, 2: "two", "c": [3, 4]};
    for (k in m) { print(k); }
    try { print(f(0)); } catch (e) { print(e.message()); }
    try { f(5); } catch (e) { print(e); }
    try { null.foo(); } catch (e) { print(e.className()); }
    try { [1][5] = 2; } catch (e) { print(e.message()); }
    print(m.has("a") && !m.has("z") || false);
    m.remove("a"); print(m.size()); print(m.keys()); print(m.values());
}
