// ASSUMPTIONS (see README.md): null prints as "null"; a function that ends
// without return, or runs a bare `return;`, returns null; a missing map key
// reads as null; `var x;` without an initialiser holds null.

def nothing() {
}

def bare(x) {
    if (x) {
        return;
    }
    return "not bare";
}

def main() {
    print(null);
    print("value: " + null);
    print(null + " first");
    print(nothing() == null);
    print(bare(true) == null);
    print(bare(false));
    var f = fn() { };
    print(f() == null);
    var m = {"a": 1};
    print(m.get("zzz") == null);
    print(m["zzz"] == null);
    print(m.size());
    var x;
    print(x == null);
    var arr = [null, null];
    print(arr.join(","));
}
