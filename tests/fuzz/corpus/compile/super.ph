// super.name(args) calls the parent's version of a method, relative to the
// class that contains the call (not to the object's class).

class A {
    var log = [];
    def init() { log.push("A.init"); }
    def who() { return "A"; }
    def hello() { return "hello from A, I am " + this.who(); }
    def onlyInA() { return "onlyInA"; }
    def getLog() { return log.join(" "); }
}

class B extends A {
    def init() { super.init(); log.push("B.init"); }
    def who() { return "B>" + super.who(); }
}

class C extends B {
    def init() { super.init(); log.push("C.init"); }
    def who() { return "C>" + super.who(); }
    def hello() { return super.hello() + " (via C)"; }
    def skip() { return super.onlyInA(); }       // found in the grandparent
}

class Point {
    var x; var y;
    def init(x, y) { this.x = x; this.y = y; }
    def toString() { return "(" + x + ", " + y + ")"; }
    def sum() { return x + y; }
}

class Point3 extends Point {
    var z;
    def init(x, y, z) { super.init(x, y); this.z = z; }
    def toString() { return super.toString() + "+z" + z; }
    def sum() { return super.sum() + z; }
}

class Same {
    def equals(o) {
        if (super.equals(o)) {      // Object's equals: identity
            return true;
        }
        return o.className() == "Same";
    }
}

def main() {
    var c = new C();
    print(c.who());
    print(c.getLog());
    print(c.hello());
    print(c.skip());
    var b = new B();
    print(b.who());
    print(b.hello());

    var p = new Point3(1, 2, 3);
    print(p);
    print(p.sum());
    print("" + new Point(4, 5));

    var s1 = new Same();
    var s2 = new Same();
    print(s1.equals(s1));
    print(s1.equals(s2));
    print(s1.equals(p));
    print(s1 == s2);
}
