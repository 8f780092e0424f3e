// ASSUMPTIONS (see README.md): Array.remove(i) returns the removed element;
// >> is an arithmetic shift; split keeps empty fields; a variable declared
// in an inner block may shadow an outer one; indexOf/startsWith on "" work.

def main() {
    var a = [10, 20, 30];
    print(a.remove(1));
    print(a.join(","));

    print(-8 >> 1);
    print(-1 >> 31);
    print((-2147483647 - 1) >> 4);

    var parts = "a,,b,".split(",");
    print(parts.length());
    print("[" + parts.join("][") + "]");
    print(",x".split(",").length());

    var x = "outer";
    {
        var x = "inner";
        print(x);
    }
    print(x);
    for (var i = 0; i < 1; i += 1) {
        var x = "loop";
        print(x);
    }
    print(x);

    print("abc".indexOf(""));
    print("abc".substring(3, 3).length());
}
