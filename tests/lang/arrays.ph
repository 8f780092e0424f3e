// Arrays: literals, new Array(), indexing, length, push, pop, get, set,
// nesting, aliasing.

def sum(a) {
    var s = 0;
    for (var i = 0; i < a.length(); i += 1) {
        s += a[i];
    }
    return s;
}

def fill(a, n) {
    for (var i = 0; i < n; i += 1) {
        a.push(i * i);
    }
}

def main() {
    var a = [10, 20, 30];
    print(a.length());
    print(a[0]);
    print(a[2]);
    a[1] = 25;
    print(a[1]);
    a[1] += 5;
    print(a[1]);
    a[0] -= 1;
    a[2] *= 2;
    print(a.join(","));
    print(sum(a));

    var b = new Array();
    print(b.length());
    b.push("x");
    b.push("y");
    b.push("z");
    print(b.length());
    print(b.pop());
    print(b.length());
    print(b.join(""));
    print(b.get(0));
    b.set(0, "w");
    print(b.get(0));
    print(b[0]);

    var empty = [];
    empty.push(1);
    print(empty.length());
    print(empty.pop());
    print(empty.length());

    var grid = [[1, 2, 3], [4, 5, 6]];
    print(grid[1][2]);
    grid[0][0] = 9;
    print(grid[0].join(" "));
    print(grid.length());
    print(grid[1].length());

    var mixed = [1, "two", true, null, [3]];
    print(mixed.length());
    print(mixed[1]);
    print(mixed[2]);
    print(mixed[3] == null);
    print(mixed[4][0]);

    var alias = a;               // arrays are objects: both names see one array
    alias.push(99);
    print(a.length());
    print(a[3]);

    var squares = [];
    fill(squares, 6);            // arguments are references
    print(squares.join(","));
    print(sum(squares));

    var big = [];
    for (var i = 0; i < 10000; i += 1) {
        big.push(i);
    }
    print(big.length());
    print(sum(big));
    var popped = 0;
    while (big.length() > 0) {
        popped += big.pop();
    }
    print(popped);
    print(big.length());
}
