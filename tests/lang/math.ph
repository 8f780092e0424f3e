// Math: abs min max sqrt sin cos floor ceil random(n).
// Results are compared, not printed, except min/max/abs of integers.
// (Assumes an integer and a float compare by value: 2 == 2.0.)

var PI = 3.141592653589793;

def near(a, b) {
    return Math.abs(a - b) < 1e-9;
}

def main() {
    print(2 == 2.0);
    print(Math.abs(-5));
    print(Math.abs(5));
    print(Math.abs(0));
    print(Math.min(3, 7));
    print(Math.max(3, 7));
    print(Math.min(-1, -2));
    print(Math.max(-1, -2));
    print([10, 20, 30][Math.min(2, 5)]);
    print(Math.abs(-2.5) == 2.5);
    print(Math.max(2.5, 1) == 2.5);
    print(Math.min(1.5, 2) == 1.5);

    print(Math.sqrt(16.0) == 4.0);
    print(Math.sqrt(16) == 4);
    print(near(Math.sqrt(2) * Math.sqrt(2), 2.0));
    print(Math.sqrt(0) == 0);

    print(Math.sin(0) == 0);
    print(Math.cos(0) == 1);
    print(near(Math.sin(PI / 2), 1.0));
    print(near(Math.cos(PI), -1.0));
    print(near(Math.sin(PI / 6), 0.5));
    var pythagoras = true;
    for (var i = 0; i < 20; i += 1) {
        var x = i * 0.37;
        var s = Math.sin(x);
        var c = Math.cos(x);
        if (!near(s * s + c * c, 1.0)) {
            pythagoras = false;
        }
    }
    print(pythagoras);

    print(Math.floor(2.7) == 2);
    print(Math.floor(-2.5) == -3);
    print(Math.floor(3) == 3);
    print(Math.ceil(2.1) == 3);
    print(Math.ceil(-2.5) == -2);
    print(Math.ceil(4.0) == 4);

    // random(n): whole numbers from 0 up to n (n itself tolerated here)
    var faces = [0, 0, 0, 0, 0, 0, 0];
    var inRange = true;
    for (var i = 0; i < 1000; i += 1) {
        var r = Math.random(6);
        if (r < 0 || r > 6 || Math.floor(r) != r) {
            inRange = false;
        } else {
            faces[r] += 1;
        }
    }
    print(inRange);
    var distinct = 0;
    for (f in faces) {
        if (f > 0) {
            distinct += 1;
        }
    }
    print(distinct >= 5);
}
