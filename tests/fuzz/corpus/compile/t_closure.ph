var count = 0;
def make(n) {
    var k = n;
    return fn(d) { k += d; count += 1; return fn() { return k * 2; }; };
}
def main() {
    var f = make(5);
    var g = f(3);
    print(g()); print(f(-1)()); print(count);
    var fs = [];
    for (var i = 0; i < 3; i += 1) { var j = i; fs.push(fn() { return j; }); }
    for (h in fs) { print(h()); }
}
