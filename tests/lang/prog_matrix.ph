// A program: integer matrices as arrays of arrays.

class Matrix {
    var n;
    var rows = [];
    def init(n) {
        this.n = n;
        for (var i = 0; i < n; i += 1) {
            var row = [];
            for (var j = 0; j < n; j += 1) {
                row.push(0);
            }
            rows.push(row);
        }
    }
    def get(i, j) { return rows[i][j]; }
    def set(i, j, v) { rows[i][j] = v; }
    def size() { return n; }
    def times(other) {
        var m = new Matrix(n);
        for (var i = 0; i < n; i += 1) {
            for (var j = 0; j < n; j += 1) {
                var s = 0;
                for (var k = 0; k < n; k += 1) {
                    s += rows[i][k] * other.get(k, j);
                }
                m.set(i, j, s);
            }
        }
        return m;
    }
    def trace() {
        var t = 0;
        for (var i = 0; i < n; i += 1) {
            t += rows[i][i];
        }
        return t;
    }
    def checksum() {
        var h = 0;
        for (row in rows) {
            for (v in row) {
                h = h * 31 + v;
            }
        }
        return h;
    }
    def rowText(i) { return rows[i].join(" "); }
}

def identity(n) {
    var m = new Matrix(n);
    for (var i = 0; i < n; i += 1) {
        m.set(i, i, 1);
    }
    return m;
}

def main() {
    var a = new Matrix(3);
    var v = 1;
    for (var i = 0; i < 3; i += 1) {
        for (var j = 0; j < 3; j += 1) {
            a.set(i, j, v);
            v += 1;
        }
    }
    var sq = a.times(a);
    for (var i = 0; i < 3; i += 1) {
        print(sq.rowText(i));
    }
    print(a.times(identity(3)).checksum() == a.checksum());
    print(sq.trace());

    // Fibonacci numbers by repeated squaring of [[1, 1], [1, 0]]
    var f = new Matrix(2);
    f.set(0, 0, 1);
    f.set(0, 1, 1);
    f.set(1, 0, 1);
    var p = identity(2);
    for (var i = 0; i < 30; i += 1) {
        p = p.times(f);
    }
    print(p.get(0, 1));

    var big = new Matrix(20);
    for (var i = 0; i < 20; i += 1) {
        for (var j = 0; j < 20; j += 1) {
            big.set(i, j, (i * 7 + j * 13) % 17 - 8);
        }
    }
    var prod = big.times(big).times(big);
    print(prod.trace());
    print(prod.checksum());
}
