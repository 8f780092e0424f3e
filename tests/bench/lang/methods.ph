// Method calls on objects: two classes sharing a base class, called through
// a polymorphic loop. Same as methods.lua.
var N = 6000000;

class Shape {
    var x;
    var y;
    def init(x, y) { this.x = x; this.y = y; }
    def move(dx, dy) {
        x = (x + dx) % 1000;
        y = (y + dy) % 1000;
    }
    def getX() { return x; }
    def getY() { return y; }
}

class Rect extends Shape {
    var w;
    var h;
    def init(x, y, w, h) { super.init(x, y); this.w = w; this.h = h; }
    def area() { return w * h + this.getX(); }
}

class Circle extends Shape {
    var r;
    def init(x, y, r) { super.init(x, y); this.r = r; }
    def area() { return 3 * r * r + this.getY(); }
}

def main() {
    var shapes = [new Rect(1, 2, 3, 4), new Circle(5, 6, 7), new Rect(8, 9, 10, 11), new Circle(12, 13, 2)];
    var sum = 0;
    for (var i = 0; i < N; i += 1) {
        var s = shapes[i % 4];
        s.move(i % 7, i % 11);
        sum = (sum + s.area()) % 1000003;
    }
    print(sum);
}
